// What kind of outlet published an article: the database enum OutletType (prisma/schema.prisma) and its
// Arabic name. data/outlets.json writes the same values with hyphens ("state-agency"); outletTypeOf reads
// either spelling. "unknown" is for outlets created from a host the registry does not list.
import { OutletType } from "../generated/prisma/enums";
import { valuesOf } from "./values";

export { OutletType };

/** Every type, in the schema's order. */
export const OUTLET_TYPES = valuesOf(OutletType);

/** The types a registry entry may have, as data/outlets.json spells them ("unknown" is never written there). */
export const REGISTRY_OUTLET_TYPES = OUTLET_TYPES.filter((t) => t !== "unknown").map((t) => t.replace(/_/g, "-")) as [string, ...string[]];

export const OUTLET_TYPE_LABELS: Record<OutletType, string> = {
  state_agency: "وكالة أنباء رسمية",
  state_broadcaster: "إذاعة أو تلفزيون رسمي",
  state_press: "صحيفة رسمية",
  private: "وسيلة إعلام خاصة",
  party: "وسيلة إعلام حزبية",
  aggregator: "موقع تجميع أخبار",
  unknown: "نوع غير معروف",
};

/** The database value of a type written either way ("state-agency" or "state_agency"); unknown otherwise. */
export function outletTypeOf(value: string | null | undefined): OutletType {
  const v = (value ?? "").replace(/-/g, "_");
  return (OUTLET_TYPES as readonly string[]).includes(v) ? (v as OutletType) : "unknown";
}
