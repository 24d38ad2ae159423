// Mentions of one article summed per entity: counted over title, caption and body; the spelling kept
// is the one the body first uses (the longest form at that position), else the first one anywhere;
// a plain spelling is preferred to a lesser one: glued to لل ("للأمم المتحدة" rather than "الأمم المتحدة")
// or a description instead of the name ("العاصمة النمساوية" rather than "فيينا").
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

export interface Spelled<K> {
  key: K;
  text: string;
  /** Quoted only when no plain spelling is written (see above). */
  lesser?: boolean;
}

interface Tally<K> {
  key: K;
  count: number;
  order: number;
  /** First spellings: [body plain, body lesser, anywhere plain, anywhere lesser]. */
  first: (string | null)[];
}

export function tallyMentions<K>(parts: { part: TextPart["part"]; mentions: Spelled<K>[] }[]): Tallied<K>[] {
  const tallies = new Map<K, Tally<K>>();
  let order = 0;
  for (const { part, mentions } of parts) {
    for (const m of mentions) {
      let t = tallies.get(m.key);
      if (!t) {
        t = { key: m.key, count: 0, order: Number.MAX_SAFE_INTEGER, first: [null, null, null, null] };
        tallies.set(m.key, t);
      }
      t.count++;
      if (part === "body" && t.order === Number.MAX_SAFE_INTEGER) t.order = order++;
      const slot = (part === "body" ? 0 : 2) + (m.lesser ? 1 : 0);
      t.first[slot] ??= m.text;
      t.first[m.lesser ? 3 : 2] ??= m.text;
    }
  }
  return [...tallies.values()].sort((a, b) => a.order - b.order).map((t) => ({ key: t.key, asWritten: t.first.find((f) => f !== null)!, count: t.count }));
}
