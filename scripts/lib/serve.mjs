// The production web server: Next.js's request handler inside a plain Node HTTP server, so that
// (1) every request can be logged with its final status and duration (LOG_FORMAT=json: one JSON line each),
// (2) while the database is away, requests get an honest 503 — an Arabic page, or JSON for the API —
//     instead of a page render that fails with a 500 (App Router pages cannot choose their status),
// (3) repeated page loads are answered from a micro-cache (scripts/lib/page-cache.mjs: while the data
//     version holds, at most 30 s; PAGE_CACHE=off switches it off).
// `node scripts/lib/serve.mjs` with PORT, HOST (and the app's own environment); NODE_ENV=production.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { dataVersionReader } from "../../lib/data/data-version.mjs";
import { rawRequestError } from "../../lib/web/fallback-answers.mjs";
import { hasMalformedEncoding } from "../../lib/web/request-path.mjs";
import { SECURITY_HEADERS, UNAVAILABLE_PAGE_CSP } from "../../lib/web/security-headers.mjs";
import { createPageCache } from "./page-cache.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const jsonLogs = process.env.LOG_FORMAT === "json";

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

async function databaseDown() {
  const state = globalThis[AVAILABILITY];
  if (!state?.probe) return false; // no page has touched the database yet: nothing to judge by
  const age = Date.now() - lastProbe;
  if (age < (state.down ? RECHECK_DOWN_MS : RECHECK_UP_MS)) return state.down;
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

const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="10"><title>الخدمة غير متاحة مؤقتًا — قارئ محادثات سوريا</title></head>
<body><main role="alert"><h1>الخدمة غير متاحة مؤقتًا</h1>
<p>تعذّر الوصول إلى قاعدة البيانات الآن. ستعود الصفحة من تلقاء نفسها بعد قليل؛ يمكنك أيضًا إعادة تحميلها.</p></main></body></html>`;

// The same headers as every other response (lib/web/security-headers.mjs): the page has no script at all,
// so its policy allows none.
const UNAVAILABLE_HEADERS = {
  "Content-Security-Policy": UNAVAILABLE_PAGE_CSP,
  ...Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value])),
};

function sendUnavailable(req, res, pathname) {
  const api = pathname.startsWith("/api/");
  res.writeHead(503, {
    ...UNAVAILABLE_HEADERS,
    "Content-Type": api ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Retry-After": "5",
  });
  res.end(req.method === "HEAD" ? undefined : api ? JSON.stringify({ error: "database unavailable", message: "قاعدة البيانات غير متاحة مؤقتًا" }) : UNAVAILABLE_PAGE);
}

await app.prepare();

const server = http.createServer(async (req, res) => {
  const started = performance.now();
  const pathname = (req.url ?? "/").split("?")[0];
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
    if (needsDatabase(pathname) && (await databaseDown())) return sendUnavailable(req, res, pathname);
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
