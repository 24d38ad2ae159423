// People found by a role pattern are stored as Person rows marked discovered, shared by every article that
// names them, and never overwrite a gazetteer person.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFiles } from "../lib/load/load";
import { createTestDatabase, type TestDatabase } from "./helpers/db";

const LEAD = "عقدت جولة جديدة من المحادثات الدبلوماسية حول الأزمة السورية في إطار الجهود الدولية المتواصلة للتوصل إلى حل سياسي.";
const article = (title: string, body: string) => `${title}\n\n${LEAD}\n\n${body}\n\nوتتواصل الاتصالات بين العواصم المعنية تمهيدا للجولة المقبلة من المفاوضات في جنيف.\n`;

let t: TestDatabase;
let dir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "discovered-"));
  fs.writeFileSync(
    path.join(dir, "a.txt"),
    article("كيري يلتقي نظيره النمساوي في فيينا", "والتقى وزير الخارجية الأمريكي جون كيري نظيره النمساوي كارل هوفمان. وقال هوفمان إن بلاده تدعم الحل."),
  );
  fs.writeFileSync(path.join(dir, "b.txt"), article("هوفمان يستضيف جولة جديدة", "وأعلن وزير الخارجية النمساوي كارل هوفمان استعداد بلاده لاستضافة الجولة المقبلة."));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.drop();
});

describe("discovered people in the database", () => {
  it("stores one Person marked discovered, mentioned by both articles, beside gazetteer people", async () => {
    const run = await loadFiles(t.database, [path.join(dir, "a.txt"), path.join(dir, "b.txt")]);
    expect(run.counts.loaded).toBe(2);
    const person = await t.db.person.findUniqueOrThrow({ where: { id: "karl-hwfman" } });
    expect(person).toMatchObject({ nameAr: "كارل هوفمان", discovered: true, variants: ["كارل هوفمان"] });
    const mentions = await t.db.personMention.findMany({ where: { personId: "karl-hwfman" }, orderBy: { articleId: "asc" } });
    expect(mentions.map((m) => m.count)).toEqual([2, 1]);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: "john-kerry" } })).discovered).toBe(false);
  });

  it("loads the same files again without change", async () => {
    const again = await loadFiles(t.database, [path.join(dir, "a.txt"), path.join(dir, "b.txt")]);
    expect(again.counts).toMatchObject({ loaded: 0, unchanged: 2, failed: 0 });
    expect(await t.db.person.count({ where: { discovered: true } })).toBe(1);
  });
});
