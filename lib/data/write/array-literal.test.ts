// The bulk writer's array constants, on a real PostgreSQL: any text comes back exactly as it went in
// (quotes, backslashes, braces, commas, the word NULL, dollar signs, Arabic, emoji), every column type the
// writer uses round-trips, and no value can end the constant and run as SQL.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/helpers/db";
import { arrayConstant, arrayLiteral, quoteLiteral } from "./array-literal";
import { unnestSelect, type Column } from "./unnest-insert";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

const TRICKY = ["'", "''", "\\", "\\'", '"', '\\"', "{", "}", ",", "NULL", "null", " ", "\n", "\t", "$", "$$", "$v", "$v$", "$v0", "$v0$", "$v1$", "E'", ");", "--", "/*", "كيري", "لافروف؛", "😀", "\u200F"];
/** Text as a scraped page may hold it: tricky pieces among any characters (no NUL: PostgreSQL text cannot hold it). */
const text = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join("").replace(/\0/g, ""));

describe("array constants", () => {
  it("spell an array literal and a string constant the way PostgreSQL reads them", () => {
    expect(arrayLiteral(["a", 'b "c"', null, 7, true])).toBe('{"a","b \\"c\\"",NULL,"7","true"}');
    expect(quoteLiteral("it's a\\b")).toBe("$v$it's a\\b$v$");
    // A tag that occurs in the text, or whose start ends it, would close the constant early: another is taken.
    expect(quoteLiteral("x $v$ y")).toBe("$v0$x $v$ y$v0$");
    expect(quoteLiteral("ends with $v")).toBe("$v0$ends with $v$v0$");
    expect(quoteLiteral("$v$ and $v0")).toBe("$v1$$v$ and $v0$v1$");
    expect(() => arrayLiteral([Number.NaN])).toThrow(/finite/);
  });

  it("bring any text back unchanged, nulls included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(text, { nil: null }), { maxLength: 20 }), async (values) => {
        const rows = await t.db.$queryRaw<Array<{ v: string | null }>>`SELECT v FROM unnest(${arrayConstant(values, "text[]")}) WITH ORDINALITY AS u(v, n) ORDER BY n`;
        expect(rows.map((r) => r.v)).toEqual(values);
      }),
      { numRuns: 150 },
    );
  });

  it("never let a value end the constant and run as a statement", async () => {
    const before = await t.db.article.count();
    const attacks = [
      `'); DELETE FROM "Article"; --`,
      `\\'); DROP TABLE "Article"; --`,
      `"}'::text[]); DROP TABLE "Article"; --`,
      `$$; DROP TABLE "Article"; $$`,
      `$v$::text[]); DROP TABLE "Article"; --`,
      '}$v$::text[]) AS u(v); DELETE FROM "Article"; SELECT unnest($v${"x',
      `trailing $v`,
    ];
    const rows = await t.db.$queryRaw<Array<{ v: string }>>`SELECT v FROM unnest(${arrayConstant(attacks, "text[]")}) WITH ORDINALITY AS u(v, n) ORDER BY n`;
    expect(rows.map((r) => r.v)).toEqual(attacks);
    expect(await t.db.article.count()).toBe(before);
  });

  it("round-trip every column type the writer uses", async () => {
    type Row = { id: number; title: string | null; day: string | null; ok: boolean; verdicts: string; warnings: string[]; at: Date; basis: string };
    const columns: Column<Row>[] = [
      { name: "id", type: "int", value: (r) => r.id },
      { name: "title", type: "text", value: (r) => r.title },
      { name: "day", type: "date", value: (r) => r.day },
      { name: "ok", type: "boolean", value: (r) => r.ok },
      { name: "verdicts", type: "jsonb", value: (r) => r.verdicts },
      { name: "warnings", type: "text[]", value: (r) => r.warnings },
      { name: "at", type: "timestamp(3)", value: (r) => r.at },
      { name: "basis", type: `"DateBasis"`, value: (r) => r.basis },
    ];
    const rows: Row[] = [
      { id: 1, title: `عنوان "مقتبس" \\ '`, day: "2016-09-09", ok: true, verdicts: JSON.stringify([{ line: 1, kind: "title", reason: `"x" \\ 'y'` }]), warnings: ["a,b", '"c"', "NULL", "{}"], at: new Date("2016-09-09T21:05:07.123Z"), basis: "explicit" },
      { id: 2, title: null, day: null, ok: false, verdicts: "[]", warnings: [], at: new Date("2013-01-01T00:00:00.000Z"), basis: "unknown" },
    ];
    const back = await t.db.$queryRaw<
      Array<{ id: number; title: string | null; day: string | null; ok: boolean; verdicts: unknown; warnings: string[]; at: Date; basis: string }>
    >`SELECT id, title, to_char(day, 'YYYY-MM-DD') AS day, ok, verdicts, warnings, at, basis::text AS basis FROM (${unnestSelect(columns, rows)}) x ORDER BY id`;
    expect(back).toEqual(rows.map((r) => ({ ...r, verdicts: JSON.parse(r.verdicts) })));
  });
});
