// Bytes to a RawInput: refuse binaries, decode, convert HTML to text, normalise invisible characters.
// Pure apart from its argument; read-inputs.ts does the file system.
import { checkDecodedText, checkInputBytes, checkInputText } from "./check-input";
import { normalizeStoredText } from "./clean-text";
import { IngestError } from "./errors";
import { decodeBytes } from "./decode";
import { htmlToText } from "./html";
import { declaredCharset, looksLikeHtml } from "./html-sniff";
import type { RawInput, Sidecar } from "./types";

export interface PrepareOptions {
  fileName: string;
  sidecar?: Sidecar;
}

export function prepareInput(bytes: Uint8Array, opts: PrepareOptions): { input: RawInput; warnings: string[] } {
  checkInputBytes(bytes);
  const htmlByName = /\.html?$/i.test(opts.fileName);
  const decoded = decodeBytes(bytes, { declared: declaredCharset(bytes) });
  checkDecodedText(decoded.text);
  const warnings = [...decoded.warnings];
  if (decoded.encoding !== "utf-8") warnings.push(`decoded-as: ${decoded.encoding}`);

  const input: RawInput = { fileName: opts.fileName, text: "", sidecar: opts.sidecar };
  if (htmlByName || looksLikeHtml(decoded.text)) {
    const html = htmlToText(decoded.text);
    if (!html.text.trim()) throw new IngestError("EMPTY", "the page has no visible text");
    input.text = normalizeStoredText(html.text);
    input.source = decoded.text;
    input.format = "html";
    if (Object.keys(html.hints).length) input.hints = html.hints;
    warnings.push(...html.warnings);
  } else {
    input.text = normalizeStoredText(decoded.text);
    if (input.text !== decoded.text) input.source = decoded.text;
    input.format = "text";
  }
  checkInputText(input.text);
  return { input, warnings };
}
