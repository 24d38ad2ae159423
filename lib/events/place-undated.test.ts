// The rules for an undated article at their edges: wording, cues, weekday window, a clear lead.
import { describe, expect, it } from "vitest";
import { clusterOf, mergeInto, type Cluster } from "./cluster";
import type { Features } from "./features";
import { loadEventNames } from "./names";
import { placeUndated } from "./place-undated";
import { BASE, features, textSharing } from "./test-features";
import { TEXT_SHARED, TEXT_STRONG, UNDATED_LEAD_RATIO } from "./thresholds";

const names = loadEventNames();
const cluster = (...fs: Features[]) => fs.slice(1).reduce((c, f) => mergeInto(c, clusterOf(f)), clusterOf(fs[0]!) as Cluster);
const undated = (over: Partial<Features>) => features({ key: "u", date: null, ...over });
const place = (u: Features, ...cs: Cluster[]) =>
  placeUndated(
    u,
    cs,
    cs.map((_, i) => i),
    names,
  );
const tuesday = { weekday: 2, text: "الثلاثاء" };

describe("placing an undated article", () => {
  it("joins on wording of the same story (TEXT_STRONG) and takes the weekday on or after the coverage", () => {
    const call = cluster(features({ shingles: BASE }));
    expect(place(undated({ shingles: textSharing(TEXT_STRONG * 100), weekday: tuesday }), call)).toMatchObject({ cluster: 0, inferredDate: "2016-02-09" });
    expect(place(undated({ shingles: textSharing(TEXT_STRONG * 100 - 1), weekday: tuesday }), call).cluster).toBeNull();
  });

  it("joins on the same kind and venue only with some wording (TEXT_SHARED)", () => {
    const geneva = { placeId: "geneva", name: "جنيف", fromText: true };
    const meeting = { kind: "meeting" as const, kinds: ["meeting" as const], venue: geneva };
    const c = cluster(features({ ...meeting, shingles: BASE }));
    expect(place(undated({ ...meeting, shingles: textSharing(TEXT_SHARED * 100) }), c).cluster).toBe(0);
    expect(place(undated({ ...meeting, shingles: textSharing(TEXT_SHARED * 100 - 1) }), c).cluster).toBeNull();
  });

  it("needs the same people", () => {
    const c = cluster(features({ shingles: BASE }));
    expect(place(undated({ principals: ["sergey-lavrov", "mohammad-javad-zarif"], shingles: BASE }), c).reason).toContain("لا تغطية مؤرخة");
  });

  it("leaves a weekday outside a one-day event's span apart, with the reason", () => {
    const c = cluster(features({ shingles: BASE }));
    const saturday = place(undated({ shingles: BASE, weekday: { weekday: 6, text: "السبت" } }), c);
    expect([saturday.cluster, saturday.inferredDate]).toEqual([null, null]);
    expect(saturday.reason).toContain("«السبت»");
  });

  it("joins neither of two events unless one leads clearly (UNDATED_LEAD_RATIO)", () => {
    const a = cluster(features({ key: "a", shingles: BASE }));
    const b = cluster(features({ key: "b", date: "2016-02-16", shingles: textSharing(0) }));
    const u = (sharedWithB: number) => {
      const shingles = Uint32Array.from([...BASE.subarray(0, 40), ...b.members[0]!.shingles.subarray(100 - sharedWithB)]).sort();
      return undated({ shingles, weekday: tuesday });
    };
    expect(place(u(Math.floor(40 / UNDATED_LEAD_RATIO)), a, b).cluster).toBe(0);
    expect(place(u(Math.ceil(40 / UNDATED_LEAD_RATIO) + 1), a, b)).toMatchObject({ cluster: null, reason: expect.stringContaining("أكثر من حدث") });
  });
});
