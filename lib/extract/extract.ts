// The extraction stage: raw scraped text (plus an optional editor sidecar) to an ExtractedArticle.
// Pure: no I/O beyond the gazetteers, which are loaded once. Each step is its own module.
import { findDates } from "../arabic/dates";
import type { TextPart } from "../entities/tally";
import { loadGazetteers, type Gazetteers } from "../entities/gazetteers";
import { bodyText, classifyBody } from "./body-lines";
import { findBodyRun } from "./body-run";
import { classifyLines } from "./classify";
import { findDateClues } from "./date-clues";
import { parseDatelinePrefix } from "./dateline";
import { datelineOf } from "./dateline-credit";
import { resolveRelativeDays } from "./date-relative";
import { selectDate } from "./date-select";
import { lineFeatures } from "./features";
import { photoCue, readHeader } from "./header";
import { listDateLines, listNeighbours } from "./lists";
import { findMentions, scanPartEntities } from "./mentions";
import { splitLines } from "./lines";
import { detectOutlet } from "./outlet";
import { findArticlePeople } from "./people";
import { classifyTopic } from "./topic";
import { findRegions } from "./regions";
import { compileRegistry } from "./registry";
import { checkSidecar } from "./sidecar";
import { detectTitle, titleSourceOf } from "./title";
import { slugTitle } from "./title-slug";
import { unwrapLines } from "./unwrap";
import type { ExtractedArticle, RawInput } from "./types";

export function extractArticle(input: RawInput, registry: Gazetteers = loadGazetteers()): ExtractedArticle {
  const reg = compileRegistry(registry);
  const { sidecar, warnings } = checkSidecar(input.sidecar);
  const rawLines = splitLines(input.text);
  const rawFeatures = rawLines.map((l) => lineFeatures(l, reg.boilerplate));
  const { lines, features, continuationOf } = unwrapLines(rawLines, rawFeatures, reg.boilerplate);

  const listDates = listDateLines(lines, features);
  const title = detectTitle(
    lines,
    features,
    {
      isBrand: (key) => reg.outlets.byKey(key) !== null,
      listHeadlines: listNeighbours(features, listDates),
      photoCaption: photoCue,
      isNameLabel: reg.isNameLabel,
      slugTitle: () => {
        const url = sidecar?.url ?? input.hints?.url;
        return url ? slugTitle(url, reg.isNameWord) : null;
      },
    },
    sidecar?.title,
  );
  const titleSet = new Set(title.occurrences);
  const run = findBodyRun(features, titleSet);
  const regions = findRegions(features, run, title.occurrences);
  const header = readHeader(lines, features, regions, titleSet, reg);

  // The first paragraph may open with the dateline ("لندن- قال ..."): it moves to the dateline field.
  const prefix = run && !header.dateline ? parseDatelinePrefix(lines[run.start]!.text, { isSource: reg.knownSource, isCity: reg.isCity }) : null;
  const datelineParts = header.dateline ?? prefix;
  const bodyVerdicts = classifyBody(lines, features, run, titleSet);
  const body = bodyText(lines, bodyVerdicts, prefix?.rest ?? null);

  const captionLines = new Set([...header.verdicts].filter(([, v]) => v.kind === "caption" || v.kind === "duplicate").map(([i]) => i));
  const { outlet, warnings: outletWarnings } = detectOutlet(
    {
      lines,
      features,
      isArticleText: (i) => bodyVerdicts.get(i)?.kind === "body" || captionLines.has(i),
      titleAffixes: title.affixes,
      titleRepeated: title.source === "repeated",
      datelineSource: datelineParts?.source ?? null,
      sidecarOutlet: sidecar?.outlet,
      sidecarUrl: sidecar?.url,
      pageUrl: input.hints?.url,
      siteName: input.hints?.siteName,
    },
    reg.outlets,
  );

  const urls = [sidecar?.url, input.hints?.url];
  const clues = findDateClues(title.title, body, urls);
  const date = selectDate({
    lines,
    features,
    regionOf: regions.of,
    bodyStart: regions.bodyStart,
    bodyEnd: regions.bodyEnd,
    body,
    datelineHead: prefix && run ? { line: run.start, text: prefix.head, dates: findDates(prefix.head) } : null,
    listDates,
    captionLines: new Set([...header.verdicts].filter(([, v]) => v.kind === "caption").map(([i]) => i)),
    clues,
    sidecar,
    hints: input.hints,
  });
  const dateClues = {
    ...clues,
    candidates: date.candidates,
    distractors: date.distractors,
    ...(date.publishedAt ? { relativeDays: resolveRelativeDays(date.publishedAt, clues, title.title, body) } : {}),
  };

  const brandLines = (i: number) => !features[i]!.blank && features[i]!.words <= 6 && reg.outlets.byKey(lines[i]!.key) !== null;
  const verdicts = classifyLines({ lines, features, regions, title, header, date, body: bodyVerdicts, prefixLine: prefix && run ? run.start : null, isBrandLine: brandLines });
  // A hard-wrapped line shares the verdict of the line its paragraph starts on.
  for (const [k, head] of continuationOf) verdicts[k] = { ...verdicts[head]!, line: k + 1, text: rawLines[k]!.raw, reason: "wrapped-line" };

  const parts: TextPart[] = [
    { part: "title", text: title.title },
    { part: "caption", text: header.caption ?? "" },
    { part: "body", text: body },
  ];
  const entities = scanPartEntities(registry, parts);
  const { people, bodyMentions } = findArticlePeople(registry, parts, entities);
  // Before quotations, whose sentence scans would push the body's tokens out of the token cache.
  const topic = classifyTopic({ parts, entities, people }, registry);
  const mentions = findMentions(registry, entities, body, date.publishedAt, people, bodyMentions);

  if (title.source === "none") warnings.push("no-title");
  else if (title.source === "first-line") warnings.push("title-not-repeated: taken from the first heading-like line");
  else if (title.source === "url-slug") warnings.push("title-from-url-slug: the text prints no headline");
  if (!run) warnings.push("no-body");
  if (date.basis === "unknown") warnings.push("date-unknown");

  return {
    title: title.title,
    titleSource: titleSourceOf(title.source, input.format),
    body,
    caption: header.caption,
    dateline: datelineOf(datelineParts, outlet, reg),
    outlet,
    publishedAt: date.publishedAt,
    dateBasis: date.basis,
    dateEvidence: date.evidence,
    dateClues,
    topic,
    people,
    ...mentions,
    lines: verdicts,
    warnings: [...warnings, ...outletWarnings, ...date.warnings],
  };
}
