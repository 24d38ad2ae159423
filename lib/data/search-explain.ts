// EXPLAIN (ANALYZE, BUFFERS) of every SQL statement search() runs for one query (bench:search --explain,
// and the plan test). Statements are captured at the pg client (search's own, and those under Prisma's
// adapter) while search() runs, then replayed in the same order in one read-only transaction, its
// settings (SET LOCAL, set_config) included, with each query explained.
import pg from "pg";
import { db } from "./client";
import { inTransaction } from "./transaction";
import { searchUncached } from "./search";
import { parseSearchParams } from "../params/search";

export interface ExplainedStatement {
  sql: string;
  plan: string;
}

/** BEGIN sent with the settings in one message (readWithSettings): the settings are kept, the BEGIN is the replay's. */
const BEGIN_WITH = /^\s*BEGIN\s*;\s*/i;
/** Ended or begun by the replay's own transaction. */
const TRANSACTION = /^\s*(BEGIN|COMMIT|ROLLBACK)\b/i;
/** Run as they are: they set the plan up. */
const SETTINGS = /^\s*(SET\b|SELECT set_config\()/i;

/** A pg query call's text and values: `query(text, values)` or `query({ text, values })` (Prisma's adapter). */
function statementOf(args: unknown[]): [string, unknown[]] | null {
  const [first, second] = args;
  if (typeof first === "string") return [first, Array.isArray(second) ? second : []];
  const q = first as { text?: unknown; values?: unknown } | null;
  return q && typeof q.text === "string" ? [q.text, Array.isArray(q.values) ? q.values : []] : null;
}

/** Every statement search() sends for one query, in order, with its parameters (search's own and Prisma's). */
export async function searchStatements(query: URLSearchParams): Promise<Array<[string, unknown[]]>> {
  const parsed = parseSearchParams(query);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const captured: Array<[string, unknown[]]> = [];
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...a: unknown[]) {
    const statement = statementOf(a);
    if (statement) captured.push(statement);
    return original.apply(this, a);
  };
  try {
    await searchUncached(parsed.value);
  } finally {
    proto.query = original;
  }
  return captured;
}

export async function explainSearch(query: URLSearchParams, opts: { analyze?: boolean } = {}): Promise<ExplainedStatement[]> {
  const captured = await searchStatements(query);
  return inTransaction(
    db(),
    async (tx) => {
      const out: ExplainedStatement[] = [];
      for (const [statement, params] of captured) {
        const sql = statement.replace(BEGIN_WITH, "");
        if (/^\s*EXPLAIN\b/i.test(sql) || TRANSACTION.test(sql)) continue; // EXPLAIN: search()'s own estimate (walkPays)
        if (SETTINGS.test(sql)) {
          await tx.$executeRawUnsafe(sql, ...(params ?? []));
          continue;
        }
        const rows = await tx.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(`EXPLAIN (${opts.analyze === false ? "" : "ANALYZE, BUFFERS, "}COSTS OFF) ${sql}`, ...(params ?? []));
        out.push({ sql, plan: rows.map((r) => r["QUERY PLAN"]).join("\n") });
      }
      return out;
    },
    { readOnly: true },
  );
}

export const formatExplained = (xs: ExplainedStatement[]) =>
  xs.map((x) => `-- ${x.sql.replace(/\s+/g, " ").slice(0, 160)}...\n${x.plan}`).join("\n\n");
