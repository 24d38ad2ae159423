import type { EventKind } from "@/lib/generated/prisma/enums";

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  meeting: "اجتماع",
  call: "اتصال هاتفي",
  visit: "زيارة",
  statement: "تصريح",
  agreement: "اتفاق",
  other: "حدث",
};
