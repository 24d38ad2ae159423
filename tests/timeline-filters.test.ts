// getTimeline(filters) against a real PostgreSQL loaded with the samples.
import { describe, expect, it } from "vitest";
import { defaultFilters, type TimelineFilters } from "../lib/params/timeline";
import { withSampleDatabase } from "./helpers/db";

const sampleDb = withSampleDatabase();

const timeline = async (f: Partial<TimelineFilters> = {}) => {
  const { getTimeline } = await import("../lib/data/timeline");
  const r = await getTimeline({ ...defaultFilters(), ...f });
  return { ...r, all: [...r.dated, ...r.undated] };
};
const slugs = (events: Array<{ slug: string }>) => events.map((e) => e.slug).sort();

describe("getTimeline(filters)", () => {
  it("with no filters returns every event and article", async () => {
    const { all, counts } = await timeline();
    expect(counts.events).toBe(await sampleDb.current().db.event.count());
    expect(counts.articles).toBe(await sampleDb.current().db.article.count());
    expect(all).toHaveLength(counts.events);
  });

  it("narrows to the events Putin takes part in", async () => {
    const expected = await sampleDb.current().db.event.findMany({ where: { participants: { has: "vladimir-putin" } }, select: { slug: true } });
    expect(expected.length).toBeGreaterThan(0);
    const { all } = await timeline({ participants: ["vladimir-putin"] });
    expect(slugs(all)).toEqual(slugs(expected));
    for (const e of all) expect(e.participants.map((p) => p.id)).toContain("vladimir-putin");
    expect((await timeline()).counts.events).toBeGreaterThan(all.length);
  });

  it("needs every participant named", async () => {
    const { all } = await timeline({ participants: ["john-kerry", "vladimir-putin"] });
    for (const e of all) expect(e.participants.map((p) => p.id)).toEqual(expect.arrayContaining(["john-kerry", "vladimir-putin"]));
    expect((await timeline({ participants: ["vladimir-putin", "no-such-person"] })).counts.events).toBe(0);
  });

  it("narrows by outlet to that outlet's coverage", async () => {
    const article = await sampleDb.current().db.article.findFirstOrThrow({ where: { outletId: { not: null } }, orderBy: { id: "asc" } });
    const outlet = article.outletId!;
    const { all, counts } = await timeline({ outlet });
    expect(counts.articles).toBe(await sampleDb.current().db.article.count({ where: { outletId: outlet, events: { some: {} } } }));
    for (const e of all) for (const a of e.articles) expect(a.outlet?.id).toBe(outlet);
    expect(all.flatMap((e) => e.articles.map((a) => a.id))).toContain(article.id);
  });

  it("narrows by kind", async () => {
    const expected = await sampleDb.current().db.event.findMany({ where: { kind: "call" }, select: { slug: true } });
    expect(expected.length).toBeGreaterThan(0);
    const { all } = await timeline({ kind: "call" });
    expect(slugs(all)).toEqual(slugs(expected));
    for (const e of all) expect(e.kind).toBe("call");
  });

  it("narrows by a date range, months counting whole, and drops undated events", async () => {
    const { dated, undated } = await timeline({ from: "2016-07", to: "2016-09" });
    expect(dated.length).toBeGreaterThan(0);
    expect(undated).toEqual([]);
    for (const e of dated) expect(e.date! >= "2016-07-01" && e.date! <= "2016-09-30").toBe(true);
    const all = await timeline();
    expect(dated.length).toBe(all.dated.filter((e) => (e.dateEnd ?? e.date)! >= "2016-07-01" && e.date! <= "2016-09-30").length);
    expect((await timeline({ from: "2015-08-05", to: "2015-08-05" })).dated.map((e) => e.date)).toEqual(
      all.dated.filter((e) => e.date! <= "2015-08-05" && (e.dateEnd ?? e.date)! >= "2015-08-05").map((e) => e.date),
    );
  });

  it("matches q against event and article titles, folding Arabic spelling", async () => {
    const article = await sampleDb.current().db.article.findFirstOrThrow({ where: { title: { contains: "موسكو" } } });
    const { all } = await timeline({ q: "موسكو" });
    expect(all.flatMap((e) => e.articles.map((a) => a.id))).toContain(article.id);
    // أمريكا written without its hamza still finds the title.
    const hamza = await sampleDb.current().db.article.findFirstOrThrow({ where: { title: { contains: "أمريكا" } } });
    expect((await timeline({ q: "امريكا تتطلع" })).all.flatMap((e) => e.articles.map((a) => a.id))).toContain(hamza.id);
    expect((await timeline({ q: "%" })).counts.events).toBe(0);
    expect((await timeline({ q: "لا يوجد عنوان كهذا" })).counts.events).toBe(0);
  });

  it("desc sort reverses the dated events", async () => {
    const asc = (await timeline()).dated.map((e) => e.slug);
    const desc = (await timeline({ sort: "desc" })).dated.map((e) => e.slug);
    expect(desc).toEqual([...asc].reverse());
    const dates = (await timeline({ sort: "desc" })).dated.map((e) => e.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("counts and facets add up over the filtered set", async () => {
    for (const f of [{}, { participants: ["vladimir-putin"] }, { kind: "call" as const }, { from: "2016-01" }]) {
      const { all, counts, facets } = await timeline(f);
      expect(counts.events).toBe(all.length);
      expect(counts.articles).toBe(new Set(all.flatMap((e) => e.articles.map((a) => a.id))).size);
      expect(facets.kinds.reduce((n, k) => n + k.events, 0)).toBe(counts.events);
      const dated = all.filter((e) => e.date);
      expect(facets.months.reduce((n, m) => n + m.events, 0)).toBe(dated.length);
      expect(facets.months.reduce((n, m) => n + m.articles, 0)).toBe(new Set(dated.flatMap((e) => e.articles.map((a) => a.id))).size);
      expect(facets.months.map((m) => m.month)).toEqual([...new Set(dated.map((e) => e.date!.slice(0, 7)))].sort());
      const withOutlet = all.flatMap((e) => e.articles.filter((a) => a.outlet));
      expect(facets.outlets.reduce((n, o) => n + o.articles, 0)).toBe(new Set(withOutlet.map((a) => a.id)).size);
      for (const p of facets.participants) expect(p.events).toBe(all.filter((e) => e.participants.some((x) => x.id === p.id)).length);
      // A facet's count is what choosing it would give.
      for (const k of facets.kinds) expect((await timeline({ ...f, kind: k.kind })).counts.events).toBe(k.events);
    }
  });
});
