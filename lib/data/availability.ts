// Whether this process can reach its database. The pool marks it down the moment a connection is lost
// (an idle client's "error" event); the web server (scripts/lib/serve.mjs) reads the state through
// globalThis — it shares the process with the app's bundles but not their module instances — and answers
// 503 while the database is away instead of rendering pages that would fail with a 500.

export interface Availability {
  down: boolean;
  /** Registered by the app's pool: resolves true when the database answers. */
  probe?: () => Promise<boolean>;
}

const KEY = Symbol.for("syria-talks.database-availability");

export function availability(): Availability {
  const g = globalThis as unknown as Record<symbol, Availability | undefined>;
  return (g[KEY] ??= { down: false });
}

/** PostgreSQL SQLSTATEs, socket errors and Prisma codes that mean "no database right now", not "bad query". */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EPIPE", "EAI_AGAIN",
  "57P01", "57P02", "57P03", // admin_shutdown (fast shutdown), crash_shutdown (a backend crashed), cannot_connect_now (shutting down, starting up)
  "53300", // too_many_connections
  "P1001", "P1002", "P1008", "P1017", "P2037", // Prisma: can't reach, timed out, operation timed out, connection closed, too many connections
]);
/** Prisma's driver adapter names what went wrong with a `kind` (lib @prisma/adapter-pg, convertDriverError). */
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// pg and pg-pool throw plain Errors without a code for a socket that closed under a query, a pool that
// could not connect in time, or a client the pool already closed; Prisma repeats the driver's message.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|terminating connection|connect ECONNREFUSED|Client has encountered a connection error|timeout exceeded when trying to connect|Can't reach database server|database system is (shutting down|starting up|in recovery mode)|Server has closed the connection|Client was closed and is not queryable/i;

/** True when an error (or anything in its cause chain, as Prisma's adapter wraps pg's) is a lost database. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 5) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; kind?: unknown; errors?: unknown };
  for (const code of [e.code, e.originalCode]) if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) return true;
  if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true; // AggregateError (IPv4+IPv6)
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** Notes a lost database the moment any caller sees one, so the next requests are answered 503 at once. */
export function noteIfUnavailable(err: unknown): boolean {
  const lost = isDatabaseUnavailable(err);
  if (lost) availability().down = true;
  return lost;
}
