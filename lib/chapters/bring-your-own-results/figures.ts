/**
 * Figure for chapter 13: a ladder of evaluated models on one compute axis.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { pointLabels } from "../../figures/marks.ts";
import type { LadderPoint } from "../../metrics/ladder_metric.ts";

/**
 * A ladder of evaluated models (chapter 13): the discrete metric with Wilson intervals
 * (solid) and, if given, the continuous metric as −ln(perplexity) on a second figure call.
 *
 * @param points ladder points of one metric
 * @param yLabel axis label
 * @param dashed draw the line dashed (use for the continuous metric)
 * @param logY logarithmic y axis (for perplexity)
 * @returns a Plot SVG element
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderFigure } from "./figures.ts";
 * const el = ladderFigure([{ model: "a", compute: 1e20, logCompute: 20, value: 0.2, stderr: null, n: 100,
 *   interval: { successes: 20, n: 100, estimate: 0.2, lower: 0.13, upper: 0.29 } }], "↑ accuracy", false);
 * assert.ok(el.outerHTML.startsWith("<svg"));
 * ```
 */
export function ladderFigure(
  points: LadderPoint[],
  yLabel: string,
  dashed: boolean,
  logY = false,
): SVGSVGElement {
  const pts = points.map((p) => ({
    model: p.model,
    x: p.logCompute,
    y: p.value,
    lo: p.interval?.lower ?? p.value,
    hi: p.interval?.upper ?? p.value,
  }));
  return plot({
    height: 320,
    marginLeft: 50,
    x: { label: "log10 training compute 6·N·D (FLOPs) →", grid: true, inset: 16 },
    y: { label: yLabel, grid: true, type: logY ? "log" : "linear", inset: 24 },
    marks: [
      Plot.line(pts, {
        x: "x",
        y: "y",
        strokeWidth: 2,
        strokeDasharray: dashed ? "6,4" : undefined,
      }),
      Plot.ruleX(pts, { x: "x", y1: "lo", y2: "hi", strokeWidth: 3 }),
      Plot.dot(pts, {
        x: "x",
        y: "y",
        r: 3.5,
        fill: dashed ? "white" : "currentColor",
        stroke: "currentColor",
      }),
      ...pointLabels(pts, {
        x: "x",
        y: "y",
        text: "model",
        trend: pts.length > 1 && pts[pts.length - 1].y < pts[0].y ? "falling" : "rising",
      }),
    ],
  });
}
