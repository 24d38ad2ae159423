// Refuses inputs that cannot be an article before any extraction work is done. Bytes are checked for
// size and for the signatures of common binary formats; NUL bytes are judged only after decoding,
// because UTF-16 text is full of them.
import { IngestError, MAX_INPUT_BYTES } from "./errors";

const ARABIC_LETTER = /[\u0621-\u064A]/g;

const SIGNATURES: [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["ZIP archive (or docx/xlsx/epub)", [0x50, 0x4b, 0x03, 0x04]],
  ["ZIP archive", [0x50, 0x4b, 0x05, 0x06]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["gzip archive", [0x1f, 0x8b]],
  ["7z archive", [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ["RAR archive", [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ["ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["OLE2 document (doc/xls)", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["WebP/RIFF file", [0x52, 0x49, 0x46, 0x46]],
];

export function binaryFormatOf(bytes: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) if (sig.every((b, i) => bytes[i] === b)) return name;
  return null;
}

export function checkInputBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new IngestError("TOO_LARGE", `file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  }
  const format = binaryFormatOf(bytes);
  if (format) throw new IngestError("BINARY", `file is a ${format}, not text`);
}

/** The decoded text (before HTML conversion): NULs or many control/undecodable characters mean binary. */
export function checkDecodedText(text: string): void {
  if (text.trim().length === 0) throw new IngestError("EMPTY", "file is empty");
  const head = text.slice(0, 8192);
  if (head.includes("\u0000")) throw new IngestError("BINARY", "file contains NUL characters after decoding: it is binary, not text");
  const control = head.match(/[\u0001-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (control > 32) throw new IngestError("BINARY", "file is mostly control or undecodable characters");
}

/** The text extraction will read. */
export function checkInputText(text: string): void {
  checkDecodedText(text);
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  if (arabic < 40) throw new IngestError("NO_ARABIC", "file has no Arabic text");
}
