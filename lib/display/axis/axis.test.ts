import { describe, expect, it } from "vitest";
import { chartSeries, coverageChart, OTHERS, type CoverageBin } from "./coverage-chart";
import { placeMarks, type AxisEvent } from "./marks";
import { storylineBands } from "./storylines";
import { axisTicks } from "./ticks";
import { dayPosition, rangePositions, timeScale, type AxisFrame } from "./time-scale";
import { clampSpan, fitView, keepInView, lastDay, MAX_SPAN, MIN_SPAN, nearestCovering, panView, resolveView, viewOf, windowOf, zoomView } from "./view-window";

const WIDE: AxisFrame = { orientation: "horizontal", length: 1000, inset: 20 };
const TALL: AxisFrame = { orientation: "vertical", length: 600, inset: 10 };
const LATN = { digits: "latn" as const, hijri: false };

let n = 0;
const event = (date: string, articles = 1, over: Partial<AxisEvent> = {}): AxisEvent => ({
  slug: `e${++n}`,
  title: `حدث ${n}`,
  kind: "meeting",
  date,
  dateEnd: null,
  articles,
  storyline: null,
  country: null,
  outletType: null,
  ...over,
});

describe("time scale", () => {
  it("puts the earliest day at the right of a horizontal axis and at the top of a vertical one", () => {
    const w = { start: "2016-01-01", end: "2016-12-31" };
    const h = timeScale(w, WIDE);
    expect(dayPosition(h, "2016-01-01")).toBeGreaterThan(dayPosition(h, "2016-12-31"));
    expect(h(new Date("2016-01-01T00:00:00Z"))).toBe(980);
    expect(h(new Date("2017-01-01T00:00:00Z"))).toBe(20);
    const v = timeScale(w, TALL);
    expect(dayPosition(v, "2016-01-01")).toBeLessThan(dayPosition(v, "2016-12-31"));
  });
  it("gives a range its extent whichever way the axis runs", () => {
    const s = timeScale({ start: "2016-07-01", end: "2016-07-10" }, WIDE);
    const [a, b] = rangePositions(s, "2016-07-02", "2016-07-03");
    expect(a).toBeLessThan(b);
    expect(b - a).toBeCloseTo(192, 0);
  });
});

describe("view window", () => {
  it("turns a span around a centre into days and back", () => {
    expect(windowOf({ span: 30, at: "2016-09-15" })).toEqual({ start: "2016-08-31", end: "2016-09-29" });
    expect(viewOf(windowOf({ span: 30, at: "2016-09-15" }))).toEqual({ span: 30, at: "2016-09-15" });
  });
  it("keeps spans within the bounds", () => {
    expect(clampSpan(3)).toBe(MIN_SPAN);
    expect(clampSpan(1e9)).toBe(MAX_SPAN);
    expect(zoomView({ span: 20, at: "2016-01-01" }, 4).span).toBe(MIN_SPAN);
    expect(zoomView({ span: 100, at: "2016-01-01" }, 0.5)).toEqual({ span: 200, at: "2016-01-01" });
  });
  it("pans by a share of the span, later for a positive share", () => {
    expect(panView({ span: 100, at: "2016-01-01" }, 0.5).at).toBe("2016-02-20");
    expect(panView({ span: 100, at: "2016-01-01" }, -0.5).at).toBe("2015-11-12");
  });
  it("fits a stretch of days with a margin", () => {
    const v = fitView("2016-01-01", "2016-12-31");
    const w = windowOf(v);
    expect(w.start < "2016-01-01" && w.end > "2016-12-31").toBe(true);
    expect(v.span).toBeLessThan(420);
  });
  it("moves a view that shows no event to the nearest one that does", () => {
    expect(nearestCovering({ span: 30, at: "2016-05-01" }, "2016-01-01", "2016-12-31")).toEqual({ view: { span: 30, at: "2016-05-01" }, moved: false });
    const early = nearestCovering({ span: 30, at: "2010-05-01" }, "2016-01-01", "2016-12-31");
    expect(early.moved).toBe(true);
    expect(windowOf(early.view).end).toBe("2016-01-01");
    const late = nearestCovering({ span: 31, at: "2030-05-01" }, "2016-01-01", "2016-12-31");
    expect(windowOf(late.view).start).toBe("2016-12-31");
  });
  it("resolves a page's view from the URL, the brush or the events", () => {
    const extent = { first: "2013-05-07", last: "2017-04-12" };
    expect(resolveView({ span: 60, at: "2016-09-09" }, extent).view).toEqual({ span: 60, at: "2016-09-09" });
    const brushed = windowOf(resolveView({}, extent, { from: "2016-09", to: "2016-10" }).view);
    expect(brushed.start <= "2016-09-01" && brushed.end >= "2016-10-31").toBe(true);
    const all = windowOf(resolveView({}, extent).view);
    expect(all.start <= extent.first && all.end >= extent.last).toBe(true);
    expect(resolveView({ at: "1999-01-01", span: 30 }, extent).moved).toBe(true);
    expect(lastDay("2016-02")).toBe("2016-02-29");
  });
});

describe("keeping a brushed range in view", () => {
  it("leaves a view that shows the range as it is", () => {
    expect(keepInView({ span: 100, at: "2016-05-01" }, "2016-04-20", "2016-05-10")).toEqual({ span: 100, at: "2016-05-01" });
  });
  it("moves a view just far enough to show the whole range, on either side", () => {
    for (const [first, last] of [
      ["2016-08-26", "2016-09-08"],
      ["2015-11-01", "2015-11-03"],
    ] as const) {
      const v = keepInView({ span: 60, at: "2016-03-01" }, first, last);
      const w = windowOf(v);
      expect(v.span).toBe(60);
      expect(w.start <= first && last <= w.end).toBe(true);
      // The range touches the edge it came in from: the smallest move.
      expect(w.end === last || w.start === first).toBe(true);
    }
  });
  it("centres on a range wider than the view", () => {
    const v = keepInView({ span: 14, at: "2016-01-01" }, "2016-06-01", "2016-06-30");
    expect(v).toEqual({ span: 14, at: "2016-06-15" });
  });
});

describe("axis labels", () => {
  it("labels years above and months below over several years, right to left", () => {
    const s = timeScale({ start: "2013-01-01", end: "2015-12-31" }, WIDE);
    const t = axisTicks(s, LATN);
    expect(t.context.map((c) => c.label)).toEqual(["2013", "2014", "2015"]);
    expect(t.detailUnit).toBe("month");
    expect(t.detail.map((d) => d.label)).toContain("يوليو");
    const positions = t.context.map((c) => c.pos);
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);
  });
  it("labels months with their year above and days below over a few weeks", () => {
    const s = timeScale({ start: "2016-09-01", end: "2016-10-15" }, WIDE);
    const t = axisTicks(s, LATN);
    expect(t.context.map((c) => c.label)).toEqual(["سبتمبر 2016", "أكتوبر 2016"]);
    expect(t.detailUnit).toBe("day");
    expect(t.detail.every((d) => /^\d{1,2}$/.test(d.label))).toBe(true);
  });
  it("pins the label of the period a view starts in", () => {
    const s = timeScale({ start: "2016-03-01", end: "2017-06-30" }, WIDE);
    expect(axisTicks(s, LATN).context.map((c) => c.label)).toEqual(["2016", "2017"]);
  });
  it("writes the reader's digits and month names", () => {
    const s = timeScale({ start: "2016-01-01", end: "2016-12-31" }, WIDE);
    const t = axisTicks(s, { digits: "arab", hijri: false, months: "levant" });
    expect(t.context[0]!.label).toBe("٢٠١٦");
    expect(t.detail.map((d) => d.label)).toContain("تموز");
  });
  it("thins out years when they would crowd", () => {
    const s = timeScale({ start: "1990-01-01", end: "2029-12-31" }, { orientation: "horizontal", length: 400, inset: 0 });
    const t = axisTicks(s, LATN);
    expect(t.context.length).toBeLessThanOrEqual(9);
    expect(t.detail).toEqual([]);
  });
});

describe("event marks", () => {
  const scale = timeScale({ start: "2016-01-01", end: "2016-12-31" }, WIDE);
  it("places the most covered events first and counts the ones that find no lane", () => {
    const crowd = [event("2016-06-01", 9), ...Array.from({ length: 6 }, () => event("2016-06-01", 1))];
    const { marks, groups } = placeMarks(crowd, scale, { lanes: 2, bounds: [0, 1000] });
    expect(marks).toHaveLength(2);
    expect(marks.some((m) => m.event.articles === 9)).toBe(true);
    expect(groups).toEqual([expect.objectContaining({ count: 5, first: "2016-06-01", last: "2016-06-01" })]);
  });
  it("never overlaps two marks of one lane, sizes by coverage, keeps time order", () => {
    const events = Array.from({ length: 60 }, (_, i) => event(`2016-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + ((i * 7) % 28)).padStart(2, "0")}`, 1 + (i % 9)));
    const { marks, groups } = placeMarks(events, scale, { lanes: 3, bounds: [0, 1000] });
    expect(marks.length + groups.reduce((s, g) => s + g.count, 0)).toBe(60);
    for (const lane of [0, 1, 2]) {
      const inLane = marks.filter((m) => m.lane === lane).sort((a, b) => a.pos - b.pos);
      for (let i = 1; i < inLane.length; i++) expect(inLane[i]!.pos - inLane[i - 1]!.pos).toBeGreaterThanOrEqual(inLane[i]!.radius + inLane[i - 1]!.radius);
    }
    const byCoverage = [...marks].sort((a, b) => a.event.articles - b.event.articles);
    expect(byCoverage.at(-1)!.radius).toBeGreaterThan(byCoverage[0]!.radius);
    expect(marks.some((m) => m.event.articles === 9)).toBe(true);
    const dates = marks.map((m) => m.event.date);
    expect([...dates].sort()).toEqual(dates);
  });
  it("leaves out events beyond the bounds", () => {
    const { marks, groups } = placeMarks([event("2015-06-01"), event("2016-06-01")], scale, { lanes: 2, bounds: [0, 1000] });
    expect(marks.map((m) => m.event.date)).toEqual(["2016-06-01"]);
    expect(groups).toEqual([]);
  });
});

describe("storyline bands", () => {
  const scale = timeScale({ start: "2016-01-01", end: "2016-12-31" }, WIDE);
  it("spans each storyline of two or more events, named by its most covered event, in rows that do not collide", () => {
    const events = [
      event("2016-02-01", 2, { storyline: "a" }),
      event("2016-02-12", 8, { storyline: "a", dateEnd: "2016-02-13" }),
      event("2016-02-05", 1, { storyline: "b" }),
      event("2016-02-20", 1, { storyline: "b" }),
      event("2016-09-01", 1, { storyline: "c" }),
    ];
    const bands = storylineBands(events, scale, { rows: 2, bounds: [0, 1000] });
    expect(bands.map((b) => [b.key, b.first, b.last, b.events, b.row])).toEqual([
      ["a", "2016-02-01", "2016-02-13", 2, 0],
      ["b", "2016-02-05", "2016-02-20", 2, 1],
    ]);
    expect(bands[0]!.lead.articles).toBe(8);
    expect(bands[0]!.from).toBeLessThan(bands[0]!.to);
  });
});

describe("coverage chart", () => {
  const bins: CoverageBin[] = [
    { start: "2016-01-01", end: "2016-01-31", counts: { RU: 5, SA: 2, QA: 1 } },
    { start: "2016-02-01", end: "2016-02-29", counts: { RU: 1, EG: 4, AE: 1, SY: 1, LB: 1, JO: 1 } },
  ];
  it("keeps the largest series and folds the rest", () => {
    const series = chartSeries(bins, 3);
    expect(series.map((s) => s.key)).toEqual(["RU", "EG", "SA", OTHERS]);
    expect(series.reduce((s, x) => s + x.total, 0)).toBe(17);
    expect(chartSeries(bins, 10).map((s) => s.key)).not.toContain(OTHERS);
  });
  it("stacks each bin's series to its total on the axis's scale", () => {
    const scale = timeScale({ start: "2016-01-01", end: "2016-03-31" }, WIDE);
    const chart = coverageChart(bins, scale, { height: 100, bounds: [0, 1000], series: 3 });
    expect(chart.bars.map((b) => b.total)).toEqual([8, 9]);
    const feb = chart.bars[1]!;
    expect(feb.segments.map((s) => s.key)).toEqual(["RU", "EG", OTHERS]);
    expect(feb.segments.at(-1)!.y1).toBeLessThan(feb.segments[0]!.y0);
    expect(chart.bars[0]!.from).toBeGreaterThan(feb.from);
    expect(chart.yTicks[0]).toEqual({ value: 0, y: 100 });
    expect(chart.max).toBeGreaterThanOrEqual(9);
  });
});
