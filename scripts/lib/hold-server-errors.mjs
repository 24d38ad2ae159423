// Holds back a server error (5xx other than 503) until it is known whether the database is away: a page
// whose render failed because PostgreSQL stopped under it is answered 503, in the route's own format,
// instead of the generic 500. App Router pages cannot choose their status, and a render that started
// before anyone noticed the database was gone fails like any bug; only a fresh check tells the two apart.
//
// The response's writeHead/flushHeaders/write/end are wrapped on the instance. Next.js wraps them again
// above us (its compression), so ours stay in place and, once the status is known to be below 500 (or
// 503), simply pass every call down to what was there before. A held answer is written below the other
// wrappers too: what they already produced (compressed bytes and their headers) is replayed as it is.

const METHODS = ["writeHead", "flushHeaders", "write", "end"];

/**
 * @param {import("node:http").ServerResponse} res
 * @param {() => Promise<boolean>} databaseDown  a fresh check of the database, made only for a held error
 * @param {(send: (status: number, headers: Record<string, string | number>, body?: string | Uint8Array) => void) => void} answerUnavailable
 *        writes the 503 through `send`
 */
export function holdServerErrors(res, databaseDown, answerUnavailable) {
  // What was there before us: another wrapper's methods, or the prototype's.
  const below = Object.fromEntries(METHODS.map((m) => [m, res[m]]));
  /** "undecided" until the first header or byte; then "pass" (everything goes down) or "hold". */
  let mode = "undecided";
  /** The held body; status and headers stay on `res`. */
  const held = [];
  const decide = (status) => {
    mode = status >= 500 && status !== 503 ? "hold" : "pass";
  };
  const keep = (chunk, enc) => {
    if (chunk == null || !chunk.length) return;
    held.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof enc === "string" ? enc : "utf8") : Buffer.from(chunk));
  };

  res.writeHead = function (status, reason, headers) {
    if (mode === "undecided") decide(status);
    if (mode === "pass") return below.writeHead.apply(res, arguments);
    if (typeof reason !== "string") headers = reason;
    res.statusCode = status;
    if (Array.isArray(headers)) for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    else if (headers) for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    return res;
  };
  res.flushHeaders = function () {
    if (mode === "undecided") decide(res.statusCode);
    if (mode === "pass") return below.flushHeaders.apply(res, arguments);
  };
  res.write = function (chunk, enc, cb) {
    if (mode === "undecided") decide(res.statusCode);
    if (mode === "pass") return below.write.apply(res, arguments);
    keep(chunk, enc);
    (typeof enc === "function" ? enc : cb)?.();
    return true;
  };
  res.end = function (chunk, enc, cb) {
    if (mode === "undecided") decide(res.statusCode);
    if (mode === "pass") return below.end.apply(res, arguments);
    if (typeof chunk === "function") [cb, chunk] = [chunk, undefined];
    keep(chunk, enc);
    void release(typeof enc === "function" ? enc : cb);
    return res;
  };

  async function release(done) {
    let down = false;
    try {
      down = await databaseDown();
    } catch {}
    mode = "pass";
    if (down) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      answerUnavailable((status, headers, body) => {
        below.writeHead.call(res, status, headers);
        below.end.call(res, body);
      });
    } else below.end.call(res, Buffer.concat(held));
    done?.();
  }
}
