// Two regroups at once (an upload's and an editor's correction's, say) must not collide: each runs after
// the one before it and reads the coverage afresh, so both succeed and every article keeps its event.
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadFiles } from "../lib/load/load";
import { listInputFiles } from "../lib/load/read-inputs";
import { regroupEvents } from "../lib/load/regroup";
import { createTestDatabase, type TestDatabase } from "./helpers/db";

const SAMPLES = path.resolve(import.meta.dirname, "..", "data", "samples");
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await loadFiles(t.database, listInputFiles([SAMPLES]));
});
afterAll(async () => t.drop());

it("concurrent regroups all succeed and leave every article on an event", async () => {
  await t.db.eventArticle.deleteMany();
  await t.db.event.deleteMany();
  const results = await Promise.allSettled(Array.from({ length: 4 }, () => regroupEvents(t.database)));
  expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
  const articles = await t.db.article.count();
  const linked = await t.db.eventArticle.count();
  expect(linked).toBe(articles);
});
