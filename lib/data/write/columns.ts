// Column lists of the tables the article writer fills, with their PostgreSQL types.
import type { PlannedEvent } from "../../events";
import { outletTypeOf } from "../../enums/outlet-type";
import type { EntityRef, OutletRef, PersonRef, QuoteRef } from "../../extract/types";
import type { ArticleRow } from "./article-rows";
import type { Column } from "./unnest-insert";

const now = () => new Date();

export const OUTLET_COLUMNS: Column<OutletRef>[] = [
  { name: "id", type: "text", value: (o) => o.id },
  { name: "nameAr", type: "text", value: (o) => o.nameAr },
  { name: "nameLatin", type: "text", value: (o) => o.nameLatin },
  { name: "domain", type: "text", value: (o) => o.domain },
  { name: "country", type: "text", value: (o) => o.country },
  { name: "type", type: `"OutletType"`, value: (o) => outletTypeOf(o.type) },
  { name: "verified", type: "boolean", value: (o) => o.verified ?? true },
];

export const ARTICLE_COLUMNS: Column<ArticleRow>[] = [
  { name: "contentHash", type: "text", value: (r) => r.contentHash },
  { name: "fingerprint", type: "text", value: (r) => r.fingerprint },
  { name: "sourceFile", type: "text", value: (r) => r.sourceFile },
  { name: "rawText", type: "text", value: (r) => r.rawText },
  { name: "readText", type: "text", value: (r) => r.readText },
  { name: "title", type: "text", value: (r) => r.title },
  { name: "titleSource", type: `"TitleSource"`, value: (r) => r.titleSource },
  { name: "body", type: "text", value: (r) => r.body },
  { name: "caption", type: "text", value: (r) => r.caption },
  { name: "datelineCity", type: "text", value: (r) => r.datelineCity },
  { name: "datelineAgency", type: "text", value: (r) => r.datelineAgency },
  { name: "publishedAt", type: "date", value: (r) => r.publishedAt },
  { name: "dateBasis", type: `"DateBasis"`, value: (r) => r.dateBasis },
  { name: "dateEvidence", type: "text", value: (r) => r.dateEvidence },
  { name: "dateClues", type: "jsonb", value: (r) => r.dateClues },
  { name: "onTopic", type: "boolean", value: (r) => r.onTopic },
  { name: "topicReason", type: "text", value: (r) => r.topicReason },
  { name: "lineVerdicts", type: "jsonb", value: (r) => r.lineVerdicts },
  { name: "warnings", type: "text[]", value: (r) => r.warnings },
  { name: "outletId", type: "text", value: (r) => r.outletId },
  { name: "searchTitle", type: "text", value: (r) => r.searchTitle ?? null },
  { name: "searchBody", type: "text", value: (r) => r.searchBody ?? null },
  { name: "updatedAt", type: "timestamp(3)", value: now },
];

type WithArticle<T> = T & { articleId: number };

export const MENTION_COLUMNS: Column<WithArticle<PersonRef>>[] = [
  { name: "articleId", type: "int", value: (m) => m.articleId },
  { name: "personId", type: "text", value: (m) => m.id },
  { name: "asWritten", type: "text", value: (m) => m.asWritten },
  { name: "count", type: "int", value: (m) => m.count },
];

export const ENTITY_COLUMNS: Column<WithArticle<EntityRef> & { kind: string }>[] = [
  { name: "articleId", type: "int", value: (m) => m.articleId },
  { name: "kind", type: `"EntityKind"`, value: (m) => m.kind },
  { name: "entityId", type: "text", value: (m) => m.id },
  { name: "name", type: "text", value: (m) => m.name },
  { name: "asWritten", type: "text", value: (m) => m.asWritten },
  { name: "count", type: "int", value: (m) => m.count },
];

export const QUOTE_COLUMNS: Column<WithArticle<QuoteRef> & { position: number }>[] = [
  { name: "articleId", type: "int", value: (q) => q.articleId },
  { name: "position", type: "int", value: (q) => q.position },
  { name: "text", type: "text", value: (q) => q.text },
  { name: "speaker", type: "text", value: (q) => q.speaker },
  { name: "speakerId", type: "text", value: (q) => q.speakerId },
  { name: "verb", type: "text", value: (q) => q.verb },
];

export const EVENT_COLUMNS: Column<PlannedEvent>[] = [
  { name: "slug", type: "text", value: (e) => e.slug },
  { name: "title", type: "text", value: (e) => e.title },
  { name: "kind", type: `"EventKind"`, value: (e) => e.kind },
  { name: "date", type: "date", value: (e) => e.date },
  { name: "dateEnd", type: "date", value: (e) => e.dateEnd },
  { name: "dateBasis", type: `"DateBasis"`, value: (e) => e.dateBasis },
  { name: "place", type: "text", value: (e) => e.place },
  { name: "participants", type: "text[]", value: (e) => e.participants },
  { name: "chronologyId", type: "text", value: (e) => e.chronologyId ?? null },
  { name: "storyline", type: "text", value: (e) => e.storyline ?? null },
  { name: "onTopic", type: "boolean", value: (e) => e.onTopic ?? true },
  { name: "updatedAt", type: "timestamp(3)", value: now },
];

export const EVENT_ARTICLE_COLUMNS: Column<{ eventId: number; articleId: number }>[] = [
  { name: "eventId", type: "int", value: (r) => r.eventId },
  { name: "articleId", type: "int", value: (r) => r.articleId },
];
