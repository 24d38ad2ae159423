import { describe, expect, it } from "vitest";
import { loadGazetteers } from "../entities/gazetteers";
import { buildEntityIndex, entityOfAlias, entityToken, loanwordVariants, stemmedWords } from "./variants";
import { alternativesOf } from "./query";
import { searchTextOf } from "./index-text";

const index = buildEntityIndex(loadGazetteers());
const idOf = (alias: string) => entityOfAlias(index, stemmedWords(alias))?.id ?? null;

describe("spelling variants", () => {
  it("maps every Arabic spelling and the Latin name of an entity to one entity", () => {
    for (const a of ["كيري", "كيرى", "جون كيري", "Kerry", "John Kerry"]) expect(idOf(a), a).toBe("john-kerry");
    for (const a of ["سيرغي لافروف", "سيرجي لافروف", "لافروف", "Lavrov"]) expect(idOf(a), a).toBe("sergey-lavrov");
    for (const a of ["زاخاروفا", "زخاروفا", "Zakharova"]) expect(idOf(a), a).toBe("maria-zakharova");
    for (const a of ["ميونيخ", "ميونخ", "Munich"]) expect(idOf(a), a).toBe("munich");
    for (const a of ["جنيف", "Geneva"]) expect(idOf(a), a).toBe("geneva");
    for (const a of ["البنتاغون", "البنتاجون", "Pentagon"]) expect(idOf(a), a).toBe("pentagon");
    for (const a of ["داعش", "ISIS", "تنظيم الدولة الإسلامية"]) expect(idOf(a), a).toBe("isis");
  });

  it("keeps different people apart (كيري is not كيربي)", () => {
    expect(idOf("كيربي")).toBe("john-kirby");
    expect(idOf("Kirby")).toBe("john-kirby");
  });

  it("entity tokens are single ASCII words the 'simple' parser keeps whole", () => {
    expect(entityToken("person", "john-kerry")).toBe("xpjohnkerry");
    expect(entityToken("organization", "resolution-2254")).toMatch(/^[a-z0-9]+$/);
  });

  it("loanword alternatives: غ/ج, the long vowel before the last letter, أمريكي/أميركي", () => {
    expect(loanwordVariants("بنتاغ")).toEqual(expect.arrayContaining(["بنتاغ", "بنتاج"]));
    expect(loanwordVariants("سيرج")).toEqual(expect.arrayContaining(["سيرغ"]));
    expect(loanwordVariants("ميونيخ")).toContain("ميونخ");
    expect(loanwordVariants("ميونخ")).toContain("ميونيخ");
    expect(loanwordVariants("امريك")).toContain("اميرك");
    // Three-letter roots never get alternatives: غرب is not جرب.
    expect(loanwordVariants("غرب")).toEqual(["غرب"]);
    expect(loanwordVariants("xyz")).toEqual(["xyz"]);
  });

  it("a country name meets its adjective (روسيا / الروسية, سوريا / سورية)", () => {
    expect(alternativesOf("روسيا")).toEqual(["روسيا", "روس"]);
    expect(alternativesOf("روس")).toEqual(["روس", "روسيا"]);
    expect(alternativesOf("سور")).toContain("سوريا");
  });

  it("indexes title and body as stems, with one token per entity named", () => {
    const t = searchTextOf({ title: "المحادثات في جنيف", body: "قال كيري", caption: null, people: [{ id: "john-kerry" }], places: [{ id: "geneva" }], organizations: [] });
    expect(t.searchTitle).toBe("محادث في جنيف");
    expect(t.searchBody).toBe("قال كير xpjohnkerry xggeneva");
  });
});
