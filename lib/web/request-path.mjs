// Checks on the raw request path that the production web server (scripts/lib/serve.mjs) makes before
// Next.js sees it. Plain JavaScript without imports, so serve.mjs loads it as it is; request-path.d.mts
// gives its types to the TypeScript code.

/**
 * True when a segment of `pathname` (the path as sent, still percent-encoded) cannot be decoded: a bare
 * `%`, a bad hex pair (`%G1`), or bytes that are not UTF-8 (`%FF`, overlong `%C0%AE`, a lone surrogate
 * `%ED%A0%80`). Next.js decodes dynamic segments itself and answers such paths with a bare 500 that
 * carries none of the security headers, so the server answers them first.
 * @param {string} pathname
 */
export function hasMalformedEncoding(pathname) {
  if (!pathname.includes("%")) return false;
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}
