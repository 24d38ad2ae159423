// Which colour a mark, a bar or a legend swatch gets: eight categorical colours and a grey for «not known»
// (globals.css defines them as --tl-0 … --tl-7 and --tl-none, for light and dark mode). Colour is never
// the only signal: marks also have a shape per kind, and every colour is named in the legend.
import type { EventKind } from "../../enums/event-kind";
import type { OutletType } from "../../enums/outlet-type";

export type Swatch = `tl-${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7}` | "tl-none" | "tl-accent";

const KIND: Record<EventKind, Swatch> = {
  meeting: "tl-0",
  call: "tl-1",
  conference: "tl-2",
  statement: "tl-3",
  visit: "tl-4",
  agreement: "tl-5",
  other: "tl-none",
};

const TYPE: Record<OutletType, Swatch> = {
  state_agency: "tl-0",
  state_broadcaster: "tl-1",
  state_press: "tl-2",
  private: "tl-3",
  party: "tl-4",
  aggregator: "tl-5",
  unknown: "tl-none",
};

export const kindSwatch = (kind: EventKind): Swatch => KIND[kind];

export const typeSwatch = (type: string | null): Swatch => (type && Object.hasOwn(TYPE, type) ? TYPE[type as OutletType] : "tl-none");

/** A swatch per item of a ranked list (largest first); the eighth and beyond share the last colour. */
export const rankSwatch = (rank: number): Swatch => `tl-${Math.min(7, Math.max(0, rank)) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7}`;

/** Countries coloured by their rank in the coverage (not known: grey), the same on the axis and in the chart. */
export function countrySwatches(ranked: string[], unknown: string): (country: string | null) => Swatch {
  const known = ranked.filter((c) => c !== unknown);
  const rank = new Map(known.map((c, i) => [c, i]));
  return (country) => (country === null || country === unknown || !rank.has(country) ? "tl-none" : rankSwatch(rank.get(country)!));
}
