import { describe, expect, it } from "vitest";
import { htmlToText } from "./html";
import { PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C } from "./test-helpers";

const HEAD = `<meta charset="utf-8"><title>كيري ولافروف يبحثان الهدنة - بوابة الشروق</title>
<meta property="og:title" content="كيري ولافروف يبحثان الهدنة">
<meta property="og:site_name" content="بوابة الشروق">
<link rel="canonical" href="https://www.shorouknews.com/news/view.aspx?id=1">
<meta property="article:published_time" content="2016-07-14T21:16:00+02:00">`;

const doc = (head: string, body: string) => `<!DOCTYPE html><html lang="ar" dir="rtl"><head>${head}</head><body>${body}</body></html>`;
const ARTICLE = `<article><h1>كيري ولافروف يبحثان الهدنة</h1>
<figure><img src="a.jpg" alt="صورة"><figcaption>كيري ولافروف في جنيف - أرشيفية</figcaption></figure>
<p>${PARAGRAPH_A}</p><p>${PARAGRAPH_B}</p><h2>موقف موسكو</h2><p>${PARAGRAPH_C}<br>وأكد أن بلاده لن تتخلى عن حلفائها.</p></article>`;

describe("htmlToText: page hints", () => {
  it("reads title, site name, canonical URL and published time from the head", () => {
    expect(htmlToText(doc(HEAD, ARTICLE)).hints).toEqual({
      title: "كيري ولافروف يبحثان الهدنة",
      siteName: "بوابة الشروق",
      url: "https://www.shorouknews.com/news/view.aspx?id=1",
      publishedAt: "2016-07-14T21:16:00+02:00",
    });
  });

  it("falls back to og:url, JSON-LD datePublished and <time datetime> in the article header", () => {
    const ld = `<title>ت</title><meta property="og:url" content="https://arabic.rt.com/news/1"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2016-02-22T10:00:00Z"}]}</script>`;
    expect(htmlToText(doc(ld, ARTICLE)).hints).toMatchObject({ url: "https://arabic.rt.com/news/1", publishedAt: "2016-02-22T10:00:00Z" });
    const time = `<article><header><h1>عنوان الخبر هنا</h1><time datetime="2015-09-18">18 سبتمبر 2015</time></header><p>${PARAGRAPH_A}</p><p>${PARAGRAPH_B}</p></article>`;
    expect(htmlToText(doc("<title>ت</title>", time)).hints.publishedAt).toBe("2015-09-18");
  });

  it("ignores non-http canonical URLs and malformed dates", () => {
    const bad = `<link rel="canonical" href="javascript:alert(1)"><meta property="article:published_time" content="yesterday">`;
    expect(htmlToText(doc(bad, ARTICLE)).hints).toEqual({});
  });
});

describe("htmlToText: text structure", () => {
  const { text } = htmlToText(doc(HEAD, ARTICLE));
  const paragraphs = text.split("\n\n");

  it("opens with the <title> line and the headline, then the caption, then the body", () => {
    expect(paragraphs.slice(0, 4)).toEqual(["كيري ولافروف يبحثان الهدنة - بوابة الشروق", "كيري ولافروف يبحثان الهدنة", "كيري ولافروف في جنيف - أرشيفية", PARAGRAPH_A]);
  });

  it("keeps subheadings as their own paragraphs and <br> as a line break", () => {
    expect(paragraphs).toContain("موقف موسكو");
    expect(paragraphs).toContain(`${PARAGRAPH_C}\nوأكد أن بلاده لن تتخلى عن حلفائها.`);
  });

  it("prepends the headline when readability moved it out of the content", () => {
    const noH1 = `<div><p>${PARAGRAPH_A}</p><p>${PARAGRAPH_B}</p><p>${PARAGRAPH_C}</p></div>`;
    const t = htmlToText(doc("<title>لافروف يلتقي كيري في جنيف</title>", noH1)).text.split("\n\n");
    expect(t.slice(0, 3)).toEqual(["لافروف يلتقي كيري في جنيف", "لافروف يلتقي كيري في جنيف", PARAGRAPH_A]);
  });

  it("keeps a header date line that readability dropped", () => {
    const page = `<header class="article-header"><h1>عنوان الخبر</h1><div class="date">نشر في: <time datetime="2016-07-14">الخميس 14 يوليه 2016</time></div></header><article><p>${PARAGRAPH_A}</p><p>${PARAGRAPH_B}</p><p>${PARAGRAPH_C}</p></article>`;
    expect(htmlToText(doc("<title>عنوان الخبر</title>", page)).text).toContain("نشر في: الخميس 14 يوليه 2016");
  });

  it("keeps a dated element between the headline and the body, without the byline beside it", () => {
    const page = `<h1>عنوان الخبر</h1><div class="meta"><span class="date">آخر تحديث: الثلاثاء 27 أغسطس 2013</span> <span class="by">بقلم فلان الفلاني</span></div><div class="related"><span class="date">12 مايو 2020</span></div><article><p>${PARAGRAPH_A}</p><p>${PARAGRAPH_B}</p><p>${PARAGRAPH_C}</p></article><aside><span class="date">1 يناير 2019</span></aside>`;
    const t = htmlToText(doc("<title>عنوان الخبر</title>", page)).text.split("\n\n");
    expect(t).toContain("آخر تحديث: الثلاثاء 27 أغسطس 2013");
    expect(t.join("\n")).not.toContain("1 يناير 2019");
    expect(t.join("\n")).not.toContain("12 مايو 2020");
  });

  it("splits paragraphs that old pages separate with <br><br>", () => {
    const t = htmlToText(doc("<title>عنوان</title>", `<div class="text">${PARAGRAPH_A}<br><br>${PARAGRAPH_B}<br>\n<br>${PARAGRAPH_C}</div>`)).text.split("\n\n");
    expect(t).toEqual(["عنوان", "عنوان", PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C]);
  });

  it("accepts a fragment without <html> or <body>", () => {
    const t = htmlToText(`<h1>عنوان</h1><p>${PARAGRAPH_A}</p><p>${PARAGRAPH_B}</p>`).text;
    expect(t).toContain(PARAGRAPH_A);
    expect(t).toContain(PARAGRAPH_B);
  });

  it("falls back to the whole body, blocks as lines, when readability finds no article", () => {
    const r = htmlToText(doc("<title>قصير</title>", "<div>نص قصير جدا</div><ul><li>بند أول</li><li>بند ثان</li></ul>"));
    expect(r.text.split("\n\n")).toEqual(["قصير", "نص قصير جدا", "بند أول", "بند ثان"]);
    expect(r.warnings[0]).toMatch(/^html-no-article/);
  });
});

describe("htmlToText: nothing but text leaves", () => {
  const PAYLOADS = `<script>document.write("<p>نص من سكربت يجب ألا يظهر</p>")</script>
<style>p::after{content:"نص من الأنماط"}</style>
<p onclick="alert('x')">${PARAGRAPH_A} <img src=x onerror="alert('img')"></p>
<p>${PARAGRAPH_B} <a href="javascript:alert('link')">اضغط هنا</a> <a href="/ok">رابط عادي</a></p>
<iframe src="https://evil.example/" srcdoc="<p>نص من إطار</p>"></iframe>
<svg><text>نص من رسم</text><script>alert(1)</script></svg>
<noscript><p>نص لمن عطل السكربت</p></noscript>
<template><p>نص من قالب</p></template>
<p>${PARAGRAPH_C}</p>`;
  const t = htmlToText(doc("<title>عنوان</title><script>var a='نص في الرأس'</script>", `<article>${PAYLOADS}</article>`)).text;

  it.each([
    "alert",
    "onerror",
    "onclick",
    "javascript",
    "<",
    ">",
    "evil",
    "نص من سكربت",
    "نص من الأنماط",
    "نص من إطار",
    "نص من رسم",
    "نص لمن عطل",
    "نص من قالب",
    "نص في الرأس",
    "اضغط هنا",
  ])("contains no %s", (s) => expect(t).not.toContain(s));

  it("keeps the article text and ordinary link text", () => {
    expect(t).toContain(PARAGRAPH_A);
    expect(t).toContain("رابط عادي");
  });
});
