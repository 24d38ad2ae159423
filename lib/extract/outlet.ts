// Which outlet published the page. The editor's sidecar outlet decides; then the article's URL (the
// sidecar's, else the page's canonical one): a listed host is that outlet, a mirror or aggregator host is
// resolved to the publisher it republishes (outlet-republished), an unlisted host becomes a new,
// unverified outlet of its own (outlet-unlisted). Without a URL every signal votes: the page's
// og:site_name, the text printed beside the headline, brand lines and Latin brand tokens in the page
// chrome, domains in the footer, the dateline's source. Names that are also ordinary words count little alone.
import { toOutletRef, type OutletIndex } from "../entities/outlet-index";
import type { OutletEntry } from "../entities/schemas";
import type { OutletInput } from "./outlet-input";
import { republishedBy } from "./outlet-republished";
import { hostOutlet, namedOutlet, unlistedOutlet, type UnknownDomain } from "./outlet-unlisted";
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

type Detected = { outlet: OutletRef | null; warnings: string[] };

export function detectOutlet(input: OutletInput, index: OutletIndex): Detected {
  if (input.sidecarOutlet?.trim()) {
    const name = input.sidecarOutlet.trim();
    const known = index.byId(name) ?? index.byBrand(name)?.outlet ?? index.byHost(name);
    return { outlet: known ? toOutletRef(known) : namedOutlet(name), warnings: [] };
  }
  const urls = [input.sidecarUrl, input.pageUrl].filter((u): u is string => !!u && urlHostKey(u) !== null);
  for (const url of urls) {
    const listed = index.byHost(urlHostKey(url)!);
    if (listed) return fromListedHost(listed, url, input, index);
  }
  if (urls[0]) {
    const outlet = hostOutlet(urlHost(urls[0])!, input);
    return { outlet, warnings: [`outlet-not-in-registry: ${outlet.domain}`] };
  }

  const { best, unknownDomains } = bestVote(input, index);
  if (best) return { outlet: toOutletRef(best), warnings: [] };
  const siteName = input.siteName && input.siteName.trim().split(/\s+/).length <= MAX_SITE_NAME_WORDS ? input.siteName.trim() : null;
  const outlet = siteName ? namedOutlet(siteName) : unlistedOutlet(input, unknownDomains);
  return { outlet, warnings: outlet ? [`outlet-not-in-registry: ${outlet.nameAr}`] : [] };
}

/** A listed host's outlet, or the publisher a mirror or aggregator host republishes. */
function fromListedHost(site: OutletEntry, url: string, input: OutletInput, index: OutletIndex): Detected {
  const republished = republishedBy(site, url, input, index, () => bestVote(input, index).best);
  if (!republished) return { outlet: toOutletRef(site), warnings: [] };
  return { outlet: toOutletRef(republished.publisher), warnings: [`outlet-via-${site.mirror ? "mirror" : "aggregator"}: ${site.domains[0]} (${republished.how})`] };
}

/** The outlet the page's own signals vote for, when the vote is clear enough. */
function bestVote(input: OutletInput, index: OutletIndex): { best: OutletEntry | null; unknownDomains: UnknownDomain[] } {
  const { votes, unknownDomains } = countVotes(input, index);
  let best: [OutletEntry, number] | null = null;
  for (const entry of votes) if (!best || entry[1] > best[1]) best = entry;
  return { best: best && best[1] >= MIN_SCORE ? best[0] : null, unknownDomains };
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
