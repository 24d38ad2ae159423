// The development corpus's hand-checked gold (../shared/dev-corpus/<slice>/gold.jsonl), read and checked
// with zod so a malformed line is a clear error naming the slice and line, never a silent skip.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const GoldSchema = z.object({
  file: z.string(),
  url: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  outlet_domain: z.string().nullable().optional(),
  title: z.string().nullable(),
  title_source: z.enum(["text", "url-slug"]).nullable(),
  date: z.string().nullable(),
  date_basis: z.enum(["explicit-in-text", "url", "inferred"]).nullable(),
  event_date: z.string().nullable().optional(),
  event: z.string(),
  storyline: z.string().nullable().optional(),
  on_topic: z.boolean(),
  people: z.array(z.string()).default([]),
  people_ids: z.array(z.string()).default([]),
  body_char_span: z.tuple([z.number().int(), z.number().int()]),
});
export type Gold = z.infer<typeof GoldSchema>;

export interface GoldArticle {
  slice: string;
  /** Path of the article text; its sidecar is `<name>.meta.json` beside it. */
  path: string;
  gold: Gold;
}

/** The slice folders of a corpus root (every folder holding a gold.jsonl), or the folders given. */
export function sliceDirs(root: string): string[] {
  if (fs.existsSync(path.join(root, "gold.jsonl"))) return [root];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, "gold.jsonl")))
    .map((d) => path.join(root, d.name))
    .sort();
}

export function readSlice(dir: string): GoldArticle[] {
  const slice = path.basename(dir);
  const lines = fs.readFileSync(path.join(dir, "gold.jsonl"), "utf8").split("\n");
  return lines.flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = GoldSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${slice}/gold.jsonl line ${i + 1}: ${parsed.error.issues[0]?.message}`);
    return [{ slice, path: path.join(dir, "articles", parsed.data.file), gold: parsed.data }];
  });
}
