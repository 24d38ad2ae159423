// What a developer reads to improve a figure: each article's misses, field by field (`--misses FIELD`).
import { dayDiff, fold, outletMatches, type Scored } from "./score";

export const MISS_FIELDS = ["title", "outlet", "date", "people", "topic", "event"] as const;
export type MissField = (typeof MISS_FIELDS)[number];

export function missesOf(items: Scored[], field: MissField): string[] {
  const out: string[] = [];
  for (const { slice, gold: g, prediction: p } of items) {
    const at = `${slice}/${g.file}`;
    if (field === "title" && (g.title ?? null) !== null && fold(p.title ?? "") !== fold(g.title ?? "")) {
      out.push(`${at} [${g.title_source}] want «${g.title}» got «${p.title ?? ""}» (${p.titleSource ?? "-"})`);
    } else if (field === "title" && g.title === null && p.title) {
      out.push(`${at} [no title] got «${p.title}» (${p.titleSource ?? "-"})`);
    }
    if (field === "outlet" && g.url && !outletMatches(g, p.outlet)) {
      out.push(`${at} want «${g.outlet}» got «${p.outlet ? `${p.outlet.nameAr} ${p.outlet.domain ?? ""}` : "none"}» ${g.url}`);
    }
    if (field === "date" && g.date_basis && p.publishedAt !== g.date) {
      const off = p.publishedAt && g.date ? ` (${dayDiff(p.publishedAt, g.date) > 0 ? "+" : ""}${dayDiff(p.publishedAt, g.date)}d)` : "";
      out.push(`${at} [${g.date_basis}] want ${g.date} got ${p.publishedAt ?? "none"} ${p.dateBasis}${off}`);
    }
    if (field === "people") {
      const got = new Set(p.people.map((x) => x.id));
      const want = new Set(g.people_ids);
      const missing = g.people_ids.filter((id) => !got.has(id));
      const extra = p.people.filter((x) => !want.has(x.id)).map((x) => `${x.id}«${x.asWritten}»`);
      if (missing.length || extra.length) out.push(`${at} missing [${missing.join(", ")}] extra [${extra.join(", ")}]`);
    }
    if (field === "topic" && g.on_topic !== p.onTopic) out.push(`${at} want ${g.on_topic ? "on" : "off"}-topic (${g.event})`);
    if (field === "event") out.push(`${at} gold ${g.event} → ${p.event?.key ?? "none"} ${p.event?.date ?? ""}`);
  }
  return field === "event" ? out.sort((a, b) => a.split(" gold ")[1]!.localeCompare(b.split(" gold ")[1]!)) : out;
}
