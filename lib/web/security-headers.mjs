// The security headers, named once: next.config.js sends the fixed ones on every response, proxy.ts adds
// the page CSP with a fresh nonce per request, and the production server (scripts/lib/serve.mjs) sends
// them with its 503 page. Plain JavaScript without imports, so that next.config.js and serve.mjs load it
// as it is; security-headers.d.mts gives its types to the TypeScript code.

/** Sent on every response: pages, API, feeds, preview images, static files, error pages. */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Nothing here uses a device feature; deny them all so an injected script could not either.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()" },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

/** For everything that is not an HTML page (JSON, CSV, Atom, PNG, JS, CSS, fonts): nothing may run in it or frame it. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The production server's "database unavailable" page (scripts/lib/serve.mjs): no script at all, its own inline styles. */
export const UNAVAILABLE_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A nonce for one response: 16 random bytes, base64. */
export function newNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The pages' policy. Scripts only with this response's nonce ('strict-dynamic' lets Next's own chunks,
 * loaded by the nonced bootstrap, run) — never 'unsafe-inline'. Styles do allow 'unsafe-inline': React
 * and Next write style attributes (and Tailwind none that matter); a style cannot run code. Development
 * adds 'unsafe-eval', which React's dev build needs for its stack traces.
 * @param {string} nonce
 * @param {boolean} [dev]
 */
export function pageCsp(nonce, dev = false) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ].join("; ");
}
