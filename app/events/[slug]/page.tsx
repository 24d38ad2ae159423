import type { Metadata } from "next";
import Link from "next/link";
import { EventCorrections } from "@/components/event-corrections";
import { EventCoverage } from "@/components/event-coverage";
import { EventEditor } from "@/components/event-editor";
import { correctEventAction } from "./actions";
import { EventHeader } from "@/components/event-header";
import { ShareLink } from "@/components/share-link";
import { EVENT_KIND_LABELS } from "@/lib/enums/event-kind";
import { EventQuotes } from "@/components/event-quotes";
import { compareHref, MAX_ARTICLES } from "@/lib/params/compare";
import { slugParam } from "@/lib/params/fields";
import { pathTarget } from "@/lib/web/page-params";
import { getEventChoices, getEventCorrections } from "@/lib/data/corrections";
import { getEvent, type EventView } from "@/lib/data/event";
import { formatArabicDateRange } from "@/lib/display/dates";
import { formatNumber } from "@/lib/display/numbers";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";
import { displaySettings } from "@/lib/web/display-settings";
import { env } from "@/lib/env";
import { eventImagePath, OG_BRAND, OG_HEIGHT, OG_LOCALE, OG_WIDTH } from "@/lib/web/og/cards";

export const dynamic = "force-dynamic";

const SLUG = slugParam();

const load = async (params: Promise<{ slug: string }>) => pathTarget(SLUG, (await params).slug, getEvent);

/** The page's description (meta and cards) in the reader's digits; the PNG card itself keeps Western digits (lib/web/og/cards.ts). */
function describe(e: EventView, display: DisplaySettings): string {
  const when = e.date ? formatArabicDateRange(e.date, e.dateEnd, display) : "تاريخ غير معروف";
  const outlets = [...new Set(e.articles.map((a) => a.outletName).filter(Boolean))].join("، ");
  const where = e.place ? `، ${e.place}` : "";
  return `${EVENT_KIND_LABELS[e.kind]}، ${when}${where}. عدد المقالات: ${formatNumber(e.articles.length, display)} (${outlets || "مصادر غير معروفة"}).`;
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const event = await load(params);
  const description = describe(event, await displaySettings());
  const image = { url: eventImagePath(event.slug), width: OG_WIDTH, height: OG_HEIGHT, alt: event.title, type: "image/png" };
  return {
    title: event.title,
    description,
    openGraph: { title: event.title, description, type: "article", locale: OG_LOCALE, siteName: OG_BRAND, images: [image] },
    twitter: { card: "summary_large_image", title: event.title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

export default async function EventPage({ params }: { params: Promise<{ slug: string }> }) {
  const event = await load(params);
  const display = await displaySettings();
  const editable = Boolean(env().EDITOR_TOKEN);
  const [corrections, choices] = await Promise.all([
    getEventCorrections(
      event.slug,
      event.articles.map((a) => a.id),
    ),
    editable ? getEventChoices() : [],
  ]);
  return (
    <article className="mx-auto max-w-[68ch]" data-event-page={event.slug}>
      <EventHeader event={event} display={display} />
      <div className="mt-3">
        <ShareLink title={event.title} display={display} />
      </div>
      {event.articles.length >= 2 && (
        <p className="mt-6">
          <Link
            href={withDisplayParams(compareHref({ articles: event.articles.slice(0, MAX_ARTICLES).map((a) => a.id) }), display)}
            className="rounded border border-accent px-3 py-1 text-accent"
            data-testid="compare-coverage"
          >
            قارن التغطية
          </Link>
        </p>
      )}
      <EventCoverage articles={event.articles} display={display} />
      <EventQuotes speakers={event.speakers} display={display} />
      <EventCorrections corrections={corrections} display={display} />
      {editable && <EventEditor event={event} choices={choices} display={display} correct={correctEventAction} />}
      <p className="mt-10">
        <Link href={withDisplayParams(`/#event-${event.slug}`, display)} className="text-accent underline underline-offset-4">
          العودة إلى الخط الزمني
        </Link>
      </p>
    </article>
  );
}
