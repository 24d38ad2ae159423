// Which forwarding headers the production web server (scripts/lib/serve.mjs) lets through to the app.
// X-Forwarded-For decides the client's address (the rate limits' key, lib/web/rate-limit.ts) and
// X-Forwarded-Host/-Proto the origin of absolute links (lib/web/origin.ts). A client can send any of
// them, so they mean something only when a reverse proxy we trust wrote them: TRUST_PROXY names how
// many. Without it, they are replaced by what the socket says. Plain JavaScript without imports, so
// serve.mjs loads it as it is; forwarded.d.mts gives its types to the TypeScript code.

const FORWARDING = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/**
 * Whether TRUST_PROXY (`true` for one proxy, or their number) says a proxy is in front.
 * @param {string | undefined} value
 */
export function trustsProxy(value) {
  if (value === undefined || value.trim() === "") return false;
  return value.trim() === "true" || Number(value) >= 1;
}

/**
 * Rewrites `headers` (a Node request's, lower-case names) in place: without a trusted proxy, the client's
 * own forwarding headers are dropped and X-Forwarded-For is the socket's address; Next.js then fills
 * X-Forwarded-Host/-Proto from the Host header and the socket itself.
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {string | undefined} socketAddress
 * @param {boolean} trusted
 */
export function settleForwarding(headers, socketAddress, trusted) {
  if (trusted) return;
  for (const name of FORWARDING) delete headers[name];
  if (socketAddress) headers["x-forwarded-for"] = socketAddress;
}
