import "@fontsource-variable/noto-naskh-arabic";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";

export const metadata: Metadata = {
  title: { default: "قارئ محادثات سوريا", template: "%s · قارئ محادثات سوريا" },
  description: "التغطية الصحفية العربية للمحادثات الأميركية الروسية حول سوريا (2013–2017): خط زمني، مقالات نظيفة، مقارنة المصادر.",
};

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
