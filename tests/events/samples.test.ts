// The five sample articles, through real extraction: 000 and 001 are one visit (000 dated by
// inference to Friday 15 July 2016); 002, 003 and 004 are three more events, in gold timeline order.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { coverageItemOf } from "../../lib/events/coverage-item";
import { groupCoverage } from "../../lib/events/group";
import { extractFile } from "../../lib/load/load";

const dir = path.resolve("data/samples");
const gold = JSON.parse(readFileSync("tests/fixtures/seed-gold.json", "utf8")) as {
  timeline_order: string[];
  same_event_pairs: Array<[string, string]>;
  articles: Array<{ file: string; event: string; date: string; date_basis: string }>;
};
const items = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => coverageItemOf(f, extractFile(path.join(dir, f)).extracted));
const events = groupCoverage(items);
const eventOf = (file: string) => events.find((e) => e.members.some((m) => m.key === file))!;

describe("grouping the samples", () => {
  it("puts 000 and 001 in one event: Kerry's visit to Moscow, 14-15 July 2016", () => {
    const [a, b] = gold.same_event_pairs[0]!;
    expect(eventOf(a)).toBe(eventOf(b));
    // An occurrence of the reference chronology: named and identified by its entry.
    expect(eventOf(a)).toMatchObject({
      slug: "2016-07-14-moscow-visit",
      chronologyId: "2016-07-14-moscow-visit",
      title: "زيارة كيري إلى موسكو ومحادثاته مع بوتين ولافروف حول التنسيق العسكري في سوريا",
      kind: "visit",
      date: "2016-07-14",
      dateEnd: "2016-07-15",
      dateBasis: "explicit",
      placeId: "moscow",
    });
  });

  it("dates 000 to Friday 15 July 2016 by inference, quoting its evidence", () => {
    const m = eventOf("000_e8e2c2b592d34793.txt").members.find((x) => x.key.startsWith("000"))!;
    const g = gold.articles.find((a) => a.file.startsWith("000"))!;
    expect(m.inferredDate).toBe(g.date);
    expect(g.date_basis).toBe("inferred");
    // The chronology entry it reports, and the weekday its lead names on the visit's days.
    expect(m.inferredEvidence).toContain("زيارة كيري إلى موسكو");
    expect(m.inferredEvidence).toContain("في المرجع الزمني للمحادثات");
    expect(m.inferredEvidence).toContain("«الجمعة» يوافق 2016-07-15");
  });

  it("makes 002, 003 and 004 three further events, dated as the gold says", () => {
    expect(events).toHaveLength(4);
    for (const file of ["002", "003", "004"]) {
      const g = gold.articles.find((a) => a.file.startsWith(file))!;
      const e = eventOf(g.file);
      expect(e.members.map((m) => m.key)).toEqual([g.file]);
      expect([e.date, e.dateBasis]).toEqual([g.date, g.date_basis]);
    }
    expect(eventOf(gold.articles[2]!.file)).toMatchObject({ kind: "call", place: null });
    expect(eventOf(gold.articles[2]!.file).title).toMatch(/^اتصال هاتفي بين لافروف وكيري/);
    expect(eventOf(gold.articles[4]!.file)).toMatchObject({ placeId: "kuala-lumpur" });
    expect(eventOf(gold.articles[4]!.file).title).toMatch(/لقاء كيري ولافروف في كوالالمبور/);
  });

  it("orders the dated events as the gold timeline", () => {
    const goldEventToOurs = new Map(gold.articles.map((a) => [a.event, eventOf(a.file).slug]));
    expect(events.filter((e) => e.date).map((e) => e.slug)).toEqual(gold.timeline_order.map((id) => goldEventToOurs.get(id)));
  });
});
