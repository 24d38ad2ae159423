// A publication date from the article's URL (the editor's sidecar URL first, then the page's canonical
// URL): a date written in the path, else a Unix timestamp, but only when the text agrees with it.
import type { DateMatch } from "../arabic/dates";
import type { WeekdayMention } from "../arabic/weekday-mentions";
import { dateEvidence } from "./date-evidence";
import { urlDate, urlTimestamps } from "./url-metadata";

const DAY_MS = 86_400_000;
// A date in the text this close to the timestamp's day corroborates it (news reports the last few days).
const NEAR_DAYS = 3;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

export function urlDateChoice(urls: (string | undefined)[], textDates: DateMatch[], weekdays: WeekdayMention[]): { iso: string; evidence: string } | null {
  const list = urls.filter((u): u is string => !!u);
  for (const url of list) {
    const d = urlDate(url);
    if (d) return { iso: d.iso, evidence: dateEvidence.url(d.segment) };
  }
  for (const url of list) {
    for (const ts of urlTimestamps(url)) {
      const support = timestampSupport(ts.iso, textDates, weekdays);
      if (support) return { iso: ts.iso, evidence: dateEvidence.timestamp(ts.segment, ts.iso, support) };
    }
  }
  return null;
}

/**
 * A number that decodes to a plausible date is still only a number (an id, a cache buster): it counts when
 * the text names a date within a few days of it, or the same weekday or the day before ("أمس الجمعة").
 */
function timestampSupport(iso: string, textDates: DateMatch[], weekdays: WeekdayMention[]): string | null {
  const day = dayNumber(iso);
  const near = textDates.find((d) => Math.abs(dayNumber(d.iso) - day) <= NEAR_DAYS);
  if (near) return dateEvidence.supportDate(near.text);
  const weekday = new Date(day * DAY_MS).getUTCDay();
  const w = weekdays.find((m) => m.weekday === weekday || m.weekday === (weekday + 6) % 7);
  return w ? dateEvidence.supportWeekday(w.text) : null;
}
