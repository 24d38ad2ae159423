// An event made of chosen articles, described exactly as grouping describes a cluster: used when an
// editor splits articles off an event (lib/events/corrections.ts). The articles are not regrouped:
// the editor's choice is the cluster.
import { clusterOf, mergeInto } from "./cluster";
import { loadEventCues } from "./cues";
import { describeEvent } from "./describe-event";
import { featuresOf } from "./features";
import type { GroupingContext } from "./group";
import { loadEventNames } from "./names";
import type { CoverageItem, PlannedEvent } from "./types";

export function describeMembers(items: CoverageItem[], ctx: GroupingContext = {}): PlannedEvent {
  if (items.length === 0) throw new Error("describeMembers: no items");
  const cues = ctx.cues ?? loadEventCues();
  const names = ctx.names ?? loadEventNames();
  const features = items.map((i) => featuresOf(i, cues, names));
  const cluster = features.slice(1).reduce((c, f) => mergeInto(c, clusterOf(f)), clusterOf(features[0]!));
  return describeEvent(cluster, new Map(), names);
}

/** A `Describe` over a corpus's items by key (for applyCorrections). */
export function describerOver(items: CoverageItem[], ctx: GroupingContext = {}): (keys: string[]) => PlannedEvent {
  const byKey = new Map(items.map((i) => [i.key, i]));
  return (keys) =>
    describeMembers(
      keys.flatMap((k) => byKey.get(k) ?? []),
      ctx,
    );
}
