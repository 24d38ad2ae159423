// What a named entity other than a person is: the database enum EntityKind (prisma/schema.prisma) and
// the heading of each kind's list on an article's page.
import { EntityKind } from "../generated/prisma/enums";
import { valuesOf } from "./values";

export { EntityKind };

export const ENTITY_KINDS = valuesOf(EntityKind);

export const ENTITY_KIND_LABELS: Record<EntityKind, string> = {
  place: "الأماكن",
  organization: "المنظمات والهيئات",
};
