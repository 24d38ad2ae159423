// Metadata (title, description, Open Graph and Twitter cards) for the timeline, reflecting its filters.
// Use from app/page.tsx with the filters the page reads (lib/web/page-params.ts).
import "server-only";
import type { Metadata } from "next";
import { getTimelineSummary } from "../../data/timeline";
import type { DisplaySettings } from "../../display/settings";
import { defaultFilters, type TimelineFilters } from "../../params/timeline";
import { OG_BRAND, OG_HEIGHT, OG_LOCALE, OG_WIDTH, timelineImagePath, timelineSummary } from "./cards";

/** `display`: the reader's settings, for the description's digits (the preview image keeps Western ones). */
export async function timelineMetadata(filters: TimelineFilters, display?: DisplaySettings): Promise<Metadata> {
  const timeline = await getTimelineSummary(filters); // cached per request: the page reads the same
  const { title, description } = timelineSummary(filters, timeline.counts, timeline.facets, display);
  const image = { url: timelineImagePath(filters), width: OG_WIDTH, height: OG_HEIGHT, alt: title, type: "image/png" };
  const filtered = timelineImagePath(filters) !== timelineImagePath(defaultFilters());
  return {
    // The unfiltered timeline keeps the site's own title (the layout's default).
    ...(filtered ? { title } : {}),
    description,
    openGraph: { title, description, type: "website", locale: OG_LOCALE, siteName: OG_BRAND, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}
