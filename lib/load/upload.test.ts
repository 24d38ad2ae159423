import { describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "../extract/errors";
import { uploadInputs } from "./upload";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("an upload's inputs, in memory", () => {
  it("pairs each article with the sidecar of the same name, in name order", () => {
    const { inputs, refused } = uploadInputs([
      { name: "b.html", bytes: bytes("<p>ب</p>") },
      { name: "a.meta.json", bytes: bytes('{"publishedAt":"2016-09-09"}') },
      { name: "a.txt", bytes: bytes("أ") },
      { name: "c.meta.json", bytes: bytes("{}") },
    ]);
    expect(refused).toEqual([]);
    expect(inputs.map((i) => [i.name, i.sidecar])).toEqual([
      ["a.txt", '{"publishedAt":"2016-09-09"}'],
      ["b.html", undefined],
    ]);
  });

  it("refuses a file over the size limit on its own, and leaves out what is no article", () => {
    const { inputs, refused } = uploadInputs([
      { name: "big.txt", bytes: new Uint8Array(MAX_INPUT_BYTES + 1) },
      { name: "notes.pdf", bytes: bytes("%PDF") },
      { name: "ok.TXT", bytes: bytes("نص") },
    ]);
    expect(refused).toMatchObject([{ file: "big.txt", ok: false, code: "TOO_LARGE" }]);
    expect(inputs.map((i) => i.name)).toEqual(["ok.TXT"]);
  });

  it("keeps only a safe base name; of two files with one name the last counts", () => {
    const { inputs } = uploadInputs([
      { name: "../../etc/x.txt", bytes: bytes("الأول") },
      { name: "C:\\temp\\x.txt", bytes: bytes("الثاني") },
      { name: "\u0000.hidden.txt", bytes: bytes("ج") },
    ]);
    expect(inputs.map((i) => [i.name, new TextDecoder().decode(i.bytes)])).toEqual([
      ["hidden.txt", "ج"],
      ["x.txt", "الثاني"],
    ]);
  });
});
