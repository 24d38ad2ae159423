import type { ArticleView } from "@/lib/data/article";
import { OutletName } from "./outlet-name";
import { titleSourceNote, titleText } from "@/lib/display/title";
import { localizeDigits } from "@/lib/display/numbers";
import type { DisplaySettings } from "@/lib/display/settings";
import { DisplayDate } from "./display-date";
import { DateBasisBadge } from "./date-basis-badge";

export function ArticleHeader({ article, display }: { article: ArticleView; display: DisplaySettings }) {
  // The evidence is our own sentence (it quotes dates the text gave), so it follows the reader's digits.
  const evidence = article.dateEvidence ? localizeDigits(article.dateEvidence, display) : null;
  const dateline = [article.datelineCity, article.datelineAgency].filter(Boolean).join(" - ");
  const titleNote = titleSourceNote(article.titleSource, article.title);
  return (
    <header>
      <p className="text-sm text-muted" data-testid="article-outlet">
        <OutletName outlet={article.outlet} />
      </p>
      <h1 className={`mt-1 text-2xl font-bold leading-10 sm:text-3xl sm:leading-[3rem] ${article.title.trim() ? "" : "text-muted"}`}>{titleText(article.title)}</h1>
      {titleNote && (
        <p className="mt-1 text-sm text-muted" data-testid="title-source">
          {titleNote}
        </p>
      )}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {dateline && (
          <>
            <dt className="text-muted">المكان والوكالة</dt>
            <dd data-testid="dateline">{dateline}</dd>
          </>
        )}
        <dt className="text-muted">تاريخ النشر</dt>
        <dd className="flex flex-wrap items-center gap-2">
          {article.publishedAt ? <DisplayDate date={article.publishedAt} display={display} /> : <span>غير معروف</span>}
          <DateBasisBadge basis={article.dateBasis} evidence={evidence} />
        </dd>
        {evidence && (
          <>
            <dt className="text-muted">الدليل</dt>
            <dd className="text-muted">{evidence}</dd>
          </>
        )}
      </dl>
    </header>
  );
}
