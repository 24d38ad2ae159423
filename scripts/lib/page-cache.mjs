// A micro-cache for full page loads in the production server (scripts/lib/serve.mjs).
//
// What is cached: the HTML of GET page requests answered 200 with text/html — not the API, static files
// (/_next), preview images (/og), the feed, the search page (rate-limited per client), client-side
// navigations (RSC / Next-Router-* / Next-Action requests, `_rsc`), POSTs, requests carrying a redirect's
// one-time notice, or any response that sets a cookie. HEAD is answered from a cached GET.
// Key: the URL, the `display` cookie (Western/Eastern digits, Hijri: the only cookie pages read) and the
// origin the reader used (Host, X-Forwarded-Host/-Proto: the layout makes preview-image URLs absolute
// with it, so one host's page is never served to another).
// For how long: while DataVersion.version (bumped in the same transaction as every applied grouping:
// loads, uploads, corrections, lib/data/write/apply-events.ts) is unchanged, and at most 30 s. The version
// is read per request with one primary-key query issued after the request arrived (concurrent requests
// share one query, but never one that started before they came), so a correction or an upload shows on
// the very next page load — on every instance sharing the database.
//
// Why it is safe: GET pages hold no per-user content. The editors' token is typed into forms and sent
// with POSTs (server actions, never cached); it is never rendered. The only per-reader input a page
// reads is the display cookie, which is in the key. The per-response CSP nonce stays unique: the body is
// kept split around the nonce it was rendered with, and every response (hit or miss) gets a fresh nonce
// in both the Content-Security-Policy header and the HTML.
//
// Compression without recompressing: the render is asked for an uncompressed body (Accept-Encoding is
// removed for it). Each piece between two nonces is deflated once, when stored, and ends on a byte
// boundary with no reference to the other pieces (a sync flush of its own stream), so a gzip answer is
// assembled per response from the stored pieces with the fresh nonce between them as an uncompressed
// ("stored") deflate block, an empty final block, and the CRC-32 of the assembled text — a valid gzip
// stream (RFC 1951/1952) that costs a CRC per response instead of a compression (about 5 ms per 470 KiB
// timeline page on this machine, which alone capped a core at ~200 pages/s).
// Memory is bounded: least recently used pages go first once the stored bytes exceed `maxBytes`.
// `X-Cache: hit|miss` says which path answered.
import crypto from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";

const deflateRaw = promisify(zlib.deflateRaw);
/** Gzip header: magic, deflate, no flags, no mtime, no extra flags, unknown OS. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
/** An empty final stored block: ends the deflate stream. */
const FINAL_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff]);

/** A non-final stored (uncompressed) deflate block holding `bytes` (< 64 KiB); starts on a byte boundary. */
function storedBlock(bytes) {
  const head = Buffer.from([0, bytes.length & 0xff, bytes.length >> 8, ~bytes.length & 0xff, (~bytes.length >> 8) & 0xff]);
  return [head, bytes];
}

/** Deflates `piece` on its own, ending with a sync flush: byte-aligned, not final, self-contained. */
const deflatePiece = (piece, level) => deflateRaw(piece, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH });

/** The gzip stream of `parts` joined by `nonce`, from their separately deflated forms. */
export function assembleGzip(parts, deflated, nonce) {
  const nonceBytes = Buffer.from(nonce);
  const out = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  parts.forEach((part, i) => {
    if (i) {
      out.push(...storedBlock(nonceBytes));
      crc = zlib.crc32(nonceBytes, crc);
      size += nonceBytes.length;
    }
    out.push(deflated[i]);
    // Not for an empty piece: zlib's crc32 of a buffer without memory answers 0, not the running value.
    if (part.length) crc = zlib.crc32(part, crc);
    size += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  out.push(FINAL_BLOCK, trailer);
  return out;
}

const EXCLUDED_PREFIXES = ["/api/", "/_next/", "/og/"];
/** The cookie that carries a canonical redirect's notice to the next page (NOTICE_COOKIE in lib/params/notice.ts). */
const NOTICE_COOKIE = "param-notice";
// The search page spends the client's search budget in the proxy (lib/web/page-guards.ts): a hit would skip
// it, and the proxy's own 429 is streamed by Next.js, which waits for a 'finish' a captured render never
// emits. Its results are kept per data version one level down (lib/data/search.ts).
const EXCLUDED_PATHS = new Set(["/feed.xml", "/favicon.ico", "/robots.txt", "/sitemap.xml", "/search"]);
/** Client-side navigations and server actions: their answers are RSC payloads, not pages. */
const FLIGHT_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
/** Hop-by-hop or per-response headers that must not be replayed from a stored response. */
const DROPPED_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "x-cache"]);

/** True when this request may be answered from (or stored into) the cache. */
export function isCacheableRequest(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const pathname = q < 0 ? url : url.slice(0, q);
  if (EXCLUDED_PATHS.has(pathname) || EXCLUDED_PREFIXES.some((p) => pathname.startsWith(p))) return false;
  if (q >= 0 && /[?&]_rsc=/.test(url.slice(q))) return false;
  // A page reached through a canonical redirect shows, once, what it dropped (lib/params/notice.ts).
  if (cookieValue(req.headers.cookie, NOTICE_COOKIE)) return false;
  return !FLIGHT_HEADERS.some((h) => req.headers[h] !== undefined);
}

function cookieValue(header, name) {
  if (!header) return "";
  for (const part of String(header).split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return "";
}

/** Everything a GET page's HTML depends on besides the stored data. */
export function cacheKey(req) {
  const h = req.headers;
  return JSON.stringify([h["x-forwarded-proto"] ?? "", h["x-forwarded-host"] ?? "", h.host ?? "", req.url ?? "/", cookieValue(h.cookie, "display")]);
}

/** A nonce like lib/web/security-headers.mjs newNonce(): 16 random bytes, base64. */
export const newNonce = () => crypto.randomBytes(16).toString("base64");

const nonceOf = (csp) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

/**
 * Wraps `read` (resolving to the current version) so that concurrent callers share queries, but each
 * caller's answer comes from a query that started after it called: a request never sees a version read
 * before it arrived (a bump committed just before it would otherwise be missed).
 */
export function coalescedReader(read) {
  let running = null;
  let queued = null;
  const start = () => {
    const p = Promise.resolve().then(read);
    running = p;
    p.then(
      () => {},
      () => {},
    ).then(() => running === p && (running = null));
    return p;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .then(
        () => {},
        () => {},
      )
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}

/** Least-recently-used map bounded by the sum of its entries' `bytes`. */
export class ByteLru {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    this.map = new Map();
  }
  get(key) {
    const e = this.map.get(key);
    if (e) {
      this.map.delete(key);
      this.map.set(key, e);
    }
    return e;
  }
  delete(key) {
    const e = this.map.get(key);
    if (e) {
      this.bytes -= e.bytes;
      this.map.delete(key);
    }
  }
  set(key, entry) {
    this.delete(key);
    if (entry.bytes > this.maxBytes) return;
    this.map.set(key, entry);
    this.bytes += entry.bytes;
    for (const [k] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(k);
    }
  }
  get size() {
    return this.map.size;
  }
}

/** Lets the render write into memory instead of the socket; resolves with what it wrote once it ends. */
function capture(res) {
  const chunks = [];
  // Put back what was there: another wrapper's methods (serve.mjs holds 5xx answers) or the prototype's.
  const saved = ["writeHead", "flushHeaders", "write", "end"].map((m) => [m, Object.getOwnPropertyDescriptor(res, m)]);
  let finished;
  const ended = new Promise((resolve) => (finished = resolve));
  const toBuffer = (chunk, enc) => (Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof enc === "string" ? enc : "utf8") : Buffer.from(chunk));
  res.writeHead = (status, reason, headers) => {
    if (typeof reason !== "string") headers = reason;
    res.statusCode = status;
    if (Array.isArray(headers)) for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    else if (headers) for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    return res;
  };
  res.flushHeaders = () => {};
  res.write = (chunk, enc, cb) => {
    if (chunk != null && chunk.length) chunks.push(toBuffer(chunk, enc));
    (typeof enc === "function" ? enc : cb)?.();
    return true;
  };
  res.end = (chunk, enc, cb) => {
    if (typeof chunk === "function") [cb, chunk] = [chunk, undefined];
    if (chunk != null && chunk.length) chunks.push(toBuffer(chunk, enc));
    (typeof enc === "function" ? enc : cb)?.();
    finished();
    return res;
  };
  const restore = () => {
    for (const [m, d] of saved) {
      if (d) Object.defineProperty(res, m, d);
      else delete res[m];
    }
  };
  return { ended: ended.then(() => (restore(), Buffer.concat(chunks))), restore };
}

/** A response as stored: its body split around the nonce it was rendered with. */
function makeEntry(status, rawHeaders, body, version, now) {
  const headers = {};
  for (const [k, v] of Object.entries(rawHeaders)) if (!DROPPED_HEADERS.has(k)) headers[k] = v;
  const nonce = nonceOf(headers["content-security-policy"]);
  const parts = [];
  if (nonce) {
    const needle = Buffer.from(nonce);
    let from = 0;
    for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, from)) {
      parts.push(body.subarray(from, at));
      from = at + needle.length;
    }
    parts.push(body.subarray(from));
  } else parts.push(body);
  // `bytes` counts the deflated copy too (about a tenth of the text for these pages).
  return { status, headers, parts, nonce, version, storedAt: now, length: body.length, bytes: Math.ceil(body.length * 1.2) + 2048 };
}

function acceptsGzip(req) {
  return /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
}

/**
 * @param {object} opts
 * @param {() => Promise<string>} opts.readVersion  current DataVersion (one primary-key query)
 * @param {number} [opts.maxBytes]   bound on stored bodies (default 64 MiB)
 * @param {number} [opts.maxAgeMs]   longest an entry is served (default 30 s)
 * @param {number} [opts.gzipLevel]  zlib level of the stored deflated pieces (default 6: paid once per entry)
 * @param {() => number} [opts.now]
 */
export function createPageCache({ readVersion, maxBytes = 64 * 1024 * 1024, maxAgeMs = 30_000, gzipLevel = 6, now = Date.now }) {
  const lru = new ByteLru(maxBytes);
  const currentVersion = coalescedReader(readVersion);
  /** Renders in progress per key and version: concurrent misses wait for one render. */
  const rendering = new Map();
  const stats = { hits: 0, misses: 0, bypass: 0 };

  async function send(req, res, entry, label, nonce = newNonce()) {
    if (!entry.nonce) nonce = "";
    res.statusCode = entry.status;
    for (const [k, v] of Object.entries(entry.headers)) {
      res.setHeader(k, entry.nonce && typeof v === "string" ? v.split(entry.nonce).join(nonce) : v);
    }
    res.setHeader("X-Cache", label);
    const nonceBytes = Buffer.from(nonce);
    let out = entry.parts.flatMap((p, i) => (i ? [nonceBytes, p] : [p]));
    const type = String(entry.headers["content-type"] ?? "");
    if (entry.length > 1024 && /^(text\/|application\/(json|xml|javascript))/.test(type)) {
      const vary = String(res.getHeader("vary") ?? "");
      if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      if (acceptsGzip(req)) {
        entry.deflated ??= Promise.all(entry.parts.map((p) => deflatePiece(p, gzipLevel)));
        out = assembleGzip(entry.parts, await entry.deflated, nonce);
        res.setHeader("Content-Encoding", "gzip");
      }
    }
    res.setHeader(
      "Content-Length",
      out.reduce((n, b) => n + b.length, 0),
    );
    if (req.method === "HEAD") return void res.end();
    res.cork();
    for (const b of out) if (b.length) res.write(b);
    res.end();
  }

  /** Renders into memory with `render(req, res)` (Next's handler), uncompressed. */
  async function renderCaptured(req, res, render, version) {
    const wanted = req.headers["accept-encoding"];
    delete req.headers["accept-encoding"];
    const cap = capture(res);
    try {
      await render(req, res);
    } catch (e) {
      cap.restore();
      throw e;
    } finally {
      if (wanted !== undefined) req.headers["accept-encoding"] = wanted;
    }
    const body = await cap.ended;
    const headers = res.getHeaders();
    for (const k of Object.keys(headers)) res.removeHeader(k);
    const entry = makeEntry(res.statusCode, headers, body, version, now());
    entry.cacheable = version !== undefined && entry.status === 200 && !headers["set-cookie"] && /^text\/html/.test(String(headers["content-type"] ?? ""));
    return entry;
  }

  /** Answers `req`, from the cache when it can; `render(req, res)` is Next's handler. */
  async function handle(req, res, render) {
    if (!isCacheableRequest(req)) {
      stats.bypass++;
      return render(req, res);
    }
    let version;
    try {
      version = String(await currentVersion());
    } catch {
      stats.bypass++;
      return render(req, res); // no version, no cache: the render reports the database itself
    }
    const key = cacheKey(req);
    const hit = lru.get(key);
    if (hit && hit.version === version && now() - hit.storedAt < maxAgeMs) {
      stats.hits++;
      return send(req, res, hit, "hit");
    }
    if (req.method === "HEAD") {
      stats.bypass++;
      return render(req, res);
    }
    const flightKey = `${version}\u0000${key}`;
    const pending = rendering.get(flightKey);
    if (pending) {
      const shared = await pending;
      if (shared) {
        stats.hits++;
        return send(req, res, shared, "hit");
      }
      return render(req, res);
    }
    stats.misses++;
    let settle;
    rendering.set(flightKey, new Promise((resolve) => (settle = resolve)));
    let entry = null;
    try {
      entry = await renderCaptured(req, res, render, version);
      if (entry.cacheable) lru.set(key, entry);
    } finally {
      rendering.delete(flightKey);
      settle(entry?.cacheable ? entry : null);
    }
    return send(req, res, entry, "miss", entry.nonce);
  }

  return { handle, stats, lru };
}
