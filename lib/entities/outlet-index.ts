// Outlet lookup by brand name (Arabic or Latin, spaced or compact) and by host name.
import { phraseKey } from "../arabic/phrase-key";
import type { OutletEntry } from "./schemas";

export interface BrandHit {
  outlet: OutletEntry;
  /** A name that is also an ordinary word, a city or an agency: weak evidence alone. */
  weak: boolean;
}

export interface OutletIndex {
  byBrand(text: string): BrandHit | null;
  /** byBrand for text already folded with phraseKey (saves folding it again). */
  byKey(key: string): BrandHit | null;
  byHost(hostAndPath: string): OutletEntry | null;
  byId(id: string): OutletEntry | null;
  /** The outlets a mirror site republishes under this first path segment (masress.com/veto/... is Veto). */
  bySlug(slug: string): OutletEntry[];
  /** Every brand key, to scan lines that merely contain a brand (footers). */
  brandKeys(): IterableIterator<[string, BrandHit]>;
}

const compact = (key: string) => key.replace(/[\s-]+/g, "");
const LATIN_KEY = /^[a-z0-9 -]+$/;

/** The stored shape of an outlet (the same shape as ingest's OutletRef; entities sits below ingest). */
export interface OutletSummary {
  id: string;
  nameAr: string;
  nameLatin: string | null;
  domain: string | null;
  country: string | null;
  /** The registry's type ("state-agency" ...), or "unknown" for an outlet created from an unlisted host. */
  type: string;
  /** True for registry outlets; false for one created from a host nobody has checked. */
  verified: boolean;
}

export function toOutletRef(o: OutletEntry): OutletSummary {
  return { id: o.id, nameAr: o.nameAr, nameLatin: o.nameLatin, domain: o.domains[0] ?? null, country: o.country, type: o.type, verified: true };
}

const cache = new WeakMap<OutletEntry[], OutletIndex>();

export function compileOutlets(outlets: OutletEntry[]): OutletIndex {
  const hit = cache.get(outlets);
  if (hit) return hit;
  const brands = new Map<string, BrandHit>();
  const put = (name: string, h: BrandHit) => {
    const key = phraseKey(name);
    if (!key) return;
    // A strong reading of a name is never overwritten by a weak one.
    for (const k of LATIN_KEY.test(key) ? [key, compact(key)] : [key]) {
      const old = brands.get(k);
      if (!old || (old.weak && !h.weak)) brands.set(k, h);
    }
  };
  for (const o of outlets) {
    put(o.nameAr, { outlet: o, weak: o.weakBrands.some((w) => phraseKey(w) === phraseKey(o.nameAr)) });
    if (o.nameLatin) put(o.nameLatin, { outlet: o, weak: false });
    o.brands.forEach((b) => put(b, { outlet: o, weak: false }));
    o.weakBrands.forEach((b) => put(b, { outlet: o, weak: true }));
  }
  const slugs = new Map<string, OutletEntry[]>();
  for (const o of outlets) for (const s of o.mirrorSlugs) slugs.set(s, [...(slugs.get(s) ?? []), o]);
  // Longest first; each split into host and path once (byHost runs for every host an article prints).
  const domains = outlets
    .flatMap((o) => o.domains.map((d) => [d.toLowerCase(), o] as const))
    .sort((a, b) => b[0].length - a[0].length)
    .map(([d, o]) => {
      const dHost = d.split("/")[0]!;
      return { dHost, dPath: d.slice(dHost.length), dotHost: `.${dHost}`, o };
    });
  const index: OutletIndex = {
    byBrand: (text) => index.byKey(phraseKey(text)),
    byKey: (key) => brands.get(key) ?? (LATIN_KEY.test(key) ? (brands.get(compact(key)) ?? null) : null),
    byHost: (hostAndPath) => {
      const url = hostAndPath.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, "");
      const host = url.split(/[/?#]/)[0]!;
      const path = url.slice(host.length);
      for (const { dHost, dPath, dotHost, o } of domains) {
        const hostOk = host === dHost || host.endsWith(dotHost);
        if (hostOk && (dPath === "" || path === dPath || path.startsWith(`${dPath}/`))) return o;
      }
      return null;
    },
    byId: (id) => outlets.find((o) => o.id === id) ?? null,
    bySlug: (slug) => slugs.get(slug.toLowerCase()) ?? [],
    brandKeys: () => brands.entries(),
  };
  cache.set(outlets, index);
  return index;
}
