// One verdict per raw line, so a reader can see what was kept and why the rest was removed.
import type { BodyVerdict } from "./body-lines";
import type { DateChoice } from "./date-select";
import { isDateLine, type LineFeatures } from "./features";
import type { HeaderResult } from "./header";
import type { Line } from "./lines";
import type { Regions } from "./regions";
import type { TitleResult } from "./title";
import type { LineKind, LineVerdict } from "./types";

export interface ClassifyInput {
  lines: Line[];
  features: LineFeatures[];
  regions: Regions;
  title: TitleResult;
  header: HeaderResult;
  date: DateChoice;
  body: Map<number, BodyVerdict>;
  /** Body line whose opening dateline was cut off, if any. */
  prefixLine: number | null;
  isBrandLine: (i: number) => boolean;
}

const SITE_DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/i;

export function classifyLines(x: ClassifyInput): LineVerdict[] {
  const titleLines = new Set(x.title.occurrences);
  const firstTitle = x.title.occurrences[0] ?? -1;
  let afterListDate = false;

  return x.lines.map((line, i): LineVerdict => {
    const f = x.features[i]!;
    const v = (kind: LineKind, reason?: string): LineVerdict => (reason ? { line: i + 1, text: line.raw, kind, reason } : { line: i + 1, text: line.raw, kind });
    if (f.blank) return v("blank");
    const region = x.regions.of(i);
    const wasAfterList = afterListDate;
    afterListDate = false;

    const b = x.body.get(i);
    if (b) return v(b.kind, i === x.prefixLine ? "dateline-prefix-cut" : b.reason);
    if (titleLines.has(i)) return i === firstTitle ? v("title") : v("duplicate", "repeated-title");
    if (i === x.date.line) return v("date", "published-date");
    const h = x.header.verdicts.get(i);
    // Only the publication date's own line is a "date" line; every other dated line is noise, with the reason.
    if (h) return h.kind === "date" ? v("boilerplate", x.date.rejected.get(i) ?? "not-publication-date") : v(h.kind, h.reason);
    if (f.dates.length > 0) {
      const why = x.date.rejected.get(i) ?? "not-publication-date";
      afterListDate = why === "related-story-date";
      return v("boilerplate", why);
    }
    if (f.boilerplate) return v("boilerplate", f.boilerplate);
    if (isDateLine(f)) return v("boilerplate", "clock");
    if (x.isBrandLine(i)) return v("boilerplate", "brand");
    if (wasAfterList) return v("boilerplate", "related-story");
    if (f.latinOnly) return v("boilerplate", SITE_DOMAIN.test(line.text) ? "site-domain" : "latin-only");
    if (f.question && region === "chrome") return v("boilerplate", "poll-question");
    return v("boilerplate", region === "footer" ? "after-body" : "page-chrome");
  });
}
