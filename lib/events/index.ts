// The public API of event grouping. See group.ts (full recompute) and assign.ts (one article at a time).
export { groupCoverage, compareEvents, type GroupingContext } from "./group";
export { assignToEvents, type Assignment, type ExistingCoverage } from "./assign";
export { coverageItemOf } from "./coverage-item";
export { eventKindOf } from "./kind-of";
export type { CoverageItem, EventMember, PlannedEvent } from "./types";
export { buildEventNames, loadEventNames, type EventNames } from "./names";
export { buildEventCues, loadEventCues, type EventCues } from "./cues";
export { applyCorrections, findCorrectedEvent, type Correction, type Describe } from "./corrections";
export { describeMembers, describerOver } from "./describe-members";
