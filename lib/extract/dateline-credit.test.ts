import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { PARAGRAPH_B, page } from "./test-helpers";
import type { Sidecar } from "./types";

const TITLE = "انطلاق اجتماع المجموعة الدولية لدعم سوريا في فيينا";
const LEAD = "انطلق في العاصمة النمساوية اليوم الثلاثاء اجتماع المجموعة الدولية لدعم سوريا بمشاركة وزيري الخارجية الروسي والأمريكي.";
const run = (url: string, lead: string) => extractArticle({ fileName: "d.txt", text: page(TITLE, "", lead, "", PARAGRAPH_B), sidecar: { url } as Sidecar });

describe("a dateline that names a source where the city stands", () => {
  it("is the outlet's own credit, not a city, when it opens the lead with the outlet's name", () => {
    const x = run("https://alwaght.net/ar/News/1", `الوقت- ${LEAD}`);
    expect(x.dateline).toEqual({ city: null, agency: null });
    expect(x.body.startsWith("انطلق")).toBe(true);
  });

  it("stays a city when the word is a place as well as a newspaper (الرياض)", () => {
    const x = run("https://alwaght.net/ar/News/2", `الرياض - ${LEAD}`);
    expect(x.dateline?.city).toBe("الرياض");
  });
});
