// Two cheap looks at an input before it is parsed: is it HTML, and which charset does it declare.

/** What a page's head declares: <meta charset>, <meta http-equiv="Content-Type" content="...; charset=">, <?xml encoding?>. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_:.+-]+)["']/i.exec(head);
  return xml ? xml[1]! : null;
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]/i;
const HTML_INSIDE = /<(?:html|body)[\s>]/i;
const CLOSING_TAGS = /<\/(?:p|div|span|a|li|h[1-6]|td|article|section)>/gi;

/** Content that is an HTML document (or a fragment of markup) whatever its file name says. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return HTML_START.test(head) || HTML_INSIDE.test(head) || (head.match(CLOSING_TAGS)?.length ?? 0) >= 3;
}
