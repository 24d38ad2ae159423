// What an editor's correction of an event does: the database enum CorrectionAction (prisma/schema.prisma)
// and how the event's page names each one in «تعديلات المحرر».
import { CorrectionAction } from "../generated/prisma/enums";
import { valuesOf } from "./values";

export { CorrectionAction };

export const CORRECTION_ACTIONS = valuesOf(CorrectionAction);

export const CORRECTION_ACTION_LABELS: Record<CorrectionAction, string> = {
  set_title: "تصحيح العنوان",
  set_place: "تصحيح المكان",
  set_kind: "تصحيح النوع",
  set_date: "تصحيح التاريخ",
  move_article: "نقل مقال",
  merge: "دمج حدثين",
  split: "فصل مقالات في حدث جديد",
  set_topic: "نقل مقال إلى موضوع المحادثات أو خارجه",
};
