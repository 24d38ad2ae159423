// The axis's marks, the coverage chart's counts and the lens filters (outlet country and type, on-topic
// events only) against a real PostgreSQL loaded with the samples. Countries and types are set here on the
// stored outlets, as the registry would: the readers take them from the database, whatever the data.
import { beforeAll, describe, expect, it } from "vitest";
import { defaultFilters, type TimelineFilters } from "../lib/params/timeline";
import { withSampleDatabase } from "./helpers/db";

const sampleDb = withSampleDatabase();
const filters = (f: Partial<TimelineFilters> = {}): TimelineFilters => ({ ...defaultFilters(), ...f });
const marks = async (f: Partial<TimelineFilters> = {}) => (await import("../lib/data/timeline-marks")).getTimelineMarks(filters(f));
const timeline = async (f: Partial<TimelineFilters> = {}) => (await import("../lib/data/timeline")).getTimeline(filters(f));
const coverage = async (f: Partial<TimelineFilters>, o: Parameters<typeof import("../lib/data/timeline-coverage").getCoverage>[1]) =>
  (await import("../lib/data/timeline-coverage")).getCoverage(filters(f), o);
const bump = () => sampleDb.current().db.$executeRawUnsafe(`UPDATE "DataVersion" SET version = version + 1`);

/** The outlets holding the samples' coverage, the first one Russian state media and the rest private and Qatari. */
let russian: string;
beforeAll(async () => {
  const { db } = sampleDb.current();
  const outlets = await db.outlet.findMany({ where: { articles: { some: { events: { some: {} } } } }, orderBy: { id: "asc" } });
  expect(outlets.length).toBeGreaterThanOrEqual(2);
  russian = outlets[0]!.id;
  await db.outlet.update({ where: { id: russian }, data: { country: "RU", type: "state_agency" } });
  await db.outlet.updateMany({ where: { id: { in: outlets.slice(1).map((o) => o.id) } }, data: { country: "QA", type: "private" } });
  await bump();
});

describe("axis marks", () => {
  it("has every dated on-topic event once, with its coverage count, in date order", async () => {
    const { db } = sampleDb.current();
    const { events, first, last } = await marks();
    const dated = await db.event.findMany({ where: { date: { not: null }, onTopic: true }, include: { _count: { select: { articles: true } } } });
    expect(events.map((e) => e.slug).sort()).toEqual(dated.map((e) => e.slug).sort());
    for (const e of dated) expect(events.find((m) => m.slug === e.slug)!.articles).toBe(e._count.articles);
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    expect(first).toBe(events[0]!.date);
    expect(last! >= events.at(-1)!.date).toBe(true);
  });

  it("ignores the brush and the order (the axis draws the brush over every event)", async () => {
    const all = await marks();
    expect(await marks({ from: "2016-07", to: "2016-07", sort: "desc" })).toEqual(all);
  });

  it("names the country and type most of an event's coverage comes from", async () => {
    const { events } = await marks();
    const countries = new Set(events.map((e) => e.country));
    expect([...countries].every((c) => c === "RU" || c === "QA" || c === null)).toBe(true);
    expect(countries.has("RU") || countries.has("QA")).toBe(true);
  });

  it("leaves off-topic events off the talks timeline", async () => {
    const { db } = sampleDb.current();
    const { events } = await marks();
    const victim = events[0]!;
    await db.event.update({ where: { slug: victim.slug }, data: { onTopic: false } });
    await bump();
    try {
      expect((await marks()).events.map((e) => e.slug)).not.toContain(victim.slug);
      const { dated, counts } = await timeline();
      expect(dated.map((e) => e.slug)).not.toContain(victim.slug);
      expect(counts.events).toBe(await db.event.count({ where: { onTopic: true } }));
      const { getTimeline } = await import("../lib/data/timeline");
      const offTopic = await getTimeline(filters(), undefined, "off-topic");
      expect([...offTopic.dated, ...offTopic.undated].map((e) => e.slug)).toEqual([victim.slug]);
    } finally {
      await db.event.update({ where: { slug: victim.slug }, data: { onTopic: true } });
      await bump();
    }
  });
});

describe("lens filters: outlet country and type", () => {
  it("keeps the events with coverage from the chosen countries, and only that coverage", async () => {
    const { db } = sampleDb.current();
    const { dated, undated, counts, facets } = await timeline({ countries: ["RU"] });
    const all = [...dated, ...undated];
    expect(all.length).toBeGreaterThan(0);
    for (const e of all) for (const a of e.articles) expect(a.outlet).toMatchObject({ id: russian, country: "RU", type: "state_agency" });
    expect(counts.articles).toBe(await db.article.count({ where: { outletId: russian, events: { some: { event: { onTopic: true } } } } }));
    expect(facets.countries).toEqual([{ country: "RU", articles: counts.articles }]);
  });

  it("counts articles per country and per type, an article without an outlet as not known", async () => {
    const { counts, facets } = await timeline();
    expect(facets.countries.reduce((s, c) => s + c.articles, 0)).toBe(counts.articles);
    expect(facets.outletTypes.reduce((s, c) => s + c.articles, 0)).toBe(counts.articles);
    expect(facets.outletTypes.map((t) => t.type)).toEqual(expect.arrayContaining(["state_agency", "private"]));
  });

  it("combines type and country, and knows «not known» (ZZ)", async () => {
    expect((await timeline({ countries: ["QA"], outletTypes: ["state_agency"] })).counts.events).toBe(0);
    const both = await timeline({ countries: ["RU", "QA"] });
    expect(both.counts.articles).toBe((await timeline()).counts.articles - (await timeline({ countries: ["ZZ"] })).counts.articles);
    expect((await marks({ outletTypes: ["private"] })).events.every((e) => e.country === "QA")).toBe(true);
  });
});

describe("coverage over time", () => {
  it("counts each dated article once in its bin, split by the chosen key", async () => {
    const { db } = sampleDb.current();
    const dated = await db.article.count({ where: { publishedAt: { not: null }, events: { some: { event: { onTopic: true } } } } });
    const total = await coverage({}, { unit: "month", stack: "total", from: "2000-01-01", to: "2030-12-31" });
    expect(total.bins.reduce((s, b) => s + (b.counts[""] ?? 0), 0)).toBe(dated);
    for (const b of total.bins) {
      expect(b.start.endsWith("-01")).toBe(true);
      expect(b.end > b.start).toBe(true);
    }
    const byCountry = await coverage({}, { unit: "week", stack: "country", from: "2000-01-01", to: "2030-12-31" });
    const sum = (c: typeof byCountry) => c.bins.reduce((s, b) => s + Object.values(b.counts).reduce((x, y) => x + y, 0), 0);
    expect(sum(byCountry)).toBe(dated);
    expect(Object.keys(Object.assign({}, ...byCountry.bins.map((b) => b.counts))).every((k) => ["RU", "QA", "ZZ"].includes(k))).toBe(true);
    const byOutlet = await coverage({}, { unit: "day", stack: "outlet", from: "2000-01-01", to: "2030-12-31" });
    expect(byOutlet.outletNames[russian]).toBeTruthy();
  });

  it("keeps to the days asked for and to the filtered coverage", async () => {
    const all = await coverage({}, { unit: "day", stack: "total", from: "2000-01-01", to: "2030-12-31" });
    const day = all.bins[0]!.start;
    const one = await coverage({}, { unit: "day", stack: "total", from: day, to: day });
    expect(one.bins.map((b) => b.start)).toEqual([day]);
    const ru = await coverage({ countries: ["RU"] }, { unit: "month", stack: "country", from: "2000-01-01", to: "2030-12-31" });
    expect(ru.bins.every((b) => Object.keys(b.counts).join() === "RU")).toBe(true);
  });
});
