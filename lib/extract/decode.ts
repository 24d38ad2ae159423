// Bytes to text. A BOM decides; then UTF-16 without a BOM (its NUL pattern), strict UTF-8, and the two Arabic
// single-byte code pages. Detectors (and pages' own <meta charset>) often name the wrong Arabic code page,
// so every plausible candidate is decoded and the one that reads most like Arabic text wins.
import chardet from "chardet";
import iconv from "iconv-lite";
import { arabicQuality, type Quality } from "./text-quality";

export interface Decoded {
  text: string;
  /** Canonical name of the encoding used ("utf-8", "utf-16le", "windows-1256", "iso-8859-6", ...). */
  encoding: string;
  /** How it was chosen. */
  via: "bom" | "utf-16-pattern" | "utf-8" | "ascii" | "scored";
  warnings: string[];
}

export interface DecodeOptions {
  /** The charset the document declares (HTML <meta charset>): evidence, not truth. */
  declared?: string | null;
}

const SAMPLE_BYTES = 64 * 1024;
// A declared charset keeps its word unless another candidate reads clearly better.
const DECLARED_MARGIN = 0.05;

const ALIASES: Record<string, string> = {
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  cp1256: "windows-1256",
  "x-cp1256": "windows-1256",
  windows1256: "windows-1256",
  "iso8859-6": "iso-8859-6",
  "iso_8859-6": "iso-8859-6",
  "iso-ir-127": "iso-8859-6",
  arabic: "iso-8859-6",
  "asmo-708": "iso-8859-6",
  "ecma-114": "iso-8859-6",
  // Browsers read these labels as windows-1252 (WHATWG Encoding Standard).
  "iso-8859-1": "windows-1252",
  latin1: "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  utf16: "utf-16le",
  "utf-16": "utf-16le",
};

/** A charset label to the name used here, or null when iconv-lite cannot decode it. */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "");
  const name = ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

export function bomOf(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: ASCII and punctuation put a NUL in every other byte, all on one side
 * (odd offsets for little-endian). Arabic letters (U+06xx) put 0x06 there instead.
 */
export function utf16Pattern(b: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (b[i] !== 0) continue;
    if (i & 1) odd++;
    else even++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.05 && even <= odd * 0.02) return "utf-16le";
  if (even >= pairs * 0.05 && odd <= even * 0.02) return "utf-16be";
  return null;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const isAscii = (b: Uint8Array) => {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return false;
  return true;
};

function decodeAs(b: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), encoding, { stripBOM: false });
}

const replaced = (s: string) => {
  let n = 0;
  for (let i = s.indexOf("\uFFFD"); i >= 0; i = s.indexOf("\uFFFD", i + 1)) n++;
  return n;
};

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const warnings: string[] = [];
  const bom = bomOf(bytes);
  if (bom) {
    const text = decodeAs(bytes.subarray(bom.length), bom.encoding);
    const bad = replaced(text);
    if (bad) warnings.push(`invalid-${bom.encoding}: ${bad} undecodable sequence(s) replaced with U+FFFD`);
    return { text, encoding: bom.encoding, via: "bom", warnings };
  }

  const declared = canonicalCharset(opts.declared);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const wide = utf16Pattern(sample);
  if (wide) {
    const text = decodeAs(bytes.subarray(0, bytes.length & ~1), wide);
    // Real UTF-16 text reads as text; a binary file with many NULs does not, and is refused later.
    if (arabicQuality(text.slice(0, 16384)).purity > 0.5) return { text, encoding: wide, via: "utf-16-pattern", warnings };
  }

  if (isAscii(sample) && isAscii(bytes)) {
    return { text: bytes.length ? decodeAs(bytes, "utf-8") : "", encoding: "utf-8", via: "ascii", warnings };
  }

  let validUtf8: string | null = null;
  try {
    validUtf8 = strictUtf8.decode(bytes);
  } catch {
    validUtf8 = null;
  }
  // Valid multi-byte UTF-8 does not happen by chance in single-byte Arabic text: only a declaration can argue.
  if (validUtf8 !== null && (!declared || declared === "utf-8")) return { text: validUtf8, encoding: "utf-8", via: "utf-8", warnings };

  const scored = scoreCandidates(sample, candidatesFor(sample, declared, validUtf8 !== null));
  let best = scored[0]!;
  const fromDeclared = declared ? scored.find((c) => c.encoding === declared) : undefined;
  if (fromDeclared && fromDeclared !== best && fromDeclared.score >= best.score - DECLARED_MARGIN) best = fromDeclared;
  if (declared && best.encoding !== declared) {
    warnings.push(`declared-charset-wrong: the page declares ${declared} but reads as ${best.encoding}`);
  }
  const text = best.encoding === "utf-8" && validUtf8 !== null ? validUtf8 : decodeAs(bytes, best.encoding);
  if (best.encoding === "utf-8") {
    const bad = replaced(text);
    if (bad) warnings.push(`invalid-utf-8: ${bad} undecodable sequence(s) replaced with U+FFFD`);
  } else if (!declared && best.encoding !== "windows-1256" && best.encoding !== "iso-8859-6") {
    warnings.push(`encoding-guessed: ${best.encoding}`);
  }
  return { text, encoding: best.encoding, via: "scored", warnings };
}

interface Scored extends Quality {
  encoding: string;
  score: number;
}

function candidatesFor(sample: Uint8Array, declared: string | null, validUtf8: boolean): string[] {
  const list: string[] = [];
  const add = (e: string | null) => {
    if (e && !list.includes(e)) list.push(e);
  };
  add(declared);
  if (validUtf8) add("utf-8");
  add("windows-1256");
  add("iso-8859-6");
  add("utf-8");
  for (const m of chardet.analyse(sample).slice(0, 3)) {
    if (m.confidence >= 10) add(canonicalCharset(m.name));
  }
  return list.filter((e) => !e.startsWith("utf-16") && !e.startsWith("utf-32"));
}

/** Best first; ties keep the candidate order (declared, then the Arabic code pages, then the detector's). */
function scoreCandidates(sample: Uint8Array, encodings: string[]): Scored[] {
  return encodings
    .map((encoding, order) => {
      const q = arabicQuality(decodeAs(sample, encoding));
      return { encoding, ...q, score: q.score, order };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order);
}
