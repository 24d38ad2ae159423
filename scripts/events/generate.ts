// A generated corpus for speed checks: events over 2013-2017 between gazetteer people, each reported by
// one to five outlets that rewrite shared phrases with their own filler, some a day late, some undated.
// Deterministic (seeded), with the gold event of every article.
import { loadEventNames } from "../../lib/events/names";
import { isoOf, dayOf, weekdayOfDay } from "../../lib/events/days";
import type { CoverageItem } from "../../lib/events/types";
import { loadGazetteers } from "../../lib/entities/gazetteers";
import { WEEKDAY_NAMES } from "../../lib/arabic/weekdays";

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = "بتثجحخدذرزسشصضطظعغفقكمنهي";
const KINDS = [
  { kind: "call", cue: "اتصالا هاتفيا" },
  { kind: "meeting", cue: "اجتماعا" },
  { kind: "visit", cue: "زيارة" },
  { kind: "statement", cue: "بيانا" },
] as const;

export interface GeneratedCorpus {
  items: CoverageItem[];
  goldOf: Map<string, string>;
}

export function generateCoverage(n: number, seed = 1): GeneratedCorpus {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const word = () => Array.from({ length: 4 + Math.floor(random() * 4) }, () => pick([...LETTERS])).join("");
  const background = Array.from({ length: 3000 }, word);
  const people = loadGazetteers()
    .people.filter((p) => p.variants.includes(p.nameAr))
    .slice(0, 40);
  const cities = ["موسكو", "جنيف", "فيينا", "لندن", "باريس", "نيويورك", "واشنطن", "ميونيخ", "لوزان", "أستانا", "الرياض", "أنقرة"];
  const names = loadEventNames();
  const start = dayOf("2013-01-01");
  const span = dayOf("2017-12-31") - start;

  const items: CoverageItem[] = [];
  const goldOf = new Map<string, string>();
  for (let e = 0; items.length < n; e++) {
    const k = pick(KINDS);
    const a = pick(people);
    let b = pick(people);
    while (b === a) b = pick(people);
    const city = pick(cities);
    const day = start + Math.floor(random() * span);
    const phrases = Array.from({ length: 8 }, () => Array.from({ length: 6 + Math.floor(random() * 5) }, () => pick(background)).join(" "));
    const reports = 1 + Math.floor(random() * 5);
    for (let r = 0; r < reports && items.length < n; r++) {
      const lag = k.kind === "visit" ? Math.floor(random() * 3) : random() < 0.3 ? 1 : 0;
      const undated = random() < 0.1;
      const weekday = WEEKDAY_NAMES.find(([d]) => d === weekdayOfDay(day + (k.kind === "visit" ? lag : 0)))![1][0];
      const place = k.kind === "call" ? "" : ` في ${city}`;
      const lead = `أجرى ${a.nameAr} ${undated && random() < 0.3 ? "" : weekday} ${k.cue} مع ${b.nameAr}${place} لبحث ${pick(phrases)}.`;
      const paragraphs = [lead];
      for (let p = 0; p < 5; p++) {
        const words = Array.from({ length: 40 }, () => pick(background));
        words.splice(Math.floor(random() * 30), 0, pick(phrases));
        if (random() < 0.5) words.splice(Math.floor(random() * 30), 0, pick(phrases));
        paragraphs.push(`${words.join(" ")}.`);
      }
      const key = `g${items.length}`;
      items.push({
        key,
        title: `${names.personShort(a.id)} و${names.personShort(b.id)}: ${pick(phrases)}`,
        body: paragraphs.join("\n\n"),
        publishedAt: undated ? null : isoOf(day + lag),
        dateBasis: undated ? "unknown" : "explicit",
        dateEvidence: null,
        outlet: { id: `outlet-${Math.floor(random() * 30)}`, nameAr: "منفذ" },
        people: [a.id, b.id],
        places: [],
        datelineCity: random() < 0.5 ? city : null,
      });
      goldOf.set(key, `e${e}`);
    }
  }
  return { items, goldOf };
}
