// Preview cards (Open Graph / Twitter) as 1200×630 PNGs, drawn from an SVG by resvg.
//
// Why not next/og: satori neither shapes Arabic (letters come out isolated) nor reorders it right to left,
// and it cannot read the app's WOFF2 font. resvg shapes text with rustybuzz (HarfBuzz's port) and reorders
// it with the Unicode bidi algorithm, so joined letters, lam-alef ligatures and mixed Arabic/Latin runs come
// out right. Its paragraph direction is always left to right, so every line is wrapped in RLI…PDI, which
// makes each line a right-to-left paragraph of its own. Fonts: Noto Naskh Arabic TTFs from an npm package,
// read from disk: nothing is ever fetched.
import fs from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

import { OG_BRAND, OG_HEIGHT, OG_WIDTH } from "./constants";

export { OG_BRAND, OG_HEIGHT, OG_WIDTH };

export interface OgCard {
  title: string;
  /** Shorter lines under the title: dates, outlets, counts. Each is wrapped; the lot is cut to fit. */
  lines?: string[];
  /** Bottom line; «قارئ محادثات سوريا» unless given. */
  brand?: string;
}

/** The face the cards (and the app icons, scripts/make-icons.ts) are drawn with. */
export const OG_FONT_FAMILY = "Noto Naskh Arabic";

let fontFiles: string[] | undefined;

/** Absolute paths of the TTFs, checked once. */
export function ogFontFiles(): string[] {
  if (!fontFiles) {
    // Literal paths, so the bundler traces exactly these two files.
    const files = [
      path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-naskh-arabic", "400Regular", "NotoNaskhArabic_400Regular.ttf"),
      path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-naskh-arabic", "700Bold", "NotoNaskhArabic_700Bold.ttf"),
    ];
    const missing = files.filter((f) => !fs.existsSync(f));
    if (missing.length) throw new Error(`OG card fonts missing (run npm ci): ${missing.join(", ")}`);
    fontFiles = files;
  }
  return fontFiles;
}

const MARGIN = 80;
const TEXT_WIDTH = OG_WIDTH - 2 * MARGIN - 24; // room for the accent bar on the right
// Noto Naskh averages about 0.4 em a character (Latin a little more); 0.5 em keeps lines inside the card.
const EM_PER_CHAR = 0.5;

const TITLE = { size: 58, leading: 1.45, maxLines: 3 };
const LINE = { size: 32, leading: 1.5, maxLines: 5 };
const BRAND = { size: 30 };

const RLI = "\u2067";
const PDI = "\u2069";
// Bidi controls in the input would unbalance our isolates; other controls are not text.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function cleanText(s: string): string {
  return s.replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
}

/** Greedy word wrap to a character budget; the last kept line ends with «…» when text is cut. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const words = cleanText(text).split(" ").filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    // A single word longer than a line is cut rather than allowed to overflow.
    const w = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    if (!current) current = w;
    else if (current.length + 1 + w.length <= maxChars) current += ` ${w}`;
    else {
      lines.push(current);
      current = w;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length + 2 > maxChars && last.includes(" ")) last = last.slice(0, last.lastIndexOf(" "));
  kept[maxLines - 1] = `${last} …`;
  return kept;
}

const budget = (size: number) => Math.floor(TEXT_WIDTH / (size * EM_PER_CHAR));

function textLine(s: string, y: number, size: number, weight: number, fill: string): string {
  const x = OG_WIDTH - MARGIN - 24;
  return `<text x="${x}" y="${y.toFixed(1)}" text-anchor="end" font-family="${OG_FONT_FAMILY}" font-size="${size}" font-weight="${weight}" fill="${fill}">${RLI}${escapeXml(s)}${PDI}</text>`;
}

/** The card as SVG (exported for tests and debugging). */
export function cardSvg(card: OgCard): string {
  const brand = cleanText(card.brand ?? OG_BRAND);
  const brandTop = OG_HEIGHT - MARGIN + 8; // baseline of the brand line
  const bottomLimit = brandTop - BRAND.size - 36; // text must end above the rule over the brand

  const parts: string[] = [];
  let y = MARGIN + TITLE.size;
  const titleLines = wrap(card.title || OG_BRAND, budget(TITLE.size), TITLE.maxLines);
  for (const line of titleLines) {
    parts.push(textLine(line, y, TITLE.size, 700, "#1c1b17"));
    y += TITLE.size * TITLE.leading;
  }
  y += LINE.size * 0.35 - (TITLE.size * TITLE.leading - TITLE.size) + LINE.size * LINE.leading - LINE.size;
  let used = 0;
  for (const sub of card.lines ?? []) {
    const room = Math.min(LINE.maxLines - used, Math.floor((bottomLimit - y) / (LINE.size * LINE.leading)) + 1);
    if (room <= 0) break;
    for (const line of wrap(sub, budget(LINE.size), room)) {
      parts.push(textLine(line, y, LINE.size, 400, "#4a463c"));
      y += LINE.size * LINE.leading;
      used += 1;
    }
  }

  const x1 = MARGIN;
  const x2 = OG_WIDTH - MARGIN - 24;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fbfaf7"/>`,
    `<rect x="${OG_WIDTH - MARGIN}" y="${MARGIN - 10}" width="8" height="${OG_HEIGHT - 2 * MARGIN + 20}" rx="4" fill="#8a5a1f"/>`,
    ...parts,
    `<line x1="${x1}" y1="${brandTop - BRAND.size - 12}" x2="${x2}" y2="${brandTop - BRAND.size - 12}" stroke="#d9d3c4" stroke-width="2"/>`,
    textLine(brand, brandTop, BRAND.size, 700, "#8a5a1f"),
    `</svg>`,
  ].join("\n");
}

/** Renders the card to a 1200×630 PNG. Synchronous, about 20–40 ms. */
export function renderOgPng(card: OgCard): Buffer {
  const resvg = new Resvg(cardSvg(card), {
    font: { fontFiles: ogFontFiles(), loadSystemFonts: false, defaultFontFamily: OG_FONT_FAMILY },
    fitTo: { mode: "original" },
  });
  return resvg.render().asPng();
}

/** A PNG as a route handler's response. */
export function pngResponse(png: Buffer, status = 200): Response {
  return new Response(new Uint8Array(png), {
    status,
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=300", "Content-Length": String(png.length) },
  });
}
