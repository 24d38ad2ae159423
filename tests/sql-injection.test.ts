// SQL-injection payloads as every timeline filter, straight into the data layer (the filters' own
// validation bypassed where it would refuse them first): results are empty or unchanged, and no table
// loses or gains a row. The SQL is parameterised (Prisma.sql); this proves it stays so.
import { describe, expect, it } from "vitest";
import { defaultFilters, parseTimelineFilters, type TimelineFilters } from "../lib/params/timeline";
import { withSampleDatabase } from "./helpers/db";

const sampleDb = withSampleDatabase();

const PAYLOADS = [
  "' OR 1=1 --",
  "' OR '1'='1",
  `'; DROP TABLE "Article"; --`,
  `'); DELETE FROM "Event"; --`,
  "1; SELECT pg_sleep(3)",
  `%' UNION SELECT id FROM "Article" --`,
  '\\\'; TRUNCATE "Person" CASCADE; --',
  "$1",
  '$$; DROP TABLE "Event"; $$',
  "%",
  "_",
  "\\",
];

async function rowCounts() {
  const db = sampleDb.current().db;
  return {
    articles: await db.article.count(),
    events: await db.event.count(),
    people: await db.person.count(),
    links: await db.eventArticle.count(),
  };
}

const timeline = async (f: Partial<TimelineFilters>) => {
  const { getTimeline } = await import("../lib/data/timeline");
  return getTimeline({ ...defaultFilters(), ...f });
};

describe("SQL injection through the timeline filters", () => {
  it("matches nothing and changes nothing, whichever filter carries the payload", async () => {
    const before = await rowCounts();
    const all = await timeline({});
    for (const p of PAYLOADS) {
      for (const f of [{ q: p }, { place: p }, { outlet: p }, { participants: [p] }] as Array<Partial<TimelineFilters>>) {
        const started = Date.now();
        const r = await timeline(f);
        expect(Date.now() - started, `${JSON.stringify(f)} ran a statement`).toBeLessThan(2500);
        // A payload is just text: no title, place, outlet or person holds it.
        if (!(f.q && /^[%_\\]$/.test(p))) expect(r.counts.events, JSON.stringify(f)).toBe(0);
      }
    }
    // `%`, `_` and `\` are matched literally, not as LIKE wildcards: only titles that contain them.
    for (const p of ["%", "_", "\\"]) expect((await timeline({ q: p })).counts.events).toBe(0);
    expect(await rowCounts()).toEqual(before);
    expect((await timeline({})).counts).toEqual(all.counts);
  });

  it("never lets a payload through the URL parser into an id-shaped filter or a date", () => {
    for (const p of PAYLOADS) {
      for (const key of ["outlet", "participant", "from", "to", "kind", "sort"]) {
        expect(parseTimelineFilters(new URLSearchParams({ [key]: p })).ok, `${key}=${p}`).toBe(false);
      }
    }
  });
});

describe("SQL injection through search", () => {
  const search = async (over: Record<string, string>) => {
    const { search } = await import("../lib/data/search");
    return search({ q: "", sort: "relevance", page: 1, pageSize: 20, ...over });
  };

  it("a payload as the query or any filter finds nothing it should not and changes nothing", async () => {
    const before = await rowCounts();
    for (const p of PAYLOADS) {
      const cases: Array<Record<string, string>> = [{ q: p }, { q: `"${p}"` }, { q: `كيري -${p}` }, { q: "كيري", outlet: p }, { q: "كيري", person: p }, { q: "كيري", event: p }];
      for (const over of cases) {
        const started = Date.now();
        const r = await search(over);
        expect(Date.now() - started, `${JSON.stringify(over)} ran a statement`).toBeLessThan(2500);
        // Filters are ids: a payload names none, so nothing matches.
        if ("outlet" in over || "person" in over || "event" in over) expect(r.hits, JSON.stringify(over)).toHaveLength(0);
      }
    }
    expect(await rowCounts()).toEqual(before);
    expect((await search({ q: "كيري" })).hits.length).toBeGreaterThan(0);
  });
});
