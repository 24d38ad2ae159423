// Which outlet published the page. The editor's sidecar (outlet, then URL) decides, then the page's own
// canonical URL; otherwise every signal votes: the page's og:site_name, the text printed beside the headline,
// brand lines and Latin brand tokens in the page chrome, domains in the footer, the dateline's source.
// Names that are also ordinary words (الحياة, الخليج) count little alone.
import { toOutletRef, type OutletIndex } from "../entities/outlet-index";
import type { OutletEntry } from "../entities/schemas";
import type { OutletInput } from "./outlet-input";
import { namedOutlet, unlistedOutlet, type UnknownDomain } from "./outlet-unlisted";
import type { OutletRef } from "./types";
import { urlHost, urlHostKey } from "./url-metadata";

const MIN_SCORE = 3;
const MAX_BRAND_LINE_WORDS = 20;
// A longer og:site_name is a slogan ("X - أخبار مصر والعالم"), not a name to file an outlet under.
const MAX_SITE_NAME_WORDS = 5;
const DOMAIN = /(?<![@\w.-])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(\/[a-z0-9_/-]*)?/gi;
// "© 2022 ... جميع الحقوق محفوظة لـ" and similar wrappers around a brand name on a footer line.
const WRAPPERS = /©|\b(?:19|20)\d\d\b|جميع الحقوق محفوظه|كل الحقوق محفوظه|حقوق النشر محفوظه|all rights reserved|copyright/giu;
/** A line key without copyright wrappers and years; "لصحيفة X" -> "صحيفة X". */
const brandKey = (key: string) =>
  key
    .replace(WRAPPERS, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^ل(?=\S)/u, "");

export function detectOutlet(input: OutletInput, index: OutletIndex): { outlet: OutletRef | null; warnings: string[] } {
  if (input.sidecarOutlet?.trim()) {
    const name = input.sidecarOutlet.trim();
    const known = index.byId(name) ?? index.byBrand(name)?.outlet ?? index.byHost(name);
    return { outlet: known ? toOutletRef(known) : namedOutlet(name), warnings: [] };
  }
  for (const url of [input.sidecarUrl, input.pageUrl]) {
    const key = url ? urlHostKey(url) : null;
    const viaUrl = key ? index.byHost(key) : null;
    if (viaUrl) return { outlet: toOutletRef(viaUrl), warnings: [] };
  }

  const { votes, unknownDomains } = countVotes(input, index);
  let best: [OutletEntry, number] | null = null;
  for (const entry of votes) if (!best || entry[1] > best[1]) best = entry;
  if (best && best[1] >= MIN_SCORE) return { outlet: toOutletRef(best[0]), warnings: [] };

  const pageHost = input.pageUrl ? urlHost(input.pageUrl) : null;
  const siteName = input.siteName && input.siteName.trim().split(/\s+/).length <= MAX_SITE_NAME_WORDS ? input.siteName.trim() : null;
  const outlet = siteName ? { ...namedOutlet(siteName), domain: pageHost } : unlistedOutlet(input, pageHost ? [{ host: pageHost, line: -1 }, ...unknownDomains] : unknownDomains);
  return { outlet, warnings: outlet ? [`outlet-not-in-registry: ${outlet.nameAr}`] : [] };
}

function countVotes(input: OutletInput, index: OutletIndex) {
  const votes = new Map<OutletEntry, number>();
  const vote = (o: OutletEntry, n: number) => votes.set(o, (votes.get(o) ?? 0) + n);
  const unknownDomains: UnknownDomain[] = [];
  for (const affix of input.siteName ? [...input.titleAffixes, input.siteName] : input.titleAffixes) {
    const hit = index.byBrand(affix);
    if (hit) vote(hit.outlet, hit.weak ? 4 : 6);
  }
  input.lines.forEach((line, i) => {
    const f = input.features[i]!;
    if (f.blank || input.isArticleText(i) || f.words > MAX_BRAND_LINE_WORDS) return;
    const hit = index.byKey(line.key) ?? index.byKey(brandKey(line.key));
    if (hit) vote(hit.outlet, hit.weak ? (f.boilerplate === "copyright" ? 2 : 1) : 3);
    else if (f.latinOnly) {
      for (const token of line.text.toLowerCase().split(/[^a-z0-9-]+/)) {
        const t = token.length >= 4 ? index.byBrand(token) : null;
        if (t && !t.weak) vote(t.outlet, 2);
      }
    }
    for (const m of line.text.matchAll(DOMAIN)) {
      const o = index.byHost(m[1]! + (m[2] ?? ""));
      if (o) vote(o, 8);
      else unknownDomains.push({ host: m[1]!.toLowerCase(), line: i });
    }
  });
  if (input.datelineSource) {
    const hit = index.byBrand(input.datelineSource);
    if (hit) vote(hit.outlet, hit.weak ? 1 : 2);
  }
  // A host of a listed outlet outside its listed path (p.dw.com for dw.com/ar) names no new outlet.
  const foreign = unknownDomains.filter((d) => !index.byHost(d.host.split(".").slice(-2).join(".")) && !index.byHost(d.host));
  return { votes, unknownDomains: foreign };
}
