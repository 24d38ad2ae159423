// Golden extraction cases (after mozilla/readability's test-pages): one folder per case with
// input.txt (+ input.meta.json), expected.json (metadata) and expected-body.txt. Shared by
// lib/ingest/golden.test.ts, scripts/golden/record.ts and scripts/golden/score.ts.
import fs from "node:fs";
import path from "node:path";
import { normalizeSpace } from "../../lib/arabic/normalize";
import { parseSidecar } from "../../lib/ingest/sidecar";
import type { ExtractedArticle, RawInput } from "../../lib/ingest/types";

export const GOLDEN_DIR = path.resolve(import.meta.dirname);

export interface Expected {
  note?: string;
  title: string;
  outlet: string | null; // nameAr
  dateline: { city: string | null; agency: string | null } | null;
  caption: string | null;
  publishedAt: string | null;
  dateBasis: ExtractedArticle["dateBasis"];
  /** Optional: the exact date evidence (null: none), or a substring it must contain. */
  dateEvidence?: string | null;
  dateEvidenceIncludes?: string;
  people: { id: string; asWritten: string }[];
  subheadings: string[];
  /** Raw line ranges (1-based, inclusive) holding the body; blank lines inside are not content. */
  bodyLines: [number, number][];
}

export interface GoldenCase {
  name: string;
  dir: string;
  input: RawInput;
  expected: Expected;
  expectedBody: string;
}

export function listCases(): string[] {
  return fs
    .readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(GOLDEN_DIR, d.name, "input.txt")))
    .map((d) => d.name)
    .sort();
}

export function readCaseInput(dir: string, fileName = "input.txt"): RawInput {
  const text = fs.readFileSync(path.join(dir, "input.txt"), "utf8");
  const metaFile = path.join(dir, "input.meta.json");
  const sidecar = fs.existsSync(metaFile) ? parseSidecar(fs.readFileSync(metaFile, "utf8")).sidecar : undefined;
  return { fileName, text, sidecar };
}

export function readCase(name: string): GoldenCase {
  const dir = path.join(GOLDEN_DIR, name);
  return {
    name,
    dir,
    input: readCaseInput(dir),
    expected: JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as Expected,
    expectedBody: fs.readFileSync(path.join(dir, "expected-body.txt"), "utf8"),
  };
}

/** Compared as the gold says: NBSP to space, runs of spaces to one, per paragraph. */
export const normText = (s: string) =>
  s
    .split(/\n\s*\n/)
    .map(normalizeSpace)
    .filter(Boolean)
    .join("\n\n");

/** Non-blank raw lines inside the expected ranges. */
export function expectedBodyLineSet(c: GoldenCase): Set<number> {
  const raw = c.input.text.split(/\r\n|\r|\n/);
  const set = new Set<number>();
  for (const [a, b] of c.expected.bodyLines) for (let n = a; n <= b; n++) if (normalizeSpace(raw[n - 1] ?? "")) set.add(n);
  return set;
}

export function actualBodyLineSet(x: ExtractedArticle): Set<number> {
  return new Set(x.lines.filter((l) => l.kind === "body" || l.kind === "subheading").map((l) => l.line));
}

/** The metadata of an extraction in expected.json's shape. */
export function toExpected(x: ExtractedArticle): Expected {
  const lines = [...actualBodyLineSet(x)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const n of lines) {
    const last = ranges[ranges.length - 1];
    // Lines separated only by blank lines belong to one range.
    const gapBlank = last && x.lines.slice(last[1], n - 1).every((l) => l.kind === "blank");
    if (last && gapBlank) last[1] = n;
    else ranges.push([n, n]);
  }
  return {
    title: x.title,
    outlet: x.outlet?.nameAr ?? null,
    dateline: x.dateline && (x.dateline.city || x.dateline.agency) ? x.dateline : null,
    caption: x.caption,
    publishedAt: x.publishedAt,
    dateBasis: x.dateBasis,
    people: x.people.map(({ id, asWritten }) => ({ id, asWritten })),
    subheadings: x.lines.filter((l) => l.kind === "subheading").map((l) => normalizeSpace(l.text)),
    bodyLines: ranges,
  };
}

/** Field-by-field differences between an extraction and the expectation (empty when they agree). */
export function compareCase(c: GoldenCase, x: ExtractedArticle): string[] {
  const e = c.expected;
  const diffs: string[] = [];
  const check = (field: string, want: unknown, got: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(got)) diffs.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  const a = toExpected(x);
  check("title", normalizeSpace(e.title), normalizeSpace(a.title));
  check("outlet", e.outlet, a.outlet);
  check("dateline", e.dateline, a.dateline);
  check("caption", e.caption && normalizeSpace(e.caption), a.caption && normalizeSpace(a.caption));
  check("publishedAt", e.publishedAt, a.publishedAt);
  check("dateBasis", e.dateBasis, a.dateBasis);
  if (e.dateEvidenceIncludes && !x.dateEvidence?.includes(e.dateEvidenceIncludes)) {
    diffs.push(`dateEvidence: expected to include ${JSON.stringify(e.dateEvidenceIncludes)}, got ${JSON.stringify(x.dateEvidence)}`);
  }
  if (e.dateEvidence !== undefined) check("dateEvidence", e.dateEvidence, x.dateEvidence);
  const people = (p: { id: string; asWritten: string }[]) => p.map((q) => `${q.id}=${normalizeSpace(q.asWritten)}`).sort();
  check("people", people(e.people), people(a.people));
  check("subheadings", e.subheadings.map(normalizeSpace), a.subheadings);
  check("bodyLines", [...expectedBodyLineSet(c)].sort((p, q) => p - q), [...actualBodyLineSet(x)].sort((p, q) => p - q));
  check("body", normText(c.expectedBody), normText(x.body));
  return diffs;
}
