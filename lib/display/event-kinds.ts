// Arabic names of event kinds, shared by pages and feeds.
import type { EventKind } from "../generated/prisma/enums";

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  meeting: "اجتماع",
  call: "اتصال هاتفي",
  visit: "زيارة",
  statement: "تصريح",
  agreement: "اتفاق",
  other: "حدث",
};
