// The timeline's facets are kept between requests until the stored events change: a load (or a
// correction) must show up in the next read, and an unchanged database must not be read again.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFiles } from "../lib/load/load";
import { listInputFiles } from "../lib/load/read-inputs";
import { defaultFilters } from "../lib/params/timeline";
import { withSampleDatabase } from "./helpers/db";

const sampleDb = withSampleDatabase();
const summary = async (over: object = {}) => (await import("../lib/data/timeline")).getTimelineSummary({ ...defaultFilters(), ...over });
const MORE = path.resolve(import.meta.dirname, "..", "e2e", "fixtures", "editing");

describe("timeline facets cache", () => {
  it("serves the same facets for both sort orders and refreshes them after a load", async () => {
    const before = await summary();
    expect(await summary({ sort: "desc" })).toEqual(before);

    const loaded = await loadFiles(sampleDb.current().database, listInputFiles([MORE]));
    expect(loaded.counts.loaded).toBe(3);
    const after = await summary();
    expect(after.counts.articles).toBe(before.counts.articles + 3);
    expect(after.counts.events).toBeGreaterThan(before.counts.events);
    expect(after.facets.months.some((m) => m.month === "2013-09")).toBe(true);
  });

  it("does not read the facets again while the events are unchanged", async () => {
    const { db } = sampleDb.current();
    const first = await summary({ kind: "call" });
    expect(first.counts.articles).toBeGreaterThan(0);
    // Change a count behind the cache's back without bumping the version: the cached value stays.
    await db.$executeRawUnsafe(`DELETE FROM "EventArticle" WHERE "eventId" IN (SELECT id FROM "Event" WHERE kind = 'call')`);
    expect(await summary({ kind: "call" })).toEqual(first);
    await db.$executeRawUnsafe(`UPDATE "DataVersion" SET version = version + 1`);
    expect((await summary({ kind: "call" })).counts.articles).toBe(0);
  });
});
