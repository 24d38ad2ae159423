"use client";
// The site header's search box. It reads where the reader is: on an event page it offers (checked) to
// search within that event; on a comparison, within the compared articles' event (the search page
// resolves `articles` to that event). The context is rendered on the server too, so the form without
// JavaScript carries it just the same. On /search itself the page's own box is the one to use.
import { usePathname, useSearchParams } from "next/navigation";
import { SuggestInput } from "./suggest-input";

type Context = { name: "event" | "articles"; value: string; label: string } | null;

const EVENT_PATH = /^\/events\/([a-z0-9-]{1,120})\/?$/;
const ARTICLE_IDS = /^\d{1,9}(?:,\d{1,9}){1,2}$/;

function contextOf(pathname: string, articles: string | null): Context {
  const event = EVENT_PATH.exec(pathname);
  if (event) return { name: "event", value: event[1]!, label: "في هذا الحدث فقط" };
  if (pathname === "/compare" && articles && ARTICLE_IDS.test(articles)) return { name: "articles", value: articles, label: "في حدث هذه المقارنة فقط" };
  return null;
}

function HeaderSearchForm({ context }: { context: Context }) {
  return (
    <form
      method="get"
      action="/search"
      role="search"
      aria-label="البحث في المقالات"
      className="flex w-full flex-wrap items-center gap-x-3 gap-y-1 sm:w-auto"
      data-testid="header-search"
    >
      <div className="flex w-full items-stretch gap-2 sm:w-72">
        <SuggestInput
          name="q"
          label="ابحث في المقالات"
          placeholder='ابحث: لافروف، Kerry، "وقف إطلاق النار"'
          className="w-full rounded border border-black/20 bg-paper px-2 py-1.5 text-base dark:border-white/25"
        />
        <button type="submit" className="rounded bg-accent px-3 py-1.5 font-semibold text-paper">
          بحث
        </button>
      </div>
      {context && (
        <label key={`${context.name}:${context.value}`} className="flex items-center gap-1.5 text-sm">
          <input type="checkbox" name={context.name} value={context.value} defaultChecked />
          {context.label}
        </label>
      )}
    </form>
  );
}

/** Only rendered on /compare, so no other page reads the search parameters (static pages stay static). */
function CompareContext() {
  const articles = useSearchParams().get("articles");
  return <HeaderSearchForm context={contextOf("/compare", articles)} />;
}

// No Suspense boundary here: a streamed fallback would stay on screen without JavaScript, and the form
// there would search without its context. usePathname is known during the server render.
export function HeaderSearch() {
  const pathname = usePathname();
  if (pathname === "/search") return null;
  if (pathname === "/compare") return <CompareContext />;
  return <HeaderSearchForm context={contextOf(pathname, null)} />;
}
