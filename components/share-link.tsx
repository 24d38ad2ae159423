"use client";

import { useState } from "react";
import { withDisplayParams, type DisplaySettings } from "@/lib/display/settings";

/**
 * The page's own URL holds the whole view, so sharing is sharing the URL: copy it, or hand it to
 * the system share sheet where the browser has one (the Web Share API).
 *
 * Display settings: internal links carry them (lib/display/settings.ts withDisplayParams), but a reader
 * may arrive at a bare URL with only a remembered cookie. The shared link therefore writes the settings
 * in explicitly whenever they are not the default, so it opens the same view in a browser that has
 * no cookie at all.
 */
export function ShareLink({ title, display }: { title: string; display: DisplaySettings }) {
  const [status, setStatus] = useState("");
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sharedUrl(display));
      setStatus("نُسخ الرابط");
    } catch {
      setStatus("تعذّر النسخ: انسخ الرابط من شريط العنوان");
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title, url: sharedUrl(display) });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <button type="button" onClick={copy} className="rounded border border-accent px-3 py-1 text-accent">
        نسخ الرابط
      </button>
      {canShare && (
        <button type="button" onClick={share} className="rounded border border-accent px-3 py-1 text-accent">
          مشاركة
        </button>
      )}
      <span role="status" aria-live="polite" className="text-muted">
        {status}
      </span>
    </div>
  );
}

const sharedUrl = (display: DisplaySettings) => withDisplayParams(window.location.href, display);
