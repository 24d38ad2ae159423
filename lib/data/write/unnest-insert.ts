// Multi-row writes with one typed array per column (unnest), so a batch is one statement whatever its size
// and no row count meets the 65,535-parameter limit. Run through the transaction's Prisma client.
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../transaction";
import { arrayConstant, type ElementValue } from "./array-literal";

export interface Column<Row> {
  name: string;
  type: string; // PostgreSQL type of the column, e.g. "int", "text", "date", "jsonb", "text[]", `"DateBasis"`
  value: (row: Row) => ElementValue;
}

/** INSERT of `rows`; `suffix` (ON CONFLICT …, RETURNING …) is static SQL. Returns the RETURNING rows. */
export async function unnestInsert<Row>(tx: Tx, table: string, columns: Column<Row>[], rows: Row[], suffix = ""): Promise<Array<Record<string, unknown>>> {
  if (rows.length === 0) return [];
  const names = Prisma.raw(columns.map((c) => `"${c.name}"`).join(", "));
  return tx.$queryRaw<Array<Record<string, unknown>>>`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) ${unnestSelect(columns, rows)} ${Prisma.raw(suffix)}`;
}

/** `SELECT … FROM unnest(…)`: one row per element of `rows`, its columns named as in `columns`. */
export function unnestSelect<Row>(columns: Column<Row>[], rows: Row[]): Prisma.Sql {
  const selects = Prisma.raw(columns.map((c, i) => `${castFrom(c, `u.c${i}`)} AS "${c.name}"`).join(", "));
  const sources = Prisma.join(columns.map((c) => arrayConstant(rows.map(c.value), `${elementType(c)}[]`)));
  const aliases = Prisma.raw(columns.map((_, i) => `c${i}`).join(", "));
  return Prisma.sql`SELECT ${selects} FROM unnest(${sources}) AS u(${aliases})`;
}

// An array column (text[]) cannot be unnested from a two-dimensional array: its rows travel as text and
// are cast one by one.
const nested = (c: Column<never>) => c.type.endsWith("[]");
const elementType = (c: Column<never>) => (nested(c) ? "text" : c.type);
const castFrom = (c: Column<never>, expr: string) => (nested(c) ? `${expr}::${c.type}` : expr);
