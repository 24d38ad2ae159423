// What a page says about itself in its head: title, og:title, site name, canonical URL, publication time.
// Read from the parsed document before readability changes it. Only text values are kept.
import type { PageHints } from "./types";

type Doc = Pick<Document, "querySelector" | "querySelectorAll">;

const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim() || undefined;

/** Every <meta> content by its property, name or itemprop (first one wins), read in one pass. */
function metaTable(doc: Doc): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of doc.querySelectorAll("meta")) {
    const content = clean(el.getAttribute("content"));
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}

const first = (table: Map<string, string>, ...keys: string[]) => keys.map((k) => table.get(k.toLowerCase())).find((v) => v !== undefined);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** datePublished from JSON-LD blocks (objects, arrays, @graph), first found. */
function jsonLdPublished(doc: Doc): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...item);
      else if (item && typeof item === "object") {
        const o = item as Record<string, unknown>;
        if (typeof o.datePublished === "string" && clean(o.datePublished)) return clean(o.datePublished);
        if (o["@graph"]) stack.push(o["@graph"]);
      }
    }
  }
  return undefined;
}

/** A <time datetime> in the article's header (or the first one in an <article>). */
function headerTime(doc: Doc): string | undefined {
  const times = [...doc.querySelectorAll("time[datetime]")];
  const t = times.find((el) => el.closest("header")) ?? times.find((el) => el.closest("article") || el.hasAttribute("pubdate"));
  return clean(t?.getAttribute("datetime"));
}

/** A URL value only when it is absolute http(s). */
function httpUrl(v: string | undefined): string | undefined {
  if (!v) return undefined;
  try {
    const u = new URL(v);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function readPageHints(doc: Doc): PageHints {
  const hints: PageHints = {};
  const meta = metaTable(doc);
  const title = first(meta, "og:title", "twitter:title") ?? clean(doc.querySelector("title")?.textContent);
  if (title) hints.title = title;
  const url = httpUrl(clean(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"))) ?? httpUrl(first(meta, "og:url"));
  if (url) hints.url = url;
  const siteName = first(meta, "og:site_name", "application-name");
  if (siteName) hints.siteName = siteName;
  const stated = first(meta, "article:published_time", "datePublished", "pubdate", "publishdate", "DC.date.issued", "date");
  // Each source is read only when the ones before it gave nothing usable.
  let published: string | undefined;
  for (const source of [() => stated, () => jsonLdPublished(doc), () => headerTime(doc)]) {
    const v = source();
    if (v !== undefined && ISO_DATE.test(v)) {
      published = v;
      break;
    }
  }
  if (published) hints.publishedAt = published;
  return hints;
}
