// data/people.json: the shape of every entry, the fields the on-topic classifier reads, and errors that
// name the file, the entry and the field.
import { describe, expect, it } from "vitest";
import { loadChronology } from "./chronology";
import { buildGazetteers, loadGazetteers } from "./gazetteers";

const { people } = loadGazetteers();
const base = { outlets: { outlets: [] }, agencies: { agencies: [] }, boilerplate: {} };
const person = { id: "jane-doe", nameAr: "جين دو", nameLatin: "Jane Doe", variants: ["جين دو"], role: "diplomat", country: "US" };
const withPeople =
  (...list: unknown[]) =>
  () =>
    buildGazetteers({ ...base, people: { people: list } });

describe("data/people.json", () => {
  it("holds the 2012-2017 cast, each with a role and a country or body", () => {
    expect(people.length).toBeGreaterThanOrEqual(150);
    expect(people.every((p) => p.role !== null)).toBe(true);
    const of = (id: string) => people.find((p) => p.id === id);
    expect(of("john-kerry")).toMatchObject({ role: "foreign-minister", country: "US" });
    expect(of("sergey-lavrov")).toMatchObject({ role: "foreign-minister", country: "RU" });
    expect(of("staffan-de-mistura")).toMatchObject({ role: "envoy", country: "UN" });
    expect(of("walid-al-moallem")?.country).toBe("SY");
    expect(of("mohammad-javad-zarif")?.country).toBe("IR");
  });

  it("knows every participant the reference chronology names", () => {
    const ids = new Set(people.map((p) => p.id));
    const unknown = loadChronology().flatMap((e) => e.participants.filter((id) => !ids.has(id)).map((id) => `${e.id}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it("lists a deputy's shared title for each deputy, so a deputy is never taken for the minister", () => {
    const holders = people.filter((p) => p.titles.some((t) => t.title === "نائب وزير الخارجية الروسي")).map((p) => p.id);
    expect(holders).toEqual(expect.arrayContaining(["sergey-ryabkov", "mikhail-bogdanov"]));
  });
});

describe("a malformed people file", () => {
  it("names the file, the entry and the field", () => {
    expect(withPeople(person, { ...person, id: "john-doe", role: "astronaut" })).toThrow(/data\/people\.json[\s\S]*people\[1\] \(john-doe\), role/);
    expect(withPeople({ ...person, country: "USA" })).toThrow(/people\[0\] \(jane-doe\), country: an ISO 3166 alpha-2 code/);
    expect(withPeople({ ...person, variants: [] })).toThrow(/people\[0\] \(jane-doe\), variants/);
  });

  it("refuses a spelling listed for two people, and a shortForm that is someone's full variant", () => {
    expect(withPeople(person, { ...person, id: "john-doe", nameAr: "جون دو", variants: ["جون دو", "جين دو"] })).toThrow(
      /people\[1\] \(john-doe\), variants\.1: variant جين دو is also a spelling of jane-doe/,
    );
    expect(withPeople(person, { ...person, id: "john-doe", variants: ["جون دو"], shortForms: ["جين دو"] })).toThrow(/shortForm جين دو is a full variant of jane-doe/);
  });

  it("accepts a shortForm two people share (it counts for whichever was named in full)", () => {
    const a = { ...person, variants: ["جين دو"], shortForms: ["دو"] };
    const b = { ...person, id: "john-doe", variants: ["جون دو"], shortForms: ["دو"] };
    expect(withPeople(a, b)().people.map((p) => p.id)).toEqual(["jane-doe", "john-doe"]);
  });

  it("leaves role and country empty in an older file without them", () => {
    const { role, country, ...old } = person;
    void role;
    void country;
    expect(withPeople(old)().people[0]).toMatchObject({ role: null, country: null });
  });
});
