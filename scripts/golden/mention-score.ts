// Scores of places, organisations and quotations for scripts/golden/score.ts: against the golden
// cases' expectations, and against the seed gold's lists for the five sample articles.
import fs from "node:fs";
import path from "node:path";
import { normalizeSpace } from "../../lib/arabic/normalize";
import { compileEntityMatcher } from "../../lib/entities/entity-matcher";
import { loadGazetteers } from "../../lib/entities/gazetteers";
import { extractArticle } from "../../lib/extract/extract";
import type { ExtractedArticle, QuoteRef } from "../../lib/extract/types";
import type { EntityExpected, QuoteExpected } from "./harness";

const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);

/** Precision and recall of ids, and how often the first spelling agrees. */
export class IdScore {
  tp = 0;
  fp = 0;
  fn = 0;
  written = 0;
  add(want: EntityExpected[], got: EntityExpected[]) {
    const w = new Map(want.map((e) => [e.id, normalizeSpace(e.asWritten)]));
    const g = new Map(got.map((e) => [e.id, normalizeSpace(e.asWritten)]));
    for (const [id, spelling] of g) {
      if (!w.has(id)) this.fp++;
      else {
        this.tp++;
        if (w.get(id) === spelling) this.written++;
      }
    }
    for (const id of w.keys()) if (!g.has(id)) this.fn++;
  }
  line(label: string) {
    return `${label.padEnd(13)}precision ${pct(this.tp, this.tp + this.fp)}  recall ${pct(this.tp, this.tp + this.fn)}  asWritten ${pct(this.written, this.tp)}`;
  }
}

/** Quotations found (by their opening words) and, of those, attributed to the expected speaker. */
export class QuoteScore {
  want = 0;
  got = 0;
  found = 0;
  speaker = 0;
  add(want: QuoteExpected[], got: QuoteRef[]) {
    this.want += want.length;
    this.got += got.length;
    const open = [...got];
    for (const w of want) {
      const i = open.findIndex((q) => normalizeSpace(q.text).startsWith(normalizeSpace(w.text)));
      if (i < 0) continue;
      const [q] = open.splice(i, 1);
      this.found++;
      if (q!.speakerId === w.speakerId && normalizeSpace(q!.speaker ?? "") === normalizeSpace(w.speaker ?? "")) this.speaker++;
    }
  }
  line() {
    return `quotes       precision ${pct(this.found, this.got)}  recall ${pct(this.found, this.want)}  speaker ${pct(this.speaker, this.found)} (${this.found} matched)`;
  }
}

interface SeedArticle {
  file: string;
  places: string[];
  organizations: string[];
}

/**
 * The seed gold lists places and organisations as written; each is mapped to an id with the gazetteers
 * (two spellings of one organisation become one id). The gold never lists Russia and the United States,
 * the two parties of every article here, which we list: scored both as they are and without those two.
 */
export function seedGoldLines(root: string): string[] {
  const gold = JSON.parse(fs.readFileSync(path.join(root, "tests/fixtures/seed-gold.json"), "utf8")) as { articles: SeedArticle[] };
  const matcher = compileEntityMatcher(loadGazetteers());
  const idOf = (s: string) => matcher.scan(s)[0]?.target.entry.id ?? `unmapped:${s}`;
  const PARTIES = new Set(["russia", "united-states"]);
  const scores = { places: new IdScore(), placesNoParties: new IdScore(), organizations: new IdScore() };
  for (const a of gold.articles) {
    const x: ExtractedArticle = extractArticle({ fileName: a.file, text: fs.readFileSync(path.join(root, "data/samples", a.file), "utf8"), sidecar: sidecarOf(root, a.file) });
    // The first spelling of an id is the one the gold wrote first.
    const want = (list: string[]) => [...new Map(list.reverse().map((s) => [idOf(s), { id: idOf(s), asWritten: s }])).values()];
    scores.places.add(want(a.places), x.places);
    scores.placesNoParties.add(
      want(a.places),
      x.places.filter((p) => !PARTIES.has(p.id)),
    );
    scores.organizations.add(want(a.organizations), x.organizations);
  }
  return [
    `seed gold (${gold.articles.length} samples, ids):`,
    `  ${scores.places.line("places")}`,
    `  ${scores.placesNoParties.line("  w/o RU,US")}`,
    `  ${scores.organizations.line("orgs")}`,
  ];
}

function sidecarOf(root: string, file: string) {
  const meta = path.join(root, "data/samples", file.replace(/\.txt$/, ".meta.json"));
  return fs.existsSync(meta) ? (JSON.parse(fs.readFileSync(meta, "utf8")) as { publishedAt?: string }) : undefined;
}
