import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EventCorrections } from "@/components/event-corrections";
import { EventCoverage } from "@/components/event-coverage";
import { EventEditor } from "@/components/event-editor";
import { EventHeader } from "@/components/event-header";
import { ShareLink } from "@/components/share-link";
import { EVENT_KIND_LABELS } from "@/lib/display/event-kinds";
import { EventQuotes } from "@/components/event-quotes";
import { compareHref, MAX_ARTICLES } from "@/lib/compare/params";
import { getEventChoices, getEventCorrections } from "@/lib/data/corrections";
import { getEvent, type EventView } from "@/lib/data/event";
import { formatArabicDateRange } from "@/lib/display/dates";
import { env } from "@/lib/env";
import { eventImagePath, OG_BRAND, OG_HEIGHT, OG_LOCALE, OG_WIDTH } from "@/lib/og/cards";

export const dynamic = "force-dynamic";

const Params = z.object({ slug: z.string().max(120).regex(/^[a-z0-9-]+$/) });

async function load(params: Promise<{ slug: string }>) {
  const parsed = Params.safeParse(await params);
  if (!parsed.success) notFound();
  const event = await getEvent(parsed.data.slug);
  if (!event) notFound();
  return event;
}

function describe(e: EventView): string {
  const when = e.date ? formatArabicDateRange(e.date, e.dateEnd) : "تاريخ غير معروف";
  const outlets = [...new Set(e.articles.map((a) => a.outletName).filter(Boolean))].join("، ");
  const where = e.place ? `، ${e.place}` : "";
  return `${EVENT_KIND_LABELS[e.kind]}، ${when}${where}. عدد المقالات: ${e.articles.length} (${outlets || "مصادر غير معروفة"}).`;
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const event = await load(params);
  const description = describe(event);
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
  const editable = Boolean(env().EDITOR_TOKEN);
  const [corrections, choices] = await Promise.all([
    getEventCorrections(event.slug, event.articles.map((a) => a.id)),
    editable ? getEventChoices() : [],
  ]);
  return (
    <article className="mx-auto max-w-[68ch]" data-event-page={event.slug}>
      <EventHeader event={event} />
      <div className="mt-3">
        <ShareLink title={event.title} />
      </div>
      {event.articles.length >= 2 && (
        <p className="mt-6">
          <Link href={compareHref({ articles: event.articles.slice(0, MAX_ARTICLES).map((a) => a.id) })} className="rounded border border-accent px-3 py-1 text-accent" data-testid="compare-coverage">
            قارن التغطية
          </Link>
        </p>
      )}
      <EventCoverage articles={event.articles} />
      <EventQuotes speakers={event.speakers} />
      <EventCorrections corrections={corrections} />
      {editable && <EventEditor event={event} choices={choices} />}
      <p className="mt-10">
        <Link href={`/#event-${event.slug}`} className="text-accent underline underline-offset-4">
          العودة إلى الخط الزمني
        </Link>
      </p>
    </article>
  );
}
