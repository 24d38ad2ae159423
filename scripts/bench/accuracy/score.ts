// Scores what the loader extracted and grouped against the development corpus's gold, field by field.
// Pure: predictions and gold in, counts out; accuracy.ts prints them and the accuracy test checks floors.
import type { Gold } from "./gold";

export interface Prediction {
  /** False when the file was refused (no body found, unreadable): every field counts as missed. */
  ok: boolean;
  /** The decoded text the line verdicts number (1-based). */
  raw: string;
  lines: Array<{ line: number; kind: string }>;
  title: string | null;
  titleSource: string | null;
  outlet: { nameAr: string; nameLatin: string | null; domain: string | null } | null;
  publishedAt: string | null;
  dateBasis: string;
  people: Array<{ id: string; asWritten: string }>;
  onTopic: boolean;
  /** The event the grouping put the article in (its slug), and that event's date. */
  event: { key: string; date: string | null } | null;
}

export interface Scored {
  slice: string;
  gold: Gold;
  prediction: Prediction;
}

/** Counts that add up across slices; rates are derived at print time. */
export interface Counts {
  articles: number;
  lineTp: number;
  lineFp: number;
  lineFn: number;
  titlesGold: number;
  titlesRight: number;
  titlesSpurious: number;
  outletsGold: number;
  outletsRight: number;
  explicitGold: number;
  explicitRight: number;
  urlInferredGold: number;
  urlInferredRight: number;
  urlInferredNear: number;
  statedDates: number;
  statedWrong: number;
  peopleTp: number;
  peopleFp: number;
  peopleFn: number;
  topicTp: number;
  topicFp: number;
  topicFn: number;
  pairTp: number;
  pairFp: number;
  pairFn: number;
  onTopicGold: number;
  onTopicDated: number;
  eventDateGold: number;
  eventDateNear: number;
}

export const BODY_KINDS = new Set(["body", "subheading"]);

export function emptyCounts(): Counts {
  return {
    articles: 0,
    lineTp: 0,
    lineFp: 0,
    lineFn: 0,
    titlesGold: 0,
    titlesRight: 0,
    titlesSpurious: 0,
    outletsGold: 0,
    outletsRight: 0,
    explicitGold: 0,
    explicitRight: 0,
    urlInferredGold: 0,
    urlInferredRight: 0,
    urlInferredNear: 0,
    statedDates: 0,
    statedWrong: 0,
    peopleTp: 0,
    peopleFp: 0,
    peopleFn: 0,
    topicTp: 0,
    topicFp: 0,
    topicFn: 0,
    pairTp: 0,
    pairFp: 0,
    pairFn: 0,
    onTopicGold: 0,
    onTopicDated: 0,
    eventDateGold: 0,
    eventDateNear: 0,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as Array<keyof Counts>) out[k] = a[k] + b[k];
  return out;
}

/** Folds what spelling and typography vary in without changing a text: Arabic letter forms, marks, quotes, space. */
export function fold(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/[ؤ]/g, "و")
    .replace(/[ئ]/g, "ي")
    .replace(/[کك]/g, "ك")
    .replace(/[یي]/g, "ي")
    .replace(/[«»“”„"'‘’`]/g, "")
    .replace(/[\s\u00A0\u200B-\u200F]+/g, " ")
    .replace(/[\s.:،,؛;!؟?-]+$/u, "")
    .trim()
    .toLowerCase();
}

/** Every article's own fields; pairs (events) are counted separately over the whole set. */
export function scoreArticle({ gold: g, prediction: p }: Scored): Counts {
  const c = emptyCounts();
  c.articles = 1;
  scoreLines(g, p, c);
  if (g.title) {
    c.titlesGold++;
    if (p.ok && p.title && fold(p.title) === fold(g.title)) c.titlesRight++;
  } else if (p.ok && p.title) c.titlesSpurious++;
  if (g.url) {
    c.outletsGold++;
    if (p.ok && outletMatches(g, p.outlet)) c.outletsRight++;
  }
  scoreDates(g, p, c);
  scorePeople(g, p, c);
  const said = p.ok && p.onTopic;
  if (g.on_topic && said) c.topicTp++;
  else if (!g.on_topic && said) c.topicFp++;
  else if (g.on_topic && !said) c.topicFn++;
  if (g.on_topic) {
    c.onTopicGold++;
    if (p.ok && p.onTopic && p.event?.date) c.onTopicDated++;
  }
  if (g.event_date && g.on_topic) {
    c.eventDateGold++;
    if (p.event?.date && Math.abs(dayDiff(p.event.date, g.event_date)) <= 1) c.eventDateNear++;
  }
  return c;
}

/** Lines are body in the gold when most of their characters lie inside the gold body span. */
function scoreLines(g: Gold, p: Prediction, c: Counts) {
  const raw = p.raw;
  const predictedBody = new Set(p.ok ? p.lines.filter((l) => BODY_KINDS.has(l.kind)).map((l) => l.line) : []);
  const [start, end] = g.body_char_span;
  let offset = 0; // in code points, as the gold counts
  raw.split("\n").forEach((text, i) => {
    const length = [...text].length;
    const from = offset;
    offset += length + 1;
    if (!text.trim()) return;
    const inside = Math.max(0, Math.min(end, from + length) - Math.max(start, from));
    const goldBody = inside * 2 > length;
    const ours = predictedBody.has(i + 1);
    if (goldBody && ours) c.lineTp++;
    else if (ours) c.lineFp++;
    else if (goldBody) c.lineFn++;
  });
}

const MIRROR_WORDS = /\bvia\b|mirror|reposted|republish/i;

/**
 * The gold names the publisher ("الشروق (مصر) — via masress.com mirror (slug shorouk)"): a mirror or repost
 * must be resolved to it by name; any other page is right when the outlet's name or its domain agrees.
 */
export function outletMatches(g: Gold, outlet: Prediction["outlet"]): boolean {
  if (!outlet || !g.outlet) return false;
  const goldName = g.outlet
    .split(" — ")[0]!
    .replace(/\([^)]*\)/g, "")
    .trim();
  const names = [outlet.nameAr, outlet.nameLatin ?? ""].map(fold).filter((n) => n.length >= 2);
  const wanted = fold(goldName);
  const nameAgrees = names.some((n) => n === wanted || (Math.min(n.length, wanted.length) >= 3 && (n.includes(wanted) || wanted.includes(n))));
  if (nameAgrees) return true;
  if (MIRROR_WORDS.test(g.outlet)) return false;
  const host = (d: string | null | undefined) =>
    (d ?? "")
      .toLowerCase()
      .replace(/^www\./, "")
      .split("/")[0]!;
  const goldHost = host(g.outlet_domain);
  const ours = host(outlet.domain);
  return !!goldHost && !!ours && (ours === goldHost || ours.endsWith(`.${goldHost}`) || goldHost.endsWith(`.${ours}`));
}

function scoreDates(g: Gold, p: Prediction, c: Counts) {
  const ours = p.ok ? p.publishedAt : null;
  if (g.date_basis === "explicit-in-text") {
    c.explicitGold++;
    if (ours === g.date) c.explicitRight++;
  } else if (g.date_basis === "url" || g.date_basis === "inferred") {
    c.urlInferredGold++;
    if (ours === g.date) c.urlInferredRight++;
    if (ours && g.date && Math.abs(dayDiff(ours, g.date)) <= 1) c.urlInferredNear++;
  }
  if (ours && (p.dateBasis === "explicit" || p.dateBasis === "url")) {
    c.statedDates++;
    if (ours !== g.date) c.statedWrong++;
  }
}

/** A person is matched by id, else by the name as written (a discovered person has an id of its own). */
function scorePeople(g: Gold, p: Prediction, c: Counts) {
  const gold = g.people_ids.map((id, i) => ({ id, name: fold(g.people[i] ?? "") }));
  const matched = new Set<number>();
  let tp = 0;
  for (const person of p.ok ? p.people : []) {
    const written = fold(person.asWritten);
    const i = gold.findIndex(
      (x, j) => !matched.has(j) && (x.id === person.id || (written.length >= 4 && x.name.length >= 4 && (x.name.includes(written) || written.includes(x.name)))),
    );
    if (i >= 0) {
      matched.add(i);
      tp++;
    } else c.peopleFp++;
  }
  c.peopleTp += tp;
  c.peopleFn += gold.length - tp;
}

export function dayDiff(a: string, b: string): number {
  return (Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** Pairwise agreement of two partitions: same gold event vs same predicted event, over every pair. */
export function scorePairs(items: Scored[], c: Counts) {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const same = a.gold.event === b.gold.event;
      const ours = !!a.prediction.event && a.prediction.event.key === b.prediction.event?.key;
      if (same && ours) c.pairTp++;
      else if (ours) c.pairFp++;
      else if (same) c.pairFn++;
    }
  }
}

export interface Figures {
  lineF1: number;
  title: number;
  outlet: number;
  explicitDates: number;
  urlInferredDates: number;
  urlInferredDatesNear: number;
  wrongStatedDates: number;
  peopleP: number;
  peopleR: number;
  topicP: number;
  topicR: number;
  topicF1: number;
  eventP: number;
  eventR: number;
  eventF1: number;
  onTopicDated: number;
  eventDateNear: number;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function figuresOf(c: Counts): Figures {
  const lineP = ratio(c.lineTp, c.lineTp + c.lineFp);
  const lineR = ratio(c.lineTp, c.lineTp + c.lineFn);
  const topicP = ratio(c.topicTp, c.topicTp + c.topicFp);
  const topicR = ratio(c.topicTp, c.topicTp + c.topicFn);
  const eventP = ratio(c.pairTp, c.pairTp + c.pairFp);
  const eventR = ratio(c.pairTp, c.pairTp + c.pairFn);
  return {
    lineF1: f1(lineP, lineR),
    title: ratio(c.titlesRight, c.titlesGold),
    outlet: ratio(c.outletsRight, c.outletsGold),
    explicitDates: ratio(c.explicitRight, c.explicitGold),
    urlInferredDates: ratio(c.urlInferredRight, c.urlInferredGold),
    urlInferredDatesNear: ratio(c.urlInferredNear, c.urlInferredGold),
    wrongStatedDates: c.statedDates === 0 ? 0 : c.statedWrong / c.statedDates,
    peopleP: ratio(c.peopleTp, c.peopleTp + c.peopleFp),
    peopleR: ratio(c.peopleTp, c.peopleTp + c.peopleFn),
    topicP,
    topicR,
    topicF1: f1(topicP, topicR),
    eventP,
    eventR,
    eventF1: f1(eventP, eventR),
    onTopicDated: ratio(c.onTopicDated, c.onTopicGold),
    eventDateNear: ratio(c.eventDateNear, c.eventDateGold),
  };
}
