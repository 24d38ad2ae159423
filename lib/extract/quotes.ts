// Direct quotations and whom the text attributes them to. Pure: the article text in, QuoteRefs out.
// A quotation is attributed, in this order, to
//  1. the reporting verb of its own sentence (the nearest before it): وقال كيري "…"، وأشارت زاخاروفا إلى أن "…";
//  2. a speaker named right after it: "…"، على ما صرح المتحدث باسمه ديمتري بسكوف / "…"، بحسب مسؤول;
//  3. the last speaker, when it continues a speaker's paragraph or opens the paragraph after a quotation.
// A verb without a subject (وأضاف، فأجاب، مشيرا) carries the last speaker on. Spans of three words or
// fewer count only when a verb introduces them directly (فأجاب "لم يحدث أبدا"): otherwise they are
// scare quotes or names ("المعتدلة"، "واشنطن بوست"), and so is any span that is just a gazetteer name.
import { offsetAfterLetters, type Token } from "../arabic/tokens";
import type { EntityMatcher, EntityTarget } from "../entities/entity-matcher";
import type { Mention, PeopleMatcher } from "../entities/people-matcher";
import type { PhraseHit } from "../entities/phrase-matcher";
import { resolveTitle, type TitleIndex } from "../entities/titles";
import { tokensOf } from "../entities/token-cache";
import type { QuoteLexicon, VerbInfo } from "./quote-lexicon";
import { findQuoteSpans, spanText, type QuoteSpan } from "./quote-spans";
import { spansOf, subjectAfter, subjectBefore, type Annotated, type Speaker, type SpeakerFound } from "./speaker";
import type { QuoteRef } from "./types";

export interface QuoteContext {
  people: PeopleMatcher;
  entities: EntityMatcher;
  /** The places and organisations of `text`, when already found (saves a scan). */
  entityHits?: PhraseHit<EntityTarget>[];
  /** The gazetteer people of `text` as a scan knowing `named` finds them, when already found (saves a scan). */
  peopleHits?: Mention[];
  titles: TitleIndex;
  lex: QuoteLexicon;
  /** The article's date, to resolve titles ("الرئيس الأمريكي" in 2016 is Obama). */
  date: string | null;
  /** People the article names, also to resolve titles. */
  named: ReadonlySet<string>;
}

interface Verb {
  index: number;
  info: VerbInfo;
  written: string;
  sentence: number;
  /** Last token of the verb's own subject, when it has one after it. */
  subjectLast: number | null;
  /** Whom the verb attributes speech to (its subject, or the speaker carried on); null for a question put to someone. */
  speaker: Speaker | null;
}

const SHORT = 3;
const BOUNDARY = /[.!?؟…\n]/;
const BLANK_LINE = /\n\s*\n/;

export function findQuotes(text: string, ctx: QuoteContext): QuoteRef[] {
  const spans = findQuoteSpans(text);
  if (spans.length === 0) return [];
  const tokens = tokensOf(text);
  const a = annotate(text, tokens, spans, ctx);
  const { sentence, paragraph } = segments(text, tokens, spans);
  const ranges = spans.map((s) => tokenRange(tokens, s));

  const out: QuoteRef[] = [];
  let last: Speaker | null = null;
  let lastVerb: Verb | null = null;
  let attributedParagraph = -1;
  let prevQuoteEndsParagraph: number | null = null;
  let q = 0;

  const takeVerb = (index: number) => {
    const hit = ctx.lex.verb(tokens[index]!.norm);
    if (!hit) return null;
    const opensSentence = index === 0 || sentence[index - 1] !== sentence[index];
    if (hit.info.needsConjunction && !hit.conj && !opensSentence) return null;
    const raw = tokens[index]!.raw;
    const written = hit.conj ? raw.slice(offsetAfterLetters(raw, 1)) : raw;
    let subject = hit.info.participle ? null : (subjectAfter(a, index + 1) ?? (hit.conj ? null : subjectBefore(a, index)));
    if (hit.info.from) subject = reportedFrom(a, subject && "last" in subject ? (subject.last as number) + 1 : index + 1, hit.info.from);
    const subjectLast = subject && "last" in subject ? (subject.last as number) : null;
    const own = subject ? { speaker: subject.speaker, speakerId: subject.speakerId } : null;
    const speaker = hit.info.passive ? null : (own ?? last);
    if (own) last = own;
    return { index, info: hit.info, written, sentence: sentence[index]!, subjectLast, speaker } satisfies Verb;
  };

  for (let i = 0; i <= tokens.length; i++) {
    // Quotations that open before token i are settled first, with what was read up to them.
    while (q < spans.length && (i === tokens.length || ranges[q]![0] <= i)) {
      const span = spans[q]!;
      const [first, lastTok] = ranges[q]!;
      q++;
      if (first > lastTok || isJustAName(a, first, lastTok)) continue;
      const words = lastTok - first + 1;
      const quoteSentence = sentence[first]!;
      const lead = lastVerb && lastVerb.sentence === quoteSentence ? lastVerb : null;
      const direct = lead && introduces(a, lead, first);
      let ref: QuoteRef | null = null;
      if (lead && (direct || words > SHORT)) ref = fromVerb(text, span, lead);
      if (!ref || (!direct && ref.speaker === null && !lead?.info.passive)) {
        const after = speakerAfter(a, lastTok + 1, sentence, ctx);
        if (after) {
          ref = { text: spanText(text, span), ...after.speaker, verb: after.verb };
          last = after.speaker;
        }
      }
      if (!ref && words > SHORT) {
        const opensParagraph = first === 0 || paragraph[first - 1] !== paragraph[first];
        const continues = attributedParagraph === paragraph[first] || (opensParagraph && prevQuoteEndsParagraph === paragraph[first]! - 1);
        ref = { text: spanText(text, span), speakerId: continues ? (last?.speakerId ?? null) : null, speaker: continues ? (last?.speaker ?? null) : null, verb: null };
      }
      if (!ref) continue;
      out.push(ref);
      if (ref.speaker) attributedParagraph = paragraph[lastTok]!;
      const nextTok = tokens[lastTok + 1];
      prevQuoteEndsParagraph = !nextTok || paragraph[lastTok + 1] !== paragraph[lastTok] ? paragraph[lastTok]! : null;
    }
    if (i === tokens.length || a.inQuote[i]) continue;
    const verb = takeVerb(i);
    if (verb) {
      lastVerb = verb;
      if (verb.speaker) attributedParagraph = paragraph[i]!;
    }
  }
  return out;
}

/** "نقلت وكالة تاس عن لافروف": the speaker after the word "عن", a few words on. */
function reportedFrom(a: Annotated, k: number, from: string): SpeakerFound | null {
  for (let j = k; j < a.tokens.length && j - k < 4 && !a.inQuote[j]; j++) if (a.tokens[j]!.norm === from) return subjectAfter(a, j + 1);
  return null;
}

function fromVerb(text: string, span: QuoteSpan, v: Verb): QuoteRef {
  return { text: spanText(text, span), speakerId: v.speaker?.speakerId ?? null, speaker: v.speaker?.speaker ?? null, verb: v.written };
}

/** The verb (with its subject) is followed by nothing but connectors before the quote: وقال كيري إن "…". */
function introduces(a: Annotated, v: Verb, first: number): boolean {
  for (let k = (v.subjectLast ?? v.index) + 1; k < first; k++) {
    const norm = a.tokens[k]!.norm;
    if (!a.lex.connector.has(norm) && !a.lex.timeWord.has(norm)) return false;
  }
  return first - v.index <= 12;
}

/** "…"، قال كيري / "…"، على ما صرح المتحدث باسمه بسكوف / "…"، بحسب مسؤول أمريكي. */
function speakerAfter(a: Annotated, from: number, sentence: number[], ctx: QuoteContext): { speaker: Speaker; verb: string } | null {
  let k = from;
  if (k >= a.tokens.length || a.inQuote[k] || BOUNDARY.test(gapText(a, k))) return null;
  while (k < a.tokens.length && k - from < 3 && a.lex.afterQuote.has(a.tokens[k]!.norm) && !a.lex.sourcePreposition.has(a.tokens[k]!.norm)) k++;
  const tok = a.tokens[k];
  if (!tok || a.inQuote[k] || sentence[k] !== sentence[from]) return null;
  const verb = ctx.lex.verb(tok.norm);
  if (verb && !verb.info.passive) {
    const s = subjectAfter(a, k + 1);
    return s ? { speaker: { speaker: s.speaker, speakerId: s.speakerId }, verb: verb.conj ? tok.raw.slice(offsetAfterLetters(tok.raw, 1)) : tok.raw } : null;
  }
  if (a.lex.sourcePreposition.has(tok.norm)) {
    const s = subjectAfter(a, k + 1);
    return s ? { speaker: { speaker: s.speaker, speakerId: s.speakerId }, verb: tok.raw } : null;
  }
  return null;
}

const gapText = (a: Annotated, k: number) => a.text.slice(k > 0 ? a.tokens[k - 1]!.end : 0, a.tokens[k]!.start).replace(/[«»"“”]/g, "");

/** The span holds nothing but gazetteer names: "واشنطن بوست", "سانا", "كيري". */
function isJustAName(a: Annotated, first: number, last: number): boolean {
  let k = first;
  while (k <= last) {
    const hit = a.people.at.get(k) ?? a.entities.at.get(k);
    if (!hit) return false;
    k = hit.last + 1;
  }
  return true;
}

function annotate(text: string, tokens: Token[], spans: QuoteSpan[], ctx: QuoteContext): Annotated {
  const inQuote = new Array<boolean>(tokens.length).fill(false);
  let k = 0;
  for (const s of spans) {
    while (k < tokens.length && tokens[k]!.start <= s.start) k++;
    for (; k < tokens.length && tokens[k]!.end <= s.end; k++) inQuote[k] = true;
  }
  return {
    text,
    tokens,
    inQuote,
    people: spansOf(ctx.peopleHits ?? ctx.people.scan(text, new Set(ctx.named), tokens)),
    titles: spansOf(ctx.titles.scan(text, tokens)),
    entities: spansOf(ctx.entityHits ?? ctx.entities.scan(text, new Set(), tokens)),
    lex: ctx.lex,
    resolveTitle: (holders) => resolveTitle(holders, { date: ctx.date, named: ctx.named }),
  };
}

/** Sentence and paragraph number of every token; punctuation inside a quotation does not end a sentence. */
function segments(text: string, tokens: Token[], spans: QuoteSpan[]): { sentence: number[]; paragraph: number[] } {
  const sentence: number[] = [];
  const paragraph: number[] = [];
  let s = 0;
  let p = 0;
  let span = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0) {
      const gapEnd = tokens[k]!.start;
      let br = -1; // the gap's first line break
      for (let at = tokens[k - 1]!.end; at < gapEnd; at++) {
        while (span < spans.length && spans[span]!.end <= at) span++;
        const inside = span < spans.length && spans[span]!.start < at && at < spans[span]!.end - 1;
        const c = text[at]!;
        if (c === "\n" && br < 0) br = at;
        if (BOUNDARY.test(c) && !(inside && c !== "\n")) s++;
      }
      // Most gaps are one space: look for a blank line only where the gap holds a line break.
      if (br >= 0 && BLANK_LINE.test(text.slice(br, gapEnd))) p++;
    }
    sentence.push(s);
    paragraph.push(p);
  }
  return { sentence, paragraph };
}

/** First and last token inside a span. */
function tokenRange(tokens: Token[], span: QuoteSpan): [number, number] {
  let first = tokens.findIndex((t) => t.start > span.start);
  if (first < 0) first = tokens.length;
  let last = first - 1;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
  return [first, last];
}
