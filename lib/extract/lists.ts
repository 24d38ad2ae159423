// Lists of other stories: date lines alternating with headlines ("GMT 13:56 2019 ..." / headline / ...).
// Their dates are never the article's, and their headlines are never its title.
import { foldCharwise } from "../arabic/normalize";
import { isDateLine, type LineFeatures } from "./features";
import type { Line } from "./lines";

const MAX_HEADLINES_BETWEEN = 3;

/** "05-03-2017 | 09:15" -> "00-00-0000 | 00:00": list items print every date the same way. */
const shape = (text: string) =>
  foldCharwise(text)
    .replace(/\d/g, "0")
    .replace(/[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)*/gu, "w")
    .replace(/\s+/g, " ");

/** Indexes of date lines that belong to such a list. */
export function listDateLines(lines: Line[], features: LineFeatures[]): Set<number> {
  const dateLines: number[] = [];
  features.forEach((f, i) => isDateLine(f) && dateLines.push(i));
  const list = new Set<number>();
  for (let k = 1; k < dateLines.length; k++) {
    const a = dateLines[k - 1]!;
    const b = dateLines[k]!;
    let between = 0;
    for (let j = a + 1; j < b && between <= MAX_HEADLINES_BETWEEN; j++) if (!features[j]!.blank) between++;
    if (between >= 1 && between <= MAX_HEADLINES_BETWEEN && shape(lines[a]!.text) === shape(lines[b]!.text)) list.add(a).add(b);
  }
  return list;
}

/** Non-blank lines right before or after a list date line: the list's headlines. */
export function listNeighbours(features: LineFeatures[], listDates: Set<number>): Set<number> {
  const out = new Set<number>();
  const mark = (from: number, step: number) => {
    for (let j = from + step; j >= 0 && j < features.length; j += step) {
      if (features[j]!.blank) continue;
      if (!listDates.has(j)) out.add(j);
      return;
    }
  };
  for (const i of listDates) {
    mark(i, -1);
    mark(i, 1);
  }
  return out;
}
