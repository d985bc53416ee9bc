/**
 * The starter chapter's curves: per-token accuracy and exact match over log-compute, sampled
 * for its figure.
 *
 * @module
 */
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import { exactMatch } from "../../math/exact_match.ts";
import { positiveInteger } from "../../validate.ts";
import { rangeGrid } from "../../math/grid.ts";
import type { PlotPoint } from "../../figures/point.ts";

/**
 * Samples per-token accuracy and exact match on an even grid of log-compute.
 *
 * @param k chain length, or several (one exact-match curve each)
 * @param x0 midpoint of the per-token sigmoid (log10 FLOPs)
 * @param s steepness per decade
 * @param from first log10 compute
 * @param to last log10 compute
 * @param steps number of intervals
 * @returns points for both metrics: x log10 compute, y the metric, series its name
 * @throws {RangeError} on a bad k, x0 or s, a non-finite from or to, from ≥ to, or bad steps
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { starterCurves } from "./curves.ts";
 * const pts = starterCurves(4, 22, 1.5, 20, 25, 10);
 * assert.ok(pts.length === 22);
 * ```
 */
export function starterCurves(
  k: number | readonly number[],
  x0: number,
  s: number,
  from = 19,
  to = 26,
  steps = 140,
): PlotPoint[] {
  const ks = typeof k === "number" ? [k] : [...k];
  ks.forEach((kk, i) => positiveInteger(ks.length > 1 ? `k[${i}]` : "k", kk));
  const points: PlotPoint[] = [];
  for (const x of rangeGrid(from, to, steps, "starterCurves")) {
    const p = perTokenAccuracy(x, x0, s);
    points.push({ x, y: p, series: "per-token accuracy p" });
    for (const kk of ks) {
      points.push({ x, y: exactMatch(p, kk), series: `exact match p^${kk}` });
    }
  }
  return points;
}
