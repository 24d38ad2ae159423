import Link from "next/link";
import type { ArticleView } from "@/lib/data/article";
import { formatArabicDate } from "@/lib/display/dates";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";

const VERDICT = (onTopic: boolean | null) => (onTopic === null ? "—" : onTopic ? "ضمن موضوع المحادثات" : "خارج موضوع المحادثات");

/** Whether the article is about the talks, why, who decided, and the editors' moves of it. */
export function TopicVerdict({ article, display }: { article: ArticleView; display: DisplaySettings }) {
  const { topic, topicHistory } = article;
  return (
    <section aria-labelledby="topic" className="mt-8" data-testid="topic-verdict" data-on-topic={topic.onTopic}>
      <h2 id="topic" className="text-lg font-bold">
        الموضوع
      </h2>
      <p className="mt-2">
        <span className="font-semibold" data-testid="topic-status">
          {VERDICT(topic.onTopic)}
        </span>
        {topic.byEditor ? " (بقرار المحرر)" : ""}
        {!topic.onTopic && (
          <>
            {" — "}
            <Link href={withDisplayParams("/off-topic", display)} className="text-accent underline">
              مقالات خارج موضوع المحادثات
            </Link>
          </>
        )}
      </p>
      {topic.reason && (
        <p className="mt-1 text-sm text-muted" data-testid="topic-reason">
          تقدير المصنّف: {topic.reason}
        </p>
      )}
      {topicHistory.length > 0 && (
        <ul className="mt-3 space-y-2 text-sm" data-testid="topic-history">
          {topicHistory.map((h) => (
            <li key={h.id} data-action="set_topic" data-to={String(h.to)} className="border-s-2 border-black/15 ps-3 dark:border-white/20">
              <time dateTime={h.createdAt} className="text-muted">
                {formatArabicDate(h.createdAt.slice(0, 10), display)}
              </time>{" "}
              نقله المحرر من «{VERDICT(h.from)}» إلى «{VERDICT(h.to)}»{h.note && <span className="text-muted"> — ملاحظة: {h.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
