/**
 * Figure for the starter chapter: per-token accuracy and exact match over log-compute.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "./render.ts";
import { perTokenAccuracy } from "../math/sigmoid.ts";
import { exactMatch } from "../math/chain.ts";
import { positiveInteger } from "../validate.ts";

/** One point of the starter curves. */
export interface StarterPoint {
  /** log10 compute */
  x: number;
  /** metric value */
  value: number;
  /** which metric */
  metric: string;
}

/**
 * Samples per-token accuracy and exact match on an even grid of log-compute.
 *
 * @param k chain length
 * @param x0 midpoint of the per-token sigmoid (log10 FLOPs)
 * @param s steepness per decade
 * @param from first log10 compute
 * @param to last log10 compute
 * @param steps number of intervals
 * @returns points for both metrics
 * @throws {RangeError} on a bad k, x0 or s
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { starterCurves } from "./starter.ts";
 * const pts = starterCurves(4, 22, 1.5, 20, 25, 10);
 * assert.ok(pts.length === 22);
 * ```
 */
export function starterCurves(
  k: number,
  x0: number,
  s: number,
  from = 19,
  to = 26,
  steps = 140,
): StarterPoint[] {
  positiveInteger("k", k);
  positiveInteger("steps", steps);
  const points: StarterPoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const x = from + ((to - from) * i) / steps;
    const p = perTokenAccuracy(x, x0, s);
    points.push({ x, value: p, metric: "per-token accuracy p" });
    points.push({ x, value: exactMatch(p, k), metric: `exact match p^${k}` });
  }
  return points;
}

/**
 * Line chart of the two metrics: per-token dashed, exact match solid, each labelled at its
 * right end (no legend, no reliance on colour).
 *
 * @param points output of {@link starterCurves}
 * @returns a Plot SVG element
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { starterCurves, starterFigure } from "./starter.ts";
 * const el = starterFigure(starterCurves(4, 22, 1.5));
 * assert.ok(el.outerHTML.includes("stroke-dasharray"));
 * ```
 */
export function starterFigure(points: StarterPoint[]): SVGSVGElement {
  const metrics = [...new Set(points.map((p) => p.metric))];
  // Label each curve where the two are far apart: the per-token curve left of it at 0.8, the
  // exact-match curve right of it at 0.3, so the labels never overlap.
  const labelAt = (m: string, level: number) =>
    points.find((p) => p.metric === m && p.value >= level) ??
      points.filter((p) => p.metric === m).at(-1)!;
  const last = [labelAt(metrics[0], 0.8), labelAt(metrics[1], 0.3)];
  return plot({
    marginRight: 30,
    x: { label: "log10 training compute (FLOPs) →", grid: true },
    y: { label: "↑ accuracy", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0]),
      ...metrics.map((m, i) =>
        Plot.line(points.filter((p) => p.metric === m), {
          x: "x",
          y: "value",
          stroke: i === 0 ? "#1b7837" : "#b2182b",
          strokeWidth: 2,
          strokeDasharray: i === 0 ? "6,4" : undefined,
        })
      ),
      ...last.map((d, i) =>
        Plot.text([d], {
          x: "x",
          y: "value",
          text: "metric",
          textAnchor: i === 0 ? "end" : "start",
          dx: i === 0 ? -8 : 8,
          fontSize: 12,
        })
      ),
    ],
  });
}
