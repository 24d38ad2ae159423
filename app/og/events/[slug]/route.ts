// An event's preview card (PNG); 404 for an unknown slug.
// Western digits always: the image is shared and cached for everyone (see app/og/timeline/route.ts).
import { answering } from "@/lib/web/api-errors";
import { getEvent } from "@/lib/data/event";
import { eventCard } from "@/lib/web/og/cards";
import { pngResponse, renderOgPng } from "@/lib/web/og/render";
import { slugParam } from "@/lib/params/fields";
import { readParam } from "@/lib/params/view";
import { unavailableCardPng } from "@/lib/web/og/unavailable";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const SLUG = slugParam();

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = readParam(SLUG, (await params).slug);
  return answering(
    request,
    async () => {
      const event = slug ? await getEvent(slug) : null;
      if (!event) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
      return pngResponse(renderOgPng(eventCard(event)));
    },
    { kind: "image", png: unavailableCardPng },
  );
}
