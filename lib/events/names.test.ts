import { describe, expect, it } from "vitest";
import { tokenize } from "../arabic/tokens";
import { loadEventNames, shortNameOf } from "./names";

describe("event names", () => {
  it("uses the shortest spelling that ends the full name", () => {
    expect(shortNameOf({ nameAr: "جون كيري", variants: ["جون كيري", "كيري"], shortForms: [] })).toBe("كيري");
    expect(shortNameOf({ nameAr: "محمد جواد ظريف", variants: ["محمد جواد ظريف", "جواد ظريف"], shortForms: ["ظريف"] })).toBe("ظريف");
    expect(shortNameOf({ nameAr: "عبدالله بن زايد آل نهيان", variants: ["عبدالله بن زايد"], shortForms: [] })).toBe("عبدالله بن زايد آل نهيان");
  });
  it("reads people and places from the gazetteers", () => {
    const names = loadEventNames();
    expect(names.personShort("sergey-lavrov")).toBe("لافروف");
    expect(names.personShort("someone-unknown")).toBe("someone-unknown");
    expect(names.place("moscow")?.nameAr).toBe("موسكو");
    expect(names.placeIdOf("موسكو")).toBe("moscow");
  });
  it("reads a place described («العاصمة النمساوية») as the place, in a lead and as written", () => {
    const names = loadEventNames();
    expect(names.placeIdOf("العاصمة النمساوية")).toBe("vienna");
    const lead = "انطلق في العاصمة النمساوية اجتماع";
    expect(names.places.scan(lead, new Set(), tokenize(lead)).map((h) => h.personId)).toEqual(["vienna"]);
  });
});
