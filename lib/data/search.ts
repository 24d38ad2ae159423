import "server-only";
// Full-text search over articles (issue 6). The query is parsed and compiled in TypeScript
// (lib/search/query.ts) into a tsquery of our own lexemes, passed as a parameter to to_tsquery('simple', $1).
//
// Plan, chosen for 1,000,000 articles on 2 cores (TOOLCHAIN.md, README "Search at scale"): ranking must
// read the tsvector of every match, so at most RANK_CAP matches (the first ones in storage order) form the
// candidate set; ranking, the count and the facets are computed over it. When a query has more matches,
// `total.exact` is false and `total.value` is RANK_CAP ("more than"). The candidate set comes from the GIN
// bitmap (cost grows with the matches: 270 ms for a word in every article) or, when most rows match, from
// a bounded walk of the table (cost grows with the rows tested; walkPays decides), or, when most rows of
// a date range match, from a bounded walk of the range's rows down the date index (datedWalkPays). The facets join their
// tables per candidate (LATERAL, index lookups) rather than scanning PersonMention or EventArticle whole;
// outlets and people are counted by id and only the first FACET_LIMIT names are read (by key), where
// joining first hashed every outlet and person for each search.
// Sorting by date with more matches than the cap: a bounded walk of the date index for common queries,
// else the matches sorted (newestMatches).
// Snippets are computed in TypeScript for the page only; ts_headline is never used.
import { database, db } from "./client";
import { readWithSettings, sqlReader, type SqlReader } from "./transaction";
import { paramsOf, plannedRowsOf } from "./planner-rows";
import { normalizeText } from "../search/normalize";
import { compileClause, compileGroup, compileTsquery, highlightStems, parseQuery, type ParsedQuery, type QueryMessage } from "../search/query";
import { RELAX_BELOW, relaxedTsquery } from "../search/relaxed";
import type { DateWindow } from "../search/date-window";
import { idfOf, rankedSql, scoreSql, type RankTerms, type ScoreSql } from "./search-rank";
import { searchEvents, type EventHit } from "./search-events";
import { highlight, snippet, type Snippet, type SnippetSegment } from "../search/snippet";
import { paragraphAt } from "../search/passage";
import { dateBounds, hasFilter, type SearchParams } from "../params/search";
import { loadGazetteers } from "../entities/gazetteers";
import type { DateBasis } from "../enums/date-basis";
import { resolveGuessedWords, widenUnknownWords } from "./search-fuzzy";
import { versionedCache } from "./versioned-cache";

/** Most matches ranked, counted and faceted per query (see the plan above). */
export const RANK_CAP = 200;
const FACET_LIMIT = 15;

export interface SearchHit {
  articleId: number;
  title: string;
  /** The title with matched words marked. */
  titleSegments: SnippetSegment[];
  outlet: { id: string; nameAr: string } | null;
  /** YYYY-MM-DD or null, with how it is known. */
  date: string | null;
  dateBasis: DateBasis;
  /** The passage with the most matched words; `start` is its offset in the body (link to the passage). */
  snippet: Snippet;
  /** Index of the body paragraph holding the snippet (the reader's anchor p-<n>, lib/search/passage.ts). */
  paragraph: number;
  /** ts_rank (title words weigh more); 0 when sorted by date without ranking. */
  score: number;
  /** The file the article was loaded from. */
  sourceFile: string;
  /** The event the article belongs to, if grouped. */
  eventSlug: string | null;
  /** A partial match (listed after the full matches): see `match`. */
  partial: boolean;
  /** Why it is listed: all the query's words, most of them (or all but no known date in the query's window), or coverage of an event the query names. */
  match: "all" | "most" | "event";
}

export interface FacetCount {
  id: string;
  label: string;
  count: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matches; capped at RANK_CAP (exact: false means "more than value"). */
  total: { value: number; exact: boolean };
  /** Counted over the same (possibly capped) set as `total`. */
  facets: { outlets: FacetCount[]; people: FacetCount[]; events: FacetCount[]; dateBasis: FacetCount[] };
  page: { page: number; pageSize: number; pages: number };
  /** Messages about the query (ignored words, unclosed quote ...), in Arabic. */
  messages: QueryMessage[];
  /** The tsquery that ran (our lexemes only), for the curious and for tests. */
  tsquery: string | null;
  /** This page's partial matches (most words, not all), ranked after the full matches of `hits`. */
  partial: SearchHit[];
  /** Partial matches in all (capped like `total`); 0 when none were looked for. */
  partialTotal: { value: number; exact: boolean };
  /** The date window the query's date words named (applied to the article's or its event's date). */
  window: DateWindow | null;
  /** Timeline events matching the query, best first (page 1 only). */
  events: EventHit[];
}

const EMPTY_FACETS = { outlets: [], people: [], events: [], dateBasis: [] };
type Facets = SearchResult["facets"];

/** Facet counts of two disjoint sets of articles, added. */
function addFacets(a: Facets, b: Facets): Facets {
  const add = (x: FacetCount[], y: FacetCount[]) => {
    const m = new Map(x.map((f) => [f.id, { ...f }]));
    for (const f of y) {
      const have = m.get(f.id);
      if (have) have.count += f.count;
      else m.set(f.id, { ...f });
    }
    return [...m.values()].sort((p, q) => q.count - p.count || p.id.localeCompare(q.id)).slice(0, FACET_LIMIT);
  };
  return { outlets: add(a.outlets, b.outlets), people: add(a.people, b.people), events: add(a.events, b.events), dateBasis: add(a.dateBasis, b.dateBasis) };
}

type Param = unknown;

/**
 * The filters as SQL on "Article" a, with their parameters appended to `params`. The query's date window
 * holds an article dated in it or grouped into an event dated in it (an undated report of a dated meeting).
 */
function filterSql(p: SearchParams, params: Param[], date = 'a."publishedAt"', window: DateWindow | null = null): string {
  const and: string[] = [];
  const add = (v: Param) => `$${params.push(v)}`;
  if (window) and.push(windowSql(window, params, "known"));
  if (p.outlet) and.push(`a."outletId" = ${add(p.outlet)}`);
  if (p.person) and.push(`EXISTS (SELECT 1 FROM "PersonMention" m WHERE m."articleId" = a.id AND m."personId" = ${add(p.person)})`);
  if (p.event) and.push(`EXISTS (SELECT 1 FROM "EventArticle" ea JOIN "Event" e ON e.id = ea."eventId" WHERE ea."articleId" = a.id AND e.slug = ${add(p.event)})`);
  const { from, to } = dateBounds(p);
  if (from) and.push(`${date} >= ${add(from)}::date`);
  if (to) and.push(`${date} <= ${add(to)}::date`);
  if (p.basis) and.push(`a."dateBasis" = ${add(p.basis)}::"DateBasis"`);
  return and.length ? and.join(" AND ") : "TRUE";
}

/**
 * The query's date window: an article dated in it, or grouped into an event dated in it ("known"); with
 * "or-unknown", also an article with no known date at all (never guessed, so it may be in the window).
 */
function windowSql(window: DateWindow, params: Param[], mode: "known" | "or-unknown"): string {
  const [f, t] = [`$${params.push(window.from)}`, `$${params.push(window.to)}`];
  // Never NULL (an undated row is "not in the window"), so that NOT (... AND inWindow) holds for it.
  // OFFSET 0 keeps each EXISTS a per-candidate lookup (EventArticle's articleId index): pulled up into a
  // semi-join, the planner hashed the whole EventArticle table for a bounded walk of 4,000 rows.
  const inWindow = `coalesce((a."publishedAt" + 0) BETWEEN ${f}::date AND ${t}::date, false) OR EXISTS (SELECT 1 FROM "EventArticle" ea JOIN "Event" e ON e.id = ea."eventId"
      WHERE ea."articleId" = a.id AND e.date <= ${t}::date AND coalesce(e."dateEnd", e.date) >= ${f}::date OFFSET 0)`;
  if (mode === "known") return `(${inWindow})`;
  const undated = `a."publishedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "EventArticle" ea JOIN "Event" e ON e.id = ea."eventId" WHERE ea."articleId" = a.id AND e.date IS NOT NULL OFFSET 0)`;
  return `(${inWindow} OR (${undated}))`;
}

// The same search asked again (a shared link, paging back, many readers after one event) is answered from
// memory until the stored data changes (lib/data/versioned-cache.ts). SEARCH_CACHE=off turns it off, as
// the search benchmark does to time the queries themselves.
const cachedSearch = versionedCache((key: string) => searchUncached(JSON.parse(key) as SearchParams), {
  maxEntries: 500,
  enabled: () => process.env.SEARCH_CACHE !== "off",
});

export function search(p: SearchParams): Promise<SearchResult> {
  const { q, outlet, person, event, from, to, basis, sort, page, pageSize, partial, dates } = p;
  return cachedSearch(JSON.stringify({ q, outlet, person, event, from, to, basis, sort, page, pageSize, partial, dates }));
}

// A search that finds nothing is tried once more with its unknown words widened to the closest words the
// index holds (lib/data/search-fuzzy.ts); searches that find something never pay for that.
/** The search itself, never a cached answer (for EXPLAIN replays and benchmarks of the SQL). */
export async function searchUncached(p: SearchParams): Promise<SearchResult> {
  let parsed = await resolveGuessedWords(db(), parseQuery(p.q, undefined, { dates: p.dates }));
  // Date words alone list that time, like a date filter (the article's own date, through its index).
  if (parsed.window && parsed.groups.length === 0 && parsed.excluded.length === 0) {
    const w = parsed.window;
    const listing = { ...p, q: "", from: p.from && p.from > w.from ? p.from : w.from, to: p.to && p.to < w.to ? p.to : w.to };
    return { ...(await runSearch(listing, parsed, null)), window: w };
  }
  const offset = (p.page - 1) * p.pageSize;
  // Events answer the words alone: a filter of articles (outlet, person, basis, dates, an event) is not
  // theirs to apply, so with one set only the articles are listed. They are matched while the articles are searched.
  const eventsOf = (q: ParsedQuery) => {
    const found = q.groups.length > 0 && !hasFilter(p) ? searchEvents(q) : Promise.resolve([]);
    found.catch(() => {}); // awaited below; a failure must not go unhandled while the articles are searched
    return found;
  };
  let eventsFound = eventsOf(parsed);
  let first = await runSearch(p, parsed, null);
  if (first.total.value === 0 && first.tsquery) {
    const widened = await widenUnknownWords(db(), parsed);
    if (widened !== parsed) {
      parsed = widened;
      eventsFound = eventsOf(parsed);
      first = await runSearch(p, parsed, null);
    }
  }
  const events = await eventsFound;
  // Too few articles hold every word: the coverage of the events the query names, then the articles
  // holding most of its words (or all of them with no known date, when it names a time) follow, labelled.
  const relaxable = parsed.groups.length > 0;
  if (p.partial === "off" || !first.total.exact || first.total.value >= RELAX_BELOW || !relaxable) {
    return { ...first, events: p.page === 1 ? events : [] };
  }
  const s = first.total.value;
  const strictOnPage = first.hits.length;
  const coverage = await eventCoverage(p, parsed, events.filter((e) => e.matched === e.of).slice(0, MAX_COVERED_EVENTS).map((e) => e.slug));
  const coverageStart = Math.max(0, offset - s);
  const coveragePage = coverage.slice(coverageStart, coverageStart + p.pageSize - strictOnPage);
  const partial = await runSearch(p, parsed, {
    offset: Math.max(0, offset - s - coverage.length),
    limit: p.pageSize - strictOnPage - coveragePage.length,
    idf: first.idf,
    skip: coverage,
  });
  const covered = (await hitsOf(coveragePage.map((id) => ({ id, score: 0 })), highlightStems(parsed, true))).map((h) => ({ ...h, partial: true, match: "event" as const }));
  const total = s + coverage.length + partial.total.value;
  return {
    ...first,
    partial: [...covered, ...partial.hits.map((h) => ({ ...h, partial: true, match: "most" as const }))],
    partialTotal: { value: coverage.length + partial.total.value, exact: partial.total.exact },
    facets: addFacets(first.facets, partial.facets),
    page: { page: p.page, pageSize: p.pageSize, pages: Math.ceil(total / p.pageSize) },
    events: p.page === 1 ? events : [],
  };
}

/** Events whose coverage joins the partial matches: those naming every term of the query, best first. */
const MAX_COVERED_EVENTS = 3;
/** Most articles listed as the coverage of events. */
const MAX_COVERAGE = 60;

/**
 * The articles of these events (in their order, then oldest first) that the full matches did not list and
 * the filters and exclusions allow. Read through EventArticle by event: a few dozen rows at most.
 */
async function eventCoverage(p: SearchParams, parsed: ParsedQuery, slugs: string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const params: Param[] = [slugs];
  const full = compileTsquery(parsed);
  const listed = full
    ? `NOT (a."searchVector" @@ to_tsquery('simple', $${params.push(full)})${parsed.window ? ` AND ${windowSql(parsed.window, params, "known")}` : ""})`
    : "TRUE";
  const excluded = parsed.excluded.length ? `NOT a."searchVector" @@ to_tsquery('simple', $${params.push(parsed.excluded.map((c) => compileClause(c)).join(" | "))})` : "TRUE";
  const rows = await reader().rows<{ id: number }>(
    `SELECT a.id FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id JOIN "Article" a ON a.id = ea."articleId"
     WHERE e.slug = ANY($1::text[]) AND ${listed} AND ${excluded} AND ${filterSql(p, params)}
     ORDER BY array_position($1::text[], e.slug), a."publishedAt" NULLS LAST, a.id LIMIT ${MAX_COVERAGE}`,
    params,
  );
  return [...new Set(rows.map((r) => r.id))];
}

/** A tier of partial matches: where its page starts and how long it is, and the terms' idf from the first run. */
interface PartialTier {
  offset: number;
  limit: number;
  idf: number[] | null;
  /** Articles already listed as an event's coverage. */
  skip: number[];
}

type TierResult = SearchResult & { idf: number[] | null };

async function runSearch(p: SearchParams, parsed: ParsedQuery, tier: PartialTier | null): Promise<TierResult> {
  const full = compileTsquery(parsed);
  const words = p.q.trim() !== "";
  const messages = words && !tier ? parsed.messages : [];
  const emptyPage = { page: p.page, pageSize: p.pageSize, pages: 0 };
  const none = { partial: [], partialTotal: { value: 0, exact: true }, window: parsed.window, events: [] };
  const idfNeeded = full !== null && p.sort !== "date" && parsed.groups.length > 1;
  // Partial matches: most of the terms (the rarest count), or with a date window all of them and no known date.
  const tierIdf = tier ? (tier.idf ?? parsed.groups.map(() => 1)) : null;
  const tsquery = tier ? relaxedTsquery(parsed, tierIdf!, { keepFull: parsed.window !== null }) : full;
  // Nothing to look for: no usable words and no filter (a filter alone lists its articles by date).
  if ((words && !tsquery) || (!words && !hasFilter(p)) || (tier && tier.limit <= 0 && !tsquery)) {
    return { hits: [], total: { value: 0, exact: true }, facets: EMPTY_FACETS, page: emptyPage, messages, tsquery, ...none, idf: null };
  }

  const params: Param[] = [];
  const match = tsquery ? `a."searchVector" @@ to_tsquery('simple', $${params.push(tsquery)})` : "TRUE";
  const filterAt = params.length;
  const conditions = (list: Param[], date?: string) => {
    const w = parsed.window;
    let sql = `${match} AND ${filterSql(p, list, date, tier ? null : w)}`;
    // A partial tier with a date window: also the articles with no known date; never the full matches listed.
    if (tier && w) {
      sql += ` AND ${windowSql(w, list, "or-unknown")} AND NOT (a."searchVector" @@ to_tsquery('simple', $${list.push(full)}) AND ${windowSql(w, list, "known")})`;
    }
    if (tier && tier.skip.length > 0) sql += ` AND a.id <> ALL($${list.push(tier.skip)}::int[])`;
    return sql;
  };
  let where = conditions(params);
  // The same filters with the date range kept off its index (same parameter numbers): see below.
  const whereNoDateIndex = conditions(params.slice(0, filterAt), '(a."publishedAt" + 0)');
  const cap = `$${params.push(RANK_CAP)}`;
  const offset = tier ? tier.offset : (p.page - 1) * p.pageSize;
  const limit = Math.max(0, tier ? tier.limit : p.pageSize);
  const pageLimit = `LIMIT $${params.push(limit)} OFFSET $${params.push(offset)}`;
  const ranking = tsquery !== null && p.sort !== "date";
  const pageEnd = ranking ? `$${params.push(offset + limit)}::int` : "";
  // Set once the estimates give the terms' weights (below): the score refers to parameters added then.
  let score: ScoreSql | null = null;

  const sql = (source: CandidateSource) => `
    WITH cand AS MATERIALIZED (
      SELECT a.id, ${tsquery ? 'a."searchVector"' : "NULL::tsvector"} AS v, a."publishedAt" AS d, a."outletId" AS o, a."dateBasis" AS b
      FROM ${candidatesFrom(source)} WHERE ${where} LIMIT ${cap}
    ),
    ${score ? rankedSql(score, "score DESC, c.d DESC NULLS LAST, c.id DESC", pageEnd, pageLimit) : `ranked AS (SELECT c.id, 0 AS score FROM cand c ORDER BY c.d DESC NULLS LAST, c.id DESC ${pageLimit})`}
    SELECT
      (SELECT count(*) FROM cand)::int AS total,
      (SELECT json_agg(json_build_object('id', r.id, 'score', r.score)) FROM ranked r) AS page,
      ${score ? `(SELECT json_agg(h) FROM (SELECT ${HIT_FIELDS} FROM ranked r JOIN "Article" a ON a.id = r.id LEFT JOIN "Outlet" o ON o.id = a."outletId") h)` : "NULL"} AS hits,
      (SELECT json_agg(x ORDER BY x.count DESC, x.id) FROM (SELECT t.id, o."nameAr" AS label, t.count FROM (SELECT c.o AS id, count(*)::int AS count FROM cand c
         WHERE c.o IS NOT NULL GROUP BY c.o ORDER BY count DESC, c.o LIMIT ${FACET_LIMIT}) t JOIN "Outlet" o ON o.id = t.id) x) AS outlets,
      (SELECT json_agg(x ORDER BY x.count DESC, x.id) FROM (SELECT t.id, pe."nameAr" AS label, t.count FROM (SELECT m."personId" AS id, count(*)::int AS count FROM cand c
         CROSS JOIN LATERAL (SELECT m."personId" FROM "PersonMention" m WHERE m."articleId" = c.id OFFSET 0) m
         GROUP BY m."personId" ORDER BY count DESC, m."personId" LIMIT ${FACET_LIMIT}) t JOIN "Person" pe ON pe.id = t.id) x) AS people,
      (SELECT json_agg(x) FROM (SELECT e.slug AS id, e.title AS label, count(*)::int AS count FROM cand c
         CROSS JOIN LATERAL (SELECT ea."eventId" FROM "EventArticle" ea WHERE ea."articleId" = c.id OFFSET 0) ea
         JOIN "Event" e ON e.id = ea."eventId"
         GROUP BY e.slug, e.title ORDER BY count DESC, e.slug LIMIT ${FACET_LIMIT}) x) AS events,
      (SELECT json_agg(x) FROM (SELECT c.b::text AS id, c.b::text AS label, count(*)::int AS count FROM cand c GROUP BY c.b ORDER BY count DESC) x) AS bases`;

  type Row = {
    total: number;
    page: Array<{ id: number; score: number }> | null;
    /** The ranked page's articles, read in the same statement (a ranked page is final: no date sort follows). */
    hits: HitRow[] | null;
    outlets: FacetCount[] | null;
    people: FacetCount[] | null;
    events: FacetCount[] | null;
    bases: FacetCount[] | null;
  };
  let walked = false;
  // Exclusions and quoted phrases are estimated far too low by the planner (see walkPays). The partial tier's
  // own exclusion of the full matches (fewer than RELAX_BELOW) takes out too few rows to blur it.
  const blurred = parsed.excluded.length > 0 || parsed.groups.some((g) => g.some((c) => c.kind === "phrase"));
  // The planner's estimates first, outside the transaction and side by side (each is a round trip): they
  // choose the plan, whose settings the transaction then takes in one round trip.
  let estimate: Estimate | null = null;
  let idf: number[] | null = tierIdf;
  // The dates the matches are limited to (the filter's range, the query's window), for the dated walk.
  // Not for a partial tier with a window: it also takes the articles with no known date.
  const range = tier && parsed.window ? null : dateRangeOf(p, parsed.window);
  let datedWalk = false;
  let driver: number | null = null;
  if (tsquery) {
    const restParams: Param[] = [tsquery]; // the match is $1, as in `where`
    const planned = await plannedEstimates(reader(), where, params, {
      window: parsed.window && !tier ? { rest: `${match} AND ${filterSql(p, restParams)}`, restParams, w: parsed.window } : null,
      terms: idfNeeded && !idf ? parsed.groups.map((g) => compileGroup(g)) : [],
      range,
    });
    estimate = planned.estimate;
    idf = planned.idf ?? idf;
    // Full matches of several terms, one of them rare: the index is asked for that term alone (below).
    if (!tier && planned.dfs) driver = drivingTerm(planned.dfs, planned.estimate.rows);
    if (range && planned.inRange !== null) {
      // Several words are estimated as if independent: «وقف إطلاق النار» as 3% of the articles, a third.
      const unsure = blurred || parsed.groups.length > 1;
      datedWalk = datedWalkPays(planned.share, planned.inRange) || (unsure && (await datedProbePays(reader(), where, params, range, planned.inRange)));
    }
  }
  if (ranking) {
    const terms: RankTerms = { terms: parsed.groups.map((g) => compileGroup(g)), idf: idf ?? parsed.groups.map(() => 1) };
    // Proximity: covers of all the terms for full matches; for partial ones, covers of any term (the
    // relaxed query's covers cost seconds a row: ts_rank_cd over its OR of combinations is far too big).
    score = scoreSql(terms, tier ? `(${terms.terms.join(" | ")})` : tsquery!, params, { allHeld: !tier });
  }
  // A few matches in a wide date range: the planner ANDed the GIN bitmap (1,115 rows) with the date
  // index's (194,000 rows for a year, 44 ms); testing the date of each match is far cheaper.
  if (estimate && estimate.estimate < DATE_INDEX_FROM) where = whereNoDateIndex;
  let row: Row | null = null;
  if (datedWalk && range) {
    // The range's bounds are parameters of this statement only (the bitmap's, below, has none).
    const dated = [...params];
    // Only plain index scans: given a bitmap, the planner read the whole range and sorted it, vectors and all
    // (a quarter's 4,700 rows, 21 MB, 100 ms), where the date index gives the rows in order.
    const plan = { ...NO_SEQSCAN, enable_bitmapscan: "off" };
    const found = (await withPlan(plan, (c) => c.rows<Row>(sql({ dates: rangeSql(range, dated, '"publishedAt"') }), dated), true))[0]!;
    walked = found.total >= RANK_CAP;
    // Else the dates hold fewer matches than the estimate said, or some are matched through their event's date.
    if (walked) row = found;
  } else if (tsquery && (await walkPays(where, params, estimate!, blurred))) {
    const found = (await withPlan(NO_SEQSCAN, (c) => c.rows<Row>(sql("walk"), params), true))[0]!;
    walked = found.total >= RANK_CAP;
    // Else the estimate was too high: the walk did not fill the candidate set. Use the index after all.
    if (walked) row = found;
  }
  if (!row && driver !== null) {
    const driven = [...params];
    const driving = `to_tsquery('simple', $${driven.push(compileGroup(parsed.groups[driver]!))})`;
    row = (await withPlan(NO_SEQSCAN, (c) => c.rows<Row>(sql({ driving }), driven), true))[0]!;
  }
  row ??= (await withPlan(NO_SEQSCAN, (c) => c.rows<Row>(sql("bitmap"), params), tsquery !== null))[0]!;
  const exact = row.total < RANK_CAP;
  let page = row.page ?? [];
  let pageRows = row.hits;

  // More matches than the cap, sorted by date: the newest matches of all, not of the capped set.
  if (!exact && (p.sort === "date" || !tsquery)) {
    pageRows = await newestMatches(p, tsquery, offset, walked || !tsquery, estimate, parsed.window, tier ? tier.limit : p.pageSize);
    page = pageRows.map((r) => ({ id: r.id, score: 0 }));
  }

  const stems = highlightStems(parsed, tier !== null);
  const hits = await hitsOf(page, stems, pageRows);
  const total = { value: row.total, exact };
  return {
    hits,
    total,
    facets: { outlets: row.outlets ?? [], people: row.people ?? [], events: row.events ?? [], dateBasis: row.bases ?? [] },
    page: { page: p.page, pageSize: p.pageSize, pages: Math.ceil(row.total / p.pageSize) },
    messages,
    tsquery,
    ...none,
    idf,
  };
}

/** Rows of Article a candidate walk tests at most before the GIN bitmap is used instead. */
export const WALK_ROWS = 4000;

interface Estimate {
  /** The planner's estimate of the matches (filters included). */
  estimate: number;
  /** Rows of Article, as the planner counts them (its statistics scaled to the table's size now). */
  rows: number;
}

/** The columns of Article a candidate source gives (the candidate set's and the probes'). */
const SOURCE_COLUMNS = `id, "searchVector", "publishedAt", "outletId", "dateBasis"`;

/**
 * The first `n` rows of Article in storage order (from block 0, as a bitmap gives its matches), read by a
 * TID range scan: NO_SEQSCAN keeps the planner off the sequential scan, which for a table larger than
 * a quarter of shared_buffers reads through a small ring of buffers of its own, so every walk read its
 * pages again from the operating system (4,000 rows: 10 ms at 1,000,000 articles). The TID range scan
 * leaves them in shared buffers, where the next walk finds them (2 ms).
 */
const firstRows = (n: number) => `(SELECT ${SOURCE_COLUMNS} FROM "Article" WHERE ctid >= '(0,0)'::tid LIMIT ${n})`;
/** The plan setting of every candidate source: the index, the date index or the TID range, never a table scan. */
const NO_SEQSCAN = { enable_seqscan: "off" };

/**
 * Where the candidate set is read from: the GIN bitmap (cost grows with the number of matches), a bounded
 * walk of the table (cost grows with the rows tested, about RANK_CAP / the share of articles that match),
 * both giving the first matches in storage order; for a search limited to dates, a bounded walk of those
 * dates' rows, newest first (`dates`: the range's bounds as SQL); or the index asked for a rare term alone
 * (`driving`: its tsquery as SQL), the rest of the query tested on its rows (OFFSET 0 keeps it out of the
 * index scan).
 */
type CandidateSource = "bitmap" | "walk" | { dates: string } | { driving: string };

function candidatesFrom(source: CandidateSource): string {
  if (source === "bitmap") return `"Article" a`;
  if (source === "walk") return `${firstRows(WALK_ROWS)} a`;
  if ("dates" in source) return `(SELECT ${SOURCE_COLUMNS} FROM "Article" WHERE ${source.dates} ORDER BY "publishedAt" DESC LIMIT ${WALK_ROWS}) a`;
  return `(SELECT ${SOURCE_COLUMNS} FROM "Article" WHERE "searchVector" @@ ${source.driving} OFFSET 0) a`;
}

/**
 * The share of `rows` (a bounded row source, aliased a) that `where` holds: the probes of walkPays and
 * datedProbePays. NaN when the source has no rows.
 */
async function probedShare(c: SqlReader, where: string, params: Param[], rows: string): Promise<number> {
  const [r] = await c.rows<{ n: number; of: number }>(`SELECT (count(*) FILTER (WHERE ${where}))::int AS n, count(*)::int AS "of" FROM ${rows} a`, params);
  return r!.n / r!.of;
}

/** Search's statements outside a transaction, on the pool (lib/data/transaction.ts: why not Prisma's client). */
const reader = (): SqlReader => sqlReader(database().pool);

/**
 * The planner's estimate of the matches, with the date window's share when the query names a time
 * (withinWindow) and each term's idf when several terms are ranked: all asked at once.
 */
async function plannedEstimates(
  c: SqlReader, where: string, params: Param[],
  opts: { window: { rest: string; restParams: Param[]; w: DateWindow } | null; terms: string[]; range: DateRange | null },
): Promise<{ estimate: Estimate; idf: number[] | null; dfs: number[] | null; inRange: number | null; share: number }> {
  const { window: win, terms, range } = opts;
  const rangeParams: Param[] = [];
  // The range is the window when no date filter narrows it: its rows are estimated once.
  const sameAsWindow = win !== null && range !== null && range.from === win.w.from && range.to === win.w.to;
  // Every estimate in one EXPLAIN: the table, the query, then what this query needs of the rest.
  const conditions: Array<[string, Param[]]> = [["TRUE", []], [where, params]];
  const ask = (where: string, params: Param[]) => conditions.push([where, params]) - 1;
  const at = {
    inWindow: win ? ask(`a."publishedAt" BETWEEN $1::date AND $2::date`, [win.w.from, win.w.to]) : -1,
    rest: win ? ask(win.rest, win.restParams) : -1,
    terms: terms.length > 1 ? terms.map((t) => ask(`a."searchVector" @@ to_tsquery('simple', $1)`, [t])) : null,
    range: range && !sameAsWindow ? ask(rangeSql(range, rangeParams, 'a."publishedAt"'), rangeParams) : -1,
  };
  const planned = await plannedRowsOf(c, conditions);
  const of = (i: number) => (i >= 0 ? planned[i]! : null);
  const [inWindow, rest, rangeRows] = [of(at.inWindow), of(at.rest), of(at.range)];
  const dfs = at.terms ? at.terms.map((i) => planned[i]!) : null;
  const inRange = sameAsWindow ? inWindow : rangeRows;
  const [rows, matches] = [Math.max(1, planned[0]!), planned[1]!];
  const estimate = { estimate: win ? withinWindow(matches, rest!, inWindow!, rows) : matches, rows };
  // The share of the range's articles that match: the rest of the query's over all articles when the
  // window is the range (the planner cannot see through its test), else the whole query's over the range's.
  const share = Math.min(1, win ? rest! / rows : inRange ? matches / Math.max(1, inRange) : 0);
  return { estimate, idf: dfs ? dfs.map((df) => idfOf(df, rows)) : null, dfs, inRange, share };
}

/** The dates a search is limited to: the date filter and the query's window, whichever ends nearer. */
interface DateRange {
  from: string | null;
  to: string | null;
}

function dateRangeOf(p: SearchParams, window: DateWindow | null): DateRange | null {
  const { from, to } = dateBounds(p);
  // YYYY-MM-DD strings: their order is the dates'.
  const latest = [from, window?.from].filter((x): x is string => !!x).sort().at(-1) ?? null;
  const earliest = [to, window?.to].filter((x): x is string => !!x).sort()[0] ?? null;
  return latest || earliest ? { from: latest, to: earliest } : null;
}

/** `column` within the range, its bounds appended to `params`. */
function rangeSql(range: DateRange, params: Param[], column: string): string {
  const and: string[] = [];
  if (range.from) and.push(`${column} >= $${params.push(range.from)}::date`);
  if (range.to) and.push(`${column} <= $${params.push(range.to)}::date`);
  return and.join(" AND ");
}

/**
 * Whether a walk of the range's rows, newest first, should find RANK_CAP matches within WALK_ROWS rows:
 * twice the cap expected, as for the walk of the table. A frequent word in a month (كيري فبراير 2016)
 * otherwise built the word's whole GIN bitmap to keep the month's share of it: 95,000 rows, 80 ms at
 * 100,000 articles, ten times that at a million; the month's first 210 rows hold 200 matches.
 */
function datedWalkPays(share: number, inRange: number): boolean {
  return share * Math.min(WALK_ROWS, inRange) >= 2 * RANK_CAP;
}

/** A term this rare (share of the articles) can drive the index scan of a query of several terms. */
const DRIVING_SHARE = 0.02;

/**
 * The term whose matches alone the index is asked for, when one term is rare and the others are not:
 * GIN reads the posting list of every term of an AND (and of every spelling of each), so `Kerry Lavrov
 * تاجاكاكاني` read the lists of two names in most articles to keep 929 rows: 72 ms of 85 at 1,000,000
 * articles. Asked for the rare name alone, the index gives its rows and the two names are tested on each.
 */
export function drivingTerm(dfs: number[], rows: number): number | null {
  if (dfs.length < 2) return null;
  const rarest = dfs.indexOf(Math.min(...dfs));
  const others = Math.max(...dfs.filter((_, i) => i !== rarest));
  return dfs[rarest]! <= DRIVING_SHARE * rows && others >= 10 * dfs[rarest]! ? rarest : null;
}

/**
 * The same asked of the range's newest PROBE_ROWS rows, for a query whose estimate is unsure (several
 * words, a phrase, an exclusion: see walkPays): «وقف إطلاق النار أيلول 2016» was estimated rare, and built
 * the words' whole bitmap (299,000 rows, 360 ms at 1,000,000 articles) where a third of the month's rows
 * hold them. The probe costs a few milliseconds.
 */
async function datedProbePays(c: SqlReader, where: string, params: Param[], range: DateRange, inRange: number): Promise<boolean> {
  const probe = paramsOf(where, params);
  const dated = rangeSql(range, probe, '"publishedAt"');
  const share = await probedShare(c, where, probe, `(SELECT ${SOURCE_COLUMNS} FROM "Article" WHERE ${dated} ORDER BY "publishedAt" DESC LIMIT ${PROBE_ROWS})`);
  return share > 0 && datedWalkPays(share, inRange);
}

/**
 * The estimate of a query with a date window (date words): the planner cannot see through the window's
 * test (the article's date, or its event's) and guesses a third of the rows, so a frequent word in one month
 * looked common enough for the bounded walk, which then came up short after a probe (70 ms wasted of 125
 * at 100,000 articles). The rest of the query's estimate times the window's share of the articles (from the
 * date index's statistics) is used instead when lower.
 */
function withinWindow(planned: number, rest: number, inWindow: number, rows: number): number {
  return Math.min(planned, (rest * inWindow) / rows);
}

/** Estimated matches below which a date range is tested on the matches rather than read from its index. */
const DATE_INDEX_FROM = 5000;

/** Rows tested by the probe when the planner's estimate is low (about 3 ms at 1,000,000 articles). */
const PROBE_ROWS = 400;

/**
 * Whether the bounded walk should find RANK_CAP matches: expected matches within WALK_ROWS rows at least
 * twice the cap. First the planner's own estimate (ANALYZE keeps the most common lexemes of searchVector,
 * so plain frequent words are estimated well); it underestimates phrases and exclusions badly (3,269 for
 * `كيري -لافروف`, which matches 138,000; 727 for the phrase "وقف إطلاق النار"), so when it says no but
 * not by far, or the query has an exclusion or a phrase, the first PROBE_ROWS rows are tested.
 * A wrong yes costs one walk, then the bitmap runs.
 */
async function walkPays(where: string, params: Param[], { estimate, rows }: Estimate, blurred: boolean): Promise<boolean> {
  const used = paramsOf(where, params);
  const need = 2 * RANK_CAP;
  const expected = (estimate * Math.min(WALK_ROWS, rows)) / rows;
  if (expected >= need) return true;
  // Terms estimated below the bar skip the probe, unless an exclusion or a phrase blurs the estimate.
  if (rows <= WALK_ROWS || (expected * 2 < need && !blurred)) return false;
  const share = await withPlan(NO_SEQSCAN, (c) => probedShare(c, where, used, firstRows(PROBE_ROWS)), false);
  return share * WALK_ROWS >= need;
}

/**
 * Runs the search's one statement with the plan's settings (`SET LOCAL`). With words (`matching`), work_mem
 * is raised so that the bitmap of a frequent term stays exact: at the default 4 MB it turns lossy and every
 * row of its pages is tested again (detoasting its tsvector).
 */
function withPlan<T>(settings: Record<string, string>, read: (c: SqlReader) => Promise<T>, matching: boolean): Promise<T> {
  const plan = { statement_timeout: `${SEARCH_TIMEOUT_MS}`, ...(matching ? { work_mem: "32MB" } : {}), ...settings };
  return readWithSettings(database().pool, read, { readOnly: true, settings: plan });
}

/** A search statement that runs this long is cancelled (statement_timeout) and answered with an error rather than holding its connection. */
const SEARCH_TIMEOUT_MS = 30_000;

/** Estimated matches from which sorting by date first tries a window of the newest rows. */
const WINDOW_FROM = 3000;

/** Dated rows walked down the publication-date index before giving up on that plan. */
export const DATE_WALK = 4000;

/**
 * A page of the newest matches when there are more than RANK_CAP. Two plans, chosen deliberately rather
 * than left to estimates (TOOLCHAIN.md: `ORDER BY date LIMIT` on a rarer query walked a whole index):
 * 1. walk the date index newest first, testing each row, but at most DATE_WALK rows — frequent terms
 *    (and filter-only listings) fill the page within a few hundred rows;
 *    It is tried only when the query is common (its candidates came from the table walk, see walkPays, or
 *    there is no tsquery): for a term in 1% of the articles it read 4,000 rows and still missed (85 ms).
 * 2. when the walk did not fill the page, the term is rarer than about pageSize/DATE_WALK: fetch its
 *    matches through the GIN index (bitmap) and sort them. `+ 0` keeps the planner off the date index.
 * The page's articles are read in the same statement (hitsOf need not ask again), newest first.
 */
async function newestMatches(
  p: SearchParams, tsquery: string | null, offset: number, common: boolean, est: Estimate | null, window: DateWindow | null, limit: number,
): Promise<HitRow[]> {
  if (limit <= 0) return [];
  p = { ...p, pageSize: limit };
  const readPage = (ids: string, params: Param[]) => reader().rows<HitRow>(pageOf(ids), params);
  const walk: Param[] = [];
  const m = tsquery ? `a."searchVector" @@ to_tsquery('simple', $${walk.push(tsquery)})` : "TRUE";
  const w = `${m} AND ${filterSql(p, walk, undefined, window)}`;
  const need = offset + p.pageSize;
  if (need <= DATE_WALK && common) {
    const r = await readPage(
      `SELECT id FROM (SELECT a.id, a."publishedAt" AS d, (${w}) AS hit FROM "Article" a WHERE a."publishedAt" IS NOT NULL
         ORDER BY a."publishedAt" DESC, a.id DESC LIMIT $${walk.push(DATE_WALK)}) x
       WHERE hit ORDER BY d DESC, id DESC LIMIT $${walk.push(p.pageSize)} OFFSET $${walk.push(offset)}`,
      walk.slice(), // a copy: `walk` is cut back below for the other plan
    );
    if (r.length === p.pageSize) return r;
    walk.length = walk.length - 3;
  }
  // A term with thousands of matches: sorting them all fetches each one's row (6,700 for ميونيخ, 49 ms warm,
  // a second cold). First only the newest K dated rows, K chosen to hold about ten pages' worth of
  // matches by the estimate: the two bitmaps are ANDed and few rows are read. Exact when it fills the page
  // (every row left out is older than every row kept).
  if (tsquery && est && est.estimate >= WINDOW_FROM) {
    // The estimate of an OR of spellings runs high (34,000 for ميونيخ, which has 6,700): a window that
    // misses is widened tenfold once (each try about 2 ms).
    for (let k = Math.ceil((10 * need * est.rows) / est.estimate); k < est.rows / 2; k *= 10) {
      const win = walk.slice();
      const r = await readPage(
        `SELECT a.id FROM "Article" a WHERE ${w} AND a."publishedAt" >= (SELECT "publishedAt" FROM "Article"
           WHERE "publishedAt" IS NOT NULL ORDER BY "publishedAt" DESC OFFSET $${win.push(k)} LIMIT 1)
         ORDER BY (a."publishedAt" + 0) DESC, a.id DESC LIMIT $${win.push(p.pageSize)} OFFSET $${win.push(offset)}`,
        win,
      );
      if (r.length === p.pageSize) return r;
      if (k * 10 > (100 * need * est.rows) / est.estimate) break;
    }
  }
  return readPage(
    `SELECT a.id FROM "Article" a WHERE ${w} ORDER BY (a."publishedAt" + 0) DESC NULLS LAST, a.id DESC
     LIMIT $${walk.push(p.pageSize)} OFFSET $${walk.push(offset)}`,
    walk,
  );
}

/** The articles of a page (`ids`: SQL giving their ids) as hits read them, newest first as the page is ordered. */
const pageOf = (ids: string) => `SELECT ${HIT_FIELDS} FROM (${ids}) p JOIN "Article" a ON a.id = p.id LEFT JOIN "Outlet" o ON o.id = a."outletId"
  ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC`;

/** What a hit shows of its article, as SQL over "Article" a and "Outlet" o (hitsOf, and the ranked page). */
const HIT_FIELDS = `a.id, a.title, a.body, a."sourceFile", to_char(a."publishedAt", 'YYYY-MM-DD') AS "publishedAt", a."dateBasis"::text AS "dateBasis",
  a."outletId", o."nameAr" AS "outletName",
  (SELECT e.slug FROM "EventArticle" ea JOIN "Event" e ON e.id = ea."eventId" WHERE ea."articleId" = a.id ORDER BY e.id LIMIT 1) AS "eventSlug"`;

interface HitRow {
  id: number; title: string; body: string; sourceFile: string; publishedAt: string | null; dateBasis: DateBasis;
  outletId: string | null; outletName: string | null; eventSlug: string | null;
}

/** The page's articles with snippets (only these are read whole), from `rows` when the search read them already. */
async function hitsOf(page: Array<{ id: number; score: number }>, stems: ReadonlySet<string>, rows?: HitRow[] | null): Promise<SearchHit[]> {
  if (page.length === 0) return [];
  rows ??= await reader().rows<HitRow>(`SELECT ${HIT_FIELDS} FROM "Article" a LEFT JOIN "Outlet" o ON o.id = a."outletId" WHERE a.id = ANY($1::int[])`, [page.map((x) => x.id)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.flatMap(({ id, score }) => {
    const r = byId.get(id);
    if (!r) return [];
    const passage = snippet(r.body, stems);
    return [{
      articleId: r.id,
      title: r.title,
      titleSegments: highlight(r.title, stems),
      outlet: r.outletId ? { id: r.outletId, nameAr: r.outletName ?? r.outletId } : null,
      date: r.publishedAt,
      dateBasis: r.dateBasis,
      snippet: passage,
      paragraph: paragraphAt(r.body, hitOffset(r.body, passage)),
      score: Number(score),
      sourceFile: r.sourceFile,
      eventSlug: r.eventSlug,
      partial: false,
      match: "all" as const,
    }];
  });
}

/** Where the snippet's first matched word is in the body (the snippet starts a few words earlier). */
function hitOffset(body: string, s: Snippet): number {
  const first = s.segments.find((x) => x.hit);
  const at = first ? body.indexOf(first.text, s.start) : -1;
  return at >= 0 ? at : s.start;
}

// ---------- suggestions ----------

export interface Suggestion {
  kind: "person" | "place" | "outlet";
  id: string;
  /** Arabic name. */
  label: string;
  labelLatin: string | null;
}

export const MAX_SUGGESTIONS = 10;

/** People, places and outlets whose name (Arabic spelling or Latin) has a word starting with `prefix`. */
export async function suggest(prefix: string): Promise<Suggestion[]> {
  const key = normalizeText(prefix).replace(/\s+/g, " ").trim();
  if (key.length < 2) return [];
  const g = loadGazetteers();
  const startsWord = (name: string) => {
    const n = normalizeText(name);
    return n.startsWith(key) || n.includes(` ${key}`) || n.startsWith(`ال${key}`);
  };
  const out: Suggestion[] = [];
  for (const p of g.people) if ([p.nameAr, p.nameLatin, ...p.variants].some(startsWord)) out.push({ kind: "person", id: p.id, label: p.nameAr, labelLatin: p.nameLatin });
  for (const p of g.places) if ([p.nameAr, p.nameLatin, ...p.variants].some(startsWord)) out.push({ kind: "place", id: p.id, label: p.nameAr, labelLatin: p.nameLatin });
  const outlets = await db().outlet.findMany({ select: { id: true, nameAr: true, nameLatin: true }, orderBy: { id: "asc" } });
  for (const o of outlets) if ([o.nameAr, o.nameLatin ?? "", o.id].some(startsWord)) out.push({ kind: "outlet", id: o.id, label: o.nameAr, labelLatin: o.nameLatin });
  return out.slice(0, MAX_SUGGESTIONS);
}
