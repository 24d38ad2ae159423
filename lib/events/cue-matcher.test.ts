import { describe, expect, it } from "vitest";
import { tokenize } from "../arabic/tokens";
import { compileCues } from "./cue-matcher";

describe("finding listed phrases in a text", () => {
  const cues = compileCues([
    { target: "vienna", phrase: "مجموعة الدعم" },
    { target: "munich", phrase: "مجموعة الدعم" },
    { target: "group", phrase: "مجموعة" },
    { target: "munich-deal", phrase: "اتفاق ميونيخ" },
    { target: "munich-deal", phrase: "اتفاق ميونيخ" }, // listed twice: still one hit
  ]);
  const targets = (text: string) => cues.scan(tokenize(text)).map((h) => h.target);

  it("a phrase several targets share hits every one of them", () => {
    expect(targets("اجتماع لمجموعة الدعم في فيينا").sort()).toEqual(["munich", "vienna"]);
  });

  it("the longest phrase at a position wins over a shorter one starting there", () => {
    expect(targets("مجموعة الدعم")).not.toContain("group");
    expect(targets("مجموعة من الوزراء")).toEqual(["group"]);
  });

  it("matches whole words with proclitics ignored, never across punctuation", () => {
    expect(targets("بعد اتفاق ميونيخ")).toEqual(["munich-deal"]);
    expect(targets("بعد الاتفاق. ميونيخ")).toEqual([]);
  });
});
