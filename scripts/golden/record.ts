// `node scripts/run.mjs scripts/golden/record.ts <input.txt|input.html> [case-name]`
// Records a golden case from an input file: copies it (and its .meta.json sidecar) into
// tests/golden/<case>/ and writes the CURRENT extraction as expected.json / expected-body.txt.
// A human must then read and correct both files: the recording is a draft, not a truth.
import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "../../lib/extract/extract";
import { GOLDEN_DIR, readCaseInput, toExpected } from "./harness";

const [inputFile, nameArg] = process.argv.slice(2);
if (!inputFile) {
  console.error("usage: record.ts <input.txt> [case-name]");
  process.exit(2);
}
const name =
  nameArg ??
  path
    .basename(inputFile, path.extname(inputFile))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
const dir = path.join(GOLDEN_DIR, name);
if (fs.existsSync(dir)) {
  console.error(`✗ ${path.relative(process.cwd(), dir)} exists; choose another name or delete it first`);
  process.exit(1);
}
fs.mkdirSync(dir, { recursive: true });
// HTML stays HTML (the extension decides how the input is read); everything else is input.txt, bytes as they are.
fs.copyFileSync(inputFile, path.join(dir, /^\.html?$/i.test(path.extname(inputFile)) ? "input.html" : "input.txt"));
const sidecar = path.join(path.dirname(inputFile), `${path.basename(inputFile, path.extname(inputFile))}.meta.json`);
if (fs.existsSync(sidecar)) fs.copyFileSync(sidecar, path.join(dir, "input.meta.json"));

const x = extractArticle(readCaseInput(dir));
const expected = { note: "RECORDED: check every field against the page before committing", ...toExpected(x) };
fs.writeFileSync(path.join(dir, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
fs.writeFileSync(path.join(dir, "expected-body.txt"), `${x.body}\n`);
console.log(`recorded ${path.relative(process.cwd(), dir)}: title ${JSON.stringify(x.title)}, ${x.body.split("\n\n").length} paragraphs`);
if (x.warnings.length) console.log(`warnings: ${x.warnings.join("; ")}`);
console.log("now read expected.json and expected-body.txt and correct them by hand.");
