// An event's preview card (PNG); 404 for an unknown slug.
// Western digits always: the image is shared and cached for everyone (see app/og/timeline/route.ts).
import { failureResponse } from "@/lib/web/api-errors";
import { getEvent } from "@/lib/data/event";
import { eventCard } from "@/lib/web/og/cards";
import { pngResponse, renderOgPng } from "@/lib/web/og/render";
import { unavailableCardPng } from "@/lib/web/og/unavailable";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const SLUG = /^[a-z0-9-]{1,120}$/;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const event = SLUG.test(slug) ? await getEvent(slug) : null;
    if (!event) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    return pngResponse(renderOgPng(eventCard(event)));
  } catch (e) {
    return failureResponse(e, `/og/events/${slug}`, { kind: "image", png: unavailableCardPng });
  }
}
