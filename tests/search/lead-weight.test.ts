// The lead's words carry weight B inside searchVector (migration search_lead_weight), so that ranking reads
// the lead from the vector it already reads; the split must keep every word of the body at its place.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFiles } from "../../lib/load/load";
import { listInputFiles } from "../../lib/load/read-inputs";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
let id: number;

beforeAll(async () => {
  t = await createTestDatabase();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lead-weight-"));
  fs.writeFileSync(path.join(dir, "one.txt"), "كيري ولافروف يلتقيان في جنيف\n\nالتقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في جنيف اليوم.\n");
  await loadFiles(t.database, listInputFiles([dir]));
  id = (await t.db.article.findFirstOrThrow({ select: { id: true } })).id;
});
afterAll(async () => t?.drop());

/** Sets the article's indexed text and returns its vector's lexemes by weight, and whether the positions hold. */
async function indexed(title: string, body: string) {
  await t.database.pool.query(`UPDATE "Article" SET "searchTitle" = $2, "searchBody" = $3 WHERE id = $1`, [id, title, body]);
  const { rows } = await t.database.pool.query(
    `SELECT array_to_string(tsvector_to_array(ts_filter("searchVector", '{b}')), ' ') AS b,
            array_to_string(tsvector_to_array(ts_filter("searchVector", '{d}')), ' ') AS d,
            setweight("searchVector", 'D') = setweight(to_tsvector('simple', $2) || to_tsvector('simple', $3), 'D') AS same
     FROM "Article" WHERE id = $1`,
    [id, title, body],
  );
  const words = (s: string) => (s ? s.split(" ").sort() : []);
  return { lead: words(rows[0].b), rest: words(rows[0].d), samePositions: rows[0].same as boolean };
}

describe("the lead inside the search vector", () => {
  it("gives the whole words within the body's first 600 characters weight B, the others D", async () => {
    const words = Array.from({ length: 150 }, (_, i) => `w${String(i + 1).padStart(4, "0")}`); // 6 characters each with its space
    const v = await indexed("عنوان", words.join(" "));
    expect(v.lead).toEqual(words.slice(0, 100));
    expect(v.rest).toEqual(words.slice(100));
    expect(v.samePositions).toBe(true);
  });

  it("never cuts a word at the 600th character: it goes to the rest whole", async () => {
    const body = `${"ا".repeat(597)} كلمتان طويلتان`; // «كلمتان» straddles character 600
    const v = await indexed("عنوان", body);
    expect(v.lead).toEqual(["ا".repeat(597)]);
    expect(v.rest).toEqual(["طويلتان", "كلمتان"]);
    expect(v.samePositions).toBe(true);
  });

  it("a word reaching the 600th character goes to the rest; with no space there, the whole body does", async () => {
    const exact = await indexed("عنوان", `${"ب".repeat(594)} ${"ت".repeat(5)} ثاء`); // the second word ends at character 600
    expect(exact.lead).toEqual(["ب".repeat(594)]);
    expect(exact.rest).toEqual(["ت".repeat(5), "ثاء"].sort());
    expect(exact.samePositions).toBe(true);
    const unbroken = await indexed("عنوان", `${"ج".repeat(700)} دال`);
    expect(unbroken.lead).toEqual([]);
    expect(unbroken.rest).toEqual(["ج".repeat(700), "دال"].sort());
    expect(unbroken.samePositions).toBe(true);
  });

  it("a short body is lead throughout", async () => {
    const v = await indexed("عنوان", "كيري لافروف جنيف");
    expect(v.lead).toEqual(["جنيف", "كيري", "لافروف"]);
    expect(v.rest).toEqual([]);
    expect(v.samePositions).toBe(true);
  });
});
