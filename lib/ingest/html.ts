// HTML pages to the plain text extraction reads. The article is found by @mozilla/readability over
// linkedom (about 28 times faster than jsdom here); only TEXT leaves this module, never markup, so
// nothing a page carries (scripts, handlers, javascript: links) can reach storage or the screen.
// The text keeps the shape of a scraped page: the <title> line, the headline, header date lines and
// the photo caption, then one paragraph per block, blank lines between.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { phraseKey } from "../arabic/phrase-key";
import { htmlBlocks, type Block } from "./html-blocks";
import { readPageHints } from "./page-hints";
import type { PageHints } from "./types";

export interface HtmlText {
  text: string;
  hints: PageHints;
  warnings: string[];
}

// Elements whose content is never article text; removed before anything reads the page.
const NEVER_TEXT = "script, style, noscript, template, iframe, frame, frameset, svg, math, object, embed, canvas, audio, video, button, select, textarea, input, [hidden]";
const MIN_ARTICLE_CHARS = 200;
const HEADER_DATE_WORDS = 20;
const PARAGRAPH_WORDS = 12;

const squash = (s: string | null | undefined) => (s ?? "").replace(/[ \t\n\r\f]+/g, " ").trim();

/** linkedom needs a whole document: a bare fragment would be parsed into <html> wrongly. */
function asDocument(html: string): string {
  return /<(?:html|body)[\s>]/i.test(html.slice(0, 8192)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

function parse(html: string): Document {
  return parseHTML(asDocument(html)).document as unknown as Document;
}

function stripNonText(doc: Document): Document {
  for (const el of [...doc.querySelectorAll(NEVER_TEXT)]) el.remove();
  for (const a of [...doc.querySelectorAll("a[href]")]) {
    if (/^\s*(?:javascript|vbscript|data):/i.test(a.getAttribute("href") ?? "")) a.remove();
  }
  return doc;
}

/** Visible date lines of the article header (the block around a <time>), which readability may drop. */
function headerDateLines(doc: Document): string[] {
  const out: string[] = [];
  for (const time of [...doc.querySelectorAll("time")].slice(0, 3)) {
    let el: Element | null = time;
    // The nearest block around the <time> carries its label ("نشر في: ...").
    while (el.parentElement && /^(?:time|span|a|b|strong|em|i|small)$/i.test(el.tagName)) el = el.parentElement;
    const text = squash(el.textContent);
    if (text && text.split(" ").length <= HEADER_DATE_WORDS && !out.includes(text)) out.push(text);
  }
  return out;
}

export function htmlToText(html: string): HtmlText {
  const warnings: string[] = [];
  let doc = parse(html);
  // The head is read before anything is removed: JSON-LD metadata lives in <script> elements.
  const hints = readPageHints(doc);
  stripNonText(doc);
  const pageTitle = squash(doc.querySelector("title")?.textContent);
  const dateLines = headerDateLines(doc);
  const leadCaption = squash(doc.querySelector("article figcaption, main figcaption")?.textContent);

  let article: ReturnType<Readability<Node>["parse"]> = null;
  try {
    article = new Readability<Node>(doc, { serializer: (n) => n }).parse();
  } catch (e) {
    warnings.push(`html-readability-failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
  let blocks: Block[] = article?.content ? htmlBlocks(article.content) : [];
  let headline = squash(article?.title);
  if (blocks.reduce((n, b) => n + b.text.length, 0) < MIN_ARTICLE_CHARS) {
    // Readability found nothing usable: every block of the body, page chrome included, as a scrape would.
    warnings.push("html-no-article: readability found no article; using the whole page text");
    doc = stripNonText(parse(html));
    blocks = doc.body ? htmlBlocks(doc.body) : [];
    headline = "";
  }

  const captions = blocks.filter((b) => b.kind === "caption").map((b) => b.text);
  if (captions.length === 0 && leadCaption) captions.push(leadCaption);
  const content = blocks.filter((b) => b.kind !== "caption");
  const present = new Set(content.map((b) => phraseKey(b.text)));
  const lines: string[] = [];
  if (pageTitle) lines.push(pageTitle);
  if (headline && !present.has(phraseKey(headline))) lines.push(headline);
  for (const d of [...dateLines, squash(article?.byline)]) {
    if (d && /\d/.test(d) && !present.has(phraseKey(d)) && !lines.includes(d)) lines.push(d);
  }
  const texts = content.map((b) => b.text);
  // The lead photo's caption goes just above the first paragraph, where a scraped page shows it
  // (the header logic looks for it there); captions of later photos are dropped.
  if (captions[0] && !present.has(phraseKey(captions[0]))) {
    const first = content.findIndex((b) => b.kind === "text" && b.text.split(" ").length >= PARAGRAPH_WORDS);
    texts.splice(first < 0 ? 0 : first, 0, captions[0]);
  }
  lines.push(...texts);
  return { text: lines.join("\n\n"), hints, warnings };
}
