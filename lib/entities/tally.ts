// Mentions of one article summed per entity: counted over title, caption and body; the spelling kept
// is the one the body first uses (the longest form at that position), else the first one anywhere.
// Body order first (how a reader meets them), then entities named only in the title or caption.

export interface TextPart {
  part: "title" | "caption" | "body";
  text: string;
}

export interface Tallied<K> {
  key: K;
  asWritten: string;
  count: number;
}

interface Tally<K> {
  key: K;
  count: number;
  firstAny: string;
  firstBody: string | null;
  order: number;
}

export function tallyMentions<K>(parts: { part: TextPart["part"]; mentions: { key: K; text: string }[] }[]): Tallied<K>[] {
  const tallies = new Map<K, Tally<K>>();
  let order = 0;
  for (const { part, mentions } of parts) {
    for (const m of mentions) {
      let t = tallies.get(m.key);
      if (!t) {
        t = { key: m.key, count: 0, firstAny: m.text, firstBody: null, order: Number.MAX_SAFE_INTEGER };
        tallies.set(m.key, t);
      }
      t.count++;
      if (part === "body" && t.firstBody === null) {
        t.firstBody = m.text;
        t.order = order++;
      }
    }
  }
  return [...tallies.values()].sort((a, b) => a.order - b.order).map((t) => ({ key: t.key, asWritten: t.firstBody ?? t.firstAny, count: t.count }));
}
