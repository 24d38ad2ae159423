// A generated timeline corpus for benchmarks: N events with M articles (Arabic titles, real outlets and
// people from data/, dates 2013–2017, a few undated), written with bulk unnest INSERTs.
import { syncPeople } from "../../lib/data/write/sync-people";
import { unnestInsert } from "../../lib/data/write/unnest-insert";
import { EVENT_KINDS } from "../../lib/enums/event-kind";
import { loadGazetteers } from "../../lib/entities/gazetteers";
import type { Database } from "../../lib/data/client";

type Pool = Database["pool"];

const PLACES = ["موسكو", "واشنطن", "جنيف", "فيينا", "ميونخ", "نيويورك", "لوزان", "سوتشي", "أستانا", "عمّان", null];
const VERBS = ["يبحث مع", "يلتقي", "يتصل بـ", "يستقبل", "يحذّر", "يتفق مع"];
const TOPICS = ["الأزمة السورية", "وقف إطلاق النار في حلب", "الهدنة في سوريا", "المساعدات الإنسانية", "الحل السياسي", "محادثات جنيف", "الأسلحة الكيميائية", "مكافحة الإرهاب"];

/** Deterministic pseudo-random numbers, so two runs measure the same corpus. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function generateCorpus(pool: Pool, { events, articles }: { events: number; articles: number }): Promise<void> {
  const g = loadGazetteers();
  await syncPeople(pool, g.people);
  const people = g.people.slice(0, 12);
  const outlets = g.outlets;
  const random = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const start = Date.UTC(2013, 0, 1);
  const span = Date.UTC(2017, 11, 31) - start;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await unnestInsert(
      client,
      "Outlet",
      [
        { name: "id", type: "text", value: (o: (typeof outlets)[number]) => o.id },
        { name: "nameAr", type: "text", value: (o) => o.nameAr },
      ],
      outlets,
      "ON CONFLICT (id) DO NOTHING",
    );

    const eventRows = Array.from({ length: events }, (_, i) => {
      const a = pick(people);
      const b = pick(people);
      const dated = random() > 0.02; // about 2% undated
      const day = start + Math.floor(random() * (span / 86_400_000)) * 86_400_000;
      const multi = random() < 0.1;
      return {
        slug: `bench-event-${i}`,
        title: `${a.nameAr} ${pick(VERBS)} ${b.nameAr} حول ${pick(TOPICS)}`,
        kind: pick(EVENT_KINDS),
        date: dated ? iso(day) : null,
        dateEnd: dated && multi ? iso(day + 86_400_000 * (1 + Math.floor(random() * 3))) : null,
        dateBasis: dated ? "explicit" : "unknown",
        place: pick(PLACES),
        participants: [...new Set([a.id, b.id])],
      };
    });
    const ids: number[] = [];
    for (let i = 0; i < eventRows.length; i += 5000) {
      const rows = await unnestInsert(
        client,
        "Event",
        [
          { name: "slug", type: "text", value: (e: (typeof eventRows)[number]) => e.slug },
          { name: "title", type: "text", value: (e) => e.title },
          { name: "kind", type: '"EventKind"', value: (e) => e.kind },
          { name: "date", type: "date", value: (e) => e.date },
          { name: "dateEnd", type: "date", value: (e) => e.dateEnd },
          { name: "dateBasis", type: '"DateBasis"', value: (e) => e.dateBasis },
          { name: "place", type: "text", value: (e) => e.place },
          { name: "participants", type: "text[]", value: (e) => e.participants },
          { name: "updatedAt", type: "timestamp", value: () => new Date() },
        ],
        eventRows.slice(i, i + 5000),
        "RETURNING id",
      );
      ids.push(...rows.map((r) => Number(r.id)));
    }

    // Every event gets at least one article; the rest are spread at random (about ten per event).
    const articleRows = Array.from({ length: articles }, (_, i) => {
      const e = i < events ? i : Math.floor(random() * events);
      const ev = eventRows[e]!;
      const title = `${ev.title} (${pick(outlets).nameAr} ${i})`;
      const published = ev.date ? iso(Date.parse(ev.date) + Math.floor(random() * 3) * 86_400_000) : null;
      return { event: ids[e]!, title, outlet: pick(outlets).id, published, hash: `bench-${i}`, body: `${title}\n\nنص المقال ${i}.` };
    });
    for (let i = 0; i < articleRows.length; i += 10_000) {
      const batch = articleRows.slice(i, i + 10_000);
      const rows = await unnestInsert(
        client,
        "Article",
        [
          { name: "contentHash", type: "text", value: (a: (typeof articleRows)[number]) => a.hash },
          { name: "sourceFile", type: "text", value: (a) => `bench/${a.hash}.txt` },
          { name: "rawText", type: "text", value: (a) => a.body },
          { name: "title", type: "text", value: (a) => a.title },
          { name: "body", type: "text", value: (a) => a.body },
          { name: "publishedAt", type: "date", value: (a) => a.published },
          { name: "dateBasis", type: '"DateBasis"', value: (a) => (a.published ? "explicit" : "unknown") },
          { name: "lineVerdicts", type: "jsonb", value: () => "[]" },
          { name: "warnings", type: "text[]", value: () => [] },
          { name: "outletId", type: "text", value: (a) => a.outlet },
          { name: "updatedAt", type: "timestamp", value: () => new Date() },
        ],
        batch,
        "RETURNING id",
      );
      await unnestInsert(
        client,
        "EventArticle",
        [
          { name: "eventId", type: "int", value: (r: { event: number; id: number }) => r.event },
          { name: "articleId", type: "int", value: (r) => r.id },
        ],
        rows.map((r, j) => ({ event: batch[j]!.event, id: Number(r.id) })),
      );
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
