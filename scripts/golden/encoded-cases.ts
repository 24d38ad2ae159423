// Golden cases whose input is not plain UTF-8: each is made from a readable UTF-8 source in its folder
// (source.utf8.txt or source.utf8.html) by scripts/golden/make-encoded-cases.ts, so the bytes can be
// regenerated and reviewed. encoded-cases.test.ts checks that the committed inputs match their sources.
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { GOLDEN_DIR } from "./harness";

export interface EncodedCase {
  name: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1256" | "iso-8859-6";
  html?: boolean;
  bom?: boolean;
  crlf?: boolean;
  /** Bytes cut off the end (to leave a truncated UTF-8 sequence). */
  truncate?: number;
}

export const ENCODED_CASES: EncodedCase[] = [
  { name: "cp1256-alquds-text", encoding: "windows-1256" },
  { name: "iso8859-6-hayat-text", encoding: "iso-8859-6" },
  { name: "utf16le-bom-rt-text", encoding: "utf-16le", bom: true },
  { name: "utf8-bom-crlf-skynews-text", encoding: "utf-8", bom: true, crlf: true },
  // The file ends inside the two bytes of the last letter ("ة" of محفوظة): a cut download.
  { name: "truncated-utf8-sputnik-text", encoding: "utf-8", truncate: 2 },
  // The page declares windows-1256 but its bytes are UTF-8.
  { name: "html-declared-1256-actually-utf8", encoding: "utf-8", html: true },
  { name: "html-cp1256-declared-alkhaleej", encoding: "windows-1256", html: true },
];

const BOMS: Record<string, number[]> = { "utf-8": [0xef, 0xbb, 0xbf], "utf-16le": [0xff, 0xfe], "utf-16be": [0xfe, 0xff] };

export const sourcePath = (c: EncodedCase) => path.join(GOLDEN_DIR, c.name, c.html ? "source.utf8.html" : "source.utf8.txt");
export const inputPath = (c: EncodedCase) => path.join(GOLDEN_DIR, c.name, c.html ? "input.html" : "input.txt");

export function encodeCase(c: EncodedCase): Buffer {
  let text = fs.readFileSync(sourcePath(c), "utf8");
  if (c.crlf) text = text.replace(/\r?\n/g, "\r\n");
  const body = iconv.encode(text, c.encoding);
  // Single-byte code pages replace what they cannot hold with "?": refuse a source that would lose text.
  if (iconv.decode(body, c.encoding) !== text) throw new Error(`${c.name}: the source has characters ${c.encoding} cannot hold`);
  const bytes = Buffer.concat([Buffer.from(c.bom ? (BOMS[c.encoding] ?? []) : []), body]);
  return c.truncate ? bytes.subarray(0, bytes.length - c.truncate) : bytes;
}
