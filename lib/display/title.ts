// What readers see for an article's title. Extraction leaves the title empty when the page prints no
// headline and its URL spells none, rather than guess one; the pages then say so in words, so that no
// link or heading is ever empty.
export const UNTITLED = "مقال بلا عنوان";

export function titleText(title: string | null | undefined): string {
  return title?.trim() || UNTITLED;
}

/** A note on where a title that is not the text's own headline came from, or null. */
/** `source` as extraction writes it (url-slug) or as the database stores it (url_slug). */
export function titleSourceNote(source: string | null | undefined, title: string): string | null {
  if (!title.trim()) return "لا يطبع النص عنوانًا ولا يتضمن رابط المقال عنوانًا";
  if (source === "url-slug" || source === "url_slug") return "العنوان مأخوذ من رابط المقال";
  if (source === "sidecar") return "العنوان من المحرر";
  return null;
}
