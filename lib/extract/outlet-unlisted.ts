// An outlet missing from data/outlets.json still gets a record when the page names it: the short text
// printed beside the headline, else a short brand line next to a footer domain, else the domain itself.
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
const SHARED_HOSTS = /(?:^|\.)(?:facebook|twitter|x|youtube|instagram|t|telegram|whatsapp|google|linkedin|tiktok|wa|bit)\.(?:com|me|org|net|ly)$/;
const MAX_NAME_WORDS = 4;
const BRAND_LINE_REACH = 2;

/** An outlet named by the editor's sidecar but not in the registry. */
export function namedOutlet(name: string): OutletRef {
  return generated(name, null);
}

export function unlistedOutlet(input: OutletInput, domains: UnknownDomain[]): OutletRef | null {
  const own = domains.filter((d) => !SHARED_HOSTS.test(d.host));
  const domain = own[0] ?? null;
  const affix = input.titleAffixes.find((a) => hasArabic(a) && a.split(/\s+/).length <= MAX_NAME_WORDS);
  if (affix) return generated(affix, domain?.host ?? null);
  if (!domain) return null;
  const name = brandLineNear(input, domain.line);
  return generated(name ?? domain.host, domain.host);
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

function generated(name: string, domain: string | null): OutletRef {
  const arabic = hasArabic(name);
  return { id: `unlisted-${slugify(name) || "outlet"}`, nameAr: name, nameLatin: arabic ? null : name, domain, country: null };
}
