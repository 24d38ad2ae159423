// The one transaction helper, on a real PostgreSQL: all or nothing, settings that last the transaction
// only, read-only when asked, one consistent snapshot at REPEATABLE READ, and a time limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/db";
import { inTransaction, readWithSettings, sqlReader, type SqlReader } from "./transaction";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

const outletCount = () => t.db.outlet.count();
const addOutlet = (id: string) => t.db.$executeRaw`INSERT INTO "Outlet" (id, "nameAr") VALUES (${id}, 'منفذ')`;

describe("inTransaction", () => {
  it("commits all of the work, or none of it when the work throws", async () => {
    const before = await outletCount();
    await inTransaction(t.db, async (tx) => {
      await tx.$executeRaw`INSERT INTO "Outlet" (id, "nameAr") VALUES ('tx-kept', 'منفذ')`;
    });
    await expect(
      inTransaction(t.db, async (tx) => {
        await tx.$executeRaw`INSERT INTO "Outlet" (id, "nameAr") VALUES ('tx-dropped', 'منفذ')`;
        throw new Error("the rest failed");
      }),
    ).rejects.toThrow("the rest failed");
    expect(await outletCount()).toBe(before + 1);
    expect(await t.db.outlet.findUnique({ where: { id: "tx-dropped" } })).toBeNull();
  });

  it("applies settings for the transaction only", async () => {
    const [outside] = await t.db.$queryRaw<Array<{ v: string }>>`SELECT current_setting('work_mem') AS v`;
    const inside = await inTransaction(t.db, (tx) => tx.$queryRaw<Array<{ v: string }>>`SELECT current_setting('work_mem') AS v`, { settings: { work_mem: "48MB" } });
    expect(inside[0]!.v).toBe("48MB");
    expect(outside!.v).not.toBe("48MB");
    // The connection goes back to the pool as it came: the next transaction does not inherit the setting.
    const after = await inTransaction(t.db, (tx) => tx.$queryRaw<Array<{ v: string }>>`SELECT current_setting('work_mem') AS v`);
    expect(after[0]!.v).toBe(outside!.v);
  });

  it("refuses writes when read-only", async () => {
    await expect(inTransaction(t.db, (tx) => tx.$executeRaw`INSERT INTO "Outlet" (id, "nameAr") VALUES ('tx-ro', 'منفذ')`, { readOnly: true })).rejects.toThrow(/read-only/);
    expect(await t.db.outlet.findUnique({ where: { id: "tx-ro" } })).toBeNull();
  });

  it("reads one snapshot at REPEATABLE READ, whatever commits meanwhile", async () => {
    const counts = await inTransaction(
      t.db,
      async (tx) => {
        const first = await tx.outlet.count();
        await addOutlet("tx-meanwhile"); // another connection commits
        return [first, await tx.outlet.count()];
      },
      { isolation: "RepeatableRead", readOnly: true },
    );
    expect(counts[1]).toBe(counts[0]);
    expect(await outletCount()).toBe(counts[0]! + 1);
  });

  it("rolls back work that outlives its time limit", async () => {
    await expect(
      inTransaction(
        t.db,
        async (tx) => {
          await tx.$executeRaw`INSERT INTO "Outlet" (id, "nameAr") VALUES ('tx-slow', 'منفذ')`;
          await tx.$queryRaw`SELECT pg_sleep(1.5)`;
          await tx.$executeRaw`INSERT INTO "Outlet" (id, "nameAr") VALUES ('tx-slow-2', 'منفذ')`;
        },
        { timeoutMs: 500 },
      ),
    ).rejects.toThrow();
    expect(await t.db.outlet.findUnique({ where: { id: "tx-slow" } })).toBeNull();
  });
});

describe("readWithSettings", () => {
  const workMem = (c: SqlReader) => c.rows<{ v: string; ro: string }>(`SELECT current_setting('work_mem') AS v, current_setting('transaction_read_only') AS ro`);

  it("runs the read under the settings, read-only when asked, and leaves the pool as it was", async () => {
    const pool = t.database.pool;
    const [outside] = await workMem(sqlReader(pool));
    const [inside] = await readWithSettings(pool, workMem, { readOnly: true, settings: { work_mem: "40MB" } });
    expect(inside).toEqual({ v: "40MB", ro: "on" });
    // Enough reads after it to meet every connection of the pool: none kept the setting.
    const after = await Promise.all(Array.from({ length: 12 }, () => workMem(sqlReader(pool))));
    expect(after.map((r) => r[0]!.v)).toEqual(after.map(() => outside!.v));
  });

  it("sends the settings as literals, quotes and backslashes kept, and gives the connection back after its COMMIT", async () => {
    const pool = t.database.pool;
    const name = "o'brien \\ $1 --";
    const [inside] = await readWithSettings(pool, (c) => c.rows<{ v: string }>(`SELECT current_setting('application_name') AS v`), { readOnly: true, settings: { application_name: name } });
    expect(inside!.v).toBe(name);
    // COMMIT was not waited for: the connection returns once it is answered.
    await expect.poll(() => pool.idleCount === pool.totalCount, { timeout: 2000 }).toBe(true);
    const after = await Promise.all(Array.from({ length: 12 }, () => sqlReader(pool).rows<{ v: string }>(`SELECT current_setting('application_name') AS v`)));
    expect(after.some((r) => r[0]!.v === name)).toBe(false);
  });

  it("waits for the COMMIT of a transaction that is not read-only, and reports its failure", async () => {
    // A deferred unique constraint is checked at COMMIT only.
    const write = (c: SqlReader) =>
      c.rows(`CREATE TEMP TABLE deferred_check (x int UNIQUE DEFERRABLE INITIALLY DEFERRED) ON COMMIT DROP; INSERT INTO deferred_check VALUES (1), (1)`);
    await expect(readWithSettings(t.database.pool, write, { settings: { work_mem: "40MB" } })).rejects.toThrow(/duplicate key/);
  });

  it("refuses a write when read-only", async () => {
    await expect(readWithSettings(t.database.pool, (c) => c.rows(`INSERT INTO "Outlet" (id, "nameAr") VALUES ('ro-write', 'منفذ')`), { readOnly: true })).rejects.toThrow(/read-only/);
    expect(await t.db.outlet.findUnique({ where: { id: "ro-write" } })).toBeNull();
  });

  it("rolls back and frees the connection when the read fails", async () => {
    const pool = t.database.pool;
    await expect(readWithSettings(pool, (c) => c.rows("SELECT 1/0"), { settings: { work_mem: "40MB" } })).rejects.toThrow(/division by zero/);
    const [row] = await Promise.all(Array.from({ length: 12 }, () => workMem(sqlReader(pool))));
    expect(row![0]!.v).not.toBe("40MB");
    expect(pool.waitingCount).toBe(0);
  });
});
