// The editors' correction log, in the order it is replayed (lib/events/corrections.ts).
// A row whose value does not parse (edited by hand, say) is skipped rather than failing the load.
import { z } from "zod";
import type { Correction } from "../../events";
import { EVENT_KINDS } from "../../enums/event-kind";
import type { Database } from "../client";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const TO = {
  set_title: z.string().min(1),
  set_place: z.string().min(1).nullable(),
  set_kind: z.enum(EVENT_KINDS),
  set_date: z.object({ date: day.nullable(), dateEnd: day.nullable() }),
} as const;

const MERGED = z.object({ from: z.string(), articles: z.array(z.number().int()) });
const SPLIT = z.object({ articles: z.array(z.number().int()).min(1) });

interface Row {
  eventSlug: string;
  eventArticles: number[];
  action: keyof typeof TO | "move_article" | "merge" | "split";
  value: { to?: unknown; from?: unknown; articles?: unknown } | null;
  articleId: number | null;
}

export async function readCorrections(database: Database): Promise<Correction[]> {
  const rows = await database.prisma.$queryRaw<Row[]>`SELECT "eventSlug", "eventArticles", action::text, value, "articleId" FROM "EventCorrection" ORDER BY id`;
  return rows.flatMap((r): Correction[] => {
    const target = { eventSlug: r.eventSlug, eventArticles: (r.eventArticles ?? []).map(String) };
    if (r.action === "merge") {
      const from = MERGED.safeParse(r.value);
      return from.success ? [{ ...target, action: r.action, from: { eventSlug: from.data.from, eventArticles: from.data.articles.map(String) } }] : [];
    }
    if (r.action === "split") {
      const split = SPLIT.safeParse(r.value);
      return split.success ? [{ ...target, action: r.action, articleKeys: split.data.articles.map(String) }] : [];
    }
    if (r.action === "move_article") return r.articleId == null ? [] : [{ ...target, action: r.action, articleKey: String(r.articleId) }];
    const to = TO[r.action]?.safeParse(r.value?.to);
    return to?.success ? [{ ...target, action: r.action, to: to.data } as Correction] : [];
  });
}
