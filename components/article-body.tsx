import { paragraphAnchor, splitParagraphs } from "@/lib/search/passage";

// Each paragraph has an anchor (p-<n>) so a search result can open the article at its passage.
export function ArticleBody({ body, subheadings }: { body: string; subheadings: string[] }) {
  const headings = new Set(subheadings);
  const target = "scroll-mt-4 rounded target:bg-amber-100 target:outline target:outline-2 target:outline-offset-4 target:outline-amber-400 dark:target:bg-amber-900/30";
  return (
    <div className="mt-6 space-y-5 text-lg leading-9" data-testid="article-body">
      {splitParagraphs(body).map((paragraph, i) =>
        headings.has(paragraph.trim()) ? (
          <h2 key={i} id={paragraphAnchor(i)} className={`pt-2 text-xl font-bold ${target}`}>
            {paragraph}
          </h2>
        ) : (
          <p key={i} id={paragraphAnchor(i)} className={target}>
            {paragraph}
          </p>
        ),
      )}
    </div>
  );
}
