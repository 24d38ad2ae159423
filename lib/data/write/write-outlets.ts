// The outlets of a batch of articles. A registry outlet (verified) is stored with the registry's current
// name, country and type, so an edit of data/outlets.json reaches the stored row at the next load; an
// outlet created from an unlisted host keeps the name it was first given. A domain belongs to one outlet:
// the outlet written now takes it from any other row still holding it (a host first met unlisted that
// the registry has listed since, under its own id).
import type { Tx } from "../transaction";
import type { OutletRef } from "../../extract/types";
import { OUTLET_COLUMNS } from "./columns";
import { unnestInsert } from "./unnest-insert";

const REGISTRY_WINS = `ON CONFLICT (id) DO UPDATE SET "nameAr" = EXCLUDED."nameAr", "nameLatin" = EXCLUDED."nameLatin", domain = EXCLUDED.domain,
  country = EXCLUDED.country, type = EXCLUDED.type, verified = EXCLUDED.verified WHERE EXCLUDED.verified`;

export async function writeOutlets(tx: Tx, outlets: OutletRef[]): Promise<void> {
  if (outlets.length === 0) return;
  const domains = outlets.flatMap((o) => (o.domain ? [o.domain] : []));
  if (domains.length) {
    const ids = outlets.map((o) => o.id);
    await tx.$executeRaw`UPDATE "Outlet" SET domain = NULL WHERE domain = ANY(${domains}::text[]) AND id <> ALL(${ids}::text[])`;
  }
  await unnestInsert(tx, "Outlet", OUTLET_COLUMNS, outlets, REGISTRY_WINS);
}
