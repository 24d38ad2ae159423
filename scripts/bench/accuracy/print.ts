// The accuracy table: one row per slice and one overall, then a last line with every figure (for logs).
import { figuresOf, type Counts, type Figures } from "./score";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const dec = (x: number) => x.toFixed(3);

interface Column {
  head: string;
  cell: (f: Figures, c: Counts) => string;
}

const COLUMNS: Column[] = [
  { head: "articles", cell: (_f, c) => String(c.articles) },
  { head: "line F1", cell: (f) => dec(f.lineF1) },
  { head: "title", cell: (f, c) => `${pct(f.title)} (${c.titlesRight}/${c.titlesGold}; ${c.titlesSpurious} spurious)` },
  { head: "outlet", cell: (f, c) => `${pct(f.outlet)} (${c.outletsRight}/${c.outletsGold})` },
  { head: "explicit dates", cell: (f, c) => `${pct(f.explicitDates)} (${c.explicitRight}/${c.explicitGold})` },
  { head: "url+inferred dates", cell: (f, c) => `${pct(f.urlInferredDates)} (${c.urlInferredRight}/${c.urlInferredGold}; ±1 day ${c.urlInferredNear})` },
  { head: "wrong stated dates", cell: (f, c) => `${pct(f.wrongStatedDates)} (${c.statedWrong}/${c.statedDates})` },
  { head: "people P/R", cell: (f) => `${dec(f.peopleP)}/${dec(f.peopleR)}` },
  { head: "on-topic P/R/F1", cell: (f) => `${dec(f.topicP)}/${dec(f.topicR)}/${dec(f.topicF1)}` },
  { head: "events P/R/F1", cell: (f) => `${dec(f.eventP)}/${dec(f.eventR)}/${dec(f.eventF1)}` },
  { head: "on-topic on dated event", cell: (f, c) => `${pct(f.onTopicDated)} (${c.onTopicDated}/${c.onTopicGold})` },
  { head: "event date ±1", cell: (f, c) => `${pct(f.eventDateNear)} (${c.eventDateNear}/${c.eventDateGold})` },
];

/** A table with the measures as rows and the slices as columns: it stays readable in a terminal. */
export function formatTable(rows: Array<{ name: string; counts: Counts }>): string {
  const header = ["", ...rows.map((r) => r.name)];
  const body = COLUMNS.map((col) => [col.head, ...rows.map((r) => col.cell(figuresOf(r.counts), r.counts))]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((line) => line[i]!.length)));
  const fmt = (line: string[]) =>
    line
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...body.map(fmt)].join("\n");
}

export function summaryLine(c: Counts): string {
  const f = figuresOf(c);
  return [
    `lineF1=${dec(f.lineF1)}`,
    `title=${dec(f.title)}`,
    `outlet=${dec(f.outlet)}`,
    `explicitDates=${dec(f.explicitDates)}`,
    `urlInferredDates=${dec(f.urlInferredDates)}`,
    `urlInferredDatesNear=${dec(f.urlInferredDatesNear)}`,
    `wrongStatedDates=${dec(f.wrongStatedDates)}`,
    `peopleP=${dec(f.peopleP)}`,
    `peopleR=${dec(f.peopleR)}`,
    `topicP=${dec(f.topicP)}`,
    `topicR=${dec(f.topicR)}`,
    `topicF1=${dec(f.topicF1)}`,
    `eventP=${dec(f.eventP)}`,
    `eventR=${dec(f.eventR)}`,
    `eventF1=${dec(f.eventF1)}`,
    `onTopicDated=${dec(f.onTopicDated)}`,
    `eventDateNear=${dec(f.eventDateNear)}`,
  ].join(" ");
}
