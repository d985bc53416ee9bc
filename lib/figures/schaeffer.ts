/**
 * Figures for the re-scoring chapters (6–8): metric curves over a model ladder with their
 * Wilson intervals, emergence scores per metric, and the published meta-analysis shares.
 * They draw what `lib/sim`, `lib/metrics` and `lib/emergence` return and compute nothing.
 * Series are told apart by dash pattern, marker symbol and a direct label; colour (Okabe–Ito)
 * is only a second cue.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "./render.ts";
import { SERIES_COLOURS, SERIES_DASHES } from "./chainLines.ts";

/** One point of a metric curve. */
export interface MetricPoint {
  /** the x value (log10 compute or log10 parameters) */
  x: number;
  /** the metric value */
  value: number;
  /** series name, also the curve's label */
  series: string;
  /** lower end of the 95 % interval, when the value is a measured proportion */
  lower?: number;
  /** upper end of the 95 % interval */
  upper?: number;
  /** a note drawn next to the point, e.g. "0/100 (95 % upper bound 0.037)" for 0 successes */
  note?: string;
}

/** Options of {@link metricLadderFigure}. */
export interface MetricLadderOptions {
  /** x-axis label */
  xLabel: string;
  /** y-axis label */
  yLabel: string;
  /** y domain; default from the data */
  yDomain?: [number, number];
  /** draw lines between points of these series (default: all) */
  lines?: string[];
  /** per-series label offsets in pixels [dx, dy] at the last point */
  labelOffsets?: Record<string, [number, number]>;
  /** shift each series horizontally by this many x units × its index, to keep bars apart */
  dodge?: number;
  /** right margin in pixels for the curve labels (default 150) */
  marginRight?: number;
  /** series drawn as a plain line, without point markers (e.g. a closed-form curve) */
  curves?: string[];
}

const SYMBOLS = ["circle", "square", "triangle", "diamond", "cross", "star"] as const;

/**
 * Curves of one or more metrics over a ladder: each series has its own dash pattern and
 * marker symbol, its name written at its last point, vertical bars for Wilson intervals where
 * given, and, under the axis, what the points measured as zero mean ("0/n (95 % upper bound u)").
 *
 * @param points the points of every series (series order = style order)
 * @param options axis labels, domain, which series get lines, label offsets, dodge
 * @returns a Plot SVG element
 * @throws {Error} if there are no points or more series than styles
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { metricLadderFigure } from "./schaeffer.ts";
 * const el = metricLadderFigure([
 *   { x: 1, value: 0, series: "exact match", lower: 0, upper: 0.04, note: "0/100 (95 % upper bound 0.037)" },
 *   { x: 2, value: 0.5, series: "exact match", lower: 0.4, upper: 0.6 },
 * ], { xLabel: "x", yLabel: "y" });
 * assert.ok(el.outerHTML.includes("exact match") && el.outerHTML.includes("upper bound 0.037"));
 * ```
 */
export function metricLadderFigure(
  points: readonly MetricPoint[],
  options: MetricLadderOptions,
): SVGSVGElement {
  if (points.length === 0) throw new Error("metricLadderFigure: no points");
  const series = [...new Set(points.map((p) => p.series))];
  if (series.length > SYMBOLS.length) {
    throw new Error(`metricLadderFigure: at most ${SYMBOLS.length} series, got ${series.length}`);
  }
  const dodge = options.dodge ?? 0;
  const data = points.map((p) => ({
    ...p,
    xd: p.x + dodge * (series.indexOf(p.series) - (series.length - 1) / 2),
  }));
  const withLines = options.lines ?? series;
  const marks: Plot.Markish[] = [Plot.ruleY([0])];
  let noteRow = 0;
  series.forEach((s, i) => {
    const d = data.filter((p) => p.series === s);
    const style = {
      stroke: SERIES_COLOURS[i % SERIES_COLOURS.length],
      strokeDasharray: SERIES_DASHES[i % SERIES_DASHES.length],
    };
    if (withLines.includes(s)) {
      marks.push(Plot.line(d, { x: "xd", y: "value", strokeWidth: 1.8, ...style }));
    }
    const bars = d.filter((p) => p.lower !== undefined && p.upper !== undefined);
    if (bars.length > 0) {
      marks.push(
        Plot.ruleX(bars, { x: "xd", y1: "lower", y2: "upper", stroke: style.stroke }),
      );
    }
    if (!(options.curves ?? []).includes(s)) {
      marks.push(
        Plot.dot(d, {
          x: "xd",
          y: "value",
          symbol: () => SYMBOLS[i],
          r: 3.5,
          stroke: style.stroke,
          fill: i % 2 === 0 ? style.stroke : "white",
        }),
      );
    }
    // One note per series, under the x axis (where no curve can run into it), saying what
    // its points measured as zero mean: a rotated note on every point collided with curves.
    const notes = d.filter((p) => p.note);
    if (notes.length > 0) {
      const where = notes.length === 1
        ? `at x = ${notes[0].x}`
        : `at the ${notes.length} points from x = ${notes[0].x} to ${notes[notes.length - 1].x}`;
      marks.push(
        Plot.text([notes[0]], {
          x: "xd",
          y: "value",
          text: () => `${s}: ${where}, each ${notes[0].note}`,
          dy: 50 + 14 * noteRow++,
          fontSize: 10,
          textAnchor: "start",
        }),
      );
    }
    const last = d[d.length - 1];
    const [dx, dy] = options.labelOffsets?.[s] ?? [8, 0];
    marks.push(
      Plot.text([last], { x: "xd", y: "value", text: () => s, textAnchor: "start", dx, dy }),
    );
  });
  return plot({
    marginRight: options.marginRight ?? 150,
    marginTop: 30,
    marginBottom: noteRow > 0 ? 58 + 14 * noteRow : undefined,
    x: { label: options.xLabel, grid: true },
    y: { label: options.yLabel, grid: true, domain: options.yDomain },
    symbol: { range: [...SYMBOLS] },
    marks,
  });
}

/** One bar of {@link emergenceScoreFigure}. */
export interface ScoreBar {
  /** metric name */
  metric: string;
  /** emergence score (may be ±Infinity) */
  score: number;
}

/**
 * Horizontal bars of emergence scores, one per metric, each labelled with its value; an
 * infinite score (median step 0) is drawn to the axis end and labelled "∞ (median step 0)".
 *
 * @param bars metric names and scores
 * @returns a Plot SVG element
 * @throws {Error} if there are no bars or a score is NaN
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceScoreFigure } from "./schaeffer.ts";
 * const el = emergenceScoreFigure([{ metric: "EM", score: Infinity }, { metric: "NLL", score: 3 }]);
 * assert.ok(el.outerHTML.includes("∞"));
 * ```
 */
export function emergenceScoreFigure(bars: readonly ScoreBar[]): SVGSVGElement {
  if (bars.length === 0) throw new Error("emergenceScoreFigure: no bars");
  for (const b of bars) {
    if (Number.isNaN(b.score)) throw new Error(`emergenceScoreFigure: ${b.metric} score is NaN`);
  }
  const finiteMax = Math.max(
    1,
    ...bars.filter((b) => Number.isFinite(b.score)).map((b) => b.score),
  );
  const cap = finiteMax * 1.25;
  const data = bars.map((b) => ({
    metric: b.metric,
    shown: Number.isFinite(b.score) ? Math.max(b.score, 0) : cap,
    label: Number.isFinite(b.score) ? b.score.toFixed(1) : "∞ (median step 0)",
    infinite: !Number.isFinite(b.score),
  }));
  return plot({
    marginLeft: 270,
    marginRight: 130,
    height: 60 + 34 * bars.length,
    x: { label: "emergence score →", grid: true, domain: [0, cap] },
    y: { label: null, domain: bars.map((b) => b.metric) },
    marks: [
      Plot.barX(data.filter((d) => !d.infinite), {
        x: "shown",
        y: "metric",
        fill: "#555555",
        stroke: "#000000",
      }),
      Plot.barX(data.filter((d) => d.infinite), {
        x: "shown",
        y: "metric",
        fill: "white",
        stroke: "#000000",
        strokeDasharray: "4,3",
      }),
      Plot.text(data, { x: "shown", y: "metric", text: "label", textAnchor: "start", dx: 5 }),
      Plot.ruleX([0]),
    ],
  });
}

/** One slice of the meta-analysis. */
export interface ShareBar {
  /** metric name */
  metric: string;
  /** percent of emergent task–metric pairs */
  percent: number;
  /** label text, e.g. "≈ 76 %" */
  label: string;
}

/**
 * Horizontal bars of the share of emergent task–metric pairs per metric, labelled.
 *
 * @param bars metric, percent and label
 * @returns a Plot SVG element
 * @throws {Error} if there are no bars
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shareFigure } from "./schaeffer.ts";
 * const el = shareFigure([{ metric: "multiple-choice grade", percent: 76, label: "≈ 76 %" }]);
 * assert.ok(el.outerHTML.includes("76"));
 * ```
 */
export function shareFigure(bars: readonly ShareBar[]): SVGSVGElement {
  if (bars.length === 0) throw new Error("shareFigure: no bars");
  return plot({
    marginLeft: 220,
    marginRight: 80,
    height: 60 + 52 * bars.length,
    x: { label: "share of emergent task–metric pairs (%) →", domain: [0, 100], grid: true },
    y: { label: null, domain: bars.map((b) => b.metric) },
    marks: [
      Plot.axisY({ lineWidth: 15, label: null }),
      Plot.barX(bars, { x: "percent", y: "metric", fill: "#555555" }),
      Plot.text(bars, { x: "percent", y: "metric", text: "label", textAnchor: "start", dx: 5 }),
      Plot.ruleX([0]),
    ],
  });
}
