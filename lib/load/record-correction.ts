// One editor's correction: logged with the value it replaces (lib/data/write/log-correction.ts), then every
// event regrouped, so the log (replayed by regroup.ts) decides what is stored.
import type { Database } from "../data/client";
import { eventOfArticle, logCorrection, type CorrectionInput, type CorrectionRefusal } from "../data/write/log-correction";
import { logTopicCorrection, type LoggedTopic } from "../data/write/log-topic";
import { regroupEvents } from "./regroup";

/** `event`: for a split, the slug of the new event the chosen articles now form. */
export type CorrectionOutcome = { ok: true; event?: string } | { ok: false; reason: CorrectionRefusal };

export async function recordCorrection(database: Database, input: CorrectionInput, note?: string): Promise<CorrectionOutcome> {
  const logged = await logCorrection(database, input, note);
  if (!logged.ok) return logged;
  await regroupEvents(database);
  if (input.action !== "split") return { ok: true };
  return { ok: true, event: await eventOfArticle(database, Math.min(...input.articleIds)) };
}

/** An editor moves an article onto or off the talks timeline: logged, stored on the article, then every event regrouped. */
export async function recordTopicCorrection(database: Database, input: { articleId: number; onTopic: boolean }, note?: string): Promise<LoggedTopic> {
  const logged = await logTopicCorrection(database, input, note);
  if (logged.ok) await regroupEvents(database);
  return logged;
}
