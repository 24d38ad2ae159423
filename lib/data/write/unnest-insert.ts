// Multi-row INSERT with one array parameter per column (unnest), so batch size never hits the
// 65,535-parameter limit and the statement text stays the same whatever the row count.
import type { PoolClient } from "pg";

export interface Column<Row> {
  name: string;
  type: string; // PostgreSQL array element type, e.g. "int", "text", "date", "jsonb"
  value: (row: Row) => unknown;
}

export async function unnestInsert<Row>(
  client: PoolClient,
  table: string,
  columns: Column<Row>[],
  rows: Row[],
  suffix = "",
): Promise<Array<Record<string, unknown>>> {
  if (rows.length === 0) return [];
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  // jsonb and text[] cannot be unnested from a typed array directly: pass them as text and cast per row.
  const params = columns.map((c) => rows.map((r) => encode(c, c.value(r))));
  const selects = columns.map((c, i) => `${castFrom(c, `u.c${i}`)}`).join(", ");
  const sources = columns.map((c, i) => `$${i + 1}::${arrayTypeOf(c)}`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${selects} FROM unnest(${sources}) AS u(${aliases}) ${suffix}`;
  const result = await client.query(sql, params);
  return result.rows;
}

const viaText = (c: Column<unknown>) => c.type === "jsonb" || c.type.endsWith("[]");
const arrayTypeOf = (c: Column<never>) => (viaText(c as Column<unknown>) ? "text[]" : `${c.type}[]`);
const castFrom = (c: Column<never>, expr: string) => (viaText(c as Column<unknown>) ? `${expr}::${c.type}` : expr);

function encode(c: Column<never>, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (c.type.endsWith("[]")) return toPgArrayLiteral(v as string[]);
  return v;
}

/** text[] literal, e.g. {"a","b \\"c\\""}. */
function toPgArrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}
