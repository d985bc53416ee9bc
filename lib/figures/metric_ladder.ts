/**
 * A metric over a model ladder: one curve per metric or task, with Wilson intervals, an open
 * marker for 0/n drawn at the interval's upper end, and a direct label at each curve's end.
 * Series are told apart by dash pattern, marker symbol and label; colour (Okabe–Ito) is only a
 * second cue. Used by the simulation and re-scoring chapters; it draws what it is given.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "./render.ts";
import { SERIES_COLOURS, SERIES_DASHES, textWidth } from "./style.ts";
import { endLabels, upperBoundMarks } from "./marks.ts";
import { maxOf, minOf } from "../math/extent.ts";
import { type PlotPoint, seriesNames, seriesPoints } from "./point.ts";

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
 * given; a point measured as 0 of n is drawn as the upper end of its interval, marked as a
 * bound (▽), with one note under the axis saying so.
 *
 * @param points the points of every series (series order = style order); a point with a
 *   `note` and an `upper` end is a score of 0 of n, drawn as a bound
 * @param options axis labels, domain, which series get lines, dodge
 * @returns a Plot SVG element
 * @throws {Error} if there are no points or more series than styles
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { metricLadderFigure } from "./metric_ladder.ts";
 * const el = metricLadderFigure([
 *   { x: 1, y: 0, series: "exact match", lower: 0, upper: 0.037, note: "0/100" },
 *   { x: 2, y: 0.5, series: "exact match", lower: 0.4, upper: 0.6 },
 * ], { xLabel: "x", yLabel: "y" });
 * assert.ok(el.outerHTML.includes("exact match") && el.outerHTML.includes("▽ = 0/100"));
 * ```
 */
export function metricLadderFigure(
  points: readonly PlotPoint[],
  options: MetricLadderOptions,
): SVGSVGElement {
  if (points.length === 0) throw new Error("metricLadderFigure: no points");
  const series = seriesNames(points);
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
  const notes: { series: string; text: string }[] = [];
  series.forEach((s, i) => {
    const d = seriesPoints(data, s);
    const style = {
      stroke: SERIES_COLOURS[i % SERIES_COLOURS.length],
      strokeDasharray: SERIES_DASHES[i % SERIES_DASHES.length],
    };
    if (withLines.includes(s)) {
      marks.push(Plot.line(d, { x: "xd", y: "y", strokeWidth: 1.8, ...style }));
    }
    // 0 of n: no dot at 0 but the upper end of its interval, marked as a bound
    const zeros = d.filter((p) => p.note !== undefined && p.upper !== undefined);
    const values = d.filter((p) => !zeros.includes(p));
    const bars = values.filter((p) => p.lower !== undefined && p.upper !== undefined);
    if (bars.length > 0) {
      marks.push(
        Plot.ruleX(bars, {
          x: "xd",
          y1: "lower",
          y2: "upper",
          stroke: style.stroke,
          strokeWidth: 1.5,
        }),
      );
    }
    if (!(options.curves ?? []).includes(s)) {
      marks.push(
        Plot.dot(values, {
          x: "xd",
          y: "y",
          symbol: () => SYMBOLS[i],
          r: 3.5,
          stroke: style.stroke,
          fill: i % 2 === 0 ? style.stroke : "white",
        }),
      );
    }
    if (zeros.length > 0) {
      marks.push(
        ...upperBoundMarks(zeros, { x: "xd", y: "upper", floor: 0, stroke: style.stroke }),
      );
      const n = /\/(\d+)/.exec(zeros[0].note!)?.[1] ?? "n";
      notes.push({
        series: s,
        text: `▽ = 0/${n}, drawn at its 95 % upper bound ${
          Number(zeros[0].upper!.toPrecision(2))
        }, not a value`,
      });
    }
  });
  // Curve names at the right ends, pushed apart so none overlaps another.
  const domain = options.yDomain ??
    [
      Math.min(0, minOf(data.map((p) => p.lower ?? p.y))),
      maxOf(data.map((p) => p.upper ?? p.y)),
    ];
  const height = 400;
  const marginBottom = notes.length > 0 ? 58 + 16 * notes.length : 44;
  const maxX = maxOf(data.map((p) => p.xd));
  marks.push(
    ...endLabels(
      series.map((s, i) => {
        const last = seriesPoints(data, s).at(-1)!;
        return {
          text: s,
          x: last.xd,
          y: last.y,
          fill: SERIES_COLOURS[i % SERIES_COLOURS.length],
        };
      }),
      { domain: domain as [number, number], height, marginTop: 30, marginBottom },
      8,
      maxX,
    ),
  );
  // One note per series with zeros, under the x axis, where no curve can run into it.
  notes.forEach((note, j) =>
    marks.push(
      Plot.text([notes.length > 1 ? `${note.series}: ${note.text}` : note.text], {
        text: (t: string) => t,
        frameAnchor: "bottom-left",
        dy: 52 + 16 * j,
        textAnchor: "start",
      }),
    )
  );
  return plot({
    marginRight: Math.max(options.marginRight ?? 0, maxOf(series.map((s) => textWidth(s) + 16))),
    marginTop: 30,
    marginBottom,
    x: { label: options.xLabel, grid: true },
    y: { label: options.yLabel, grid: true, domain: options.yDomain },
    symbol: { range: [...SYMBOLS] },
    marks,
  });
}
