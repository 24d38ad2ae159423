// Time of compareArticles on two ~2,000-word Arabic articles built from the samples' sentences:
// the second keeps some of the first's sentences, edits some lightly, reorders the words of some,
// and replaces the rest with unrelated word salad from the same vocabulary; the order is shuffled.
// `npm run bench:compare [-- runs=60]` prints p50 / p95 in ms (issue #5 asks for under 100 ms).
import fs from "node:fs";
import path from "node:path";
import { compareArticles } from "../../lib/compare/compare";
import { splitSentences } from "../../lib/compare/sentences";
import type { CompareInput } from "../../lib/compare/types";
import { extractArticle } from "../../lib/extract/extract";
import { listInputFiles } from "../../lib/load/read-inputs";
import { ROOT } from "../lib/product-database";
import { compareInput } from "../compare/input";

const runs = Math.max(50, Number(process.argv[2] ?? 60));
const TARGET_WORDS = 2000;

// A fixed-seed generator: every run of the benchmark compares the same two articles.
let seed = 0x2016;
const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const shuffle = <T>(list: T[]) => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
};
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

const pool = listInputFiles([path.join(ROOT, "data", "samples")]).flatMap((f) =>
  splitSentences(extractArticle({ fileName: path.basename(f), text: fs.readFileSync(f, "utf8") }).body).map((s) => s.text),
);
const vocabulary = pool.flatMap((s) => s.split(/\s+/));

// Article A: the pool in a shuffled order, again with a day added when it runs out.
const a: string[] = [];
for (let round = 0; a.join(" ").split(/\s+/).length < TARGET_WORDS; round++)
  for (const s of shuffle([...pool])) a.push(round === 0 ? s : s.replace(/[.؟!]?$/, ` في اليوم ${round + 1}.`));

const edit = (s: string) => {
  const w = s.split(" ");
  w.splice(1 + Math.floor(random() * (w.length - 1)), 1, pick(vocabulary));
  if (w.length > 6) w.splice(2 + Math.floor(random() * (w.length - 3)), 1);
  return w.join(" ");
};
const b = shuffle(
  a.map((s) => {
    const r = random();
    if (r < 0.4) return s;
    if (r < 0.65) return edit(s);
    if (r < 0.8) return shuffle(s.split(" ")).join(" ");
    return Array.from({ length: wordCount(s) }, () => pick(vocabulary)).join(" ");
  }),
);

const article = (id: number, sentences: string[]): CompareInput =>
  compareInput(
    id,
    sentences
      .map((s, i) => (i % 3 === 2 ? `${s}\n\n` : `${s} `))
      .join("")
      .trim(),
  );
const inputs = [article(1, a), article(2, b)];

const first = compareArticles(inputs); // warm-up, and the figures to print
for (let i = 0; i < 5; i++) compareArticles(inputs);
// Wall time, and this process's CPU time: on a busy machine the second is what the code costs.
const times: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const c = process.cpuUsage();
  const t = performance.now();
  compareArticles(inputs);
  times.push(performance.now() - t);
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
}
const sorted = (list: number[]) => [...list].sort((x, y) => x - y);
const at = (list: number[], p: number) => sorted(list)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))]!;
console.log(`articles: ${inputs.map((x) => `${wordCount(x.body)} words / ${splitSentences(x.body).length} sentences`).join(", ")}`);
console.log(`classes of the second: ${JSON.stringify(first.articles[1]!.classCounts)}`);
console.log(
  `compareArticles over ${runs} runs: p50 ${at(times, 50).toFixed(1)} ms, p95 ${at(times, 95).toFixed(1)} ms (wall); CPU p50 ${at(cpu, 50).toFixed(1)} ms, p95 ${at(cpu, 95).toFixed(1)} ms`,
);
