// LOG_FORMAT=json: the loader writes one parseable JSON line per input, with file, status, duration and id.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { loadFiles } from "../../lib/load/load";
import { writeCorpusFiles } from "../../scripts/bench/corpus-files";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
let dir: string;
beforeAll(async () => {
  t = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "loader-logs-"));
});
afterAll(async () => {
  await t?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("logs one JSON line per loaded article", async () => {
  const files = [...writeCorpusFiles(dir, 3), path.join(dir, "empty.txt")];
  fs.writeFileSync(files[3]!, "");
  const lines: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (lines.push(String(chunk)), true));
  process.env.LOG_FORMAT = "json";
  try {
    await loadFiles(t.database, files);
    await loadFiles(t.database, files.slice(0, 1));
  } finally {
    delete process.env.LOG_FORMAT;
    write.mockRestore();
  }
  const logs = lines
    .join("")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const articles = logs.filter((l) => l.msg === "article");
  expect(articles).toHaveLength(5);
  for (const a of articles) {
    expect(a).toMatchObject({ time: expect.any(String), file: expect.any(String), status: expect.any(String), ms: expect.any(Number) });
    expect(a.ms as number).toBeGreaterThanOrEqual(0);
  }
  expect(articles.slice(0, 3).map((a) => a.status)).toEqual(["loaded", "loaded", "loaded"]);
  expect(articles.slice(0, 3).every((a) => Number.isInteger(a.articleId))).toBe(true);
  expect(articles[3]).toMatchObject({ status: "failed", level: "warn", error: expect.any(String) });
  expect(articles[4]).toMatchObject({ status: "unchanged", articleId: articles[0]!.articleId });
});

it("logs nothing unless LOG_FORMAT=json", async () => {
  const write = vi.spyOn(process.stdout, "write");
  await loadFiles(t.database, writeCorpusFiles(path.join(dir, "quiet"), 1));
  expect(write).not.toHaveBeenCalled();
  write.mockRestore();
});
