// Hand-made Features for unit tests of the pair and placement rules (imported by *.test.ts only).
import { dayOf } from "./days";
import type { Features } from "./features";

/** 100 text hashes; `textSharing(n)` gives another 100 sharing exactly n with it (containment n/100). */
export const BASE = Uint32Array.from(Array(100).keys());
let own = 1000;
export function textSharing(shared: number): Uint32Array {
  own += 1000;
  return Uint32Array.from([...Array(Math.round(shared)).keys(), ...Array.from({ length: 100 - Math.round(shared) }, (_, i) => own + i)]).sort();
}

/** A dated Lavrov–Kerry call on Tuesday 9 February 2016 with its own wording, changed by `over`. */
export function features(over: Partial<Features> & { key?: string; date?: string | null }): Features {
  const { key = "k", date = "2016-02-09", ...rest } = over;
  const day = date === null ? null : dayOf(date);
  return {
    item: {
      key,
      title: "",
      body: "",
      publishedAt: date,
      dateBasis: date ? "explicit" : "unknown",
      dateEvidence: null,
      outlet: { id: "rt-arabic", nameAr: "روسيا اليوم" },
      people: [],
      places: [],
      datelineCity: null,
    },
    day,
    eventDay: day,
    kind: "call",
    kinds: ["call"],
    principals: ["sergey-lavrov", "john-kerry"],
    main: ["sergey-lavrov", "john-kerry"],
    venue: null,
    multiDay: false,
    dayOfEvent: null,
    leadPlaces: [],
    leadTopics: new Set(),
    topCountries: new Set(),
    weekday: null,
    shingles: textSharing(0),
    ...rest,
  };
}

export const onDay = (d: number) => ({ eventDay: dayOf("2016-02-09") + d });
