// Extraction throughput on one core, over the samples and the golden inputs.
// `node scripts/run.mjs scripts/bench/extract.ts [seconds-per-measure=3]`
// Text: extraction alone, and bytes-to-article (decode + checks + extraction). HTML: bytes-to-article
// (readability over linkedom + extraction) on the golden pages, and on heavier pages built from them
// with the weight of real article pages (menus, inline scripts, comment threads: 50-100 KB).
import fs from "node:fs";
import path from "node:path";
import { loadGazetteers } from "../../lib/entities/gazetteers";
import { extractArticle } from "../../lib/extract/extract";
import { prepareInput } from "../../lib/extract/prepare-input";
import { listInputFiles } from "../../lib/load/read-inputs";
import { caseInputFile, GOLDEN_DIR, listCases } from "../golden/harness";
import { ROOT } from "../lib/product-database";

const seconds = Number(process.argv[2] ?? 3);

interface Item {
  name: string;
  bytes: Uint8Array;
}

const golden: Item[] = listCases().map((c) => {
  const file = caseInputFile(path.join(GOLDEN_DIR, c))!;
  return { name: file, bytes: fs.readFileSync(path.join(GOLDEN_DIR, c, file)) };
});
const samples: Item[] = listInputFiles([path.join(ROOT, "data", "samples")]).map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) }));
const text = [...samples, ...golden.filter((g) => !g.name.endsWith(".html"))];
const html = golden.filter((g) => g.name.endsWith(".html"));

/** A golden page with the chrome of a real one around it: a big menu, inline scripts, a long comment thread. */
function heavy(page: Item): Item {
  const source = Buffer.from(page.bytes).toString("utf8");
  const menu = `<nav class="mega-menu"><ul>${Array.from({ length: 300 }, (_, i) => `<li><a href="/section/${i}">قسم رقم ${i} من أقسام الموقع</a></li>`).join("")}</ul></nav>`;
  const script = `<script>${"var tracker = {id: 'UA-000', events: ['view', 'scroll', 'click']}; ".repeat(400)}</script>`;
  const comments = `<section id="comments">${Array.from({ length: 60 }, (_, i) => `<div class="comment"><span class="author">قارئ ${i}</span><p>تعليق رقم ${i}: هذا الاتفاق لن يصمد طويلا لأن الأطراف على الأرض لم تلتزم بأي هدنة سابقة في حلب أو غيرها.</p></div>`).join("")}</section>`;
  const body = source.replace(/<body([^>]*)>/i, `<body$1>${menu}${script}`).replace(/<\/body>/i, `${comments}</body>`);
  return { name: `heavy-${page.name}`, bytes: Buffer.from(body, "utf8") };
}
const heavyHtml = html.filter((h) => !/charset=windows-1256/i.test(Buffer.from(h.bytes).toString("latin1"))).map(heavy);

/** Runs `fn` over the items round after round for about `seconds`; returns items per second. */
function measure(items: Item[], fn: (item: Item, index: number) => void): number {
  items.forEach(fn); // warm-up (and JIT)
  let n = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() < deadline) {
    items.forEach(fn);
    n += items.length;
  }
  return n / (Number(process.hrtime.bigint() - start) / 1e9);
}

const prepare = (item: Item) => prepareInput(item.bytes, { fileName: item.name }).input;
const kb = (items: Item[]) => (items.reduce((s, i) => s + i.bytes.length, 0) / items.length / 1024).toFixed(1);

loadGazetteers();
const preparedText = text.map(prepare);
const report = (label: string, items: Item[], rate: number) =>
  console.log(`${label.padEnd(44)} ${String(Math.round(rate)).padStart(6)} articles/s  (${items.length} inputs, mean ${kb(items)} KB)`);

report(
  "text: extraction only",
  text,
  measure(text, (_, i) => extractArticle(preparedText[i]!)),
);
report(
  "text: bytes to article (decode + extract)",
  text,
  measure(text, (item) => extractArticle(prepare(item))),
);
report(
  "html: bytes to article (golden pages)",
  html,
  measure(html, (item) => extractArticle(prepare(item))),
);
report("html: HTML to text only (golden pages)", html, measure(html, prepare));
report(
  "html: bytes to article (heavy pages)",
  heavyHtml,
  measure(heavyHtml, (item) => extractArticle(prepare(item))),
);
