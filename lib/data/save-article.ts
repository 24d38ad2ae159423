// Writes one extracted article, its outlet, people and event in a single transaction.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import type { EventDraft } from "../events/single-article-event";
import type { ExtractedArticle, RawInput } from "../ingest/types";

export type SaveOutcome = { status: "loaded" | "updated" | "unchanged"; articleId: number };

export interface ArticleRecord {
  input: RawInput;
  contentHash: string;
  extracted: ExtractedArticle;
  event: EventDraft;
}

const toDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

export async function saveArticle(db: PrismaClient, rec: ArticleRecord): Promise<SaveOutcome> {
  const { extracted: x, input } = rec;
  const fields = {
    sourceFile: input.fileName,
    rawText: input.text,
    title: x.title,
    body: x.body,
    caption: x.caption,
    datelineCity: x.dateline?.city ?? null,
    datelineAgency: x.dateline?.agency ?? null,
    publishedAt: toDate(x.publishedAt),
    dateBasis: x.dateBasis,
    dateEvidence: x.dateEvidence,
    lineVerdicts: x.lines as object[],
    warnings: x.warnings,
    outletId: x.outlet?.id ?? null,
  };

  const fingerprint = fingerprintOf(rec);
  return db.$transaction(async (tx) => {
    const existing = await tx.article.findUnique({ where: { contentHash: rec.contentHash }, select: { id: true, fingerprint: true } });
    if (existing?.fingerprint === fingerprint) return { status: "unchanged", articleId: existing.id };

    if (x.outlet) {
      const { id, nameAr, nameLatin, domain, country } = x.outlet;
      await tx.outlet.upsert({ where: { id }, create: { id, nameAr, nameLatin, domain, country }, update: {} });
    }
    const article = existing
      ? await tx.article.update({ where: { id: existing.id }, data: { ...fields, fingerprint } })
      : await tx.article.create({ data: { ...fields, fingerprint, contentHash: rec.contentHash } });

    await tx.personMention.deleteMany({ where: { articleId: article.id } });
    if (x.people.length) {
      await tx.personMention.createMany({
        data: x.people.map((p) => ({ articleId: article.id, personId: p.id, asWritten: p.asWritten, count: p.count })),
      });
    }

    const e = rec.event;
    const eventData = { title: e.title, kind: e.kind, date: toDate(e.date), dateBasis: e.dateBasis, place: e.place };
    const event = await tx.event.upsert({ where: { slug: e.slug }, create: { slug: e.slug, ...eventData }, update: eventData });
    await tx.eventArticle.deleteMany({ where: { articleId: article.id, NOT: { eventId: event.id } } });
    await tx.eventArticle.upsert({
      where: { eventId_articleId: { eventId: event.id, articleId: article.id } },
      create: { eventId: event.id, articleId: article.id },
      update: {},
    });
    return { status: existing ? "updated" : "loaded", articleId: article.id };
  });
}

/** Everything the write derives from; the same fingerprint means the stored rows are already right. */
function fingerprintOf(rec: ArticleRecord): string {
  return createHash("sha256")
    .update(JSON.stringify([rec.input.fileName, rec.input.text, rec.extracted, rec.event]))
    .digest("hex");
}
