// A comparison input with nothing but an id and a body (no outlet, date, people or quotations known),
// for the comparison benchmark and tests (tests/compare/fixtures.ts).
import type { CompareInput } from "../../lib/compare/types";

export function compareInput(id: number, body: string, extra: Partial<CompareInput> = {}): CompareInput {
  return {
    id,
    title: `مقال ${id}`,
    outlet: null,
    publishedAt: null,
    dateBasis: "unknown",
    datelineCity: null,
    datelineAgency: null,
    body,
    people: [],
    places: [],
    quotes: [],
    ...extra,
  };
}
