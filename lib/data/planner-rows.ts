import "server-only";
// The planner's estimates of how many rows of Article a condition holds, which search uses to choose its
// plan and to weigh its terms (lib/data/search.ts). All of a search's estimates go in one EXPLAIN: a UNION
// ALL with one branch per condition, each branch planned on its own and listed in order under the Append.
// A search used to send up to six EXPLAINs side by side, each on a connection of its own.
import type { SqlReader } from "./transaction";

/** The parameters `sql` refers to (a prefix of `params`). */
export const paramsOf = (sql: string, params: readonly unknown[]) =>
  params.slice(0, (sql.match(/\$\d+/g) ?? []).reduce((n, x) => Math.max(n, Number(x.slice(1))), 0));

interface PlanNode {
  "Node Type": string;
  "Plan Rows": number;
  "Parallel Aware"?: boolean;
  "Workers Planned"?: number;
  /** EXPLAIN VERBOSE: the node's output columns (a branch's own number, see plannedRowsOf). */
  Output?: string[];
  Plans?: PlanNode[];
}

/**
 * PostgreSQL's share of a parallel plan's rows one process counts (get_parallel_divisor in costsize.c):
 * the workers, and the leader while it still has time of its own (30% less per worker), when it takes part.
 */
function parallelDivisor(workers: number): number {
  return workers + Math.max(0, 1 - 0.3 * workers);
}

/**
 * Estimated rows of Article a (`SELECT 1 FROM "Article" a WHERE condition`) for each [condition, its
 * parameters], in order. Each branch selects its own number, which EXPLAIN VERBOSE shows as its output:
 * the planner may run the branches as a parallel Append under a Gather, which orders them by cost and
 * whose parallel-aware branches estimate one process's share (scaled back here).
 */
export async function plannedRowsOf(c: SqlReader, conditions: ReadonlyArray<readonly [string, readonly unknown[]]>): Promise<number[]> {
  const params: unknown[] = [];
  const branches = conditions.map(([where, own], i) => {
    const used = paramsOf(where, own);
    const shift = params.length;
    params.push(...used);
    return `SELECT ${i} FROM "Article" a WHERE ${where.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + shift}`)}`;
  });
  const [r] = await c.rows<{ "QUERY PLAN": Array<{ Plan: PlanNode }> }>(`EXPLAIN (VERBOSE, FORMAT JSON) ${branches.join(" UNION ALL ")}`, params);
  const top = r!["QUERY PLAN"][0]!.Plan;
  if (conditions.length === 1) return [top["Plan Rows"]];
  const gather = top["Node Type"] === "Gather" ? top : null;
  const append = gather ? gather.Plans?.[0] : top;
  const rows = new Array<number>(conditions.length).fill(Number.NaN);
  if (append?.["Node Type"] === "Append") {
    const divisor = parallelDivisor(gather?.["Workers Planned"] ?? 0);
    for (const branch of append.Plans ?? []) {
      const i = Number(branch.Output?.[0]);
      if (Number.isInteger(i) && i >= 0 && i < rows.length) rows[i] = Math.round(gather && branch["Parallel Aware"] ? branch["Plan Rows"] * divisor : branch["Plan Rows"]);
    }
  }
  if (rows.every((n) => Number.isFinite(n))) return rows;
  // Any other shape: one EXPLAIN each.
  return Promise.all(conditions.map((x) => plannedRowsOf(c, [x]).then(([n]) => n!)));
}
