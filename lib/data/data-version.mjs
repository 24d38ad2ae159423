// The stored data's version (the DataVersion row, raised by every change of the stored events) for the
// production server's page cache (scripts/lib/serve.mjs). That server runs outside the app's bundles and
// cannot reach the app's pool (client.ts), so it reads through a small pool of its own, opened here in
// the data layer. Plain JS so that the server imports it without a build step.
import pg from "pg";

/** Reads the version on every call; `close` ends the pool. */
export function dataVersionReader(connectionString) {
  const pool = new pg.Pool({ connectionString, max: 2, connectionTimeoutMillis: 2000 });
  pool.on("error", () => {}); // a lost idle connection: the next query reconnects or fails (then no cache)
  return {
    read: async () => (await pool.query(`SELECT version::text AS v FROM "DataVersion" WHERE id = 1`)).rows[0]?.v ?? "0",
    close: () => pool.end(),
  };
}
