import { formatArabicDateRange, formatHijriRange } from "@/lib/display/dates";
import type { DisplaySettings } from "@/lib/display/settings";

/**
 * A date or date range in the reader's digits, with the Umm al-Qura Hijri date beside it («الموافق …»)
 * when the reader asked for it. `<time dateTime>` stays on the Gregorian ISO date: machines read that.
 */
export function DisplayDate({ date, dateEnd = null, display }: { date: string; dateEnd?: string | null; display: DisplaySettings }) {
  const hijri = formatHijriRange(date, dateEnd, display);
  return (
    <>
      <time dateTime={date}>{formatArabicDateRange(date, dateEnd, display)}</time>
      {hijri && (
        <span className="text-muted" data-calendar="hijri">
          الموافق {hijri}
        </span>
      )}
    </>
  );
}
