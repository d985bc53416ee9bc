/**
 * The book's one plotted-point type: a point of a named series, with an optional 95 % interval
 * and an optional note. Curve and table functions that feed a figure return it; the figure
 * modules draw it. Rows that carry many named columns (a table row, a simulated model) keep
 * their own types and are turned into points where they are drawn.
 *
 * @module
 */

/** One point of one series of a figure. */
export interface PlotPoint {
  /** horizontal position: usually log10 training compute (FLOPs) or log10 parameters; for a
   * curve against per-token accuracy, p itself */
  x: number;
  /** vertical position: the plotted value (an accuracy, a slope, a loss …) */
  y: number;
  /** the series the point belongs to; figures use it as the curve's label, so it is written
   * as the reader should see it (e.g. `"k = 8"`, `"per-token accuracy p"`) */
  series: string;
  /** lower end of the 95 % interval of `y`, when `y` is a measured proportion */
  lower?: number;
  /** upper end of the 95 % interval of `y` */
  upper?: number;
  /** a note on the point; `"0/n"` marks a score of 0 of n, which figures draw at `upper`, the
   * end of its interval, as a bound rather than a value */
  note?: string;
}

/** The field names of a {@link PlotPoint}, for drawing helpers that take field names (such as
 * `styledLines`). */
export const PLOT_POINT_KEYS: Readonly<{ x: "x"; y: "y"; series: "series" }> = Object.freeze({
  x: "x",
  y: "y",
  series: "series",
});

/**
 * The series names of some points, in the order they first appear (the order figures give
 * their styles in).
 *
 * @param points plotted points
 * @returns distinct series names
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { seriesNames } from "./point.ts";
 * const pts = [{ x: 0, y: 0, series: "b" }, { x: 0, y: 1, series: "a" }, { x: 1, y: 1, series: "b" }];
 * assert.deepEqual(seriesNames(pts), ["b", "a"]);
 * ```
 */
export function seriesNames(points: readonly PlotPoint[]): string[] {
  return [...new Set(points.map((p) => p.series))];
}

/**
 * The points of one series, in their given order.
 *
 * @param points plotted points
 * @param series the series name
 * @returns that series' points (empty if it has none)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { seriesPoints } from "./point.ts";
 * const pts = [{ x: 0, y: 0, series: "b" }, { x: 0, y: 1, series: "a" }, { x: 1, y: 1, series: "b" }];
 * assert.deepEqual(seriesPoints(pts, "b").map((p) => p.x), [0, 1]);
 * ```
 */
export function seriesPoints<P extends PlotPoint>(points: readonly P[], series: string): P[] {
  return points.filter((p) => p.series === series);
}

/**
 * Points grouped by series, the series in the order they first appear.
 *
 * @param points plotted points
 * @returns a map from series name to its points, in their given order
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { groupBySeries } from "./point.ts";
 * const groups = groupBySeries([{ x: 0, y: 0, series: "b" }, { x: 0, y: 1, series: "a" }]);
 * assert.deepEqual([...groups.keys()], ["b", "a"]);
 * ```
 */
export function groupBySeries<P extends PlotPoint>(points: readonly P[]): Map<string, P[]> {
  const groups = new Map<string, P[]>();
  for (const p of points) {
    const group = groups.get(p.series);
    if (group) group.push(p);
    else groups.set(p.series, [p]);
  }
  return groups;
}
