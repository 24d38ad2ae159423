import Link from "next/link";
import { OutletName } from "@/components/outlet-name";
import { UNKNOWN_OUTLET, type OutletLabel } from "@/lib/display/outlet";
import { titleText } from "@/lib/display/title";
import { DateBasisBadge } from "@/components/date-basis-badge";
import { compareHref } from "@/lib/params/compare";
import type { ComparedArticle, ComparedSentence, Comparison } from "@/lib/compare/types";
import { formatArabicDate, formatHijriDate } from "@/lib/display/dates";
import { formatNumber } from "@/lib/display/numbers";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";
import { DATE_BASIS_LABELS, type DateBasis } from "@/lib/enums/date-basis";
import { DiffText } from "./diff-text";
import { CLASS_GLYPHS, CLASS_LABELS, CLASS_STYLES } from "./sentence-classes";

const asBasis = (b: string): DateBasis => (Object.hasOwn(DATE_BASIS_LABELS, b) ? (b as DateBasis) : "unknown");
export const outletOf = (a: { outlet: string | null }) => a.outlet ?? UNKNOWN_OUTLET;
/** The column's outlet with its country and, for one the registry does not list, the unverified mark. */
export const outletLabelOf = (a: ComparedArticle): OutletLabel | null =>
  a.outlet ? { nameAr: a.outlet, country: a.outletCountry ?? null, verified: a.outletVerified ?? true } : null;

interface Props {
  comparison: Comparison;
  settings: DisplaySettings;
  /** The highlighted sentence (?s=), if any. */
  selected?: string;
  /** The column shown on a phone. */
  activeArticle: number;
}

/**
 * The articles side by side, first at the right (first in DOM order under dir=rtl). Every sentence is a
 * link to this view with it highlighted (?s=), so selection works without JavaScript; the interaction
 * component only makes it instant and adds hover/focus highlighting and keyboard moves.
 */
export function CompareColumns({ comparison, settings, selected, activeArticle }: Props) {
  const ids = comparison.articles.map((a) => a.id);
  const outlets = new Map(comparison.articles.map((a) => [a.id, outletOf(a)]));
  const selectedSentence = selected ? comparison.articles.flatMap((a) => a.sentences).find((s) => s.id === selected) : undefined;
  const selectedCounterparts = new Set(selectedSentence?.counterparts.map((c) => c.sentenceId));
  const cols = comparison.articles.length === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2";
  return (
    <>
      <nav aria-label="أعمدة المقارنة" className="mt-4 sm:hidden" data-compare-tabs>
        <ul className="flex gap-1 border-b border-black/15 dark:border-white/20">
          {comparison.articles.map((a) => (
            <li key={a.id} className="min-w-0 flex-1">
              <a
                href={`#col-${a.id}`}
                data-tab={a.id}
                aria-current={a.id === activeArticle ? "true" : undefined}
                className="block truncate rounded-t border border-b-0 border-transparent px-2 py-2 text-center text-sm text-ink aria-[current]:border-black/20 aria-[current]:bg-black/5 aria-[current]:font-bold dark:aria-[current]:border-white/25 dark:aria-[current]:bg-white/10"
              >
                {outlets.get(a.id)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className={`mt-4 grid gap-6 ${cols}`} data-compare-columns>
        {comparison.articles.map((a, column) => (
          <section
            key={a.id}
            id={`col-${a.id}`}
            data-column={column}
            data-article={a.id}
            data-active={a.id === activeArticle ? "" : undefined}
            aria-labelledby={`col-title-${a.id}`}
            className="compare-column min-w-0 scroll-mt-4"
          >
            <ColumnHeader article={a} settings={settings} />
            <div className="mt-4 space-y-4 text-lg leading-9">
              {paragraphs(a.sentences).map((para, p) => (
                <p key={p}>
                  {para.map((s) => (
                    <Sentence
                      key={s.id}
                      sentence={s}
                      comparison={comparison}
                      href={withDisplayParams(compareHref({ articles: ids, sentence: s.id }), settings)}
                      state={s.id === selected ? "self" : selectedCounterparts.has(s.id) ? "counterpart" : undefined}
                      outlets={outlets}
                    />
                  ))}
                </p>
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}

function paragraphs(sentences: ComparedSentence[]): ComparedSentence[][] {
  const out: ComparedSentence[][] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && last[0]!.paragraph === s.paragraph) last.push(s);
    else out.push([s]);
  }
  return out;
}

function ColumnHeader({ article: a, settings }: { article: ComparedArticle; settings: DisplaySettings }) {
  const dateline = [a.datelineCity, a.datelineAgency].filter(Boolean).join(" - ");
  return (
    <header className="border-b border-black/10 pb-3 dark:border-white/15">
      <p className="text-sm text-muted" data-testid="column-outlet">
        <OutletName outlet={outletLabelOf(a)} />
      </p>
      <h2 id={`col-title-${a.id}`} className="mt-1 text-lg font-bold leading-8">
        <Link href={withDisplayParams(`/articles/${a.id}`, settings)} className="text-accent underline-offset-4 hover:underline">
          {titleText(a.title)}
        </Link>
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        {a.publishedAt ? (
          <time dateTime={a.publishedAt}>
            {formatArabicDate(a.publishedAt, settings)}
            {settings.hijri && <span className="text-muted"> ({formatHijriDate(a.publishedAt, settings)})</span>}
          </time>
        ) : (
          <span>تاريخ النشر غير معروف</span>
        )}
        <DateBasisBadge basis={asBasis(a.dateBasis)} />
      </p>
      {dateline && (
        <p className="mt-1 text-sm text-muted" data-testid="column-dateline">
          {dateline}
        </p>
      )}
      <p className="mt-1 text-xs text-muted">
        {formatNumber(a.sentences.length, settings)} جملة، منها {formatNumber(a.classCounts.unique, settings)} ينفرد بها
      </p>
    </header>
  );
}

interface SentenceProps {
  sentence: ComparedSentence;
  comparison: Comparison;
  href: string;
  state?: "self" | "counterpart";
  outlets: Map<number, string>;
}

function Sentence({ sentence: s, comparison, href, state, outlets }: SentenceProps) {
  const near = s.counterparts.find((c) => c.kind === "near");
  const pair = near ? comparison.pairs[near.pair] : undefined;
  const segments = pair?.diff ? (pair.a === s.id ? pair.diff.a : pair.diff.b) : null;
  const where = [...new Set(s.counterparts.map((c) => outlets.get(c.articleId)))].join("، ");
  return (
    <>
      <a
        href={href}
        id={`s-${s.id}`}
        data-sid={s.id}
        data-class={s.class}
        data-cp={s.counterparts.map((c) => c.sentenceId).join(" ") || undefined}
        data-sel={state}
        aria-current={state === "self" ? "true" : undefined}
        aria-describedby="compare-keys"
        className={`compare-sentence rounded-sm text-ink underline-offset-[6px] box-decoration-clone ${CLASS_STYLES[s.class]}`}
      >
        <span aria-hidden="true" className="me-1 align-super text-xs font-bold">
          {CLASS_GLYPHS[s.class]}
        </span>
        <span className="sr-only">
          {CLASS_LABELS[s.class]}
          {where ? `، لها مقابل في ${where}` : ""}:{" "}
        </span>
        {segments ? <DiffText segments={segments} /> : s.text}
      </a>{" "}
    </>
  );
}
