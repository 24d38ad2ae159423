import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { PARAGRAPH_A, PARAGRAPH_B, page } from "./test-helpers";
import type { PageHints, Sidecar } from "./types";

const TITLE = "كيري ولافروف يتفقان على مواصلة المحادثات بشأن سوريا";
const run = (text: string, sidecar?: Sidecar) => extractArticle({ fileName: "t.txt", text, sidecar });
const outletId = (text: string, sidecar?: Sidecar) => run(text, sidecar).outlet?.id ?? null;
const body = ["", PARAGRAPH_A, "", PARAGRAPH_B];

describe("outlet", () => {
  it("follows the sidecar: id, brand or URL", () => {
    expect(outletId(page(TITLE, ...body), { outlet: "eremnews" })).toBe("eremnews");
    expect(outletId(page(TITLE, ...body), { outlet: "بوابة الشروق" })).toBe("shorouk");
    expect(outletId(page(TITLE, ...body), { url: "https://www.youm7.com/story/2016/9/28/x" })).toBe("youm7");
  });

  it("follows the page's canonical URL (mobile and AMP hosts too), and its og:site_name", () => {
    const withHints = (hints: PageHints, sidecar?: Sidecar) => extractArticle({ fileName: "t.html", text: page(TITLE, ...body), hints, sidecar }).outlet;
    expect(withHints({ url: "https://m.youm7.com/story/2016/9/28/x" })?.id).toBe("youm7");
    expect(withHints({ url: "https://amp.dw.com/ar/a-1" })?.id).toBe("dw-arabic");
    expect(withHints({ url: "https://www.youm7.com/x" }, { url: "https://www.masrawy.com/news/x" })?.id).toBe("masrawy");
    expect(withHints({ siteName: "بوابة الشروق" })?.id).toBe("shorouk");
    expect(withHints({ siteName: "هسبريس", url: "https://www.hespress.com/x.html" })).toMatchObject({ nameAr: "هسبريس", domain: "hespress.com" });
    expect(withHints({ url: "https://www.hespress.com/x.html" })).toMatchObject({ domain: "hespress.com" });
  });

  it("reads a title suffix, a footer domain, a copyright line", () => {
    expect(outletId(page(`${TITLE} - بوابة الشروق`, ...body))).toBe("shorouk");
    expect(outletId(page(TITLE, ...body, "", "www.eremnews.com"))).toBe("eremnews");
    expect(outletId(page(TITLE, ...body, "", "© 2022 syria.news All Rights Reserved"))).toBe("syria-news");
    expect(outletId(page(TITLE, ...body, "", "© دار الحياة 2016"))).toBe("al-hayat");
  });

  it("does not trust a name that is also an ordinary word on its own", () => {
    expect(outletId(page(TITLE, "الحياة", ...body))).toBeNull();
    expect(outletId(page(`${TITLE} - الحياة`, ...body))).toBe("al-hayat");
  });

  it("does not vote with names in the article text", () => {
    expect(outletId(page(TITLE, "", "وقالت صحيفة القدس العربي إن " + PARAGRAPH_A, "", PARAGRAPH_B))).toBeNull();
  });

  it("generates an outlet that the page names but the registry lacks", () => {
    const o = run(page(`${TITLE} | شبكة الرافدين الإخبارية`, ...body)).outlet;
    expect(o).toMatchObject({ nameAr: "شبكة الرافدين الإخبارية", domain: null });
    expect(o!.id).toMatch(/^unlisted-[a-z0-9-]+$/);
    expect(run(page(TITLE, ...body, "", "هسبريس", "www.hespress.com")).outlet).toMatchObject({ nameAr: "هسبريس", domain: "hespress.com" });
  });

  it("ignores social-network links", () => {
    expect(outletId(page(TITLE, ...body, "", "www.facebook.com/somepage"))).toBeNull();
  });
});

describe("dateline agency", () => {
  const dl = (line: string, ...extra: string[]) => run(page(TITLE, "", line, PARAGRAPH_A, "", PARAGRAPH_B, ...extra)).dateline;
  it("maps known agencies to their label", () => {
    expect(dl("موسكو - الفرنسية")).toEqual({ city: "موسكو", agency: "الفرنسية (AFP)" });
    expect(dl("دمشق - سانا")).toEqual({ city: "دمشق", agency: "سانا (SANA)" });
  });
  it("is no agency when the source is the outlet itself or its own reporters", () => {
    expect(dl("موسكو - صوت الامارات", "", "emiratesvoice")).toEqual({ city: "موسكو", agency: null });
    expect(dl("دمشق - سانا", "", "sana.sy")).toEqual({ city: "دمشق", agency: null });
    expect(dl("حلب - خاص")).toEqual({ city: "حلب", agency: null });
  });
});
