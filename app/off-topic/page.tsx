import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { getOffTopicArticles } from "@/lib/data/off-topic";
import { formatArabicDate } from "@/lib/display/dates";
import { formatNumber } from "@/lib/display/numbers";
import { withDisplayParams } from "@/lib/display/settings";
import { displaySettings } from "@/lib/web/display-settings";

export const dynamic = "force-dynamic";

export const metadata = { title: "خارج موضوع المحادثات" };

/** Articles loaded but not about the talks: kept off the timeline, listed here with the reason. */
export default async function OffTopicPage() {
  const [articles, display] = await Promise.all([getOffTopicArticles(), displaySettings()]);
  const href = (path: string) => withDisplayParams(path, display);
  return (
    <>
      <h1 className="text-2xl font-bold">خارج موضوع المحادثات</h1>
      <p className="mt-1 text-muted">مقالات محمّلة لا تتناول المحادثات الأمريكية الروسية بشأن سوريا، فلا تظهر على الخط الزمني. يستطيع المحرر إعادة أي منها من صفحة المقال.</p>
      <p className="mt-3 text-sm text-muted" role="status" data-testid="off-topic-count">
        {formatNumber(articles.length, display)} مقالًا
      </p>
      {articles.length === 0 ? (
        <EmptyState title="لا مقالات خارج الموضوع">كل المقالات المحمّلة تتناول المحادثات.</EmptyState>
      ) : (
        <ul className="mt-6 space-y-4" data-testid="off-topic-list">
          {articles.map((a) => (
            <li key={a.id} className="border-s-2 border-black/15 ps-3 dark:border-white/20" data-article={a.id}>
              <Link href={href(`/articles/${a.id}`)} className="font-semibold text-accent underline underline-offset-4">
                {a.title || "(بلا عنوان)"}
              </Link>
              <p className="text-sm text-muted">{[a.outlet, a.publishedAt ? formatArabicDate(a.publishedAt, display) : null].filter(Boolean).join(" — ")}</p>
              <p className="text-sm">{a.byEditor ? "نقله المحرر خارج الموضوع." : a.reason}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-10">
        <Link href={href("/")} className="text-accent underline underline-offset-4">
          العودة إلى الخط الزمني
        </Link>
      </p>
    </>
  );
}
