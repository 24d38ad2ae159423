// Latin names to candidate Arabic spellings, for a name typed in English that no gazetteer knows
// ("Jubeir" → جبير, جوبير; "Peskov" → بيسكوف, بسكوف). Arabic writes long vowels and usually drops short ones,
// and the press is inconsistent about which is which, so a few spellings are produced (short a/e/i written
// or not, u/o written or not); the search keeps the ones its index holds. Rough by design: candidates only.

/** One position of the word: its possible Arabic renderings ("" = not written). */
type Segment = string[];

const DIGRAPHS: Array<[string, Segment]> = [
  ["sch", ["ش"]],
  ["tch", ["تش"]],
  ["dzh", ["ج"]],
  ["sh", ["ش"]],
  ["ch", ["تش", "ش"]],
  ["kh", ["خ"]],
  ["gh", ["غ"]],
  ["th", ["ث", "ت"]],
  ["ph", ["ف"]],
  ["zh", ["ج", "ز"]],
  ["dj", ["ج"]],
  ["ck", ["ك"]],
  ["qu", ["كو"]],
  ["ts", ["تس"]],
  ["tz", ["تز"]],
];

const CONSONANTS: Record<string, Segment> = {
  b: ["ب"],
  d: ["د"],
  f: ["ف"],
  h: ["ه"],
  j: ["ج"],
  k: ["ك"],
  l: ["ل"],
  m: ["م"],
  n: ["ن"],
  p: ["ب"],
  q: ["ق"],
  r: ["ر"],
  s: ["س"],
  t: ["ت"],
  v: ["ف"],
  w: ["و"],
  x: ["كس"],
  z: ["ز"],
};

const VOWEL = /[aeiouy]/;
/** At most this many spellings per word. */
export const MAX_SPELLINGS = 6;

function segments(word: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < word.length) {
    const rest = word.slice(i);
    const c = word[i]!;
    const first = i === 0;
    const last = i === word.length - 1;
    const di = DIGRAPHS.find(([d]) => rest.startsWith(d));
    if (di) {
      out.push(di[1]);
      i += di[0].length;
      continue;
    }
    // Vowel pairs: ee, ea, ie, ei, ey, ai, ay → ي (or اي); oo, ou, oe, eu → و.
    const pair = rest.slice(0, 2);
    if (/^(ee|ea|ie|ei|ey|ai|ay)$/.test(pair)) {
      out.push(first ? ["اي", "إي"] : /^(ei|ey|ai|ay)$/.test(pair) ? ["اي", "ي"] : ["ي"]);
      i += 2;
      continue;
    }
    if (/^(oo|ou|oe|eu|au)$/.test(pair)) {
      out.push(first ? ["او", "أو"] : ["و"]);
      i += 2;
      continue;
    }
    // s between vowels is often voiced (Lausanne → لوزان).
    if (c === "s" && !first && !last && VOWEL.test(word[i - 1]!) && VOWEL.test(word[i + 1] ?? "")) out.push(["س", "ز"]);
    else if (c === "c") out.push(/[eiy]/.test(word[i + 1] ?? "") ? ["س"] : ["ك"]);
    else if (c === "g") out.push(/[eiy]/.test(word[i + 1] ?? "") ? ["ج", "غ"] : ["غ", "ج"]);
    else if (c === "y") out.push(first || VOWEL.test(word[i + 1] ?? "") ? ["ي"] : ["ي"]);
    else if (c === "a") out.push(first ? ["ا", "أ"] : last ? ["ا"] : ["ا", ""]);
    else if (c === "e" || c === "i") out.push(first ? ["ا", "إ"] : last && c === "e" ? ["", "ي"] : ["ي", ""]);
    else if (c === "o" || c === "u") out.push(first ? ["او", "أو"] : ["و", ""]);
    else if (CONSONANTS[c]) out.push(CONSONANTS[c]!);
    // Anything else (an apostrophe, a hyphen, a digit) is not spelt.
    i++;
  }
  // A doubled consonant is written once (Kerry → كيري).
  return out.filter((s, k) => k === 0 || s.join() !== out[k - 1]!.join() || s.includes(""));
}

/**
 * Candidate Arabic spellings of one Latin word, the most literal first (every vowel written), then with
 * fewer short vowels. Empty for anything that is not a Latin word of three letters or more.
 */
export function arabicSpellings(latin: string): string[] {
  const word = latin
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  if (!/^[a-z][a-z'-]{2,}$/.test(word)) return [];
  let spellings = [""];
  for (const seg of segments(word)) {
    spellings = spellings.flatMap((s) => seg.map((x) => s + x));
    // Keep the product bounded: the literal reading (first choices) stays first.
    if (spellings.length > 64) spellings = spellings.slice(0, 64);
  }
  const ranked = [...new Set(spellings)].filter((s) => s.length >= 3);
  // Most literal first, then the shortest readings (the press drops short vowels), then the rest.
  const literal = ranked[0];
  const byLength = [...ranked].sort((a, b) => a.length - b.length);
  return [...new Set([literal, ...byLength.slice(0, 2), ...ranked])].filter((s): s is string => Boolean(s)).slice(0, MAX_SPELLINGS);
}
