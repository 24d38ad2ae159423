// A generated search corpus: realistic Arabic news articles recombined at run time from the samples'
// sentences (data/samples/*.txt), with names, places, outlets and dates substituted, names written in
// all the spellings the press uses, and a long tail of rare names so word frequencies look like news
// (a few words in most articles, many in a handful). Deterministic for a seed, so runs measure the same text.
//
// Two outputs: text files for `npm run ingest` (writeCorpusFiles), or rows written in bulk straight into
// the database (loadCorpus) with the production column list and the production search text
// (lib/search/index-text.ts searchTextOf over the people/places/organisations the real matchers find).
import fs from "node:fs";
import path from "node:path";
import { inTransaction } from "../../lib/data/transaction";
import { ARTICLE_COLUMNS, ENTITY_COLUMNS, MENTION_COLUMNS, OUTLET_COLUMNS } from "../../lib/data/write/columns";
import type { ArticleRow } from "../../lib/data/write/article-rows";
import { syncPeople } from "../../lib/data/write/sync-people";
import { unnestInsert } from "../../lib/data/write/unnest-insert";
import { compileEntityMatcher } from "../../lib/entities/entity-matcher";
import { findEntities } from "../../lib/entities/find-entities";
import { findPeople } from "../../lib/entities/find-people";
import { loadGazetteers, type Gazetteers } from "../../lib/entities/gazetteers";
import { toOutletRef } from "../../lib/entities/outlet-index";
import { compilePeopleMatcher } from "../../lib/entities/people-matcher";
import type { TextPart } from "../../lib/entities/tally";
import { searchTextOf } from "../../lib/search/index-text";
import type { Database } from "../../lib/data/client";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks index i of n with probability ∝ 1/(i+1)^s (Zipf), by inverting a precomputed CDF. */
function zipf(n: number, s: number): (r: number) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1) ** s;
  for (let i = 0; i < n; i++) cdf[i]! /= sum;
  return (r) => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Spellings the press uses interchangeably: any one of a group may replace another. */
export const SPELLING_GROUPS: string[][] = [
  ["كيري", "كيرى"],
  ["سيرغي", "سيرجي", "سيرجى"],
  ["الأميركي", "الأمريكي", "الاميركي", "الامريكي"],
  ["الأميركية", "الأمريكية", "الاميركية", "الامريكية"],
  ["سورية", "سوريا"],
  ["ميونيخ", "ميونخ"],
  ["البنتاغون", "البنتاجون"],
  ["لافروف", "لافروف"],
  ["بوتين", "بوتن"],
  ["زاخاروفا", "زخاروفا"],
  ["دي ميستورا", "دي مستورا"],
  ["جنيف", "جينيف"],
];

const VERBS = ["يبحث مع", "يلتقي", "يتصل بـ", "يستقبل", "يحذر", "يتفق مع", "يناقش مع", "يجتمع مع"];
const TOPICS = [
  "الأزمة السورية",
  "وقف إطلاق النار في حلب",
  "الهدنة في سوريا",
  "المساعدات الإنسانية",
  "الحل السياسي",
  "محادثات جنيف",
  "الأسلحة الكيميائية",
  "مكافحة الإرهاب",
  "العملية الانتقالية",
  "ممرات إنسانية",
];
const SAID = ["قال", "أكد", "أعلن", "أوضح", "صرح", "شدد", "نفى", "اعتبر"];
const ROLES = ["المحلل السياسي", "الباحث", "الخبير العسكري", "المعارض السوري", "الدبلوماسي السابق", "مراسلنا", "الكاتب"];
const FIRST = ["أحمد", "محمد", "سامر", "ليلى", "رامي", "هادي", "نادر", "سلمى", "يوسف", "كريم", "منى", "طارق", "عمر", "رنا"];
// Syllables for a long tail of rare surnames (like the one-off names of real coverage).
const SYL = ["كا", "مي", "رو", "دا", "سو", "لي", "نو", "تا", "فر", "غا", "بي", "زو", "شا", "قو", "حي", "جا", "طو", "وي", "هو", "ثا"];
const MONTHS = [
  "كانون الثاني/يناير",
  "شباط/فبراير",
  "آذار/مارس",
  "نيسان/أبريل",
  "أيار/مايو",
  "حزيران/يونيو",
  "تموز/يوليو",
  "آب/أغسطس",
  "أيلول/سبتمبر",
  "تشرين الأول/أكتوبر",
  "تشرين الثاني/نوفمبر",
  "كانون الأول/ديسمبر",
];
const DAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

/** Rare surnames: rank r of the long tail (the tail is Zipf-distributed, higher ranks are rarer). */
export const RARE_NAMES = 30_000;
export function rareName(rank: number): string {
  let n = rank + 7;
  let s = "";
  for (let k = 0; k < 3; k++) {
    s += SYL[n % SYL.length];
    n = Math.floor(n / SYL.length);
  }
  return `${s}${SYL[(rank * 7) % SYL.length]}ني`;
}

export interface GeneratedArticle {
  sourceFile: string;
  title: string;
  body: string;
  outlet: Gazetteers["outlets"][number];
  publishedAt: string | null;
}

const WORD_RE = /\s+/;

/** Sentences of the samples' bodies (long enough to be prose, not headers or boilerplate). */
export function sampleSentences(dir = path.join(ROOT, "data", "samples")): string[] {
  const out = new Set<string>();
  for (const f of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, f), "utf8");
    for (const line of text.split(/\n+/)) {
      for (const s of line.split(/(?<=[.؟!])\s+/)) {
        const t = s.replace(/\s+/g, " ").trim();
        if (t.split(WORD_RE).length >= 8 && /[\u0600-\u06ff]/.test(t) && !/تحديث|http|@/.test(t)) out.add(t);
      }
    }
  }
  return [...out];
}

export class CorpusGenerator {
  private random: () => number;
  private readonly sentences: string[];
  private readonly g = loadGazetteers();
  private readonly person: (r: number) => number;
  private readonly place: (r: number) => number;
  private readonly outlet: (r: number) => number;
  private readonly rare: (r: number) => number;
  private readonly swap = new Map<string, string[]>();
  private readonly start = Date.UTC(2013, 0, 1);
  private readonly days = Math.round((Date.UTC(2017, 11, 31) - Date.UTC(2013, 0, 1)) / 86_400_000) + 1;

  constructor(private readonly seed = 42) {
    this.random = rng(seed);
    this.sentences = sampleSentences();
    this.person = zipf(this.g.people.length, 1.1);
    this.place = zipf(this.g.places.length, 1.0);
    this.outlet = zipf(this.g.outlets.length, 0.8);
    this.rare = zipf(RARE_NAMES, 1.0);
    for (const group of SPELLING_GROUPS) for (const w of group) this.swap.set(w, group);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)]!;
  }

  /** A person in one of their press spellings (Zipf: a few people in much of the coverage). */
  private personName(): string {
    const p = this.g.people[this.person(this.random())]!;
    return this.pick(p.variants.length ? p.variants : [p.nameAr]);
  }
  private placeName(): string {
    const p = this.g.places[this.place(this.random())]!;
    return this.random() < 0.8 ? p.nameAr : this.pick([p.nameAr, ...p.variants]);
  }

  /** Each word with a spelling group is written in one of the group's spellings (prefixes و ب ل kept). */
  private respell(sentence: string): string {
    return sentence
      .split(" ")
      .map((w) => {
        const m = /^([وفبلك]?)(.*?)([.,،؛:"»)]*)$/.exec(w)!;
        const group = this.swap.get(m[2]!) ?? this.swap.get(w);
        if (!group) return w;
        return this.swap.has(m[2]!) ? `${m[1]}${this.pick(group)}${m[3]}` : this.pick(group);
      })
      .join(" ");
  }

  private templateSentence(date: string | null): string {
    const r = this.random();
    if (r < 0.35)
      return `${this.pick(SAID)} ${this.pick(ROLES)} ${this.pick(FIRST)} ${rareName(this.rare(this.random()))} إن ${this.personName()} ${this.pick(VERBS)} ${this.personName()} ${this.pick(TOPICS)} في ${this.placeName()}.`;
    if (r < 0.6)
      return `وفي ${this.placeName()}، ${this.pick(SAID)} ${this.personName()} أن ${this.pick(TOPICS)} ${this.pick(["يتطلب", "لا يزال يواجه", "يحتاج إلى"])} ${1 + Math.floor(this.random() * 400)} ${this.pick(["يوما", "مقاتلا", "شاحنة", "نقطة"])} ${this.pick(["إضافية", "على الأقل", "في الأسبوع المقبل"])}.`;
    if (r < 0.8 && date) {
      const d = new Date(`${date}T00:00:00Z`);
      return `وجاء ذلك ${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} خلال لقاء ${this.personName()} و${this.personName()} في ${this.placeName()}.`;
    }
    return `ويأتي ذلك بعد أن ${this.pick(SAID)} ${this.personName()} في ${this.placeName()} أن ${this.pick(TOPICS)} على رأس جدول الأعمال.`;
  }

  /** Article number i: the same i and seed give the same article, whatever order they are made in. */
  next(i: number): GeneratedArticle {
    this.random = rng(Math.imul(this.seed, 0x9e3779b1) ^ i);
    const dated = this.random() >= 0.03;
    const publishedAt = dated ? new Date(this.start + Math.floor(this.random() * this.days) * 86_400_000).toISOString().slice(0, 10) : null;
    const outlet = this.g.outlets[this.outlet(this.random())]!;
    const title =
      this.random() < 0.5
        ? `${this.personName()} ${this.pick(VERBS)} ${this.personName()} ${this.pick(TOPICS)} في ${this.placeName()}`
        : this.respell(
            this.pick(this.sentences)
              .split(" ")
              .slice(0, 9 + Math.floor(this.random() * 5))
              .join(" ")
              .replace(/[.،,]$/, ""),
          );
    const paragraphs: string[] = [];
    const n = 4 + Math.floor(this.random() * 5);
    for (let p = 0; p < n; p++) {
      const sentences: string[] = [];
      const k = 1 + Math.floor(this.random() * 3);
      for (let s = 0; s < k; s++) sentences.push(this.random() < 0.7 ? this.respell(this.pick(this.sentences)) : this.templateSentence(publishedAt));
      paragraphs.push(sentences.join(" "));
    }
    return { sourceFile: `generated/search-${String(i).padStart(7, "0")}.txt`, title, body: paragraphs.join("\n\n"), outlet, publishedAt };
  }
}

/** The article as a text file `npm run ingest` reads (title, outlet and date lines, body). */
export function asFileText(a: GeneratedArticle): string {
  const date = a.publishedAt ? `${a.publishedAt.slice(8, 10)}/${a.publishedAt.slice(5, 7)}/${a.publishedAt.slice(0, 4)}` : "";
  return `${a.title}\n${a.outlet.nameAr}${date ? ` - ${date}` : ""}\n\n${a.body}\n`;
}

export function writeCorpusFiles(dir: string, articles: number, seed = 42): void {
  const gen = new CorpusGenerator(seed);
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < articles; i++) {
    const a = gen.next(i);
    const sub = path.join(dir, String(Math.floor(i / 10_000)).padStart(3, "0"));
    if (i % 10_000 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, path.basename(a.sourceFile)), asFileText(a));
  }
}

export interface LoadStats {
  articles: number;
  seconds: number;
  /** Node time spent generating, matching entities and computing the search text. */
  textSeconds: number;
}

/**
 * Writes `articles` generated articles in bulk (unnest batches, the production column lists and search
 * text). The next batch is prepared while PostgreSQL writes the previous one (two cores: Node + PG).
 */
export async function loadCorpus(
  database: Database,
  { articles, seed = 42, batch = 1000, onProgress }: { articles: number; seed?: number; batch?: number; onProgress?: (done: number) => void },
): Promise<LoadStats> {
  const g = loadGazetteers();
  await syncPeople(database, g.people);
  const people = compilePeopleMatcher(g.people);
  const entities = compileEntityMatcher(g);
  const gen = new CorpusGenerator(seed);
  const started = performance.now();
  let textMs = 0;
  await unnestInsert(database.prisma, "Outlet", OUTLET_COLUMNS, g.outlets.map(toOutletRef), "ON CONFLICT (id) DO NOTHING");
  type Prepared = { rows: ArticleRow[]; mentions: Array<Array<{ id: string; asWritten: string; count: number }>>; ents: Array<ReturnType<typeof findEntities>> };
  const prepare = async (from: number): Promise<Prepared> => {
    const out: Prepared = { rows: [], mentions: [], ents: [] };
    for (let i = from; i < Math.min(articles, from + batch); i++) {
      // Yield now and then so the write in flight gets its next statement sent.
      if (i % 50 === 0) await new Promise((r) => setImmediate(r));
      const t = performance.now();
      const a = gen.next(i);
      const parts: TextPart[] = [
        { part: "title", text: a.title },
        { part: "body", text: a.body },
      ];
      const ppl = findPeople(parts, people);
      const ent = findEntities(parts, entities);
      const text = asFileText(a);
      out.rows.push({
        contentHash: `gen-${seed}-${i}`,
        fingerprint: "",
        sourceFile: a.sourceFile,
        rawText: text,
        readText: null,
        title: a.title,
        titleSource: "text",
        body: a.body,
        caption: null,
        datelineCity: null,
        datelineAgency: null,
        publishedAt: a.publishedAt,
        dateBasis: a.publishedAt ? "explicit" : "unknown",
        dateEvidence: null,
        dateClues: null,
        onTopic: true,
        topicReason: null,
        lineVerdicts: "[]",
        warnings: [],
        outletId: a.outlet.id,
        ...searchTextOf({ title: a.title, body: a.body, caption: null, people: ppl, places: ent.places, organizations: ent.organizations }),
      });
      out.mentions.push(ppl);
      out.ents.push(ent);
      textMs += performance.now() - t;
    }
    return out;
  };
  const write = (p: Prepared) =>
    inTransaction(database.prisma, async (tx) => {
      const ids = (await unnestInsert(tx, "Article", ARTICLE_COLUMNS, p.rows, "RETURNING id")).map((r) => Number(r.id));
      await unnestInsert(
        tx,
        "PersonMention",
        MENTION_COLUMNS,
        p.mentions.flatMap((m, j) => m.map((x) => ({ ...x, articleId: ids[j]! }))),
      );
      await unnestInsert(
        tx,
        "EntityMention",
        ENTITY_COLUMNS,
        p.ents.flatMap((e, j) => [
          ...e.places.map((x) => ({ ...x, articleId: ids[j]!, kind: "place" })),
          ...e.organizations.map((x) => ({ ...x, articleId: ids[j]!, kind: "organization" })),
        ]),
      );
    });
  let ready = await prepare(0);
  for (let from = 0; from < articles; from += batch) {
    const writing = write(ready);
    // Prepare the next batch while the database works on this one.
    const next = from + batch < articles ? await prepare(from + batch) : null;
    await writing;
    onProgress?.(Math.min(articles, from + batch));
    if (next) ready = next;
  }
  return { articles, seconds: (performance.now() - started) / 1000, textSeconds: textMs / 1000 };
}
