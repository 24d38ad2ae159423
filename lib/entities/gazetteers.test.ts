import { describe, expect, it } from "vitest";
import { compileAgencies } from "./agency-index";
import { buildGazetteers, loadGazetteers } from "./gazetteers";
import { compileOutlets } from "./outlet-index";

const g = loadGazetteers();

describe("gazetteer files", () => {
  it("load, validate and are cached", () => {
    expect(loadGazetteers()).toBe(g);
    expect(g.people.length).toBeGreaterThanOrEqual(30);
    expect(g.outlets.length).toBeGreaterThanOrEqual(150);
  });

  it("hold the people the brief names", () => {
    const ids = new Set(g.people.map((p) => p.id));
    for (const id of [
      "john-kerry",
      "sergey-lavrov",
      "vladimir-putin",
      "barack-obama",
      "bashar-al-assad",
      "dmitry-peskov",
      "maria-zakharova",
      "sergey-ryabkov",
      "staffan-de-mistura",
      "abdullah-bin-zayed",
      "adel-al-jubeir",
      "mevlut-cavusoglu",
      "donald-trump",
      "rex-tillerson",
      "ashton-carter",
      "sergei-shoigu",
      "john-kirby",
      "mark-toner",
      "vitaly-churkin",
      "samantha-power",
      "walid-al-moallem",
      "bashar-al-jaafari",
      "ban-ki-moon",
      "lakhdar-brahimi",
      "kofi-annan",
      "recep-tayyip-erdogan",
      "ahmet-davutoglu",
      "mohammad-javad-zarif",
      "hassan-rouhani",
      "riad-hijab",
      "ahmad-al-jarba",
      "khaled-khoja",
      "michael-ratney",
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it("hold places and organisations with their kinds, and dated titles", () => {
    const place = (id: string) => g.places.find((p) => p.id === id);
    expect(place("aleppo")).toMatchObject({ kind: "city", country: "syria" });
    expect(place("syria")?.kind).toBe("country");
    expect(g.places.length).toBeGreaterThanOrEqual(100);
    expect(g.organizations.find((o) => o.id === "isis")?.variants).toEqual(expect.arrayContaining(["داعش", "تنظيم الدولة", "الدولة الإسلامية"]));
    expect(g.organizations.find((o) => o.id === "washington-post")?.kind).toBe("media");
    expect(g.people.find((p) => p.id === "rex-tillerson")?.titles[0]).toEqual({ title: "وزير الخارجية الأمريكي", from: "2017-02-01", to: "2018-03-31" });
    expect(g.people.find((p) => p.id === "hafez-al-assad")?.titles).toEqual([]);
  });

  it("give every country the ISO code people's countries are written in, each code once", () => {
    const countries = g.places.filter((p) => p.kind === "country");
    expect(countries.every((p) => p.iso !== null)).toBe(true);
    expect(new Set(countries.map((p) => p.iso)).size).toBe(countries.length);
    expect(g.places.find((p) => p.id === "saudi-arabia")?.iso).toBe("SA");
    const isos = new Set(countries.map((p) => p.iso));
    const missing = [...new Set(g.people.map((p) => p.country))].filter((c) => c && /^[A-Z]{2}$/.test(c) && c !== "UN" && c !== "EU" && !isos.has(c));
    expect(missing).toEqual([]);
  });

  it("refuse bad places and organisations, naming the file", () => {
    const base = { people: { people: [] }, outlets: { outlets: [] }, agencies: { agencies: [] }, boilerplate: {} };
    expect(() => buildGazetteers({ ...base, places: { places: [{ id: "x", nameAr: "س", nameLatin: "X", kind: "planet", variants: ["س"] }] } })).toThrow(/places\.json/);
    expect(() => buildGazetteers({ ...base, places: { places: [{ id: "x", nameAr: "س", nameLatin: "X", kind: "city", variants: [] }] } })).toThrow(/variant or guarded/);
    expect(() => buildGazetteers({ ...base, places: { places: [{ id: "x", nameAr: "س", nameLatin: "X", kind: "country", iso: "sau", variants: ["س"] }] } })).toThrow(/ISO 3166/);
    expect(() =>
      buildGazetteers({ ...base, organizations: { organizations: [{ id: "x", nameAr: "س", nameLatin: "X", kind: "media", variants: ["س"], guarded: [{ needsCue: true }] }] } }),
    ).toThrow(/organizations\.json/);
    expect(() =>
      buildGazetteers({ ...base, people: { people: [{ id: "a", nameAr: "ا", nameLatin: "A", variants: ["ا"], titles: [{ title: "وزير", from: "2016-1-1" }] }] } }),
    ).toThrow(/YYYY-MM-DD/);
    expect(buildGazetteers(base).places).toEqual([]);
  });

  it("refuse bad data, naming the field", () => {
    const base = { people: { people: [] }, outlets: { outlets: [] }, agencies: { agencies: [] }, boilerplate: {} };
    expect(() => buildGazetteers({ ...base, people: { people: [{ id: "John Kerry", nameAr: "جون كيري", nameLatin: "x", variants: ["كيري"] }] } })).toThrow(
      /people\.json[\s\S]*slug/,
    );
    expect(() => buildGazetteers({ ...base, people: { people: [{ id: "a", nameAr: "", nameLatin: "x", variants: [] }] } })).toThrow(/people\.json/);
    const dup = { id: "x", nameAr: "س", domains: ["x.com"], type: "private" };
    expect(() => buildGazetteers({ ...base, outlets: { outlets: [dup, { ...dup, id: "y" }] } })).toThrow(/domain x\.com/);
    expect(() =>
      buildGazetteers({
        ...base,
        agencies: {
          agencies: [
            { id: "a", label: "A", aliases: ["a"] },
            { id: "a", label: "B", aliases: ["b"] },
          ],
        },
      }),
    ).toThrow(/duplicate id a/);
  });
});

describe("outlet index", () => {
  const idx = compileOutlets(g.outlets);
  it("finds outlets by Arabic brand, folded", () => {
    expect(idx.byBrand("صوت الامارات")?.outlet.id).toBe("emiratesvoice");
    expect(idx.byBrand("ارم نيوز")?.outlet.id).toBe("eremnews");
  });
  it("finds outlets by Latin brand token, spaced or compact", () => {
    expect(idx.byBrand("emiratesvoice")?.outlet.id).toBe("emiratesvoice");
    expect(idx.byBrand("Emirates Voice")?.outlet.id).toBe("emiratesvoice");
    expect(idx.byBrand("shorouk")?.outlet.id).toBe("shorouk");
  });
  it("marks ordinary-word names weak", () => {
    expect(idx.byBrand("الحياة")).toMatchObject({ weak: true });
    expect(idx.byBrand("دار الحياة")).toMatchObject({ weak: false });
    // Cities and regions that are also outlet names.
    expect(idx.byBrand("الرياض")).toMatchObject({ weak: true });
    expect(idx.byBrand("الشرق الأوسط")).toMatchObject({ weak: true });
  });
  it("finds outlets by host, subdomain and path prefix", () => {
    expect(idx.byHost("www.eremnews.com")?.id).toBe("eremnews");
    expect(idx.byHost("https://syria.news/some/article")?.id).toBe("syria-news");
    expect(idx.byHost("https://www.bbc.com/arabic/middleeast-123")?.id).toBe("bbc-arabic");
    expect(idx.byHost("https://www.bbc.com/news/world")).toBeNull();
    expect(idx.byHost("m.youm7.com")?.id).toBe("youm7");
  });
});

describe("agency index", () => {
  const idx = compileAgencies(g.agencies);
  it.each([
    ["الفرنسية", "الفرنسية (AFP)"],
    ["أ ف ب", "الفرنسية (AFP)"],
    ["ا ف ب", "الفرنسية (AFP)"],
    ["رويترز", "رويترز (Reuters)"],
    ["وكالة رويترز", "رويترز (Reuters)"],
    ["سانا", "سانا (SANA)"],
    ["الاناضول", "الأناضول (AA)"],
    ["د ب أ", "الألمانية (dpa)"],
    ["وكالة الأنباء الفرنسية", "الفرنسية (AFP)"],
    ["صوت الامارات", null],
  ])("%s -> %s", (alias, label) => expect(idx.lookup(alias)?.label ?? null).toBe(label));
});
