// What loading one input did to the stored articles (lib/load/load.ts), and how the editors' upload
// report words it.

export const LOAD_STATUSES = ["loaded", "updated", "unchanged"] as const;
export type LoadStatus = (typeof LOAD_STATUSES)[number];

export const LOAD_STATUS_LABELS: Record<LoadStatus, string> = {
  loaded: "حُمّل",
  updated: "حُدّث",
  unchanged: "لم يتغير (موجود مسبقًا)",
};
