import "server-only";
import { BoundedCache } from "../cache";
import { database } from "./client";
import { sqlReader } from "./transaction";

// Results of expensive reads kept in this process until the stored events change (the most recently
// used `maxEntries`, lib/cache.ts). Each use costs one
// primary-key read of DataVersion (bumped by every applied grouping, lib/data/write/apply-events.ts),
// so instances sharing a database never serve each other's stale results. That read goes straight to the
// pool, as search's statements do (lib/data/transaction.ts, SqlReader): it is paid by every search and page.

async function currentVersion(): Promise<string> {
  const rows = await sqlReader(database().pool).rows<{ version: string }>(`SELECT version::text FROM "DataVersion" WHERE id = 1`);
  return rows[0]?.version ?? "0";
}

export function versionedCache<T>(compute: (key: string) => Promise<T>, opts: { maxEntries?: number; enabled?: () => boolean } = {}): (key: string) => Promise<T> {
  const entries = new BoundedCache<string, { version: string; value: Promise<T> }>(opts.maxEntries ?? 64);
  return async (key) => {
    if (opts.enabled && !opts.enabled()) return compute(key);
    const version = await currentVersion();
    const hit = entries.get(key);
    if (hit && hit.version === version) return hit.value;
    const value = compute(key);
    entries.set(key, { version, value });
    // A failed read is not kept: the next request tries again.
    value.catch(() => entries.get(key)?.value === value && entries.delete(key));
    return value;
  };
}
