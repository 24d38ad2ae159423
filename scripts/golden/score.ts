// `node scripts/run.mjs scripts/golden/score.ts [name-filter]`: extraction quality over tests/golden
// (only the cases whose folder name contains the filter, if given), and speed.
// Body lines: precision/recall of raw lines kept as body. People: precision/recall of person ids
// (asWritten scored separately). Title, outlet, dateline, caption, date: exact-match rates.
// Places, organisations: precision/recall of ids where a case expects them; quotes: found by their
// opening words, and the share of those attributed to the expected speaker. Then the same lists
// against the seed gold of the five samples.
import path from "node:path";
import { normalizeSpace } from "../../lib/arabic/normalize";
import { extractArticle } from "../../lib/extract/extract";
import { IdScore, QuoteScore, seedGoldLines } from "./mention-score";
import { actualBodyLineSet, compareCase, expectedBodyLineSet, listCases, readCase, toExpected } from "./harness";

const filter = process.argv[2] ?? "";
const cases = listCases()
  .filter((name) => name.includes(filter))
  .map(readCase);
/** Date accuracy by the expected basis: explicit, url, editorial, unknown (inferred comes from event grouping). */
const byBasis: Record<string, { right: number; all: number }> = {};
const t = { bodyTp: 0, bodyFp: 0, bodyFn: 0, title: 0, outlet: 0, dateline: 0, caption: 0, date: 0, clean: 0 };
const failing: string[] = [];
const people = new IdScore();
const places = new IdScore();
const organizations = new IdScore();
const quotes = new QuoteScore();

for (const c of cases) {
  const x = extractArticle(c.input);
  const a = toExpected(x);
  const e = c.expected;
  const want = expectedBodyLineSet(c);
  const got = actualBodyLineSet(x);
  for (const n of got) {
    if (want.has(n)) t.bodyTp++;
    else t.bodyFp++;
  }
  for (const n of want) if (!got.has(n)) t.bodyFn++;
  people.add(e.people, a.people);
  if (e.places) places.add(e.places, a.places ?? []);
  if (e.organizations) organizations.add(e.organizations, a.organizations ?? []);
  if (e.quotes) quotes.add(e.quotes, x.quotes);
  if (normalizeSpace(e.title) === normalizeSpace(a.title)) t.title++;
  if (e.outlet === a.outlet) t.outlet++;
  if (JSON.stringify(e.dateline) === JSON.stringify(a.dateline)) t.dateline++;
  if ((e.caption && normalizeSpace(e.caption)) === (a.caption && normalizeSpace(a.caption))) t.caption++;
  if (e.publishedAt === a.publishedAt && e.dateBasis === a.dateBasis) t.date++;
  const basis = (byBasis[e.dateBasis] ??= { right: 0, all: 0 });
  basis.all++;
  if (e.publishedAt === a.publishedAt && e.dateBasis === a.dateBasis) basis.right++;
  const diffs = compareCase(c, x);
  if (diffs.length === 0) t.clean++;
  else failing.push(`${c.name}: ${diffs.map((d) => d.split(":")[0]).join(", ")}`);
}

const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
const n = cases.length;
console.log(`golden cases: ${n} (${t.clean} fully correct)`);
console.log(`body lines   precision ${pct(t.bodyTp, t.bodyTp + t.bodyFp)}  recall ${pct(t.bodyTp, t.bodyTp + t.bodyFn)}`);
console.log(people.line("people"));
console.log(places.line("places"));
console.log(organizations.line("orgs"));
console.log(quotes.line());
console.log(`title exact  ${pct(t.title, n)}`);
console.log(`date         ${pct(t.date, n)} (publishedAt and basis)`);
for (const [basis, { right, all }] of Object.entries(byBasis).sort()) console.log(`  ${basis.padEnd(10)} ${pct(right, all)} of ${all}`);
console.log(`outlet ${pct(t.outlet, n)}  dateline ${pct(t.dateline, n)}  caption ${pct(t.caption, n)}`);
for (const f of failing) console.log(`  ✗ ${f}`);
for (const l of seedGoldLines(path.resolve(import.meta.dirname, "../.."))) console.log(l);

// Speed on one core: every case extracted repeatedly (gazetteers already compiled).
const rounds = Math.max(1, Math.ceil(2000 / n));
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const c of cases) extractArticle(c.input);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`speed        ${Math.round((rounds * n) / seconds)} articles/s (${rounds * n} extractions)`);
