// Outlets missing from data/outlets.json still get a record, marked unverified (nobody has checked their
// name, country or type). With a URL, the host is the outlet: its id and Latin name come from the host,
// its Arabic name from the text where the page names itself (og:site_name, the name printed beside a
// repeated headline, a short line by the site's domain, a copyright line), else the host. Without a URL,
// the name the page prints beside its headline, else a short brand line next to a footer domain.
import { hasArabic } from "../arabic/script";
import { slugify } from "../arabic/transliterate";
import { isDateLine } from "./features";
import type { OutletInput } from "./outlet-input";
import type { OutletRef } from "./types";

export interface UnknownDomain {
  host: string;
  line: number;
}

// Links every page carries; they name no publisher.
const SHARED_HOSTS = /(?:^|\.)(?:facebook|twitter|x|youtube|instagram|t|telegram|whatsapp|google|linkedin|tiktok|wa|bit)\.(?:com|me|org|net|ly|co)$/;
const MAX_NAME_WORDS = 4;
// A longer og:site_name is a slogan ("X - أخبار مصر والعالم"), not a name to file an outlet under.
const MAX_SITE_NAME_WORDS = 5;
const BRAND_LINE_REACH = 2;
// "© 2016 جميع الحقوق محفوظة لموقع النبأ": what is left after the copyright words is the name.
const COPYRIGHT_WORDS = /©|\(c\)|\b(?:19|20)\d\d\b|[-–—|]|(?:جميع|كل)\s+الحقوق\s+محفوظة|حقوق\s+(?:النشر|الطبع)\s+محفوظة|all rights reserved|copyright/giu;
const MEDIUM_PREFIX = /^ل(?=(?:موقع|صحيفة|جريدة|شبكة|بوابة|قناة|وكالة)\s)/u;

/** An outlet named by the editor's sidecar but not in the registry. */
export function namedOutlet(name: string): OutletRef {
  return generated(`unlisted-${slugify(name) || "outlet"}`, name, hasArabic(name) ? null : name, null);
}

/** The outlet of a page whose host the registry does not list. */
export function hostOutlet(host: string, input: OutletInput): OutletRef {
  return generated(hostId(host), pageName(input, host) ?? host, host, host);
}

/** One id per host, so that every article from a host files under one outlet (and one stored domain). */
const hostId = (host: string) => host.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "outlet";

/** The outlet a page without a URL names, or null when it names none. */
export function unlistedOutlet(input: OutletInput, domains: UnknownDomain[]): OutletRef | null {
  const own = domains.filter((d) => !SHARED_HOSTS.test(d.host));
  const domain = own[0] ?? null;
  const affix = input.titleAffixes.find((a) => hasArabic(a) && a.split(/\s+/).length <= MAX_NAME_WORDS);
  if (affix) return namedWithDomain(affix, domain?.host ?? null);
  if (!domain) return null;
  return namedWithDomain(brandLineNear(input, domain.line) ?? domain.host, domain.host);
}

/** How the page names itself, in Arabic. */
function pageName(input: OutletInput, host: string): string | null {
  const site = input.siteName?.trim();
  if (site && hasArabic(site) && site.split(/\s+/).length <= MAX_SITE_NAME_WORDS) return site;
  if (input.titleRepeated) {
    const affix = input.titleAffixes.find((a) => hasArabic(a) && a.split(/\s+/).length <= MAX_NAME_WORDS);
    if (affix) return affix;
  }
  const bare = host.replace(/^www\d*\./, "");
  const domainLine = input.lines.findIndex((l, i) => !input.isArticleText(i) && l.text.toLowerCase().includes(bare));
  const near = domainLine >= 0 ? brandLineNear(input, domainLine) : null;
  return near ?? copyrightName(input);
}

/** The name in a copyright line («© 2016 جميع الحقوق محفوظة لصحيفة النبأ» -> «صحيفة النبأ»). */
function copyrightName(input: OutletInput): string | null {
  for (const [i, line] of input.lines.entries()) {
    if (input.features[i]!.boilerplate !== "copyright" || !hasArabic(line.text)) continue;
    const rest = line.text.replace(COPYRIGHT_WORDS, " ").replace(/\s+/g, " ").trim().replace(MEDIUM_PREFIX, "");
    if (rest && hasArabic(rest) && rest.split(" ").length <= MAX_NAME_WORDS && !/[a-z]/i.test(rest)) return rest;
  }
  return null;
}

/** A short Arabic line just above or below the domain line: the logo's alt text, usually. */
function brandLineNear(input: OutletInput, at: number): string | null {
  for (let step = 1; step <= BRAND_LINE_REACH; step++) {
    for (const j of [at - step, at + step]) {
      const f = input.features[j];
      if (!f || f.blank || f.boilerplate || isDateLine(f) || input.isArticleText(j)) continue;
      if (f.arabicRatio === 1 && f.words <= MAX_NAME_WORDS) return input.lines[j]!.text.replace(/[\s\-–—|:]+$/u, "");
    }
  }
  return null;
}

function namedWithDomain(name: string, domain: string | null): OutletRef {
  return domain ? generated(hostId(domain), name, hasArabic(name) ? domain : name, domain) : namedOutlet(name);
}

function generated(id: string, nameAr: string, nameLatin: string | null, domain: string | null): OutletRef {
  return { id, nameAr, nameLatin, domain, country: null, type: "unknown", verified: false };
}
