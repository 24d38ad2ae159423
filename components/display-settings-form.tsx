"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { DISPLAY_PARAMS, monthStyleOf, type DisplaySettings, type MonthStyle } from "@/lib/display/settings";

/**
 * «إعدادات العرض»: Western or Eastern digits, the Hijri date beside the Gregorian one, and the month names
 * (Egyptian and Gulf, Levantine, Maghrebi). A plain GET
 * form (no JavaScript needed) that reopens the current page with ?digits=&cal= added and every other
 * parameter kept, so the choice lands in the URL; proxy.ts then remembers it in a cookie.
 * A native submission reloads the whole page on purpose: the layout (this header) renders again too.
 *
 * It is a client component only to read the current URL: the header lives in the root layout, which
 * a client-side navigation does not render again, so server-rendered hidden fields would go stale.
 */
export function DisplaySettingsForm({ display }: { display: DisplaySettings }) {
  return (
    <Suspense fallback={<SettingsForm display={display} keep={[]} />}>
      <CurrentUrlSettingsForm display={display} />
    </Suspense>
  );
}

function CurrentUrlSettingsForm({ display }: { display: DisplaySettings }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const keep = [...params.entries()].filter(([k]) => !(DISPLAY_PARAMS as readonly string[]).includes(k));
  return <SettingsForm display={display} action={pathname} keep={keep} />;
}

const choice = "flex items-center gap-2 py-1";

/** Each style named with its January, so a reader recognises the names they use. */
const MONTH_CHOICES: Array<[MonthStyle, string]> = [
  ["egypt", "يناير، فبراير…"],
  ["levant", "كانون الثاني، شباط…"],
  ["maghreb", "جانفي، فيفري…"],
];

function SettingsForm({ display, action, keep }: { display: DisplaySettings; action?: string; keep: Array<[string, string]> }) {
  return (
    <details className="text-sm" data-testid="display-settings">
      <summary className="cursor-pointer py-1 text-accent underline-offset-4 hover:underline">إعدادات العرض</summary>
      <form method="get" action={action} className="mt-2 flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg border border-black/15 p-3 dark:border-white/20">
        {keep.map(([k, v], i) => (
          <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
        ))}
        <fieldset>
          <legend className="font-semibold">الأرقام</legend>
          <label className={choice}>
            <input type="radio" name="digits" value="latn" defaultChecked={display.digits === "latn"} />
            غربية (0–9)
          </label>
          <label className={choice}>
            <input type="radio" name="digits" value="arab" defaultChecked={display.digits === "arab"} />
            مشرقية (٠–٩)
          </label>
        </fieldset>
        <fieldset>
          <legend className="font-semibold">التاريخ الهجري</legend>
          <label className={choice}>
            <input type="radio" name="cal" value="gregory" defaultChecked={!display.hijri} />
            الميلادي وحده
          </label>
          <label className={choice}>
            <input type="radio" name="cal" value="hijri" defaultChecked={display.hijri} />
            الهجري بجانب الميلادي
          </label>
        </fieldset>
        <fieldset>
          <legend className="font-semibold">أسماء الأشهر</legend>
          {MONTH_CHOICES.map(([style, label]) => (
            <label key={style} className={choice}>
              <input type="radio" name="months" value={style} defaultChecked={monthStyleOf(display) === style} />
              {label}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="rounded bg-accent px-4 py-1.5 font-semibold text-paper">
          اعتماد
        </button>
      </form>
    </details>
  );
}
