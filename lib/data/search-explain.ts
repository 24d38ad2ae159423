// EXPLAIN (ANALYZE, BUFFERS) of every SQL statement search() runs for one query (bench:search --explain,
// and the plan test). Statements are captured at the pg client while search() runs, then replayed in the
// same order on one connection, transaction settings (SET LOCAL) included, with each query explained.
import pg from "pg";
import { pool } from "./client";
import { searchUncached } from "./search";
import { parseSearchParams } from "../params/search";

export interface ExplainedStatement {
  sql: string;
  plan: string;
}

const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SET)\b/i;

export async function explainSearch(query: URLSearchParams, opts: { analyze?: boolean } = {}): Promise<ExplainedStatement[]> {
  const parsed = parseSearchParams(query);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const captured: Array<[string, unknown[] | undefined]> = [];
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...a: unknown[]) {
    if (typeof a[0] === "string") captured.push([a[0], a[1] as unknown[] | undefined]);
    return original.apply(this, a);
  };
  try {
    await searchUncached(parsed.value);
  } finally {
    proto.query = original;
  }
  const c = await pool().connect();
  const out: ExplainedStatement[] = [];
  try {
    for (const [sql, params] of captured) {
      if (/^\s*EXPLAIN\b/i.test(sql)) continue; // search()'s own estimate (lib/data/search.ts walkPays)
      if (CONTROL.test(sql)) {
        await c.query(sql);
        continue;
      }
      const { rows } = await c.query(`EXPLAIN (${opts.analyze === false ? "" : "ANALYZE, BUFFERS, "}COSTS OFF) ${sql}`, params);
      out.push({ sql, plan: rows.map((r) => r["QUERY PLAN"]).join("\n") });
    }
  } finally {
    await c.query("ROLLBACK").catch(() => {});
    c.release();
  }
  return out;
}

export const formatExplained = (xs: ExplainedStatement[]) =>
  xs.map((x) => `-- ${x.sql.replace(/\s+/g, " ").slice(0, 160)}...\n${x.plan}`).join("\n\n");
