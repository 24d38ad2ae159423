// `node scripts/run.mjs scripts/golden/make-encoded-cases.ts`: writes the input of every encoded golden
// case (see scripts/golden/encoded-cases.ts) from its UTF-8 source.
import fs from "node:fs";
import path from "node:path";
import { ENCODED_CASES, encodeCase, inputPath } from "./encoded-cases";

for (const c of ENCODED_CASES) {
  const bytes = encodeCase(c);
  fs.writeFileSync(inputPath(c), bytes);
  console.log(
    `${path.relative(process.cwd(), inputPath(c))}: ${bytes.length} bytes, ${c.encoding}${c.bom ? " with BOM" : ""}${c.crlf ? ", CRLF" : ""}${c.truncate ? `, last ${c.truncate} bytes cut` : ""}`,
  );
}
