/**
 * Figures of the model-ladder chapter (chapter 10). Each function takes rows already
 * computed by `lib/chapters/model-ladder/analysis.ts` and draws them; curves are told apart by dash pattern
 * and a direct text label, with Okabe–Ito colours only as a second cue. No legends, no titles.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { baseOptions, plot } from "../../figures/render.ts";
import {
  label,
  LIGHT_GREY,
  OKABE_ITO,
  SERIES_COLOURS as COLOURS,
  SERIES_DASHES as DASHES,
  SERIES_WIDTHS,
  textWidth,
} from "../../figures/style.ts";
import { spreadLabels, type VerticalScale } from "../../figures/marks.ts";
import { maxOf, minOf } from "../../math/extent.ts";

/** One point of a labelled series. */
export interface SeriesPoint {
  /** x value (parameters, compute or step) */
  x: number;
  /** y value */
  y: number;
  /** series name, shown as the label */
  series: string;
  /** optional lower end of an interval */
  lower?: number;
  /** optional upper end of an interval */
  upper?: number;
}

/**
 * The series of a figure's points, in the order they first appear.
 *
 * @param points the plotted points
 * @returns each series name once
 */
export function seriesOrder(points: readonly SeriesPoint[]): string[] {
  return [...new Set(points.map((p) => p.series))];
}

/** Where to put one series' label instead of its last point. */
export interface LabelPlacement {
  /** anchor x */
  x: number;
  /** anchor y */
  y: number;
  /** text anchor: "start" writes to the right of the point, "end" to the left */
  anchor: "start" | "end";
  /** vertical pixel offset */
  dy?: number;
}

function lineMarks(
  points: readonly SeriesPoint[],
  scale: VerticalScale,
  labelDy: Record<string, number> = {},
  placements: Record<string, LabelPlacement> = {},
): Plot.Markish[] {
  const names = seriesOrder(points);
  if (names.length === 0) throw new Error("no points to draw");
  if (names.length > DASHES.length) {
    throw new Error(`at most ${DASHES.length} series, got ${names.length}`);
  }
  const marks: Plot.Markish[] = [];
  const maxX = maxOf(points.map((p) => p.x));
  // End labels sit in the right margin at the level where each line ends, pushed apart so
  // none overlaps another; a line that ends early gets a faint dotted leader to its label.
  const ends = names.map((name) => points.filter((p) => p.series === name).at(-1)!);
  const free = names.filter((n) => !placements[n]);
  const spread = spreadLabels(free.map((n) => ends[names.indexOf(n)].y), scale);
  names.forEach((name, i) => {
    const data = points.filter((p) => p.series === name);
    const withCi = data.filter((p) => p.lower !== undefined && p.upper !== undefined);
    if (withCi.length > 0) {
      marks.push(
        Plot.ruleX(withCi, {
          x: "x",
          y1: "lower",
          y2: "upper",
          stroke: COLOURS[i],
          strokeWidth: 1.5,
        }),
      );
    }
    marks.push(
      Plot.line(data, {
        x: "x",
        y: "y",
        stroke: COLOURS[i],
        strokeWidth: SERIES_WIDTHS[i],
        strokeDasharray: DASHES[i],
      }),
      Plot.dot(data, { x: "x", y: "y", fill: COLOURS[i], r: 2.5 }),
    );
    const last = ends[i];
    const placed = placements[name];
    if (placed) {
      marks.push(label([placed], {
        x: "x",
        y: "y",
        text: () => name,
        textAnchor: placed.anchor,
        dx: placed.anchor === "start" ? 7 : -7,
        dy: placed.dy ?? 0,
        fill: COLOURS[i],
      }));
      return;
    }
    if (last.x < maxX) {
      marks.push(Plot.link([last], {
        x1: "x",
        y1: "y",
        x2: () => maxX,
        y2: "y",
        stroke: LIGHT_GREY,
        strokeDasharray: "1,3",
        ariaDescription: "backdrop leader",
      }));
    }
    marks.push(label([{ x: maxX, y: last.y }], {
      x: "x",
      y: "y",
      text: () => name,
      dx: 8,
      dy: spread[free.indexOf(name)] + (labelDy[name] ?? 0),
      fill: COLOURS[i],
    }));
  });
  return marks;
}

/**
 * Metric curves against a log-scaled x (parameters, compute or steps), one labelled line per
 * series, optional interval bars (e.g. Wilson intervals).
 *
 * @param points the series
 * @param axes axis labels, y domain, log y, label offsets per series
 * @returns a Plot SVG element
 * @throws {Error} if there are no points or more than seven series
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderLinesFigure } from "./figures.ts";
 * const el = ladderLinesFigure(
 *   [{ x: 1e3, y: 0, series: "EM" }, { x: 1e4, y: 1, series: "EM", lower: 0.9, upper: 1 }],
 *   { x: "parameters", y: "accuracy" },
 * );
 * assert.ok(el.outerHTML.includes("<svg"));
 * ```
 */
export function ladderLinesFigure(
  points: readonly SeriesPoint[],
  axes: {
    x: string;
    y: string;
    yDomain?: [number, number];
    logY?: boolean;
    labelDy?: Record<string, number>;
    labels?: Record<string, LabelPlacement>;
    marginRight?: number;
  },
): SVGSVGElement {
  const ys = points.flatMap((p) => [p.y, p.lower ?? p.y, p.upper ?? p.y]);
  const base = baseOptions();
  const scale: VerticalScale = {
    domain: axes.yDomain ??
      (axes.logY ? [minOf(ys), maxOf(ys)] : [Math.min(0, minOf(ys)), maxOf(ys)]),
    height: base.height!,
    marginTop: base.marginTop!,
    marginBottom: base.marginBottom!,
    log: axes.logY,
  };
  const widest = maxOf(seriesOrder(points).map((n) => textWidth(n)));
  return plot({
    marginRight: Math.max(axes.marginRight ?? 0, widest + 16),
    marginLeft: 60,
    x: { type: "log", label: axes.x, grid: true },
    y: {
      type: axes.logY ? "log" : "linear",
      label: axes.y,
      grid: true,
      ...(axes.logY ? { tickFormat: "~g" } : {}),
      ...(axes.yDomain ? { domain: axes.yDomain } : {}),
    },
    marks: [
      ...(axes.logY ? [] : [Plot.ruleY([0])]),
      ...lineMarks(points, scale, axes.labelDy, axes.labels),
    ],
  });
}

/** A measured series with a fitted curve over a window and its extrapolation. */
export interface ExtrapolationFigureData {
  /** measured (x, y) over the whole run */
  measured: { x: number; y: number }[];
  /** fitted curve evaluated on a grid from the window start to the run's end */
  fitted: { x: number; y: number }[];
  /** first x used by the fit */
  windowStart: number;
  /** last x used by the fit */
  windowEnd: number;
}

/**
 * Measured NLL against steps (log–log) with the power law fitted to the early window,
 * extended to the end of the run; the window is shaded.
 *
 * @param d measured points, fitted curve and window end
 * @returns a Plot SVG element
 * @throws {Error} if there are no measured points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderExtrapolationFigure } from "./figures.ts";
 * const el = ladderExtrapolationFigure({
 *   measured: [{ x: 10, y: 2 }, { x: 100, y: 1 }, { x: 1000, y: 0.1 }],
 *   fitted: [{ x: 10, y: 2 }, { x: 1000, y: 1.5 }],
 *   windowStart: 10,
 *   windowEnd: 100,
 * });
 * assert.ok(el.outerHTML.includes("stroke-dasharray"));
 * ```
 */
export function ladderExtrapolationFigure(d: ExtrapolationFigureData): SVGSVGElement {
  if (d.measured.length === 0) throw new Error("no measured points");
  const lastM = d.measured[d.measured.length - 1];
  const lastF = d.fitted[d.fitted.length - 1];
  return plot({
    marginRight: 150,
    marginLeft: 60,
    x: { type: "log", label: "optimizer steps →", grid: true },
    y: { type: "log", label: "↑ mean answer-token NLL (nats)", grid: true, tickFormat: "~g" },
    marks: [
      Plot.rectX([{ x1: d.windowStart, x2: d.windowEnd }], {
        x1: "x1",
        x2: "x2",
        fill: LIGHT_GREY,
        fillOpacity: 0.4,
        ariaDescription: "backdrop window",
      }),
      Plot.line(d.measured, { x: "x", y: "y", stroke: OKABE_ITO.black, strokeWidth: 2.5 }),
      Plot.dot(d.measured, { x: "x", y: "y", fill: OKABE_ITO.black, r: 2.5 }),
      Plot.line(d.fitted, {
        x: "x",
        y: "y",
        stroke: OKABE_ITO.vermillion,
        strokeWidth: 2,
        strokeDasharray: "8,4",
      }),
      label([lastM], { x: "x", y: "y", text: () => "measured", dx: 7 }),
      // The fit's label goes well above the dashed line's end, right-aligned to it, clear of
      // the measured curve where the two still run together.
      label([lastF], {
        x: "x",
        y: "y",
        text: () => "power law fitted in the grey window",
        textAnchor: "end",
        dy: -30,
        fill: OKABE_ITO.vermillion,
      }),
    ],
  });
}
