// Whether a request that can change something (a server action: POST to a page) comes from a page of this
// app. Next.js makes the same check for server actions, but answers a refused one with a bare 500; the
// proxy (proxy.ts) answers it first with a 403 and an Arabic message. The rule is Next.js's own: the
// Origin's host must equal X-Forwarded-Host (which the production server leaves only when a trusted
// proxy wrote it, lib/web/forwarded.mjs) or else Host. A request without Origin (not sent by a browser
// for a cross-site form) passes, as in Next.js; `null` (sandboxed frames, data: URLs) never does.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function originHost(origin: string): string | null {
  if (origin === "null") return null;
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host : null;
  } catch {
    return null;
  }
}

/** True for a state-changing request whose Origin is another site (or `null`, or not a URL). */
export function isCrossOriginWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = originHost(origin.trim());
  if (!host) return true;
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return host !== (forwarded || headers.get("host"));
}

export const CROSS_ORIGIN_MESSAGE = "رُفض الطلب: أُرسل من مصدر آخر غير هذا الموقع. افتح الصفحة من الموقع نفسه وأعد المحاولة.";
