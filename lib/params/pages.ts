// The pages that read URL parameters, by path: proxy.ts and the pages themselves canonicalise with the
// same view, and a reader sent to the canonical URL is told what was dropped (lib/params/notice.ts).
import { compareView } from "./compare";
import { searchPageView } from "./search";
import { timelinePageView } from "./timeline";
import type { AnyView } from "./view";

export const PAGE_VIEWS = {
  timeline: { path: "/", view: timelinePageView },
  search: { path: "/search", view: searchPageView },
  compare: { path: "/compare", view: compareView },
} as const satisfies Record<string, { path: string; view: AnyView }>;

export type PageName = keyof typeof PAGE_VIEWS;

export const pageAt = (path: string): PageName | undefined => (Object.keys(PAGE_VIEWS) as PageName[]).find((name) => PAGE_VIEWS[name].path === path);
