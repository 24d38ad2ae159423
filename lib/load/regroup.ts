// The last stage of a load: all coverage regrouped into events, the editors' corrections replayed
// on top (lib/events/corrections.ts), and the result stored. A full recompute keeps the result
// independent of load order; lib/events/assign.ts is the incremental alternative for when corpora outgrow it.
import type { Database } from "../data/client";
import { applyEventPlan, type AppliedPlan } from "../data/write/apply-events";
import { readCorrections } from "../data/write/read-corrections";
import { readCoverage } from "../data/write/read-coverage";
import { applyCorrections, describerOver, groupCoverage, loadEventCues, loadEventNames } from "../events";

export async function regroupEvents(database: Database): Promise<AppliedPlan> {
  const [coverage, corrections] = await Promise.all([readCoverage(database), readCorrections(database)]);
  const ctx = { cues: loadEventCues(), names: loadEventNames() };
  return applyEventPlan(database, applyCorrections(groupCoverage(coverage, ctx), corrections, describerOver(coverage, ctx)));
}
