// The thresholds at their edges: days apart, people, wording and venue.
import { describe, expect, it } from "vitest";
import { loadEventNames } from "./names";
import { linkDated } from "./pair";
import { BASE, features, onDay, textSharing } from "./test-features";
import { LASTING_SPAN_DAYS, MAX_POSTING, POINT_SPAN_DAYS, TEXT_SAME_COPY, TEXT_SHARED, TEXT_STRONG } from "./thresholds";

const names = loadEventNames();
const f = features;
const text = textSharing;
const on = onDay;

describe("dated links", () => {
  it("thresholds keep their documented order", () => {
    expect(TEXT_SHARED).toBeLessThan(TEXT_STRONG);
    expect(TEXT_STRONG).toBeLessThan(TEXT_SAME_COPY);
    expect(POINT_SPAN_DAYS).toBeLessThan(LASTING_SPAN_DAYS);
    expect(MAX_POSTING).toBeGreaterThan(1);
  });
  it("links one-day events up to POINT_SPAN_DAYS apart: the next day's report, not the next call", () => {
    const retold = { shingles: text(TEXT_SHARED * 100) };
    expect(linkDated(f({ shingles: BASE }), f({ ...on(POINT_SPAN_DAYS), ...retold }), names)).not.toBeNull();
    expect(linkDated(f({ shingles: BASE }), f({ ...on(POINT_SPAN_DAYS + 1), ...retold }), names)).toBeNull();
    expect(linkDated(f({ shingles: BASE }), f({ ...on(7), shingles: BASE }), names)).toBeNull(); // same words, a week later
  });
  it("links a lasting event's coverage up to LASTING_SPAN_DAYS apart", () => {
    const visit = { kind: "visit" as const, multiDay: true, principals: ["john-kerry"] };
    const retold = { shingles: text(TEXT_SHARED * 100) };
    expect(linkDated(f({ ...visit, shingles: BASE }), f({ ...visit, ...on(LASTING_SPAN_DAYS), ...retold }), names)).not.toBeNull();
    expect(linkDated(f({ ...visit, shingles: BASE }), f({ ...visit, ...on(LASTING_SPAN_DAYS + 1), ...retold }), names)).toBeNull();
  });
  it("links the same people on the same day without shared wording, on another day only with it", () => {
    expect(linkDated(f({}), f({}), names)).not.toBeNull();
    expect(linkDated(f({}), f(on(1)), names)).toBeNull(); // two calls on consecutive days
  });
  it("needs the same main people, or shared people and wording above TEXT_SHARED", () => {
    const kerryOnly = { principals: ["john-kerry"], kind: "statement" as const };
    const lavrovKerry = f({ shingles: BASE });
    expect(linkDated(lavrovKerry, f({ ...kerryOnly, shingles: text(TEXT_SHARED * 100 - 1) }), names)).toBeNull();
    expect(linkDated(lavrovKerry, f({ ...kerryOnly, shingles: text(TEXT_SHARED * 100) }), names)).not.toBeNull();
    expect(linkDated(lavrovKerry, f({ principals: ["mohammad-javad-zarif"], shingles: text(90) }), names)).toBeNull();
  });
  it("never links a call and a meeting", () => {
    expect(linkDated(f({}), f({ kind: "meeting" }), names)).toBeNull();
  });
  it("keeps venues read from the text apart unless the texts are the same copy", () => {
    const geneva = { kind: "meeting" as const, venue: { placeId: "geneva", name: "جنيف", fromText: true } };
    const moscow = { kind: "meeting" as const, venue: { placeId: "moscow", name: "موسكو", fromText: true } };
    expect(linkDated(f(geneva), f(moscow), names)).toBeNull();
    expect(linkDated(f({ ...geneva, shingles: BASE }), f({ ...moscow, shingles: text(TEXT_SAME_COPY * 100) }), names)).not.toBeNull();
    expect(linkDated(f(geneva), f({ ...moscow, venue: { ...moscow.venue, fromText: false } }), names)).not.toBeNull();
    // A city agrees with its country.
    expect(linkDated(f(geneva), f({ ...moscow, venue: { placeId: "switzerland", name: "سويسرا", fromText: true } }), names)).not.toBeNull();
  });
});
