import localFont from "next/font/local";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { requestOrigin } from "@/lib/web/origin";
import { localizeDigits } from "@/lib/display/numbers";
import { displaySettings } from "@/lib/web/display-settings";

// The Arabic face (Noto Naskh Arabic, OFL: app/fonts/OFL.txt): the Arabic and Latin subsets that
// @fontsource-variable/noto-naskh-arabic ships, served by next/font, so they are preloaded from the page's
// head and cached as immutable files under /_next/static. "optional" keeps the first paint's fallback when
// the font is late instead of swapping it in and reflowing the text (the layout shift Lighthouse measured);
// preloaded, it arrives in time on all but a slow first visit, and is cached after. The font loader takes
// literal options only: the unicode ranges are the subsets' own, copied from the package's index.css,
// except that the Arabic file was cut to the Arabic block, Presentation Forms-B and three common ligatures
// (fonttools' pyftsubset, every layout feature and the weight axis kept: 94 → 47 KB, the largest file a
// first visit waits for): Arabic Supplement, Extended-A and the other Forms-A ligatures, for languages and
// texts these articles do not hold, fall back to the system's Arabic face.
const naskhArabic = localFont({
  src: "./fonts/noto-naskh-arabic-arabic-wght-normal.woff2",
  weight: "400 700",
  display: "optional",
  variable: "--font-naskh-arabic",
  // No fallback face of its own: one (a local Times New Roman) would also take the Latin text ahead of the
  // Latin subset below. The Latin subset's metric-matched fallback serves both.
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value: "U+0600-06FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FDF2,U+FDFA,U+FDFC,U+FE70-FE74,U+FE76-FEFC",
    },
  ],
});
const naskhLatin = localFont({
  src: "./fonts/noto-naskh-arabic-latin-wght-normal.woff2",
  weight: "400 700",
  display: "optional",
  variable: "--font-naskh-latin",
  adjustFontFallback: "Times New Roman",
  declarations: [
    {
      prop: "unicode-range",
      value: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});

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
    <html lang="ar" dir="rtl" className={`${naskhArabic.variable} ${naskhLatin.variable}`}>
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
