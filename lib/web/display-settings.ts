import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { DISPLAY_COOKIE, DISPLAY_HEADER, decodeDisplayCookie, parseDisplaySettings, type DisplaySettings } from "@/lib/display/settings";

/**
 * The display settings of the request being rendered: the URL's ?digits= / ?cal= / ?months= (passed on by
 * proxy.ts in a request header, since layouts do not see search params), else the reader's cookie.
 */
export const displaySettings = cache(async (): Promise<DisplaySettings> => {
  const remembered = decodeDisplayCookie((await cookies()).get(DISPLAY_COOKIE)?.value);
  const fromUrl = (await headers()).get(DISPLAY_HEADER);
  if (!fromUrl) return remembered;
  const params = new URLSearchParams(fromUrl);
  return parseDisplaySettings({ digits: params.get("digits"), cal: params.get("cal"), months: params.get("months") }, remembered);
});
