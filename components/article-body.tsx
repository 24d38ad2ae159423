export function ArticleBody({ body, subheadings }: { body: string; subheadings: string[] }) {
  const headings = new Set(subheadings);
  return (
    <div className="mt-6 space-y-5 text-lg leading-9" data-testid="article-body">
      {body.split(/\n\s*\n/).map((paragraph, i) =>
        headings.has(paragraph.trim()) ? (
          <h2 key={i} className="pt-2 text-xl font-bold">
            {paragraph}
          </h2>
        ) : (
          <p key={i}>{paragraph}</p>
        ),
      )}
    </div>
  );
}
