import type { Pool, PoolClient } from "pg";

/**
 * Runs `work` in one transaction on its own connection: all of it is committed, or none.
 * `begin` may ask for more, e.g. "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" for one consistent snapshot.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, begin = "BEGIN"): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
