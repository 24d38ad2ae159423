// How a publication date is known: the database enum DateBasis (prisma/schema.prisma) and how readers
// see each basis. Never a guess: "unknown" is a basis of its own.
import { DateBasis } from "../generated/prisma/enums";
import { valuesOf } from "./values";

export { DateBasis };

/** Every basis, in the schema's order (printed in the text first, unknown last). */
export const DATE_BASES = valuesOf(DateBasis);

export const DATE_BASIS_LABELS: Record<DateBasis, string> = {
  explicit: "تاريخ منشور في النص",
  url: "تاريخ من رابط المقال",
  inferred: "تاريخ مستنتج",
  editorial: "تاريخ من المحرر",
  unknown: "تاريخ غير معروف",
};
