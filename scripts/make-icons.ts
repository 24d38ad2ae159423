// `npm run icons`: draws the files in public/ that browsers and shared links ask for — favicon.ico (16, 32
// and 48 px), icon.svg, apple-touch-icon.png (180), icon-192.png, icon-512.png and og-default.png (the
// 1200×630 preview card) — from SVG with resvg and the Noto Naskh Arabic face the preview cards use, so
// nothing depends on a font being installed. The results are committed; run this after changing the design.
import fs from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { OG_FONT_FAMILY, ogFontFiles, renderOgPng } from "../lib/web/og/render";

const PUBLIC = path.resolve(import.meta.dirname, "..", "public");
const SIZE = 512;
// The app's colours (app/globals.css): the accent behind, the paper colour for the letter.
const ACCENT = "#8a3b12";
const PAPER = "#fbfaf7";
const LETTER = "ق"; // of قارئ, the reader
const LETTER_SIZE = 330;

const render = (svg: string, width?: number) =>
  new Resvg(svg, {
    font: { fontFiles: ogFontFiles(), loadSystemFonts: false, defaultFontFamily: OG_FONT_FAMILY },
    fitTo: width ? { mode: "width", value: width } : { mode: "original" },
  });

const letter = (dx: number, dy: number) =>
  `<text x="${(SIZE / 2 + dx).toFixed(1)}" y="${(SIZE / 2 + dy).toFixed(1)}" text-anchor="middle" font-family="${OG_FONT_FAMILY}" font-weight="700" font-size="${LETTER_SIZE}" fill="${PAPER}">${LETTER}</text>`;
const svgOf = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">${body}</svg>`;

/**
 * The icon with its letter centred on its drawn outline (an Arabic glyph's box is far from its em box).
 * Square corners for Apple's touch icon: iOS rounds it itself and would fill transparent corners with black.
 */
function iconSvg(rounded = true): string {
  const box = render(svgOf(letter(0, 0))).getBBox();
  if (!box) throw new Error("the letter drew nothing: is the font there?");
  const dx = SIZE / 2 - (box.x + box.width / 2);
  const dy = SIZE / 2 - (box.y + box.height / 2);
  return svgOf(`<rect width="${SIZE}" height="${SIZE}" rx="${rounded ? SIZE * 0.18 : 0}" fill="${ACCENT}"/>${letter(dx, dy)}`);
}

/** A .ico holding PNG images (read by every current browser), largest last. */
function ico(pngs: Array<{ size: number; data: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

const svg = iconSvg();
const png = (size: number, source = svg) => render(source, size).render().asPng();
const files: Record<string, Buffer | string> = {
  // Outlines instead of text: the SVG needs no font where it is shown.
  "icon.svg": `${render(svg).toString().trim()}\n`,
  "favicon.ico": ico([16, 32, 48].map((size) => ({ size, data: png(size) }))),
  "apple-touch-icon.png": png(180, iconSvg(false)),
  "icon-192.png": png(192),
  "icon-512.png": png(512),
  "og-default.png": renderOgPng({
    title: "التغطية الصحفية العربية للمحادثات الأميركية الروسية حول سوريا",
    lines: ["خط زمني للأحداث من 2013 إلى 2017، مقالات نظيفة، ومقارنة المصادر"],
  }),
};
fs.mkdirSync(PUBLIC, { recursive: true });
for (const [name, data] of Object.entries(files)) {
  fs.writeFileSync(path.join(PUBLIC, name), data);
  console.log(`public/${name}  ${data.length} bytes`);
}
