// What sort of diplomatic event it was: the database enum EventKind (prisma/schema.prisma, add a kind
// there first) and its Arabic name, shared by pages, feeds, preview cards and the URL parameters.
import { EventKind } from "../generated/prisma/enums";
import { valuesOf } from "./values";

export { EventKind };

/** Every kind, in the schema's order. */
export const EVENT_KINDS = valuesOf(EventKind);

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  meeting: "اجتماع",
  call: "اتصال هاتفي",
  conference: "مؤتمر",
  visit: "زيارة",
  statement: "تصريح",
  agreement: "اتفاق",
  other: "حدث",
};
