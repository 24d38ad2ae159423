// The last stage of a load: all coverage regrouped into events, and the grouping stored.
// A full recompute keeps the result independent of load order; lib/events/assign.ts is the
// incremental alternative for when corpora outgrow it.
import type { Database } from "../db/client";
import { applyEventPlan, type AppliedPlan } from "../data/write/apply-events";
import { readCoverage } from "../data/write/read-coverage";
import { groupCoverage } from "../events";

export async function regroupEvents(database: Database): Promise<AppliedPlan> {
  const coverage = await readCoverage(database.pool);
  return applyEventPlan(database.pool, groupCoverage(coverage));
}
