// The shape of an event's mark by its kind (d3-shape's symbols), so the kind reads without colour:
// a meeting is a circle, a call a diamond, a conference a square, a statement a triangle.
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from "d3-shape";
import type { EventKind } from "../../enums/event-kind";

const SHAPES: Record<EventKind, SymbolType> = {
  meeting: symbolCircle,
  call: symbolDiamond,
  conference: symbolSquare,
  statement: symbolTriangle,
  visit: symbolWye,
  agreement: symbolStar,
  other: symbolCross,
};

/** The SVG path of a kind's mark of radius `r` (the symbol's area is that of a circle of radius r). */
export function markPath(kind: EventKind, r: number): string {
  return symbol(SHAPES[kind], Math.PI * r * r)() ?? "";
}
