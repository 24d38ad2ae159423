import "@fontsource-variable/noto-naskh-arabic";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { requestOrigin } from "@/lib/web/origin";
import { localizeDigits } from "@/lib/display/numbers";
import { displaySettings } from "@/lib/web/display-settings";

const metadata: Metadata = {
  title: { default: "قارئ محادثات سوريا", template: "%s · قارئ محادثات سوريا" },
  description: "التغطية الصحفية العربية للمحادثات الأميركية الروسية حول سوريا (2013–2017): خط زمني، مقالات نظيفة، مقارنة المصادر.",
  // The files in public/, drawn by scripts/make-icons.ts.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
  manifest: "/manifest.webmanifest",
  // Pages with a card of their own (the timeline, an event) replace this default.
  openGraph: { images: [{ url: "/og-default.png", width: 1200, height: 630, alt: "قارئ محادثات سوريا" }] },
};

// Preview images are given as paths; they are made absolute against the host the reader used
// (the Host / X-Forwarded-* headers, checked as the feed does), so no site URL needs configuring.
export async function generateMetadata(): Promise<Metadata> {
  const origin = requestOrigin(new Request("http://localhost/", { headers: await headers() }));
  return { ...metadata, description: localizeDigits(String(metadata.description), await displaySettings()), metadataBase: new URL(origin) };
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#16150f" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ar" dir="rtl">
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-paper focus:p-2">
          انتقل إلى المحتوى
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-4xl px-4 pb-16 pt-6">
          {children}
        </main>
      </body>
    </html>
  );
}
