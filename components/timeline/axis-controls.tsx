// Zoom, pan and lens as plain links (they work without JavaScript, and with it they are ordinary client
// navigations): each one is the URL of the view it leads to, so the browser's history and shared links follow.
import Link from "next/link";
import type { TimelineLens } from "@/lib/params/timeline";

export interface AxisControlLinks {
  zoomIn: string | null;
  zoomOut: string | null;
  earlier: string;
  later: string;
  fit: string | null;
  lenses: Array<{ lens: TimelineLens; href: string; current: boolean }>;
}

const LENS_LABELS: Record<TimelineLens, string> = { kind: "نوع الحدث", country: "بلد المصدر", type: "نوع المصدر" };

const button = "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-black/20 px-3 text-accent hover:bg-accent/10 dark:border-white/25";
const disabled = "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-black/10 px-3 text-muted/60 dark:border-white/10";

function Control({ href, label, children }: { href: string | null; label: string; children: string }) {
  return href ? (
    <Link href={href} className={button} aria-label={label} scroll={false} prefetch={false} replace>
      {children}
    </Link>
  ) : (
    <span className={disabled} aria-disabled="true" title={label}>
      {children}
    </span>
  );
}

export function AxisControls({ links }: { links: AxisControlLinks }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="axis-controls">
      <nav aria-label="تكبير المحور وتحريكه" className="flex flex-wrap items-center gap-2">
        {/* Earlier is to the right on an Arabic time axis. */}
        <Control href={links.earlier} label="فترة أقدم">
          → أقدم
        </Control>
        <Control href={links.later} label="فترة أحدث">
          أحدث ←
        </Control>
        <Control href={links.zoomIn} label="تكبير">
          +
        </Control>
        <Control href={links.zoomOut} label="تصغير">
          −
        </Control>
        <Control href={links.fit} label="عرض كل الأحداث">
          الكل
        </Control>
      </nav>
      <nav aria-label="تلوين الأحداث حسب" className="flex flex-wrap items-center gap-2 ms-auto">
        <span className="text-muted">التلوين:</span>
        {links.lenses.map((l) => (
          <Link
            key={l.lens}
            href={l.href}
            scroll={false}
            prefetch={false}
            replace
            aria-current={l.current ? "true" : undefined}
            className={`inline-flex min-h-11 items-center rounded-full border px-3 ${l.current ? "border-accent bg-accent text-paper" : "border-black/20 text-accent dark:border-white/25"}`}
          >
            {LENS_LABELS[l.lens]}
          </Link>
        ))}
      </nav>
    </div>
  );
}
