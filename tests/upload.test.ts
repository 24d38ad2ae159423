// An editor's upload is handed to the loader in memory: nothing is written to disk, sidecars pair with
// their articles by name, and every file gets its own line in the report (lib/load/upload.ts).
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadUploads } from "../lib/load/upload";
import { createTestDatabase, type TestDatabase } from "./helpers/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

// A made-up wire story in the style of the coverage; the sidecar gives the date the text does not.
const ARTICLE = [
  "كيري ولافروف يبحثان هدنة جديدة في اتصال هاتفي",
  "واشنطن - وكالات",
  "بحث وزير الخارجية الأميركي جون كيري مع نظيره الروسي سيرغي لافروف في اتصال هاتفي سبل تثبيت وقف إطلاق النار في سوريا، وفق ما أعلنت الخارجية الأميركية.",
  "وقال المتحدث باسم الوزارة إن الوزيرين اتفقا على مواصلة المشاورات بين خبراء البلدين في جنيف خلال الأيام المقبلة.",
  "وأضاف أن الجانبين ناقشا إيصال المساعدات الإنسانية إلى المناطق المحاصرة وضرورة التزام الأطراف كافة بالهدنة.",
].join("\n");
const encode = (s: string) => new TextEncoder().encode(s);
const SIDECAR = { name: "call.meta.json", bytes: encode(JSON.stringify({ publishedAt: "2016-02-12", note: "تاريخ من المحرر" })) };

describe("loadUploads", () => {
  it("loads articles from memory with their sidecars, writing no file; a bad file fails alone", async () => {
    const written = vi.spyOn(fs, "writeFileSync");
    const folders = vi.spyOn(fs, "mkdtempSync");
    try {
      const report = await loadUploads(t.database, [{ name: "call.txt", bytes: encode(ARTICLE) }, SIDECAR, { name: "empty.txt", bytes: new Uint8Array() }]);
      expect(report).toMatchObject([
        { file: "call.txt", ok: true, status: "loaded", title: "كيري ولافروف يبحثان هدنة جديدة في اتصال هاتفي" },
        { file: "empty.txt", ok: false, code: "EMPTY" },
      ]);
      expect(written).not.toHaveBeenCalled();
      expect(folders).not.toHaveBeenCalled();
    } finally {
      written.mockRestore();
      folders.mockRestore();
    }
    const stored = await t.db.article.findFirstOrThrow({ where: { sourceFile: "call.txt" } });
    expect(stored.publishedAt?.toISOString().slice(0, 10)).toBe("2016-02-12");
    expect(stored.dateBasis).toBe("editorial");
  });

  it("the same upload again changes nothing; without its sidecar, the article is updated in place", async () => {
    expect(await loadUploads(t.database, [SIDECAR, { name: "call.txt", bytes: encode(ARTICLE) }])).toMatchObject([{ file: "call.txt", status: "unchanged" }]);
    expect(await loadUploads(t.database, [{ name: "call.txt", bytes: encode(ARTICLE) }])).toMatchObject([{ file: "call.txt", status: "updated" }]);
    expect(await t.db.article.count({ where: { sourceFile: "call.txt" } })).toBe(1);
  });
});
