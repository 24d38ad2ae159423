// Properties of the URL-parameter toolkit over every view a page or route reads: no input throws; an API
// either reads a value or names only parameters the URL holds; a page's canonical URL is its own
// canonical form and reads, strictly, to the same value (so every shared link reopens the same view).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareView } from "../../lib/params/compare";
import { cleanParam } from "../../lib/params/input";
import { PAGE_VIEWS } from "../../lib/params/pages";
import { searchView, suggestView } from "../../lib/params/search";
import { searchKey, timelineApiView, timelineView } from "../../lib/params/timeline";
import { canonicalQuery, parseParams, type AnyView } from "../../lib/params/view";
import { anyText } from "./arbitraries";

const VIEWS: Array<[string, AnyView]> = [
  ["timeline", timelineView],
  ["timeline API", timelineApiView],
  ["search", searchView],
  ["suggest", suggestView],
  ...Object.entries(PAGE_VIEWS).map(([name, p]): [string, AnyView] => [`${name} page`, p.view]),
  ["compare", compareView],
];

const PLAUSIBLE = [
  "john-kerry",
  "sergey-lavrov",
  "call",
  "meeting",
  "asc",
  "desc",
  "date",
  "explicit",
  "2016-09",
  "2016-09-10",
  "2016-02-30",
  "1",
  "0",
  "-1",
  "abc",
  "3,1",
  "1,2,3,4",
  "1-2",
  "2-0",
  "arab",
  "hijri",
];
const value = fc.oneof(anyText, fc.constantFrom(...PLAUSIBLE), fc.string({ maxLength: 250 }));

function queries(view: AnyView) {
  const keys = [...Object.keys(view.fields), "digits", "cal", "other"];
  return fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 10 }).map((pairs) => new URLSearchParams(pairs));
}

describe.each(VIEWS)("URL parameters of the %s view (lib/params)", (_name, view) => {
  it("never throws; issues name only parameters the URL holds", () => {
    fc.assert(
      fc.property(queries(view), (q) => {
        const parsed = parseParams(view, q);
        if (!parsed.ok) {
          expect(parsed.issues.length).toBeGreaterThan(0);
          for (const i of parsed.issues) {
            expect([...q.keys()]).toContain(i.param);
            expect(i.message).toMatch(/[\u0600-\u06FF]/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a page's canonical URL is a fixed point and reads strictly to the same value", () => {
    fc.assert(
      fc.property(queries(view), (q) => {
        const once = canonicalQuery(view, q);
        const twice = canonicalQuery(view, new URLSearchParams(once.query));
        expect(twice.query).toBe(once.query);
        expect(twice.issues).toEqual([]);
        expect(parseParams(view, new URLSearchParams(once.query))).toEqual({ ok: true, value: once.value });
        // A URL the API accepts is one the page shows as it is, up to order and defaults.
        const parsed = parseParams(view, q);
        if (parsed.ok) expect(once.value).toEqual(parsed.value);
      }),
      { numRuns: 300 },
    );
  });
});

describe("cleaning", () => {
  it("cleanParam and searchKey never throw and are idempotent", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(cleanParam(cleanParam(s))).toBe(cleanParam(s));
        expect(searchKey(searchKey(s))).toBe(searchKey(s));
      }),
      { numRuns: 400 },
    );
  });
});
