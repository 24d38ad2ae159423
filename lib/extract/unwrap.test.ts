import { describe, expect, it } from "vitest";
import { loadGazetteers } from "../entities/gazetteers";
import { compileBoilerplate } from "./boilerplate";
import { lineFeatures } from "./features";
import { splitLines } from "./lines";
import { unwrapLines } from "./unwrap";

const bp = compileBoilerplate(loadGazetteers().boilerplate);
const unwrap = (...raw: string[]) => {
  const lines = splitLines(raw.join("\n"));
  return unwrapLines(
    lines,
    lines.map((l) => lineFeatures(l, bp)),
    bp,
  );
};

describe("unwrapLines", () => {
  it("joins a hard-wrapped paragraph onto its first line", () => {
    const u = unwrap("وصل وزير الخارجية الأمريكي جون كيري إلى جنيف مساء اليوم", "الخميس، في محاولة جديدة للتوصل إلى اتفاق مع نظيره الروسي", "سيرغي لافروف بشأن وقف إطلاق النار.");
    expect(u.lines[0]!.text).toBe(
      "وصل وزير الخارجية الأمريكي جون كيري إلى جنيف مساء اليوم الخميس، في محاولة جديدة للتوصل إلى اتفاق مع نظيره الروسي سيرغي لافروف بشأن وقف إطلاق النار.",
    );
    expect([...u.continuationOf]).toEqual([
      [1, 0],
      [2, 0],
    ]);
    expect(u.features[0]!.terminal).toBe(true);
    expect(u.features[1]!.blank).toBe(true);
  });

  it("leaves a headline above a paragraph alone (much shorter line)", () => {
    const u = unwrap(
      "كيري يصل إلى جنيف للقاء لافروف وسط تشاؤم",
      "وصل وزير الخارجية الأمريكي جون كيري إلى جنيف مساء اليوم الخميس، في محاولة جديدة للتوصل إلى اتفاق مع نظيره الروسي سيرغي لافروف.",
    );
    expect(u.continuationOf.size).toBe(0);
  });

  it("does not join lines whose block never ends like a paragraph (caption + dateline)", () => {
    const u = unwrap("وزير الخارجية الروسي سيرغي لافروف (يمين) مصافحا نظيره الاميركي جون كيري في موسكو", "موسكو - صوت الامارات");
    expect(u.continuationOf.size).toBe(0);
  });

  it("does not join across dates or boilerplate", () => {
    const u = unwrap("وصل وزير الخارجية الأمريكي جون كيري إلى جنيف مساء اليوم", "الخميس 8 سبتمبر 2016", "وقال مسؤولون أمريكيون إن فرص النجاح ليست كبيرة.");
    expect(u.continuationOf.size).toBe(0);
  });
});
