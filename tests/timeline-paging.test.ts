// getTimeline(filters, { page, pageSize }) against a real PostgreSQL loaded with the samples:
// pages are disjoint, cover every event in timeline order, and never change counts or facets.
import { describe, expect, it } from "vitest";
import { defaultFilters, monthPages, type TimelineFilters } from "../lib/params/timeline";
import { withSampleDatabase } from "./helpers/db";

withSampleDatabase();

const timeline = async (f: Partial<TimelineFilters>, paging?: { page: number; pageSize: number }) => {
  const { getTimeline } = await import("../lib/data/timeline");
  return getTimeline({ ...defaultFilters(), ...f }, paging);
};

describe.each<[string, Partial<TimelineFilters>]>([
  ["oldest first", {}],
  ["newest first", { sort: "desc" }],
  ["one participant", { participants: ["sergey-lavrov"] }],
])("paging, %s", (_, f) => {
  it("gives disjoint pages that cover every event in order, counts and facets unchanged", async () => {
    const all = await timeline(f);
    const order = [...all.dated, ...all.undated].map((e) => e.slug);
    expect(order.length).toBeGreaterThan(1);
    const pageSize = order.length > 6 ? 3 : 1;
    const pages = Math.ceil(order.length / pageSize);
    const seen: string[] = [];
    for (let page = 1; page <= pages + 1; page++) {
      const r = await timeline(f, { page, pageSize });
      expect(r.counts).toEqual(all.counts);
      expect(r.facets).toEqual(all.facets);
      expect(r.paging).toEqual({ page, pageSize, pages });
      const slugs = [...r.dated, ...r.undated].map((e) => e.slug);
      expect(slugs.length).toBe(page <= pages ? Math.min(pageSize, order.length - (page - 1) * pageSize) : 0);
      // Undated events come after every dated one, so a page never has undated before dated.
      if (r.undated.length && page < pages) expect(r.dated).toHaveLength(0);
      seen.push(...slugs);
    }
    expect(seen).toEqual(order);
    expect(new Set(seen).size).toBe(seen.length);
    const dates = all.dated.map((e) => e.date!);
    expect(dates).toEqual([...dates].sort((a, b) => (f.sort === "desc" ? b.localeCompare(a) : a.localeCompare(b))));

    // Each month's first event is on the page monthPages says.
    const pageOf = monthPages(all.facets.months, f.sort ?? "asc", pageSize);
    for (const [month, page] of pageOf) {
      const index = all.dated.findIndex((e) => e.date!.startsWith(month));
      expect(Math.floor(index / pageSize) + 1, month).toBe(page);
    }
  });
});

it("facet counts match the events and articles they describe", async () => {
  const all = await timeline({});
  const events = [...all.dated, ...all.undated];
  expect(all.counts.events).toBe(events.length);
  for (const m of all.facets.months) expect(m.events).toBe(all.dated.filter((e) => e.date!.startsWith(m.month)).length);
  for (const k of all.facets.kinds) expect(k.events).toBe(events.filter((e) => e.kind === k.kind).length);
  for (const p of all.facets.participants) expect(p.events).toBe(events.filter((e) => e.participants.some((x) => x.id === p.id)).length);
  for (const o of all.facets.outlets) {
    expect(o.events).toBe(events.filter((e) => e.articles.some((a) => a.outlet?.id === o.id)).length);
    expect(o.articles).toBe(new Set(events.flatMap((e) => e.articles.filter((a) => a.outlet?.id === o.id).map((a) => a.id))).size);
  }
});
