// data/outlets.json through its schema: the real file is complete enough for the issue's bar, and a
// malformed entry is refused with the file, the entry and the field named.
import { describe, expect, it } from "vitest";
import outletsJson from "../../data/outlets.json";
import { buildGazetteers, loadGazetteers } from "./gazetteers";
import { OutletsFileSchema } from "./schemas";

const base = { people: { people: [] }, outlets: { outlets: [] }, agencies: { agencies: [{ id: "sana", label: "سانا", aliases: ["سانا"] }] }, boilerplate: {} };
const entry = { id: "good-news", nameAr: "الأخبار الطيبة", nameLatin: "Good News", domains: ["goodnews.example"], country: "EG", type: "private" };
const withOutlets = (...outlets: unknown[]) => buildGazetteers({ ...base, outlets: { outlets } });

describe("data/outlets.json", () => {
  const outlets = loadGazetteers().outlets;

  it("validates through the schema", () => {
    const parsed = OutletsFileSchema.safeParse(outletsJson);
    expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  });

  it("lists at least 150 Arabic-language outlets with Arabic and Latin names, a type and (mostly) a country", () => {
    const arabic = outlets.filter((o) => /[\u0600-\u06ff]/.test(o.nameAr) && o.nameLatin);
    expect(arabic.length).toBeGreaterThanOrEqual(150);
    expect(outlets.filter((o) => o.country !== null).length / outlets.length).toBeGreaterThan(0.9);
    for (const t of ["state-agency", "state-broadcaster", "state-press", "private", "party", "aggregator"])
      expect(
        outlets.some((o) => o.type === t),
        t,
      ).toBe(true);
  });

  it("has the mirror families, each an aggregator whose publishers list their slugs", () => {
    const mirrors = outlets.filter((o) => o.mirror).map((o) => o.domains[0]);
    expect(mirrors).toEqual(expect.arrayContaining(["masress.com", "sauress.com", "djazairess.com", "maghress.com", "yemeress.com"]));
    expect(outlets.filter((o) => o.mirror).every((o) => o.type === "aggregator")).toBe(true);
    expect(outlets.filter((o) => o.mirrorSlugs.length > 0).length).toBeGreaterThanOrEqual(40);
  });

  it("marks single-word names that are ordinary words weak", () => {
    const weak = (id: string, name: string) => outlets.find((o) => o.id === id)?.weakBrands.includes(name);
    expect(weak("al-hayat", "الحياة")).toBe(true);
    expect(weak("veto", "فيتو")).toBe(true);
    expect(weak("alwafd", "الوفد")).toBe(true);
    expect(weak("propaganda-eg", "بروباجندا")).toBe(true);
  });
});

describe("a malformed outlet entry", () => {
  it("is refused naming the file, the entry and the field", () => {
    expect(() => withOutlets(entry, { ...entry, id: "bad-type", domains: [], type: "tabloid" })).toThrow(/data\/outlets\.json is invalid[\s\S]*outlets\[1\] \(bad-type\), type/);
    expect(() => withOutlets({ ...entry, country: "Egypt" })).toThrow(/outlets\[0\] \(good-news\), country: an ISO 3166-1/);
    expect(() => withOutlets({ ...entry, mirrorSlugs: ["Youm7/x"] })).toThrow(/mirrorSlugs\.0: a mirror slug/);
  });

  it("is refused when a mirror is not an aggregator, a domain is listed twice or agencyOf names no agency", () => {
    expect(() => withOutlets({ ...entry, mirror: true })).toThrow(/good-news\), type: a mirror site has type aggregator/);
    expect(() => withOutlets(entry, { ...entry, id: "copy" })).toThrow(/domain goodnews\.example is listed by good-news and copy/);
    expect(() => withOutlets({ ...entry, agencyOf: "nowhere" })).toThrow(/outlet good-news, agencyOf: nowhere is not an id in data\/agencies\.json/);
    expect(withOutlets({ ...entry, type: "state-agency", agencyOf: "sana" }).outlets[0]).toMatchObject({ agencyOf: "sana", mirror: false, mirrorSlugs: [] });
  });
});
