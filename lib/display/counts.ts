// Counted nouns in Arabic: the number agrees with its noun (مقال واحد، مقالان، ٣ مقالات، ١١ مقالًا، ١٠٠ مقال),
// written in the reader's digits. One rule for every count on the axis, the chart and the cards.
import { formatNumber } from "./numbers";
import { DEFAULT_DISPLAY, type DisplaySettings } from "./settings";

export interface NounForms {
  /** «مقال واحد» */
  one: string;
  /** «مقالان» */
  two: string;
  /** After 3–10: «مقالات» */
  plural: string;
  /** After 11–99: «مقالًا» */
  accusative: string;
  /** After 100, 1000 … (a round hundred or more with no units left): «مقال» */
  singular: string;
}

export const ARTICLES: NounForms = { one: "مقال واحد", two: "مقالان", plural: "مقالات", accusative: "مقالًا", singular: "مقال" };
export const EVENTS: NounForms = { one: "حدث واحد", two: "حدثان", plural: "أحداث", accusative: "حدثًا", singular: "حدث" };

export function countLabel(n: number, forms: NounForms, s: DisplaySettings = DEFAULT_DISPLAY): string {
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  const last = n % 100;
  const noun = last >= 3 && last <= 10 ? forms.plural : last >= 11 || (last >= 1 && n > 100) ? forms.accusative : n === 0 ? forms.plural : forms.singular;
  return `${formatNumber(n, s)} ${noun}`;
}
