// Outlet resolution as mechanisms, on a made-up registry: hosts and subdomains, path prefixes, mirror
// sites by slug and by credit, aggregators by credit, and unlisted hosts as new unverified outlets.
import { describe, expect, it } from "vitest";
import { buildGazetteers, loadGazetteers } from "../entities/gazetteers";
import { extractArticle } from "./extract";
import { PARAGRAPH_A, PARAGRAPH_B, page } from "./test-helpers";
import type { Sidecar } from "./types";

const real = loadGazetteers();
const outlet = (id: string, nameAr: string, domains: string[], extra: Record<string, unknown> = {}) => ({
  id,
  nameAr,
  nameLatin: id,
  domains,
  country: "EG",
  type: "private",
  ...extra,
});
const registry = buildGazetteers({
  people: { people: [] },
  outlets: {
    outlets: [
      outlet("nile-daily", "صحيفة النيل اليومية", ["nile-daily.example"], { mirrorSlugs: ["nile"], weakBrands: ["النيل"] }),
      outlet("delta-news", "أخبار الدلتا", ["deltanews.example"], { mirrorSlugs: ["delta"] }),
      outlet("gulf-star", "نجمة الخليج", ["gulfstar.example"], { country: "QA", mirrorSlugs: ["star"] }),
      outlet("desert-star", "نجمة الصحراء", ["desertstar.example"], { country: "SA", mirrorSlugs: ["star"] }),
      outlet("levant-wire", "شبكة المشرق", ["levantwire.example"], { country: "LB" }),
      outlet("world-service", "الخدمة العالمية", ["broadcaster.example/arabic"], { type: "state-broadcaster" }),
      outlet("mirror-eg", "المرآة", ["mirror-eg.example"], { type: "aggregator", mirror: true }),
      outlet("mirror-sa", "مرآة الرياض", ["mirror-sa.example"], { country: "SA", type: "aggregator", mirror: true }),
      outlet("collector", "المجمّع", ["collector.example"], { country: null, type: "aggregator" }),
    ],
  },
  agencies: { agencies: real.agencies, ownReporting: real.ownReporting },
  boilerplate: real.boilerplate,
});

const TITLE = "كيري ولافروف يتفقان على مواصلة المحادثات بشأن سوريا";
const body = ["", PARAGRAPH_A, "", PARAGRAPH_B];
const run = (url: string, ...lines: string[]) => extractArticle({ fileName: "t.txt", text: page(TITLE, ...(lines.length ? lines : body)), sidecar: { url } as Sidecar }, registry);
const idOf = (url: string, ...lines: string[]) => run(url, ...lines).outlet?.id;

describe("an outlet by its URL's host", () => {
  it("matches any subdomain of a listed domain: www, mobile, AMP, numbered and archive hosts, language services", () => {
    for (const host of [
      "nile-daily.example",
      "www.nile-daily.example",
      "m.nile-daily.example",
      "amp.nile-daily.example",
      "amp2.nile-daily.example",
      "old.nile-daily.example",
      "ar.nile-daily.example",
      "www2.nile-daily.example",
    ])
      expect(idOf(`https://${host}/news/2016/10/1/x`), host).toBe("nile-daily");
  });

  it("honours a listed path prefix, and nothing outside it", () => {
    expect(idOf("https://www.broadcaster.example/arabic/middleeast-123")).toBe("world-service");
    expect(idOf("https://www.broadcaster.example/news/world-1")).toBe("broadcaster-example");
  });

  it("gives a registry outlet its type and marks it verified", () => {
    expect(run("https://nile-daily.example/x").outlet).toMatchObject({ id: "nile-daily", nameAr: "صحيفة النيل اليومية", type: "private", country: "EG", verified: true });
  });
});

describe("mirror sites", () => {
  it("resolve to the publisher named by the first path segment, after a language folder", () => {
    expect(idOf("https://www.mirror-eg.example/nile/123456")).toBe("nile-daily");
    expect(idOf("https://mirror-eg.example/fr/delta/99")).toBe("delta-news");
    expect(run("https://www.mirror-eg.example/nile/1").warnings).toContain("outlet-via-mirror: mirror-eg.example (slug nile)");
  });

  it("settle a slug two outlets share by the text's credit, else by the mirror's country", () => {
    expect(idOf("https://mirror-sa.example/star/1")).toBe("desert-star");
    expect(idOf("https://mirror-sa.example/star/1", ...body, "", "المصدر: نجمة الخليج")).toBe("gulf-star");
  });

  it("read an unknown slug's publisher from a credit line, with or without the medium's name", () => {
    expect(idOf("https://mirror-eg.example/unknown/1", ...body, "", "المصدر: أخبار الدلتا")).toBe("delta-news");
    expect(idOf("https://mirror-eg.example/unknown/1", ...body, "", "نقلاً عن صحيفة النيل اليومية")).toBe("nile-daily");
    expect(idOf("https://mirror-eg.example/unknown/1", "", PARAGRAPH_A + " (المصدر: شبكة المشرق)", "", PARAGRAPH_B)).toBe("levant-wire");
  });

  it("accept in a credit a name that is an ordinary word, which counts for nothing elsewhere", () => {
    expect(idOf("https://mirror-eg.example/unknown/1", ...body, "", "المصدر: النيل")).toBe("nile-daily");
  });

  it("stay the mirror itself when nothing names the publisher; a name cited inside a sentence is not a credit", () => {
    expect(run("https://mirror-eg.example/unknown/1").outlet).toMatchObject({ id: "mirror-eg", type: "aggregator", verified: true });
    expect(idOf("https://mirror-eg.example/unknown/1", "", "وقالت صحيفة النيل اليومية في عددها الصادر اليوم إن " + PARAGRAPH_A, "", PARAGRAPH_B)).toBe("mirror-eg");
  });
});

describe("aggregators without slugs", () => {
  it("resolve to the outlet a dateline-shaped line or a closing name credits", () => {
    expect(idOf("https://collector.example/amp/862700-x", "", "شبكة المشرق – بيروت", PARAGRAPH_A, "", PARAGRAPH_B)).toBe("levant-wire");
    expect(idOf("https://collector.example/item/5", ...body, "", "أخبار الدلتا")).toBe("delta-news");
  });

  it("stay themselves without a credit", () => {
    expect(idOf("https://collector.example/item/5")).toBe("collector");
  });

  it("do not move a listed outlet that credits another one", () => {
    expect(idOf("https://nile-daily.example/x", ...body, "", "المصدر: أخبار الدلتا")).toBe("nile-daily");
  });
});

describe("an unlisted host", () => {
  it("becomes an unverified outlet of its own: id and Latin name from the host, the host as its Arabic name by default", () => {
    const x = run("https://www.unheard-of.example/news/77");
    expect(x.outlet).toEqual({
      id: "unheard-of-example",
      nameAr: "unheard-of.example",
      nameLatin: "unheard-of.example",
      domain: "unheard-of.example",
      country: null,
      type: "unknown",
      verified: false,
    });
    expect(x.warnings).toContain("outlet-not-in-registry: unheard-of.example");
    expect(run("https://m.unheard-of.example/a").outlet?.id).toBe("unheard-of-example");
  });

  it("takes its Arabic name from where the page names itself: a copyright line, a short line by its domain, its og:site_name", () => {
    expect(run("https://unheard-of.example/1", ...body, "", "© 2016 جميع الحقوق محفوظة لموقع الخبر اليقين").outlet?.nameAr).toBe("موقع الخبر اليقين");
    expect(run("https://unheard-of.example/1", ...body, "", "الخبر اليقين", "www.unheard-of.example").outlet?.nameAr).toBe("الخبر اليقين");
    const html = extractArticle({ fileName: "t.html", text: page(TITLE, ...body), hints: { url: "https://unheard-of.example/1", siteName: "الخبر اليقين" } }, registry);
    expect(html.outlet).toMatchObject({ id: "unheard-of-example", nameAr: "الخبر اليقين", verified: false });
  });

  it("is named by the page's own host even when its text names a listed outlet", () => {
    expect(idOf("https://unheard-of.example/1", ...body, "", "المصدر: أخبار الدلتا")).toBe("unheard-of-example");
  });
});
