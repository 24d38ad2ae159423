// The production web server: Next.js's request handler inside a plain Node HTTP server, so that
// (1) every request can be logged with its final status and duration (LOG_FORMAT=json: one JSON line each),
// (2) while the database is away, requests get an honest 503 in their route's format — an Arabic page,
//     the API's JSON error, Atom, a PNG — instead of a page render that fails with a 500 (App Router pages
//     cannot choose their status); so do renders already under way when it went (hold-server-errors.mjs),
// (3) repeated page loads are answered from a micro-cache (scripts/lib/page-cache.mjs: while the data
//     version holds, at most 30 s; PAGE_CACHE=off switches it off),
// (4) paths Next.js cannot decode and requests Node's parser refuses get the Arabic 404 (or a 400/414/431)
//     page with every security header, and are logged.
// `node scripts/lib/serve.mjs` with PORT, HOST (and the app's own environment); NODE_ENV=production.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { dataVersionReader } from "../../lib/data/data-version.mjs";
import { answerKind, rawRequestError, unavailableAnswer } from "../../lib/web/fallback-answers.mjs";
import { settleForwarding, trustsProxy } from "../../lib/web/forwarded.mjs";
import { hasMalformedEncoding } from "../../lib/web/request-path.mjs";
import { holdServerErrors } from "./hold-server-errors.mjs";
import { createPageCache } from "./page-cache.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const jsonLogs = process.env.LOG_FORMAT === "json";
/** Forwarding headers count only when a reverse proxy we trust wrote them (lib/web/forwarded.mjs). */
const trustedProxy = trustsProxy(process.env.TRUST_PROXY);

/** One event worth an operator's attention: a JSON line with LOG_FORMAT=json, else a line on stderr. */
function logEvent(level, msg, fields) {
  if (jsonLogs) process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
  else console.warn(`${msg}: ${JSON.stringify(fields)}`);
}

/**
 * Where a path that cannot be decoded is sent: a private folder name (app/_…) is never a route, so Next.js
 * answers it with the app's own Arabic 404 page and every security header.
 */
const UNROUTABLE_PATH = "/_malformed-path";

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();

// The page cache's one query per request, through a small pool of its own (the app's pool lives in its bundles).
const dataVersion = process.env.DATABASE_URL && process.env.PAGE_CACHE !== "off" ? dataVersionReader(process.env.DATABASE_URL) : null;
const pageCache = dataVersion
  ? createPageCache({
      readVersion: dataVersion.read,
      maxBytes: Number(process.env.PAGE_CACHE_BYTES ?? 64 * 1024 * 1024),
    })
  : null;

// Shared with lib/data/availability.ts through globalThis (the app's bundles run in this process).
const AVAILABILITY = Symbol.for("syria-talks.database-availability");
/** A healthy database is re-checked at most this often; a lost one on every request, at most this often. */
const RECHECK_UP_MS = 2000;
const RECHECK_DOWN_MS = 250;
let lastProbe = 0;
let inflight = null;

/** Whether the database is away: the last known state while it is recent, else (or when `fresh`) one probe. */
async function databaseDown(fresh = false) {
  const state = globalThis[AVAILABILITY];
  if (!state?.probe) return false; // no page has touched the database yet: nothing to judge by
  const age = Date.now() - lastProbe;
  if (!fresh && age < (state.down ? RECHECK_DOWN_MS : RECHECK_UP_MS)) return state.down;
  inflight ??= state.probe().then((ok) => {
    state.down = !ok;
    lastProbe = Date.now();
    inflight = null;
    return !ok;
  });
  return inflight;
}

// The files in public/ (icons, manifest, default preview card) and Next's own assets are static.
const publicDir = path.join(root, "public");
const PUBLIC_FILES = new Set(fs.existsSync(publicDir) ? fs.readdirSync(publicDir).map((name) => `/${name}`) : []);
const isStatic = (pathname) => pathname.startsWith("/_next/") || PUBLIC_FILES.has(pathname);

/** Static files never need the database; the health route reports the database itself. */
const needsDatabase = (pathname) => !isStatic(pathname) && pathname !== "/api/health";

// While the database is away every route answers 503 in its own format (lib/web/fallback-answers.mjs):
// pages an Arabic page, the API its JSON error, the feed Atom, preview images the default card.
const DEFAULT_CARD = fs.existsSync(path.join(publicDir, "og-default.png")) ? fs.readFileSync(path.join(publicDir, "og-default.png")) : null;

/** Writes the 503 with `send(status, headers, body)` (by default the response's own methods). */
function sendUnavailable(req, res, pathname, send = (status, headers, body) => res.writeHead(status, headers).end(body)) {
  const { status, headers, body } = unavailableAnswer(answerKind(pathname), DEFAULT_CARD);
  send(status, { ...headers, "Content-Length": Buffer.byteLength(body) }, req.method === "HEAD" ? undefined : body);
}

await app.prepare();

const server = http.createServer(async (req, res) => {
  const started = performance.now();
  const pathname = (req.url ?? "/").split("?")[0];
  settleForwarding(req.headers, req.socket.remoteAddress, trustedProxy);
  if (jsonLogs) {
    res.once("finish", () => {
      const line = {
        time: new Date().toISOString(),
        level: res.statusCode >= 500 ? "error" : "info",
        msg: "request",
        method: req.method,
        path: pathname,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    });
  }
  try {
    if (hasMalformedEncoding(pathname)) {
      logEvent("warn", "malformed path", { method: req.method, path: pathname.slice(0, 300) });
      req.url = UNROUTABLE_PATH;
    }
    if (needsDatabase(pathname)) {
      if (await databaseDown()) return sendUnavailable(req, res, pathname);
      // A request that started before the loss was noticed fails in its render: answered 503 all the same.
      holdServerErrors(
        res,
        () => databaseDown(true),
        (send) => sendUnavailable(req, res, pathname, send),
      );
    }
    await (pageCache && !isStatic(pathname) ? pageCache.handle(req, res, handle) : handle(req, res));
  } catch (e) {
    console.error(e);
    if (!res.headersSent) res.writeHead(500).end();
  }
});
// Requests Node's parser refuses (a request line or headers over its 16 KiB limit, broken syntax) never
// reach the handler above; Node's own answer would carry none of the security headers.
server.on("clientError", (err, socket) => {
  if (err.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
  const [status, reason] =
    err.code === "HPE_HEADER_OVERFLOW" ? [431, "Request Header Fields Too Large"] : err.code === "HPE_URI_TOO_LONG" ? [414, "URI Too Long"] : [400, "Bad Request"];
  logEvent("warn", "request refused", { status, reason: String(err.code ?? "") });
  socket.end(rawRequestError(status, reason));
});
server.listen(port, hostname, () => {
  if (!jsonLogs) console.log(`▲ Next.js production server on http://${hostname}:${port}`);
});
const stop = () => server.close(() => (dataVersion ? dataVersion.close() : Promise.resolve()).finally(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
