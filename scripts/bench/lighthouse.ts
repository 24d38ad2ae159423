// Lighthouse (mobile profile) on the five pages readers land on: the timeline, a search, an event, an
// article and a comparison, served by the production build over a throwaway database.
// `npm run lighthouse -- [--corpus DIR ...] [--runs N] [--pages timeline,search,...] [--keep-reports]`
// Loads the samples (and every DIR given: e.g. ../shared/dev-corpus/*/articles), then prints per page the
// performance and accessibility scores, CLS, LCP, TBT, the first-load JavaScript (gzip) and any failing
// accessibility audit, as the median of N runs (default 1). Not part of `npm test`: about 20 s a page.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { connect } from "../../lib/data/client";
import { ensureDatabase } from "../../lib/data/server/database";
import { startEmbeddedPostgres } from "../../lib/data/server/embedded";
import { applyMigrations } from "../../lib/data/schema/migrate";
import { listInputFiles } from "../../lib/load/read-inputs";
import { loadFiles } from "../../lib/load/load";
import { findFreePort } from "../../lib/net/ports";
import { chromiumPath } from "../lib/chromium";
import { firstLoadJs } from "../lib/first-load-js";
import { ensureNextBuild } from "../lib/next-build";
import { startNextServer, type RunningServer } from "../lib/next-server";
import { ROOT } from "../lib/product-database";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
// Every folder after --corpus up to the next option: a shell glob over the dev corpus gives several.
const corpus = (() => {
  const i = args.indexOf("--corpus");
  if (i < 0) return [];
  const rest = args.slice(i + 1);
  const end = rest.findIndex((a) => a.startsWith("--"));
  return end < 0 ? rest : rest.slice(0, end);
})();
const runs = Math.max(1, Number(option("--runs") ?? 1));
const keepReports = args.includes("--keep-reports");
const only = option("--pages")?.split(",");
const log = (line: string) => console.error(`• ${line}`);

/** The flags TOOLCHAIN.md found to work with the Chromium from npm, headless and without a sandbox. */
const CHROME_FLAGS =
  "--headless=new --no-sandbox --no-zygote --single-process --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run";

interface Result {
  /** NaN when Lighthouse could not score the page (a metric failed: see `problem`). */
  performance: number;
  accessibility: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  failing: string[];
  problem?: string;
}

const reportDir = path.join(ROOT, ".tmp", `lighthouse-${process.pid}`);

function lighthouse(url: string, chrome: string, out: string): Promise<void> {
  const bin = path.join(ROOT, "node_modules", ".bin", "lighthouse");
  const argv = [url, "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance,accessibility", `--chrome-flags=${CHROME_FLAGS}`];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, argv, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CHROME_PATH: chrome } });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.on("exit", (code) => (code === 0 && fs.existsSync(out) ? resolve() : reject(new Error(`lighthouse ${url} exited ${code}: ${stderr.slice(-2000)}`))));
  });
}

function readReport(file: string): Result {
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as {
    categories: Record<string, { score: number; auditRefs: Array<{ id: string; weight: number }> }>;
    audits: Record<string, { score: number | null; numericValue?: number; title: string; errorMessage?: string }>;
    runtimeError?: { message: string };
  };
  const failing = r.categories.accessibility!.auditRefs.filter((a) => a.weight > 0 && r.audits[a.id]?.score !== null && (r.audits[a.id]?.score ?? 1) < 1).map((a) => a.id);
  const errors = Object.entries(r.audits).flatMap(([id, a]) => (a.errorMessage ? [`${id}: ${a.errorMessage}`] : []));
  const score = (s: number | null | undefined) => (typeof s === "number" ? Math.round(s * 100) : NaN);
  return {
    performance: score(r.categories.performance?.score),
    accessibility: score(r.categories.accessibility?.score),
    problem: r.runtimeError?.message ?? (errors.length ? errors.slice(0, 3).join("; ") : undefined),
    cls: r.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    lcpMs: r.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: r.audits["total-blocking-time"]?.numericValue ?? NaN,
    failing,
  };
}

/** The median of the runs that gave a figure (NaN when none did). */
function median(xs: number[]): number {
  const ok = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return ok.length ? ok[Math.floor((ok.length - 1) / 2)]! : NaN;
}

/** The pages: an event with the most coverage, its first article, a comparison of its first two, a search for a name it holds. */
async function pagesOf(url: string): Promise<Array<[string, string]>> {
  const db = connect(url, 1);
  try {
    const { rows } = await db.pool.query<{ slug: string; ids: number[] }>(`
      SELECT e.slug, array_agg(ea."articleId" ORDER BY ea."articleId") AS ids
      FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id
      GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1`);
    const event = rows[0];
    if (!event) throw new Error("no events: nothing loaded?");
    const pages: Array<[string, string]> = [
      ["timeline", "/"],
      ["search", `/search?q=${encodeURIComponent("لافروف")}`],
      ["event", `/events/${event.slug}`],
      ["article", `/articles/${event.ids[0]}`],
    ];
    if (event.ids.length >= 2) pages.push(["compare", `/compare?articles=${event.ids.slice(0, 2).join(",")}`]);
    return pages;
  } finally {
    await db.close();
  }
}

const dataDir = path.join(ROOT, ".tmp", `lighthouse-pg-${process.pid}`);
const pg = await startEmbeddedPostgres({ dataDir, ephemeral: true, port: await findFreePort(56100) });
let server: RunningServer | undefined;
try {
  const url = await ensureDatabase(pg.adminUrl, "lighthouse");
  await applyMigrations(url);
  const db = connect(url, 2);
  const { counts } = await loadFiles(db, listInputFiles([path.join(ROOT, "data", "samples"), ...corpus]));
  await db.close();
  log(`loaded ${counts.loaded} articles (${counts.failed} failed)`);
  ensureNextBuild(ROOT, log);
  server = await startNextServer({ root: ROOT, port: await findFreePort(3950), host: "127.0.0.1", env: { DATABASE_URL: url }, quiet: true });
  const chrome = await chromiumPath();
  fs.mkdirSync(reportDir, { recursive: true });
  const rows: string[] = [];
  for (const [name, page] of (await pagesOf(url)).filter(([name]) => !only || only.includes(name))) {
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const out = path.join(reportDir, `${name}-${i}.json`);
      await lighthouse(server.url + page, chrome, out);
      results.push(readReport(out));
    }
    const html = await (await fetch(server.url + page)).text();
    const js = await firstLoadJs(server.url, html);
    const m = (f: (r: Result) => number) => median(results.map(f));
    const failing = [...new Set(results.flatMap((r) => r.failing))];
    for (const p of new Set(results.flatMap((r) => (r.problem ? [r.problem] : [])))) console.error(`  ${name}: ${p}`);
    const line = `${name.padEnd(9)} perf ${String(m((r) => r.performance)).padStart(3)}  a11y ${String(m((r) => r.accessibility)).padStart(3)}  CLS ${m((r) => r.cls).toFixed(3)}  LCP ${(m((r) => r.lcpMs) / 1000).toFixed(2)} s  TBT ${m(
      (r) => r.tbtMs,
    )
      .toFixed(0)
      .padStart(4)} ms  JS ${(js.gzip / 1024).toFixed(1)} KiB gzip${failing.length ? `  a11y failing: ${failing.join(", ")}` : ""}`;
    console.log(line);
    rows.push(line);
  }
  console.log(`\nLighthouse mobile, median of ${runs} run(s), ${counts.loaded} articles loaded; pages: ${server.url}`);
} finally {
  await server?.stop();
  await pg.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (!keepReports) fs.rmSync(reportDir, { recursive: true, force: true });
  else log(`reports kept in ${reportDir}`);
}
