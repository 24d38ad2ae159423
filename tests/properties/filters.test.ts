// Properties of the timeline's URL filters: any query string parses without throwing, and a parsed
// one survives its own canonical form unchanged (so every shared link reopens the same view).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanParam, parseTimelineFilters, parseTimelinePage, searchKey, toSearchParams } from "../../lib/params/timeline";
import { anyText } from "./arbitraries";

const KEYS = ["participant", "outlet", "place", "kind", "from", "to", "q", "sort", "page", "other"];
const value = fc.oneof(anyText, fc.constantFrom("john-kerry", "sergey-lavrov", "call", "meeting", "asc", "desc", "2016-09", "2016-09-10", "2016-02-30", "1", "0", "-1", "abc"));
const params = fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 10 }).map((pairs) => new URLSearchParams(pairs));

describe("timeline filter parsing (lib/params/timeline)", () => {
  it("never throws; a parsed query is a fixed point of its canonical form", () => {
    fc.assert(
      fc.property(params, (p) => {
        const parsed = parseTimelineFilters(p);
        const page = parseTimelinePage(p);
        if (!parsed.ok) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const e of parsed.errors) expect(KEYS).toContain(e.param);
          return;
        }
        const again = parseTimelineFilters(toSearchParams(parsed.filters));
        expect(again).toEqual(parsed);
        if (page.ok) expect(parseTimelinePage(toSearchParams(parsed.filters, page.page))).toEqual(page);
        for (const v of [parsed.filters.q, parsed.filters.place].filter(Boolean)) {
          expect(v!.length).toBeLessThanOrEqual(200);
          expect(cleanParam(v!)).toBe(v);
        }
      }),
      { numRuns: 500 },
    );
  });

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
