// A generated timeline corpus for benchmarks: N events with M articles (Arabic titles, real outlets and
// people from data/, dates 2013–2017, a few undated), written in one transaction with the production
// writer's bulk INSERTs and column lists (lib/data/write).
import type { Database } from "../../lib/data/client";
import { inTransaction } from "../../lib/data/transaction";
import type { ArticleRow } from "../../lib/data/write/article-rows";
import { ARTICLE_COLUMNS, EVENT_ARTICLE_COLUMNS, EVENT_COLUMNS, OUTLET_COLUMNS } from "../../lib/data/write/columns";
import { syncPeople } from "../../lib/data/write/sync-people";
import { unnestInsert } from "../../lib/data/write/unnest-insert";
import { EVENT_KINDS } from "../../lib/enums/event-kind";
import { loadGazetteers } from "../../lib/entities/gazetteers";
import { toOutletRef } from "../../lib/entities/outlet-index";
import type { PlannedEvent } from "../../lib/events";

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

export async function generateCorpus(database: Database, { events, articles }: { events: number; articles: number }): Promise<void> {
  const g = loadGazetteers();
  await syncPeople(database, g.people);
  const people = g.people.slice(0, 12);
  const outlets = g.outlets;
  const random = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const start = Date.UTC(2013, 0, 1);
  const span = Date.UTC(2017, 11, 31) - start;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  const eventRows = Array.from({ length: events }, (_, i): PlannedEvent => {
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
      placeId: null,
      participants: [...new Set([a.id, b.id])],
      members: [],
    };
  });
  // Every event gets at least one article; the rest are spread at random (about ten per event).
  const articleRows = Array.from({ length: articles }, (_, i) => {
    const e = i < events ? i : Math.floor(random() * events);
    const ev = eventRows[e]!;
    const title = `${ev.title} (${pick(outlets).nameAr} ${i})`;
    const published = ev.date ? iso(Date.parse(ev.date) + Math.floor(random() * 3) * 86_400_000) : null;
    return { event: e, row: articleRow(`bench-${i}`, title, `${title}\n\nنص المقال ${i}.`, published, pick(outlets).id) };
  });

  await inTransaction(
    database.prisma,
    async (tx) => {
      await unnestInsert(tx, "Outlet", OUTLET_COLUMNS, outlets.map(toOutletRef), "ON CONFLICT (id) DO NOTHING");
      const ids: number[] = [];
      for (let i = 0; i < eventRows.length; i += 5000) {
        const rows = await unnestInsert(tx, "Event", EVENT_COLUMNS, eventRows.slice(i, i + 5000), "RETURNING id");
        ids.push(...rows.map((r) => Number(r.id)));
      }
      for (let i = 0; i < articleRows.length; i += 10_000) {
        const batch = articleRows.slice(i, i + 10_000);
        const rows = await unnestInsert(
          tx,
          "Article",
          ARTICLE_COLUMNS,
          batch.map((a) => a.row),
          "RETURNING id",
        );
        await unnestInsert(
          tx,
          "EventArticle",
          EVENT_ARTICLE_COLUMNS,
          rows.map((r, j) => ({ eventId: ids[batch[j]!.event]!, articleId: Number(r.id) })),
        );
      }
    },
    { timeoutMs: 3600_000 },
  );
  await database.prisma.$executeRaw`ANALYZE`;
}

/** A generated article as the writer stores it: a one-paragraph body, no extraction details, no search text. */
function articleRow(hash: string, title: string, body: string, publishedAt: string | null, outletId: string): ArticleRow {
  return {
    contentHash: hash,
    fingerprint: "",
    sourceFile: `bench/${hash}.txt`,
    rawText: body,
    readText: null,
    title,
    titleSource: "text",
    body,
    caption: null,
    datelineCity: null,
    datelineAgency: null,
    publishedAt,
    dateBasis: publishedAt ? "explicit" : "unknown",
    dateEvidence: null,
    dateClues: null,
    onTopic: true,
    topicReason: null,
    lineVerdicts: "[]",
    warnings: [],
    outletId,
  };
}
