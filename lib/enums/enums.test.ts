import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CORRECTION_ACTIONS, CORRECTION_ACTION_LABELS } from "./correction-action";
import { DATE_BASES, DATE_BASIS_LABELS } from "./date-basis";
import { ENTITY_KINDS, ENTITY_KIND_LABELS } from "./entity-kind";
import { EVENT_KINDS, EVENT_KIND_LABELS } from "./event-kind";
import { OUTLET_TYPES, OUTLET_TYPE_LABELS, outletTypeOf } from "./outlet-type";
import { countryLabel } from "./country";
import { labelOf } from "./values";

/** The values of `enum Name { ... }` in prisma/schema.prisma, in order. */
function schemaEnum(name: string): string[] {
  const schema = fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", "prisma", "schema.prisma"), "utf8");
  const body = new RegExp(`^enum ${name} \\{([^}]*)\\}`, "m").exec(schema)?.[1] ?? "";
  return body
    .split("\n")
    .map((l) => l.replace(/\/\/.*$/, "").trim())
    .filter(Boolean);
}

describe("shared enumerations", () => {
  it.each([
    ["DateBasis", DATE_BASES, DATE_BASIS_LABELS],
    ["EventKind", EVENT_KINDS, EVENT_KIND_LABELS],
    ["EntityKind", ENTITY_KINDS, ENTITY_KIND_LABELS],
    ["CorrectionAction", CORRECTION_ACTIONS, CORRECTION_ACTION_LABELS],
    ["OutletType", OUTLET_TYPES, OUTLET_TYPE_LABELS],
  ] as const)("%s: the schema's values in its order, each with an Arabic label", (name, values, labels) => {
    expect([...values]).toEqual(schemaEnum(name));
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const v of values) expect((labels as Record<string, string>)[v]).toMatch(/[\u0600-\u06ff]/);
  });

  it("labelOf falls back to the value itself for anything outside the enumeration", () => {
    expect(labelOf(EVENT_KIND_LABELS, "call")).toBe("اتصال هاتفي");
    expect(labelOf(EVENT_KIND_LABELS, "constructor")).toBe("constructor");
    expect(labelOf(EVENT_KIND_LABELS, null)).toBe("null");
  });

  it("reads an outlet type written with hyphens (the registry) or underscores (the database)", () => {
    expect(outletTypeOf("state-agency")).toBe("state_agency");
    expect(outletTypeOf("state_press")).toBe("state_press");
    expect(outletTypeOf("tabloid")).toBe("unknown");
    expect(outletTypeOf(undefined)).toBe("unknown");
  });

  it("names countries in Arabic, the press's short forms first, any other code from the platform", () => {
    expect(countryLabel("SA")).toBe("السعودية");
    expect(countryLabel("DE")).toBe("ألمانيا");
    expect(countryLabel(null)).toBeNull();
    expect(countryLabel("ZZ")).toBeNull();
    expect(countryLabel("egypt")).toBeNull();
  });
});
