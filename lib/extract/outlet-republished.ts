// Sites that republish other outlets are not the publisher. A mirror (masress.com/<slug>/<id>, an entry
// with mirror: true) names the publisher by its first path segment, matched against the registry's
// mirrorSlugs; when no outlet lists that slug, or an aggregator republishes without one, the text's
// credits decide, then the page chrome's brand votes. A site whose publisher cannot be told stays itself.
import type { OutletIndex } from "../entities/outlet-index";
import type { OutletEntry } from "../entities/schemas";
import { findCredits } from "./outlet-credits";
import type { OutletInput } from "./outlet-input";
import { firstPathSegment } from "./url-metadata";

export interface Republished {
  publisher: OutletEntry;
  /** How the publisher was found, for the warnings: "slug veto", "credit-line: المصدر: الحياة" ... */
  how: string;
}

/** The original publisher of a page on a mirror or aggregator site, or null when it cannot be told. */
export function republishedBy(site: OutletEntry, url: string, input: OutletInput, index: OutletIndex, bestVote: () => OutletEntry | null): Republished | null {
  if (!site.mirror && site.type !== "aggregator") return null;
  const slug = site.mirror ? firstPathSegment(url) : null;
  const bySlug = slug ? index.bySlug(slug) : [];
  if (bySlug.length === 1) return { publisher: bySlug[0]!, how: `slug ${slug}` };

  const credits = findCredits(input, index).filter((c) => c.outlet.id !== site.id);
  if (bySlug.length > 1) {
    // Two publishers share the slug (sauress.com/alsharq): the text's credit, else the one of the mirror's country.
    const credited = credits.find((c) => bySlug.includes(c.outlet));
    const publisher = credited?.outlet ?? bySlug.find((o) => o.country === site.country) ?? bySlug[0]!;
    return { publisher, how: `slug ${slug}` };
  }
  const credit = credits[0];
  if (credit) return { publisher: credit.outlet, how: `${credit.kind}: ${credit.text}` };
  const voted = bestVote();
  return voted && voted.id !== site.id ? { publisher: voted, how: "page brand" } : null;
}
