import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./snippet";

describe("snippets", () => {
  it("marks words by stem, whatever their prefix, suffix or marks", () => {
    const segs = highlight("بدأت المحادثات، والمُحادثاتُ مستمرة", new Set(["محادث"]));
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(["المحادثات", "والمُحادثاتُ"]);
    expect(segs.map((s) => s.text).join("")).toBe("بدأت المحادثات، والمُحادثاتُ مستمرة");
  });

  it("cuts the passage with the matches and says what was left out", () => {
    const filler = Array.from({ length: 60 }, () => "كلام").join(" ");
    const s = snippet(`${filler} ثم قال كيري شيئا ${filler}`, new Set(["كير"]));
    expect(s.before).toBe(true);
    expect(s.after).toBe(true);
    expect(s.segments.some((x) => x.hit && x.text === "كيري")).toBe(true);
  });

  it("opens the text when nothing matches, and handles empty text", () => {
    expect(snippet("نص قصير", new Set(["x"])).segments).toEqual([{ text: "نص قصير", hit: false }]);
    expect(snippet("", new Set()).segments).toEqual([]);
  });
});
