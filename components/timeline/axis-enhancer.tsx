"use client";
// The axis's interaction, added to the server's SVG once scripts run: zoom and pan (wheel, drag, pinch;
// d3-zoom), a brush that selects a stretch of days (d3-brush), and keys (arrows between events, + and −
// to zoom, Page Up/Down to pan, Escape to clear the brush). During a gesture the marks and labels move
// in the browser; when it ends the view goes into the URL and the server draws it afresh, so a link
// always reopens exactly what the reader saw. It renders two empty groups that d3 fills; the code that
// does it (axis-interaction.ts) is fetched after the page is up, so it weighs nothing on the first load.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { AxisInteraction } from "./axis-interaction";

export type { AxisTemplates } from "./axis-interaction";

/** What the server hands over: the interaction's settings without the elements and navigation the browser supplies. */
type AxisEnhancerProps = Omit<AxisInteraction, "svg" | "overlay" | "brushGroup" | "go">;

export function AxisEnhancer({ orientation, view, geometry, templates, hasBrush, display }: AxisEnhancerProps) {
  const overlayRef = useRef<SVGGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const router = useRouter();
  const { span, at } = view;

  useEffect(() => {
    const overlay = overlayRef.current;
    const brushGroup = brushRef.current;
    const svg = overlay?.ownerSVGElement;
    if (!overlay || !brushGroup || !svg) return;
    let detach: (() => void) | undefined;
    let gone = false;
    const go = (url: string, push = false) => (push ? router.push(url, { scroll: false }) : router.replace(url, { scroll: false }));
    void import("./axis-interaction").then(({ attachAxis }) => {
      if (!gone) detach = attachAxis({ svg, overlay, brushGroup, orientation, view: { span, at }, geometry, templates, hasBrush, display, go });
    });
    return () => {
      gone = true;
      detach?.();
    };
  }, [orientation, span, at, geometry, templates, hasBrush, display, router]);

  return (
    <>
      <g ref={overlayRef} aria-hidden="true" className="pointer-events-none" />
      <g ref={brushRef} aria-hidden="true" className="tl-brush" />
    </>
  );
}
