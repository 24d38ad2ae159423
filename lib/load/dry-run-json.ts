// The stable machine-readable shape of one input's result (`npm run ingest -- --dry-run --json`).
import { inputName } from "./read-inputs";
import type { FileResult } from "./load";

export function toDryRunJson(r: FileResult): Record<string, unknown> {
  const file = inputName(r.file);
  if (!r.ok) return { file, ok: false, error: r.error };
  const x = r.extracted;
  return {
    file,
    ok: true,
    title: x.title,
    outlet: x.outlet ? { id: x.outlet.id, nameAr: x.outlet.nameAr, nameLatin: x.outlet.nameLatin, domain: x.outlet.domain } : null,
    dateline: x.dateline,
    publishedAt: x.publishedAt,
    dateBasis: x.dateBasis,
    dateEvidence: x.dateEvidence,
    body: x.body,
    caption: x.caption,
    people: x.people.map((p) => ({ id: p.id, asWritten: p.asWritten })),
    places: x.places.map((e) => ({ id: e.id, name: e.name, asWritten: e.asWritten })),
    organizations: x.organizations.map((e) => ({ id: e.id, name: e.name, asWritten: e.asWritten })),
    quotes: x.quotes.map((q) => ({ speakerId: q.speakerId, speaker: q.speaker, text: q.text })),
    event: r.event ?? null,
    warnings: x.warnings,
  };
}
