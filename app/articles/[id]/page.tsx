import type { Metadata } from "next";
import Link from "next/link";
import { ArticleHeader } from "@/components/article-header";
import { ArticleBody } from "@/components/article-body";
import { EntityList } from "@/components/entity-list";
import { PeopleList } from "@/components/people-list";
import { QuoteList } from "@/components/quote-list";
import { RemovedLines } from "@/components/removed-lines";
import { getArticle } from "@/lib/data/article";
import { displaySettings } from "@/lib/web/display-settings";
import { withDisplayParams } from "@/lib/display/settings";
import { ENTITY_KIND_LABELS } from "@/lib/enums/entity-kind";
import { articleIdParam } from "@/lib/params/fields";
import { pathTarget } from "@/lib/web/page-params";

export const dynamic = "force-dynamic";

const ARTICLE_ID = articleIdParam();

const load = async (params: Promise<{ id: string }>) => pathTarget(ARTICLE_ID, (await params).id, getArticle);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const article = await load(params);
  return { title: article.title, description: article.body.slice(0, 160) };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const article = await load(params);
  const display = await displaySettings();
  const subheadings = article.lines.filter((l) => l.kind === "subheading").map((l) => l.text.trim());
  return (
    <article className="mx-auto max-w-[68ch]">
      <ArticleHeader article={article} display={display} />
      <p className="mt-3 text-sm">
        <Link href={withDisplayParams(`/compare?articles=${article.id}`, display)} className="text-accent underline underline-offset-4">
          قارن مع…
        </Link>
      </p>
      {article.caption && (
        <figure className="mt-4 border-s-4 border-accent/40 ps-3">
          <figcaption className="text-sm leading-7 text-muted" data-testid="caption">
            <span className="font-semibold">تعليق الصورة: </span>
            {article.caption}
          </figcaption>
        </figure>
      )}
      <ArticleBody body={article.body} subheadings={subheadings} />
      <PeopleList people={article.people} />
      <EntityList id="places" title={ENTITY_KIND_LABELS.place} items={article.places} />
      <EntityList id="organizations" title={ENTITY_KIND_LABELS.organization} items={article.organizations} />
      <QuoteList quotes={article.quotes} />
      <RemovedLines lines={article.lines} display={display} />
    </article>
  );
}
