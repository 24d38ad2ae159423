// People the gazetteer does not know, found from the way news introduces them (data/role-patterns.json):
//   role + complement + name    «وزير الخارجية الأردني ناصر جودة», «نظيره الألماني، فرانك فالتر شتاينماير»
//   name + role + complement    «مارتن نسيركي، الناطق باسم الأمين العام»
//   a coordinated name          «… جون كيري والبريطاني فيليب هاموند»
// Precision first: a name is 2-4 name-like words (particles such as بن، عبد، آل ride along), never across
// punctuation, never a common word, a place, an organisation, a role or a nationality; a definite word ends
// it («خالد العطية»). Names the gazetteer knows are left to it: discovery starts only where no mention is.
import type { Token } from "../arabic/tokens";
import { peel, type RoleLexicon, type RoleWord } from "../entities/role-patterns";

export interface Span {
  first: number;
  last: number;
}

export interface DiscoveryContext {
  lex: RoleLexicon;
  /** Gazetteer people mentions in this text (token spans). */
  known: Span[];
  /** Places and organisations found in this text (token spans). */
  entities: Array<Span & { place: boolean }>;
  /** A single word that is a place or organisation spelling anywhere in the gazetteers. */
  entityWord(norm: string): boolean;
  /** First names of gazetteer people and the lexicon: a name may start with one even if it looks like a common word. */
  firstName(norm: string): boolean;
}

export interface Discovery extends Span {
  /** The name as written, spaces normalised. */
  name: string;
  /** The introducing role as written («وزير الخارجية الأردني»), null for a coordinated name. */
  role: string | null;
  /** The country or body of the role's nationality adjective. */
  country: string | null;
}

const MAX_UNITS = 4;
const MAX_COMPLEMENT = 10;
const ARABIC_WORD = /^[\u0621-\u064a]+$/;
// Inside a complement or before a name: spaces, a comma, parentheses («الأطلسي (ناتو) ينس»).
const SOFT_GAP = /^[\s\u00a0،,()-]*$/;
const COMMA = /[،,]/;
// Verbal nouns of the derived stems (تفعيل، انفعال، افتعال، استفعال، مفاعلة): تعزيز، انسحاب، اجتماع، استقبال،
// مشاركة are the object of a sentence, never a name.
const C = "[^\u0627\u0648\u064a]";
const MASDAR = new RegExp(`^(?:ت${C}${C}ي${C}|ان${C}${C}ا${C}|ا${C}ت${C}ا${C}|است${C}${C}ا${C}|م${C}ا${C}${C}ه)$`);

export function discoverPeople(text: string, tokens: Token[], ctx: DiscoveryContext): Discovery[] {
  const knownAt = new Map(ctx.known.map((s) => [s.first, s]));
  const entityAt = new Map(ctx.entities.map((s) => [s.first, s]));
  const coveredMask = new Uint8Array(tokens.length);
  for (const s of ctx.known) coveredMask.fill(1, s.first, s.last + 1);
  for (const s of ctx.entities) coveredMask.fill(1, s.first, s.last + 1);
  const covered = { has: (i: number) => coveredMask[i] === 1 };
  const gap = (i: number) => (i > 0 ? text.slice(tokens[i - 1]!.end, tokens[i]!.start) : "");
  const out: Discovery[] = [];
  const taken = new Set<number>();

  const isFirstName = (norm: string) => ctx.firstName(norm) || ctx.lex.firstName(norm);
  // «على» folds to «علي»: a word written with final ى that is also a function word is the function word.
  const opensName = (t: Token) => isFirstName(t.norm) && !(/ى$/.test(t.raw) && ctx.lex.listed(t.norm));

  const nameLike = (i: number, afterNationality = false, leading = true): boolean => {
    const t = tokens[i];
    if (!t || covered.has(i) || !ARABIC_WORD.test(t.norm) || t.norm.length < 2) return false;
    // A first name opens a name (or follows بن، أبو); later, «على» folded is «علي» and ends it.
    if (leading && opensName(t)) return true;
    const { lex } = ctx;
    if (lex.notName(t.norm) || lex.particle(t.norm) || lex.role(t.norm) || lex.nationality(t.norm) || lex.complementWord(t.norm)) return false;
    if (ctx.entityWord(t.norm) || ctx.entityWord(peel(t.norm).core) || peel(t.norm).definite || MASDAR.test(t.norm)) return false;
    // و opens the next item of a list or sentence; ل before a consonant is a preposition (لحركة، لمشاركة).
    if (/^ل[^اوي]/.test(t.norm)) return false;
    // «بقي عقبة أساسية»: a later word in ـية is an adjective (أساسية، رسمية), not a name.
    if (!leading && /ية$/.test(t.raw) && t.norm.length >= 5) return false;
    if (!/^و/.test(t.norm) || afterNationality) return true;
    // و opens the next item of a list («وفيليب هاموند») or of the sentence; inside a name it may be a
    // letter of the surname («ديفيد ويلسون»), when what follows it is no word or name of its own.
    const rest = t.norm.slice(1);
    const last = !tokens[i + 1]?.joined;
    return !leading && last && !isFirstName(rest) && !lex.notName(rest) && !lex.role(rest) && !lex.nationality(rest) && !/^ال/.test(rest);
  };

  /** The name starting at token `j`: 2-4 units, or null. */
  const readName = (j: number, afterNationality = false, strong = afterNationality): Span | null => {
    let units = 0;
    let pending = false; // a particle that needs a word after it
    let last = -1;
    for (let k = j; k < tokens.length; k++) {
      const t = tokens[k]!;
      if ((k > j && !t.joined) || covered.has(k)) break;
      if (ctx.lex.particle(t.norm)) {
        pending = true;
        continue;
      }
      if (/^ال/.test(t.norm) && !isFirstName(t.norm)) {
        // عبد الرحمن، أبو بكر البغدادي، آل ثاني: a definite word after a particle is part of the name;
        // otherwise a definite surname ends it («خالد العطية»).
        // After a particle any word but a common one (عبد الأمير); a surname must not be a role, a place or a
        // nationality, unless the name ends there («محمد شياع السوداني،»).
        const ends = !tokens[k + 1]?.joined;
        const surname =
          !ctx.lex.notName(t.norm) && (pending || (!ctx.lex.role(t.norm) && !ctx.lex.complementWord(t.norm) && !ctx.entityWord(t.norm) && (ends || !ctx.lex.nationality(t.norm))));
        // «شارل ديبوا الوفد»: without a particle, only a name that opens with a first name takes a definite
        // surname; «نور الدين» is one name whatever opens it.
        const compound = units > 0 && ctx.lex.nameSuffix(t.norm);
        // After a nationality («والعراقي إبرهيم الجعفري») a surname that closes the phrase is taken too.
        const closes = !tokens[k + 1]?.joined || ctx.lex.notName(tokens[k + 1]!.norm) || !!ctx.lex.nationality(tokens[k + 1]!.norm);
        const opened = opensName(tokens[j]!) || (strong && closes);
        if (!surname || (!pending && !compound && (units === 0 || !opened))) break;
        if (compound) {
          last = k;
          continue;
        }
        units++;
        last = k;
        if (!pending) break;
        pending = false;
        continue;
      }
      if (!nameLike(k, afterNationality && k === j, units === 0 || pending)) break;
      units++;
      pending = false;
      last = k;
      if (units > MAX_UNITS) return null;
    }
    if (units < 2 || last < 0) return null;
    // «هربرت ريموند ماكماستر»: a name running into a gazetteer person is that person, spelt more fully.
    if (knownAt.has(last + 1) && tokens[last + 1]!.joined) return null;
    // «سيجمار جبرييل عقده»: a short word with a pronoun (ه، ها) after two name words is the sentence going on.
    const tail = tokens[last]!;
    if (units > 2 && /(?:ه|ها|هم|هما)$/.test(tail.raw) && tail.norm.length <= 5) last = previousUnit(last, j);
    return last > j ? { first: j, last } : null;
  };

  /** Words a complement is made of (after its linkers): a body, a place, a nationality, a noun phrase. */
  const complementWord = (k: number) => {
    const norm = tokens[k]!.norm;
    const kind = ctx.lex.complementWord(norm);
    if (kind === "word" || kind === "construct" || ctx.lex.role(norm)) return true;
    // «وزير الخارجية الأمريكي الذي …»: a relative pronoun or another common word ends it.
    return peel(norm).definite && !ctx.lex.listed(norm);
  };
  const complementStart = (k: number) => k < tokens.length && (entityAt.has(k) || !!ctx.lex.nationality(tokens[k]!.norm) || complementWord(k));

  /** The last name word before `k` (particles skipped). */
  const previousUnit = (k: number, j: number) => {
    let p = k - 1;
    while (p > j && ctx.lex.particle(tokens[p]!.norm)) p--;
    return p;
  };

  /** Where a role's complement ends (the first word that may start a name), and the nationality it names. */
  const readComplement = (from: number, role: RoleWord) => {
    let k = from;
    let country: string | null = null;
    let consumed = 0;
    let lastOrigin = -1;
    while (k < tokens.length && consumed < MAX_COMPLEMENT) {
      if (k > from && !SOFT_GAP.test(gap(k))) break;
      if (knownAt.has(k)) break;
      // «الأطلسي (ناتو) ينس …»: a gloss in parentheses belongs to the complement.
      if (k > from && gap(k).includes("(")) {
        let close = k;
        while (close < tokens.length - 1 && close - k < 4 && !gap(close + 1).includes(")")) close++;
        if (close + 1 < tokens.length && gap(close + 1).includes(")")) {
          k = close + 1;
          consumed++;
          continue;
        }
      }
      if (opensName(tokens[k]!)) break;
      const entity = entityAt.get(k);
      const norm = tokens[k]!.norm;
      const nat = entity ? null : ctx.lex.nationality(norm);
      // «نظيره الألماني فرانك …»: a counterpart's complement is its nationality alone.
      if (role.counterpart && (!nat || consumed > 0)) break;
      if (entity) {
        k = entity.last + 1;
        // «وزراء خارجية تركيا فريدون …»: a country names the role's side as a nationality does.
        if (entity.place) lastOrigin = k - 1;
      } else if (nat) {
        country ??= nat;
        lastOrigin = k;
        k++;
      } else if (ctx.lex.complementWord(norm) === "linker") {
        // A preposition belongs to the role only with a place, a body or a definite noun after it.
        if (!complementStart(k + 1)) break;
        k++;
      } else if (complementWord(k)) {
        k++;
      } else break;
      consumed++;
    }
    return { next: k, country, consumed, endsWithOrigin: lastOrigin >= 0 && lastOrigin === k - 1 };
  };

  const excludedAt = (k: number) => ctx.lex.excluded.some((words) => words.every((w, j) => tokens[k + j] && peel(tokens[k + j]!.norm).core === peel(w).core));

  const add = (span: Span, role: string | null, country: string | null) => {
    for (let i = span.first; i <= span.last; i++) if (taken.has(i)) return;
    for (let i = span.first; i <= span.last; i++) taken.add(i);
    const name = text.slice(tokens[span.first]!.start, tokens[span.last]!.end).replace(/\s+/g, " ");
    out.push({ ...span, name, role, country });
  };

  /** «… والبريطاني فيليب هاموند، والفرنسي لوران فابيوس، ومن قطر خالد العطية»: names listed after one a role introduced. */
  const chain = (after: number) => {
    let k = after + 1;
    while (k < tokens.length - 1 && SOFT_GAP.test(gap(k))) {
      const norm = tokens[k]!.norm;
      let country = /^و/.test(norm) ? ctx.lex.nationality(norm) : null;
      let nameAt = k + 1;
      if (!country && (norm === "ومن" || norm === "من")) {
        const place = entityAt.get(k + 1);
        if (!place?.place) return;
        nameAt = place.last + 1;
      } else if (!country) return;
      if (!SOFT_GAP.test(gap(nameAt))) return;
      const known = knownAt.get(nameAt);
      const span = known ?? readName(nameAt, true);
      if (!span) return;
      if (!known) add(span, null, country);
      country = null;
      k = span.last + 1;
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const role = ctx.lex.role(tokens[i]!.norm);
    if (!role) continue;
    if (excludedAt(i + 1)) continue;
    const c = readComplement(i + 1, role);
    if ((role.counterpart || role.plural) && !c.endsWithOrigin) continue;
    if (c.consumed === 0 && !(role.bare && role.definite)) continue;
    const roleText = text.slice(tokens[i]!.start, tokens[c.next - 1]!.end).replace(/\s+/g, " ");
    const j = c.next;
    if (j < tokens.length && SOFT_GAP.test(gap(j))) {
      const known = knownAt.get(j);
      const span = known ?? readName(j, false, c.endsWithOrigin);
      if (span) {
        if (!known) add(span, roleText, c.country);
        chain(span.last);
        i = span.last;
        continue;
      }
    }
    // The name before its role: «مارتن نسيركي، الناطق باسم …».
    if (c.consumed > 0 && !role.counterpart && !role.plural && i > 1) {
      const span = nameBefore(i, role.definite || COMMA.test(gap(i)));
      if (span) add(span, roleText, c.country);
    }
  }
  return out.sort((a, b) => a.first - b.first);

  function nameBefore(roleAt: number, apposed: boolean): Span | null {
    if (!apposed || !SOFT_GAP.test(gap(roleAt)) || /[()]/.test(gap(roleAt))) return null;
    // Walk back over the words that could be the name, then read it forwards from each possible start.
    for (let start = roleAt - 2; start >= Math.max(0, roleAt - 1 - MAX_UNITS - 2); start--) {
      const before = start > 0 ? tokens[start - 1]! : null;
      const opensHere = !before || !tokens[start]!.joined || ctx.lex.notName(before.norm);
      if (!opensHere || knownAt.has(start)) continue;
      const span = readName(start);
      if (span && span.last === roleAt - 1 && opensName(tokens[start]!)) return span;
    }
    return null;
  }
}
