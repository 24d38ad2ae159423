// HTML pages to the plain text extraction reads. The article is found by @mozilla/readability over
// linkedom (about 28 times faster than jsdom here); only TEXT leaves this module, never markup, so
// nothing a page carries (scripts, handlers, javascript: links) can reach storage or the screen.
// The text keeps the shape of a scraped page: the <title> line, the headline, header date lines and
// the photo caption, then one paragraph per block, blank lines between.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { findDates } from "../arabic/dates";
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
const NEVER_TEXT = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "frame",
  "frameset",
  "svg",
  "math",
  "object",
  "embed",
  "canvas",
  "audio",
  "video",
  "button",
  "select",
  "textarea",
  "input",
]);
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;
const MIN_ARTICLE_CHARS = 200;
// Dated elements inside these are photo captions or lists of other stories, never the article's date.
const NOT_HEADER = "figure, figcaption, aside, nav, footer, [class*=related], [class*=most], [class*=widget], [class*=sidebar], [class*=ticker]";
const HEADER_DATE_WORDS = 20;
// How far past the headline (in elements, document order) the header's date is looked for.
const HEADER_ELEMENTS = 60;
const PARAGRAPH_WORDS = 12;

const squash = (s: string | null | undefined) => (s ?? "").replace(/[ \t\n\r\f]+/g, " ").trim();

/** linkedom needs a whole document: a bare fragment would be parsed into <html> wrongly. */
function asDocument(html: string): string {
  return /<(?:html|body)[\s>]/i.test(html.slice(0, 8192)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

function parse(html: string): Document {
  return parseHTML(asDocument(html)).document as unknown as Document;
}

/** One pass over the elements (a selector per kind costs a document walk each in linkedom). */
function stripNonText(doc: Document): Document {
  const doomed: Element[] = [];
  for (const el of doc.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    if (NEVER_TEXT.has(tag) || el.hasAttribute("hidden")) doomed.push(el);
    else if (tag === "a" && SCRIPT_URL.test(el.getAttribute("href") ?? "")) doomed.push(el);
  }
  for (const el of doomed) el.remove();
  return doc;
}

/**
 * Visible date lines of the article header, which readability often drops with the rest of the header:
 * short dated elements between the headline (the h1/h2 the <title> repeats, else the first h1) and the first
 * paragraph, and the block around any <time> element. Of nested elements the innermost one that still
 * carries a label ("نشر في: ...") is kept, so a byline beside the date does not come with it.
 */
function headerDateLines(doc: Document, pageTitle: string): string[] {
  const found: { el: Element; text: string; labelled: boolean }[] = [];
  const consider = (el: Element) => {
    const text = squash(el.textContent);
    if (!text || words(text) > HEADER_DATE_WORDS || el.closest(NOT_HEADER) || found.some((f) => f.el === el)) return;
    const dates = findDates(text);
    if (!dates.length) return;
    let rest = text;
    for (const d of dates) rest = rest.replace(d.text, " ");
    found.push({ el, text, labelled: /\p{L}/u.test(rest) });
  };
  const all = [...doc.querySelectorAll("*")];
  const titleKey = phraseKey(pageTitle);
  let anchor = all.findIndex((el) => /^H[12]$/i.test(el.tagName) && titleKey.includes(phraseKey(el.textContent ?? "") || "\u0000"));
  if (anchor < 0) anchor = all.findIndex((el) => /^H1$/i.test(el.tagName));
  for (let i = anchor + 1; anchor >= 0 && i < all.length && i <= anchor + HEADER_ELEMENTS; i++) {
    const el = all[i]!;
    if (/^P$/i.test(el.tagName) && words(squash(el.textContent)) >= PARAGRAPH_WORDS) break;
    consider(el);
  }
  for (const time of [...doc.querySelectorAll("time")].slice(0, 3)) {
    for (let el: Element | null = time; el && el !== doc.body; el = el.parentElement) {
      consider(el);
      if (words(squash(el.textContent)) > HEADER_DATE_WORDS) break;
    }
  }
  const out: string[] = [];
  for (const f of found) {
    if (found.some((g) => g !== f && g.labelled && f.el.contains(g.el))) continue;
    if (!f.labelled && found.some((g) => g !== f && g.labelled && g.el.contains(f.el))) continue;
    if (!out.some((o) => o.includes(f.text))) out.push(f.text);
  }
  return out;
}

const words = (s: string) => (s ? s.split(" ").length : 0);

export function htmlToText(html: string): HtmlText {
  const warnings: string[] = [];
  let doc = parse(html);
  // The head is read before anything is removed: JSON-LD metadata lives in <script> elements.
  const hints = readPageHints(doc);
  stripNonText(doc);
  const pageTitle = squash(doc.querySelector("title")?.textContent);
  const dateLines = headerDateLines(doc, pageTitle);
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
    if (d && findDates(d).length && !present.has(phraseKey(d)) && !lines.includes(d)) lines.push(d);
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
