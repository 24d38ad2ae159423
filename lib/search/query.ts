// The analysts' query syntax: plain words (all must match), "exact phrase" (also «...» and “...”),
// -excluded words or phrases, and OR (or |) between two alternatives. parseQuery never throws: malformed
// input yields a best-effort query and an Arabic message. compileTsquery builds a to_tsquery('simple', $1)
// string ONLY from our own normalised, stemmed lexemes (letters and digits, quoted), never from raw input.
import { MAX_QUERY_LENGTH } from "../params/search";
import { arabicSpellings } from "../arabic/latin-to-arabic";
import { extractDateWindow, type DateWindow } from "./date-window";
import { arabicFormsOf, englishIndex, type EnglishIndex } from "./english";
import { normalizedWords } from "./normalize";
import { cliticForms, queryStems, stem, withoutClitic } from "./stem";
import { countryAdjectiveVariants, countryStems, entityIndex, entityOfAlias, loanwordVariants, nisbaVariants, type EntityIndex, type KnownEntity } from "./variants";

const MAX_CLAUSES = 12;

export type QueryMessageCode = "truncated" | "unclosed-quote" | "dangling-or" | "stop-words" | "only-excluded" | "empty" | "too-many-terms" | "widened";

export interface QueryMessage {
  code: QueryMessageCode;
  /** Arabic, for the reader. */
  message: string;
}

/** One thing that must (or, when excluded, must not) occur. */
export type Clause =
  /** `guessed`: a Latin word no list knows, spelt in Arabic by lib/arabic/latin-to-arabic (its stems are candidates). */
  | { kind: "word"; text: string; stems: string[]; guessed?: boolean }
  /** An English term (data/english-terms.json): any of its Arabic forms, each a phrase of stemmed words. */
  | { kind: "any"; text: string; forms: string[][] }
  /** Each word's possible stems, in order. */
  | { kind: "phrase"; text: string; stems: string[][] }
  | { kind: "entity"; text: string; entity: KnownEntity };

export interface ParsedQuery {
  /** The input after cleaning and truncation. */
  text: string;
  /** All groups must match; a group matches when any of its clauses does (OR). */
  groups: Clause[][];
  excluded: Clause[];
  messages: QueryMessage[];
  /** The date window the query's date words name (lib/search/date-window.ts), or null. */
  window: DateWindow | null;
}

export interface ParseOptions {
  /** Date words become a window (default) or stay words to match. */
  dates?: "window" | "words";
}

const STOP_WORDS = new Set(
  [
    "في",
    "من",
    "على",
    "إلى",
    "الى",
    "عن",
    "مع",
    "أن",
    "ان",
    "إن",
    "و",
    "أو",
    "او",
    "ما",
    "لا",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "ثم",
    "قد",
    "كان",
    "كانت",
    "بين",
    "حول",
    "بعد",
    "قبل",
    "عند",
    "كل",
    "أي",
    "لم",
    "لن",
    "هو",
    "هي",
    "هم",
    "كما",
    "وقد",
    "وفي",
    "بشأن",
    "لدى",
    "ضد",
    "خلال",
    "عبر",
    "منذ",
    "حتى",
    "ماذا",
    "هل",
    "كيف",
    "لماذا",
    "متى",
    "أين",
    "غير",
    "أمام",
    "نحو",
    "لقد",
    "فقط",
    "أيضا",
    "إذا",
    "عليه",
    "فيه",
    "به",
    "له",
    "لها",
    "كذلك",
    "وفق",
    "ضمن",
    "تجاه",
    "إزاء",
    "ذات",
    // Prepositions of place, time and cause: they say how, never what, an article is about.
    "فوق",
    "تحت",
    "بسبب",
    "إثر",
    "عقب",
    "وسط",
    "دون",
    "بدون",
    "رغم",
    "the",
    "of",
    "and",
    "in",
    "a",
    "an",
    "to",
    "with",
    "for",
    "on",
    "at",
    "by",
    "about",
    "from",
    "between",
    "after",
    "before",
    "over",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "what",
    "did",
    "does",
    "do",
    "as",
    "that",
    "this",
    "it",
    "its",
    "his",
    "her",
    "their",
    "into",
    "who",
    "which",
    "how",
    "why",
    "when",
    "where",
    "not",
  ].flatMap(normalizedWords),
);

const MESSAGES: Record<QueryMessageCode, string> = {
  truncated: "الاستعلام طويل جدًا؛ بُحث في بدايته فقط.",
  "unclosed-quote": "علامة التنصيص لم تُغلق؛ عوملت بقية الاستعلام عبارةً واحدة.",
  "dangling-or": "كلمة OR تحتاج إلى بديلين قبلها وبعدها؛ تُجوهلت.",
  "stop-words": "أُهملت كلمات شائعة جدًا لا تفيد في البحث:",
  "only-excluded": "الاستعلام يستبعد كلمات فقط؛ أضف كلمة يجب أن توجد في المقالات.",
  empty: "لا توجد في الاستعلام كلمات يمكن البحث عنها.",
  "too-many-terms": "الاستعلام فيه كلمات كثيرة؛ بُحث في أوائلها فقط.",
  widened: "لم ترد هذه الكلمة في أي مقال، فبُحث عن أقرب الكلمات إليها كتابةً:",
};

export const msg = (code: QueryMessageCode, extra = ""): QueryMessage => ({ code, message: extra ? `${MESSAGES[code]} ${extra}` : MESSAGES[code] });

type Item = { kind: "or" } | { kind: "text"; text: string; phrase: boolean; negated: boolean };

const OPEN_QUOTES: Record<string, string> = { '"': '"', "«": "»", "“": "”", "„": "”", "”": "”" };
// NUL and other controls break PostgreSQL or the terminal; they never carry meaning in a query.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function lex(input: string, messages: QueryMessage[]): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c) || c === "(" || c === ")") {
      i++;
      continue;
    }
    let negated = false;
    let j = i;
    if ((c === "-" || c === "\u2212") && j + 1 < input.length && !/\s/.test(input[j + 1]!)) {
      negated = true;
      j++;
    }
    const close = OPEN_QUOTES[input[j]!];
    if (close) {
      const end = input.indexOf(close, j + 1);
      if (end < 0) messages.push(msg("unclosed-quote"));
      const text = input.slice(j + 1, end < 0 ? input.length : end);
      items.push({ kind: "text", text, phrase: true, negated });
      i = end < 0 ? input.length : end + 1;
      continue;
    }
    let end = j;
    while (end < input.length && !/\s/.test(input[end]!) && !OPEN_QUOTES[input[end]!]) end++;
    const text = input.slice(j, end);
    i = Math.max(end, i + 1);
    if (!negated && (text === "OR" || text === "|")) items.push({ kind: "or" });
    else items.push({ kind: "text", text, phrase: false, negated });
  }
  return items;
}

/** Parses an analyst's query. Never throws. */
export function parseQuery(raw: string, index: EntityIndex = entityIndex(), options: ParseOptions = {}, english: EnglishIndex = englishIndex()): ParsedQuery {
  const messages: QueryMessage[] = [];
  let text = String(raw ?? "").replace(CONTROLS, " ");
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH);
    messages.push(msg("truncated"));
  }
  text = text.trim();
  const { window, rest } = options.dates === "words" ? { window: null, rest: text } : extractDateWindow(text);
  const items = mergeEnglish(mergeEntities(lex(rest, messages), index), english);

  const groups: Clause[][] = [];
  const excluded: Clause[] = [];
  const stopped: string[] = [];
  let pendingOr = false;
  for (const item of items) {
    if (item.kind === "or") {
      if (groups.length === 0 || pendingOr) messages.push(msg("dangling-or"));
      else pendingOr = true;
      continue;
    }
    const clause: Clause | null = item.entity
      ? { kind: "entity", text: item.text, entity: item.entity }
      : item.forms
        ? { kind: "any", text: item.text, forms: item.forms }
        : clauseOf(item.text, item.phrase);
    if (!clause) continue;
    if (clause.kind === "word" && !item.negated && STOP_WORDS.has(normalizedWords(clause.text)[0] ?? "")) {
      stopped.push(clause.text);
      pendingOr = false;
      continue;
    }
    if (item.negated) {
      excluded.push(clause);
      continue;
    }
    if (pendingOr) groups[groups.length - 1]!.push(clause);
    else groups.push([clause]);
    pendingOr = false;
  }
  if (pendingOr) messages.push(msg("dangling-or"));
  if (stopped.length > 0) messages.push(msg("stop-words", [...new Set(stopped)].join("، ")));
  if (groups.length + excluded.length > MAX_CLAUSES) {
    groups.splice(MAX_CLAUSES);
    excluded.splice(Math.max(0, MAX_CLAUSES - groups.length));
    messages.push(msg("too-many-terms"));
  }
  // Date words alone are a listing of that time, not an empty query.
  if (groups.length === 0 && !(window && excluded.length === 0)) messages.push(msg(excluded.length > 0 ? "only-excluded" : "empty"));
  return { text, groups, excluded, messages, window };
}

type Merged = Item extends infer T ? (T extends { kind: "text" } ? T & { entity?: KnownEntity; forms?: string[][] } : T) : never;

const isLatin = (text: string) => /^[a-z0-9.'-]+$/i.test(text);

/** Joins consecutive Latin words that form an English term of data/english-terms.json, longest first. */
function mergeEnglish(items: Merged[], index: EnglishIndex): Merged[] {
  const out: Merged[] = [];
  for (let i = 0; i < items.length;) {
    const item = items[i]!;
    if (item.kind !== "text" || item.entity || item.phrase || !isLatin(item.text)) {
      out.push(item);
      i++;
      continue;
    }
    let matched = false;
    for (let n = Math.min(index.maxWords, items.length - i); n >= 1 && !matched; n--) {
      const run = items.slice(i, i + n);
      if (!run.every((x) => x.kind === "text" && !x.entity && !x.phrase && x.negated === item.negated && isLatin(x.text))) continue;
      const text = run.map((x) => (x as { text: string }).text).join(" ");
      const forms = arabicFormsOf(index, normalizedWords(text));
      if (!forms) continue;
      out.push({ kind: "text", text, phrase: false, negated: item.negated, forms });
      i += n;
      matched = true;
    }
    if (!matched) {
      out.push(item);
      i++;
    }
  }
  return out;
}

/** Joins consecutive plain words (and whole phrases) that spell a known entity into one entity item, longest first. */
function mergeEntities(items: Item[], index: EntityIndex): Merged[] {
  const out: Merged[] = [];
  for (let i = 0; i < items.length;) {
    const item = items[i]!;
    if (item.kind !== "text") {
      out.push(item);
      i++;
      continue;
    }
    if (item.phrase) {
      const entity = entityOfAlias(index, normalizedWords(item.text).map(stemAlias));
      out.push({ ...item, entity: entity ?? undefined });
      i++;
      continue;
    }
    let matched = false;
    for (let n = Math.min(index.maxAliasWords, items.length - i); n >= 1 && !matched; n--) {
      const run = items.slice(i, i + n);
      if (!run.every((x) => x.kind === "text" && !x.phrase && x.negated === item.negated)) continue;
      const words = run.flatMap((x) => normalizedWords((x as { text: string }).text));
      const entity = entityOfAlias(index, words.map(stemAlias));
      if (!entity) continue;
      out.push({ kind: "text", text: run.map((x) => (x as { text: string }).text).join(" "), phrase: false, negated: item.negated, entity });
      i += n;
      matched = true;
    }
    if (!matched) {
      out.push(item);
      i++;
    }
  }
  return out;
}

// Latin words are looked up as they are (lower-cased); Arabic ones by their stem, as aliases are stored.
const stemAlias = (w: string) => stem(w);

function clauseOf(text: string, phrase = false): Clause | null {
  const words = normalizedWords(text);
  if (words.length === 0) return null;
  if (words.length === 1) {
    // A Latin name no gazetteer knows: its candidate Arabic spellings (lib/data keeps those the index holds).
    const spelt = phrase || STOP_WORDS.has(words[0]!) ? [] : arabicSpellings(words[0]!);
    if (spelt.length > 0) return { kind: "word", text, stems: [...new Set([words[0]!, ...spelt.map((s) => stem(normalizedWords(s)[0] ?? s))])], guessed: true };
    return { kind: "word", text, stems: queryStems(words[0]!) };
  }
  return { kind: "phrase", text, stems: words.map(queryStems) };
}

// ---------- compiling ----------

/** A lexeme for to_tsquery: our own letters/digits only, quoted. */
const quote = (lexeme: string) => `'${lexeme.replace(/'/g, "''").replace(/\\/g, "")}'`;

/** The lexemes one stem may be written as (country adjective, loanword letters), the stem first. */
export function alternativesOf(stemmed: string): string[] {
  const country = countryAdjectiveVariants(stemmed, countryStems());
  return country.length > 1 ? country : loanwordVariants(stemmed);
}

/**
 * The broader forms partial matches also ask for (lib/search/relaxed.ts): every alternative with a bare
 * clitic glued on (لوقف, بحلب) or taken off (لتفادي → تفادي), and the other spelling of a relative
 * adjective (كيميائي/كيماوي).
 */
export function broadAlternativesOf(stemmed: string): string[] {
  const base = [...alternativesOf(stemmed), ...nisbaVariants(stemmed), ...withoutClitic(stemmed).flatMap(alternativesOf)];
  return [...new Set([...base, ...base.flatMap(cliticForms)])];
}

export const anyOf = (lexemes: string[]) => (lexemes.length === 1 ? quote(lexemes[0]!) : `(${lexemes.map(quote).join(" | ")})`);
/** Every lexeme one word may be indexed under: each of its stems with their spelling alternatives (`broad`: and the broader forms). */
export const lexemesOf = (stems: string[], broad = false) => [...new Set(stems.flatMap(broad ? broadAlternativesOf : alternativesOf))];
const phraseOf = (words: string[][], broad = false) =>
  words.length === 1 ? anyOf(lexemesOf(words[0]!, broad)) : `(${words.map((w) => anyOf(lexemesOf(w, broad))).join(" <-> ")})`;

/** One clause's tsquery; `broad` also asks for the broader forms of its words (partial matches). */
export function compileClause(c: Clause, broad = false): string {
  if (c.kind === "word") return anyOf(lexemesOf(c.stems, broad));
  if (c.kind === "phrase") return phraseOf(c.stems, broad);
  if (c.kind === "any")
    return c.forms.length === 1
      ? phraseOf(
          c.forms[0]!.map((w) => [w]),
          broad,
        )
      : `(${c.forms
          .map((f) =>
            phraseOf(
              f.map((w) => [w]),
              broad,
            ),
          )
          .join(" | ")})`;
  // A known entity: its index token, or any of its spellings (for text the entity finder passed over).
  return `(${[
    quote(c.entity.token),
    ...c.entity.spellings.map((s) =>
      phraseOf(
        s.map((w) => [w]),
        broad,
      ),
    ),
  ].join(" | ")})`;
}

/** One group's tsquery: any of its clauses. */
export const compileGroup = (g: Clause[], broad = false) => (g.length === 1 ? compileClause(g[0]!, broad) : `(${g.map((c) => compileClause(c, broad)).join(" | ")})`);

/** The to_tsquery('simple', ...) text of a parsed query, or null when nothing positive is left to search for. */
export function compileTsquery(q: ParsedQuery): string | null {
  if (q.groups.length === 0) return null;
  const must = q.groups.map((g) => compileGroup(g));
  const not = q.excluded.map((c) => `!${compileClause(c)}`);
  return [...must, ...not].join(" & ");
}

/** Stems whose words a snippet highlights: every positive alternative, each spelling of a named entity (`broad`: and the broader forms partial matches ask for). */
export function highlightStems(q: ParsedQuery, broad = false): Set<string> {
  const out = new Set<string>();
  const alts = broad ? broadAlternativesOf : alternativesOf;
  for (const g of q.groups) {
    for (const c of g) {
      if (c.kind === "word") lexemesOf(c.stems, broad).forEach((s) => out.add(s));
      else if (c.kind === "phrase") c.stems.forEach((w) => lexemesOf(w, broad).forEach((x) => out.add(x)));
      else if (c.kind === "any") c.forms.forEach((f) => f.forEach((w) => alts(w).forEach((x) => out.add(x))));
      else c.entity.spellings.forEach((s) => s.forEach((x) => alts(x).forEach((y) => out.add(y))));
    }
  }
  return out;
}
