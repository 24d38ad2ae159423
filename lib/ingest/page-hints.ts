// What a page says about itself in its head: title, og:title, site name, canonical URL, publication time.
// Read from the parsed document before readability changes it. Only text values are kept.
import type { PageHints } from "./types";

type Doc = Pick<Document, "querySelector" | "querySelectorAll">;

const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim() || undefined;

function meta(doc: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ["property", "name", "itemprop"]) {
      const v = clean(doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute("content"));
      if (v) return v;
    }
  }
  return undefined;
}

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
  const t = doc.querySelector("article header time[datetime], header time[datetime], article time[datetime], time[pubdate][datetime]");
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
  const title = meta(doc, "og:title", "twitter:title") ?? clean(doc.querySelector("title")?.textContent);
  if (title) hints.title = title;
  const url = httpUrl(clean(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"))) ?? httpUrl(meta(doc, "og:url"));
  if (url) hints.url = url;
  const siteName = meta(doc, "og:site_name", "application-name");
  if (siteName) hints.siteName = siteName;
  const published = [meta(doc, "article:published_time", "datePublished", "pubdate", "publishdate", "DC.date.issued", "date"), jsonLdPublished(doc), headerTime(doc)].find(
    (v) => v !== undefined && ISO_DATE.test(v),
  );
  if (published) hints.publishedAt = published;
  return hints;
}
