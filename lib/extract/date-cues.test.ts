import { describe, expect, it } from "vitest";
import { cueBefore } from "./date-cues";

describe("cueBefore", () => {
  it.each([
    ["نشر في: ", "published"],
    ["نُشر بتاريخ ", "published"],
    ["تاريخ النشر: ", "published"],
    ["التاريخ ", "published"],
    ["Published on ", "published"],
    ["آخر تحديث: ", "updated"],
    ["Last updated: ", "updated"],
    [" | آخر تحديث: ", "updated"],
    ["القاهرة ", null],
  ])("%s", (segment, cue) => expect(cueBefore(segment).cue).toBe(cue));

  it("lets the nearest cue win", () => {
    expect(cueBefore("نشر في: 14 يوليه 2016 | آخر تحديث: ").cue).toBe("updated");
  });
});
