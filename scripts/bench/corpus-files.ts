// A generated folder of input files for load and fault tests: variants of the sample articles (each a
// distinct input, so a distinct contentHash) with their realistic size, noise and metadata.
import fs from "node:fs";
import path from "node:path";
import { listInputFiles } from "../../lib/load/read-inputs";

const SAMPLES = path.resolve(import.meta.dirname, "..", "..", "data", "samples");

/** Writes `count` article files into `dir` (created if missing) and returns their paths. */
export function writeCorpusFiles(dir: string, count: number): string[] {
  const samples = listInputFiles([SAMPLES]).map((file) => fs.readFileSync(file, "utf8"));
  fs.mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `article-${String(i).padStart(6, "0")}.txt`);
    // A trailing reference line keeps each file distinct without changing what is extracted.
    fs.writeFileSync(file, `${samples[i % samples.length]!.trimEnd()}\n\nرقم المرجع ${i}\n`);
    return file;
  });
}
