// Storylines on the axis: the events of one round of diplomacy (lib/events/storylines.ts gives them a
// shared key) drawn as a band from the first day of its first event to the last day of its last,
// in one of two rows so that neighbouring rounds do not hide each other.
import { perObject } from "../../cache";
import type { AxisEvent } from "./marks";
import { rangePositions, type TimeScale } from "./time-scale";

export interface StorylineBand {
  key: string;
  first: string;
  last: string;
  /** Extent along the axis, clipped to the bounds. */
  from: number;
  to: number;
  row: number;
  events: number;
  /** The storyline's most covered event names the band. */
  lead: AxisEvent;
}

/** Every storyline of two or more events with its days and lead, earliest first: once per list of events. */
const storylinesOf = perObject((events: AxisEvent[]) => {
  const byKey = new Map<string, AxisEvent[]>();
  for (const e of events) {
    if (!e.storyline) continue;
    const members = byKey.get(e.storyline);
    if (members) members.push(e);
    else byKey.set(e.storyline, [e]);
  }
  const storylines: Array<Omit<StorylineBand, "row" | "from" | "to">> = [];
  for (const [key, members] of byKey) {
    if (members.length < 2) continue;
    const first = members.reduce((m, e) => (e.date < m ? e.date : m), members[0]!.date);
    const last = members.reduce((m, e) => ((e.dateEnd ?? e.date) > m ? (e.dateEnd ?? e.date) : m), members[0]!.date);
    const lead = [...members].sort((x, y) => y.articles - x.articles || (x.date < y.date ? -1 : 1))[0]!;
    storylines.push({ key, first, last, events: members.length, lead });
  }
  return storylines.sort((x, y) => (x.first < y.first ? -1 : x.first > y.first ? 1 : x.key < y.key ? -1 : 1));
});

export function storylineBands(events: AxisEvent[], scale: TimeScale, options: { rows: number; bounds: [number, number] }): StorylineBand[] {
  const [lo, hi] = options.bounds;
  const bands: Array<Omit<StorylineBand, "row">> = [];
  for (const storyline of storylinesOf(events)) {
    const [a, b] = rangePositions(scale, storyline.first, storyline.last);
    if (b < lo || a > hi) continue;
    bands.push({ ...storyline, from: Math.max(lo, a), to: Math.min(hi, b) });
  }
  // Earliest first; each band takes the first row whose last band ended before it starts.
  const rowEnds: string[] = [];
  return bands.map((band) => {
    let row = rowEnds.findIndex((end) => end < band.first);
    if (row < 0) row = rowEnds.length < options.rows ? rowEnds.length : rowEnds.indexOf([...rowEnds].sort()[0]!);
    rowEnds[row] = band.last;
    return { ...band, row };
  });
}
