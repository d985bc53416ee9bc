/**
 * Figure for the starter chapter: per-token accuracy and exact match over log-compute.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "./render.ts";
import { label, seriesStyle } from "./style.ts";
import { perTokenAccuracy } from "../math/sigmoid.ts";
import { exactMatch } from "../math/chain.ts";
import { positiveInteger } from "../validate.ts";
import { rangeGrid } from "../math/grid.ts";

/** One point of the starter curves. */
export interface StarterPoint {
  /** log10 compute */
  x: number;
  /** an accuracy in [0, 1] */
  value: number;
  /** series label: `"per-token accuracy p"` or the exact-match label with its k */
  metric: string;
}

/**
 * Samples per-token accuracy and exact match on an even grid of log-compute.
 *
 * @param k chain length, or several (one exact-match curve each)
 * @param x0 midpoint of the per-token sigmoid (log10 FLOPs)
 * @param s steepness per decade
 * @param from first log10 compute
 * @param to last log10 compute
 * @param steps number of intervals
 * @returns points for both metrics
 * @throws {RangeError} on a bad k, x0 or s, a non-finite from or to, from ≥ to, or bad steps
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { starterCurves } from "./starter.ts";
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
): StarterPoint[] {
  const ks = typeof k === "number" ? [k] : [...k];
  ks.forEach((kk, i) => positiveInteger(ks.length > 1 ? `k[${i}]` : "k", kk));
  const points: StarterPoint[] = [];
  for (const x of rangeGrid(from, to, steps, "starterCurves")) {
    const p = perTokenAccuracy(x, x0, s);
    points.push({ x, value: p, metric: "per-token accuracy p" });
    for (const kk of ks) {
      points.push({ x, value: exactMatch(p, kk), metric: `exact match p^${kk}` });
    }
  }
  return points;
}

/**
 * Line chart of per-token accuracy (dashed) and exact match for one or more chain lengths
 * (solid, then dotted …), each labelled directly in the right margin; no legend, no reliance
 * on colour.
 *
 * @param points output of {@link starterCurves}
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { starterCurves, starterFigure } from "./starter.ts";
 * const el = starterFigure(starterCurves([4, 20], 22, 1.5));
 * assert.ok(el.outerHTML.includes("stroke-dasharray") && el.outerHTML.includes("p^20"));
 * ```
 */
export function starterFigure(points: StarterPoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("starterFigure: no points");
  const metrics = [...new Set(points.map((p) => p.metric))];
  // exact match solid (then dotted for a longer chain), per-token dashed
  const styleOf = (i: number) =>
    i === 0 ? seriesStyle(1) : i === 1 ? seriesStyle(0) : seriesStyle(2);
  const ends = metrics.map((m) => points.filter((p) => p.metric === m).at(-1)!);
  // Each label sits beside its curve where the neighbouring curve is far away: per-token
  // accuracy left of its curve at 0.75, the first exact-match curve left of its curve at 0.12
  // (the per-token curve is well left there), a longer chain right of its curve at 0.5.
  const place = (i: number) =>
    i === 0
      ? { level: 0.75, anchor: "end" as const }
      : i === 1
      ? { level: 0.12, anchor: "end" as const }
      : { level: 0.5, anchor: "start" as const };
  const at = (m: string, level: number) =>
    points.find((p) => p.metric === m && p.value >= level) ?? ends[metrics.indexOf(m)];
  return plot({
    marginRight: 30,
    x: { label: "log10 training compute (FLOPs) →", grid: true },
    y: { label: "↑ accuracy", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0]),
      ...metrics.map((m, i) =>
        Plot.line(points.filter((p) => p.metric === m), { x: "x", y: "value", ...styleOf(i) })
      ),
      ...metrics.map((m, i) =>
        label([at(m, place(i).level)], {
          x: "x",
          y: "value",
          text: "metric",
          textAnchor: place(i).anchor,
          dx: place(i).anchor === "end" ? -8 : 8,
          fill: styleOf(i).stroke,
        })
      ),
    ],
  });
}
