// The timeline as CSV for spreadsheets: RFC 4180, UTF-8 with a byte-order mark (Excel reads Arabic
// only then), one row per article with its event. Pure.

export interface CsvEvent {
  slug: string;
  title: string;
  kind: string;
  date: string | null;
  dateEnd: string | null;
  dateBasis: string;
  place: string | null;
  participants: Array<{ id: string; nameAr: string }>;
  articles: Array<{ id: number; title: string; outlet: { nameAr: string } | null; publishedAt: string | null; dateBasis: string; sourceFile: string }>;
}

export const CSV_HEADER = [
  "event_slug",
  "event_title",
  "event_kind",
  "event_date",
  "event_date_end",
  "event_date_basis",
  "place",
  "participants",
  "article_id",
  "article_title",
  "outlet",
  "published_at",
  "date_basis",
  "source_file",
] as const;

export const BOM = "\uFEFF";

/**
 * One cell. A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before
 * one) as a formula: such cells get a leading ' so they stay text (OWASP, "CSV Injection").
 */
export function csvCell(value: string | number | null): string {
  let s = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: Array<string | number | null>) => cells.map(csvCell).join(",");

/** The whole file: BOM, header, then a row per article in event order; CRLF line ends. */
export function timelineCsv(events: CsvEvent[]): string {
  const lines = [row([...CSV_HEADER])];
  for (const e of events) {
    const participants = e.participants.map((p) => p.nameAr).join("؛ ");
    for (const a of e.articles) {
      lines.push(
        row([e.slug, e.title, e.kind, e.date, e.dateEnd, e.dateBasis, e.place, participants, a.id, a.title, a.outlet?.nameAr ?? null, a.publishedAt, a.dateBasis, a.sourceFile]),
      );
    }
  }
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
