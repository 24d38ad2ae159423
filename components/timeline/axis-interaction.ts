// The axis's interaction (zoom, pan, brush and keys; see axis-enhancer.tsx), loaded only once the page is
// interactive: d3-zoom, d3-brush, d3-selection and the scales stay out of the route's first-load JavaScript.
import { brushX, brushY, type D3BrushEvent } from "d3-brush";
import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from "d3-zoom";
import { axisTicks } from "@/lib/display/axis/ticks";
import { dayOfDate, timeScale, type AxisFrame, type Orientation, type TimeScale } from "@/lib/display/axis/time-scale";
import { addDays, MAX_SPAN, MIN_SPAN, panView, viewOf, windowOf, zoomView, type AxisView } from "@/lib/display/axis/view-window";
import type { DisplaySettings } from "@/lib/display/settings";

/** Canonical URLs of the page with placeholders: {span} {at} for the view, and {from} {to} for a brush. */
export interface AxisTemplates {
  view: string;
  brush: string;
  clear: string;
}

export interface AxisGeometry extends AxisFrame {
  line: number;
  contextAt: number;
  detailAt: number;
  brushStrip: [number, number];
  across: number;
  fontSize: { context: number; detail: number };
}

export interface AxisInteraction {
  svg: SVGSVGElement;
  overlay: SVGGElement;
  brushGroup: SVGGElement;
  orientation: Orientation;
  view: AxisView;
  geometry: AxisGeometry;
  templates: AxisTemplates;
  hasBrush: boolean;
  display: DisplaySettings;
  /** Navigates to a URL of this page (push: a new history entry, for brushes). */
  go: (url: string, push?: boolean) => void;
}

const SVG = "http://www.w3.org/2000/svg";

type TemplateValues = Partial<Record<"span" | "at" | "from" | "to", string | number>>;

export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{(span|at|from|to)\}/g, (_, k: keyof TemplateValues) => encodeURIComponent(String(values[k])));
}

/** Hooks zoom, pan, brush and keys to the server's SVG; returns what undoes it. */
export function attachAxis({ svg, overlay, brushGroup, orientation, view, geometry, templates, hasBrush, display, go }: AxisInteraction): () => void {
  const { span, at } = view;
  const horizontal = orientation === "horizontal";
  const current: AxisView = { span, at };
  const base = timeScale(windowOf(current), geometry);
  const along = (t: ZoomTransform, p: number) => (horizontal ? t.applyX(p) : t.applyY(p));
  const place = (a: number, c: number) => (horizontal ? `translate(${a},${c})` : `translate(${c},${a})`);
  const ticksGroup = svg.querySelector<SVGGElement>("[data-ticks]");
  const goView = (v: AxisView) => go(fillTemplate(templates.view, { span: v.span, at: v.at }));

  /** Moves everything the server drew to where transform `t` puts it (identity: back in place). */
  function apply(t: ZoomTransform, scale: TimeScale) {
    for (const el of svg.querySelectorAll<SVGElement>("[data-pos]")) {
      el.setAttribute("transform", place(along(t, Number(el.dataset.pos)), Number(el.dataset.lane)));
      const span = el.querySelector<SVGLineElement>("line[data-span]");
      if (span) {
        const [a, b] = span.dataset.span!.split(",").map((x) => Number(x) * t.k) as [number, number];
        span.setAttribute(horizontal ? "x1" : "y1", String(a));
        span.setAttribute(horizontal ? "x2" : "y2", String(b));
      }
    }
    for (const el of svg.querySelectorAll<SVGRectElement>("rect[data-from]")) {
      const a = along(t, Number(el.dataset.from));
      const b = along(t, Number(el.dataset.to));
      el.setAttribute(horizontal ? "x" : "y", String(Math.min(a, b)));
      el.setAttribute(horizontal ? "width" : "height", String(Math.abs(b - a)));
    }
    const moved = t.k !== 1 || t.x !== 0 || t.y !== 0;
    if (ticksGroup) ticksGroup.style.visibility = moved ? "hidden" : "";
    drawTicks(moved ? scale : null);
  }

  /** The labels of a moved view, drawn by the same code as the server's (lib/display/axis/ticks.ts). */
  function drawTicks(scale: TimeScale | null) {
    overlay.replaceChildren();
    if (!scale) return;
    const ticks = axisTicks(scale, display);
    const text = (label: string, a: number, c: number, size: number, anchor: string, bold: boolean) => {
      const el = document.createElementNS(SVG, "text");
      el.setAttribute(horizontal ? "x" : "y", String(a));
      el.setAttribute(horizontal ? "y" : "x", String(c));
      el.setAttribute("font-size", String(size));
      el.setAttribute("text-anchor", anchor);
      el.setAttribute("class", bold ? "fill-ink font-bold" : "fill-muted");
      el.textContent = label;
      overlay.append(el);
    };
    for (const t of ticks.context) text(t.label, horizontal ? t.pos - 5 : t.pos + 17, geometry.contextAt, geometry.fontSize.context, "start", true);
    for (const t of ticks.detail) text(t.label, horizontal ? t.pos : t.pos + 5, geometry.detailAt, geometry.fontSize.detail, horizontal ? "middle" : "start", false);
  }

  // Zoom and pan. On phones (the vertical drawing) one finger scrolls the page and two fingers zoom.
  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([span / MAX_SPAN, span / MIN_SPAN])
    .filter((event: Event & { button?: number; ctrlKey?: boolean; touches?: TouchList }) => {
      if (event.type === "wheel") return horizontal || Boolean(event.ctrlKey);
      // A press in the brush's strip is the brush's: d3-brush swallows the moves and the release, so a
      // pan started there too would never end and would fire on the next click anywhere.
      if (brushGroup.contains(event.target as Node)) return false;
      if (event.type.startsWith("touch")) return horizontal || (event.touches?.length ?? 0) >= 2;
      return !event.button;
    })
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const scale = horizontal ? event.transform.rescaleX(base) : event.transform.rescaleY(base);
      apply(event.transform, scale);
      const brushed = brushPositions(scale);
      if (brushed) brush.move(select(brushGroup), brushed);
    })
    .on("end", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const scale = horizontal ? event.transform.rescaleX(base) : event.transform.rescaleY(base);
      const [d0, d1] = scale.domain() as [Date, Date];
      const next = viewOf({ start: dayOfDate(d0), end: addDays(dayOfDate(d1), -1) });
      if (next.span === span && next.at === at) {
        select(svg).property("__zoom", zoomIdentity);
        apply(zoomIdentity, base);
      } else goView(next);
    });
  const svgSel = select<SVGSVGElement, unknown>(svg).call(zoomer).on("dblclick.zoom", null);
  if (!horizontal) svgSel.style("touch-action", "pan-y");

  // The brush: a stretch of days for the list below (from/to in the URL).
  const [s0, s1] = geometry.brushStrip;
  const extent: [[number, number], [number, number]] = horizontal
    ? [
        [geometry.inset, s0],
        [geometry.length - geometry.inset, s1],
      ]
    : [
        [s0, geometry.inset],
        [s1, geometry.length - geometry.inset],
      ];
  const brush = (horizontal ? brushX() : brushY()).extent(extent);
  const brushed0 = svg.querySelector<SVGRectElement>("rect[data-brush]");
  /** Where the brush the server drew (from/to) lies under `scale`. */
  function brushPositions(scale: TimeScale): [number, number] | null {
    if (!brushed0) return null;
    const [a, b] = [brushed0.dataset.from, brushed0.dataset.to].map((p) => scale(base.invert(Number(p)))) as [number, number];
    return [Math.min(a, b), Math.max(a, b)];
  }
  brush.on("end", (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent) return;
    const selection = event.selection as [number, number] | null;
    if (!selection) {
      if (hasBrush) go(fillTemplate(templates.clear, current), true);
      return;
    }
    // The later edge is the end of the last day taken: read the instant just before it.
    const [t0, t1] = selection.map((p) => base.invert(p).getTime()).sort((x, y) => x - y) as [number, number];
    const from = dayOfDate(new Date(t0));
    const to = dayOfDate(new Date(Math.max(t0, t1 - 1)));
    go(fillTemplate(templates.brush, { ...current, from, to }), true);
  });
  const brushSel = select(brushGroup).call(brush);
  brushSel.style("touch-action", "none");
  // The strip's hint, drawn only where a brush can be drawn (with scripts).
  const hint = document.createElementNS(SVG, "text");
  hint.setAttribute(horizontal ? "x" : "y", String(geometry.length / 2));
  hint.setAttribute(horizontal ? "y" : "x", String((s0 + s1) / 2));
  hint.setAttribute("dy", "0.35em");
  hint.setAttribute("text-anchor", "middle");
  hint.setAttribute("font-size", "12");
  hint.setAttribute("class", "fill-muted pointer-events-none");
  if (!horizontal) hint.setAttribute("transform", `rotate(-90 ${(s0 + s1) / 2} ${geometry.length / 2})`);
  hint.textContent = "اسحب هنا لاختيار فترة";
  brushGroup.insertBefore(hint, brushGroup.querySelector(".selection"));
  const initial = brushPositions(base);
  if (initial) brush.move(brushSel, initial);

  // Keys: arrows move between the events in time order (left is later on the wide axis, down on the phone's).
  function onKey(event: KeyboardEvent) {
    const marks = [...svg.querySelectorAll<SVGAElement>("a[data-mark]:not([aria-hidden])")];
    const i = marks.indexOf(document.activeElement as SVGAElement);
    const steps: Record<string, number> = horizontal ? { ArrowLeft: 1, ArrowRight: -1 } : { ArrowDown: 1, ArrowUp: -1 };
    let target: SVGAElement | undefined;
    if (event.key in steps) target = marks[Math.min(marks.length - 1, Math.max(0, (i < 0 ? -1 : i) + steps[event.key]!))];
    else if (event.key === "Home") target = marks[0];
    else if (event.key === "End") target = marks.at(-1);
    else if (event.key === "+" || event.key === "=") goView(zoomView(current, 2));
    else if (event.key === "-") goView(zoomView(current, 0.5));
    else if (event.key === "PageDown") goView(panView(current, 0.5));
    else if (event.key === "PageUp") goView(panView(current, -0.5));
    else if (event.key === "Escape" && hasBrush) go(fillTemplate(templates.clear, current), true);
    else return;
    event.preventDefault();
    if (target) {
      for (const m of marks) m.setAttribute("tabindex", m === target ? "0" : "-1");
      target.focus();
    }
  }
  svg.addEventListener("keydown", onKey);

  return () => {
    svg.removeEventListener("keydown", onKey);
    svgSel.on(".zoom", null).property("__zoom", zoomIdentity);
    brushSel.on(".brush", null);
    brushGroup.replaceChildren();
    apply(zoomIdentity, base);
  };
}
