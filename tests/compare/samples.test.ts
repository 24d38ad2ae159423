// The comparison on the sample articles, read through the real extraction (no database).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareArticles } from "../../lib/compare/compare";
import type { CompareInput, Comparison, ComparedSentence } from "../../lib/compare/types";
import { extractArticle } from "../../lib/extract/extract";

const dir = path.resolve(import.meta.dirname, "..", "..", "data", "samples");

function sample(prefix: string, id: number): CompareInput {
  const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith(".txt"))!;
  const a = extractArticle({ fileName: file, text: fs.readFileSync(path.join(dir, file), "utf8") });
  return {
    id,
    title: a.title,
    outlet: a.outlet?.nameAr ?? null,
    publishedAt: a.publishedAt,
    dateBasis: a.dateBasis,
    datelineCity: a.dateline?.city ?? null,
    datelineAgency: a.dateline?.agency ?? null,
    body: a.body,
    people: a.people.map((p) => ({ id: p.id, name: p.asWritten })),
    places: a.places.map((p) => ({ id: p.id, name: p.name })),
    quotes: a.quotes.map((q) => ({ ...q, speakerName: null })),
  };
}

const find = (c: Comparison, column: number, words: string): ComparedSentence => {
  const s = c.articles[column]!.sentences.find((x) => x.text.includes(words));
  expect(s, words).toBeDefined();
  return s!;
};
const linkedShare = (c: Comparison, column: number) => c.articles[column]!.sentences.filter((s) => s.class !== "unique").length / c.articles[column]!.sentences.length;

describe("samples 000 and 001 (Kerry in Moscow, July 2016)", () => {
  const c = compareArticles([sample("000_", 1), sample("001_", 2)]);

  it("aligns Assad's NBC answer as near-identical, with the inserted words marked", () => {
    const nbc = find(c, 0, "لم يحدث أبدا");
    expect(nbc.class).toBe("near");
    const other = find(c, 1, "لم يحدث أبدا");
    expect(nbc.counterparts[0]!.sentenceId).toBe(other.id);
    const diff = c.pairs[nbc.counterparts[0]!.pair]!.diff!;
    expect(
      diff.b
        .filter((s) => s.kind === "added")
        .map((s) => s.text)
        .join(" "),
    ).toContain("فلاديمير");
  });

  it("aligns the Washington Post's leaked proposal", () => {
    const wapo = find(c, 0, "واشنطن بوست");
    expect(wapo.class).not.toBe("unique");
    expect(wapo.counterparts.map((x) => x.sentenceId)).toContain(find(c, 1, "واشنطن بوست").id);
  });

  it("shows the Nice attack and de Mistura as unique to 000", () => {
    for (const words of ["نيس", "دي ميستورا"]) {
      const sentences = c.articles[0]!.sentences.filter((s) => s.text.includes(words));
      expect(sentences.length, words).toBeGreaterThan(0);
      for (const s of sentences) expect(s.class, s.text).toBe("unique");
    }
    const only = c.summary.shares[0]!;
    expect(only.onlyPeople.map((p) => p.id)).toContain("staffan-de-mistura");
    expect(only.onlyPlaces.map((p) => p.id)).toContain("nice");
  });

  it("is not the same agency copy, and lines up Assad's quotation in both", () => {
    expect(c.summary.wireCopy[0]!.likelySameCopy).toBe(false);
    const assad = c.summary.speakers.find((s) => s.personId === "bashar-al-assad")!;
    expect(assad.quotes.some((q) => q.printings.length === 2 && q.printings[0]!.text.includes("لم يحدث"))).toBe(true);
  });

  it("counts the wording each outlet chooses", () => {
    const isis = c.wording.find((g) => g.id === "isis")!;
    const v = (id: string) => isis.variants.find((x) => x.variantId === id)!.counts;
    expect(v("islamic-state-org")[0]).toBeGreaterThan(0); // 000 writes تنظيم الدولة الاسلامية
    expect(v("daesh")[1]).toBeGreaterThan(0); // 001 writes داعش
    expect(v("daesh")[0]).toBe(0);
  });
});

describe("samples 003 and 004 (different meetings)", () => {
  it("align almost nothing", () => {
    const c = compareArticles([sample("003_", 3), sample("004_", 4)]);
    expect(linkedShare(c, 0)).toBeLessThanOrEqual(0.1);
    expect(linkedShare(c, 1)).toBeLessThanOrEqual(0.1);
    expect(c.pairs.filter((p) => p.kind !== "paraphrase")).toEqual([]);
  });
});
