// The JavaScript a page makes the browser download on first load: every `<script src>` in its HTML,
// fetched from the server and gzipped at level 9 (what a CDN would send). Shared by the benchmarks.
import { gzipSync } from "node:zlib";

export interface FirstLoadJs {
  files: number;
  raw: number;
  gzip: number;
}

export async function firstLoadJs(base: string, html: string): Promise<FirstLoadJs> {
  const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: srcs.length, raw, gzip };
}
