/**
 * Shared drawing for the argument chapters: several curves told apart by line style (dash
 * pattern and width) and a direct text label each, never by colour alone. Colours, dashes and
 * widths come from the book's style module (`style.ts`); colour is only a second cue.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";

import { label, SERIES_COLOURS, SERIES_DASHES, SERIES_WIDTHS } from "./style.ts";
export { SERIES_COLOURS, SERIES_DASHES };

/** A label for one series, placed at a data point. */
export interface SeriesLabel {
  /** series name (the label text) */
  series: string;
  /** x of the anchor */
  x: number;
  /** y of the anchor */
  y: number;
  /** text anchor */
  anchor?: "start" | "middle" | "end";
  /** pixel offsets */
  dx?: number;
  /** pixel offsets */
  dy?: number;
}

/**
 * Line marks for series in `points[seriesKey]`, in the order given by `series`, each with its
 * own dash pattern, width and colour, plus one text mark per label.
 *
 * @param points data points
 * @param keys field names: x, y and the series field (`PLOT_POINT_KEYS` from `point.ts` for
 *   `PlotPoint`s)
 * @param series the series names in style order
 * @param labels where to put each series' label
 * @returns Plot marks
 * @throws {Error} if a series has no points or more series than styles are given
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { styledLines } from "./styled_lines.ts";
 * const marks = styledLines([{ x: 0, y: 0, s: "a" }, { x: 1, y: 1, s: "a" }],
 *   { x: "x", y: "y", series: "s" }, ["a"], [{ series: "a", x: 1, y: 1 }]);
 * assert.equal(marks.length, 2);
 * ```
 */
export function styledLines<T extends object>(
  points: readonly T[],
  keys: { x: string; y: string; series: string },
  series: readonly string[],
  labels: readonly SeriesLabel[],
): Plot.Markish[] {
  if (series.length > SERIES_DASHES.length) {
    throw new Error(`at most ${SERIES_DASHES.length} series, got ${series.length}`);
  }
  const marks: Plot.Markish[] = series.map((name, i) => {
    const data = points.filter((p) => (p as Record<string, unknown>)[keys.series] === name);
    if (data.length === 0) throw new Error(`series ${JSON.stringify(name)} has no points`);
    return Plot.line(data, {
      x: keys.x,
      y: keys.y,
      stroke: SERIES_COLOURS[i],
      strokeWidth: SERIES_WIDTHS[i],
      strokeDasharray: SERIES_DASHES[i],
    });
  });
  for (const l of labels) {
    const i = series.indexOf(l.series);
    marks.push(
      label([l], {
        x: "x",
        y: "y",
        text: () => l.series,
        textAnchor: l.anchor ?? "start",
        dx: l.dx ?? 6,
        dy: l.dy ?? 0,
        fill: SERIES_COLOURS[Math.max(0, i)],
      }),
    );
  }
  return marks;
}
