/**
 * Figure for chapter 12: a ladder of evaluated models on one compute axis.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { pointLabels } from "../../figures/marks.ts";
import type { LadderPoint } from "../../metrics/ladder_metric.ts";
import { maxOf } from "../../math/extent.ts";
import { countWord, type FigureText } from "../../figures/text.ts";

/**
 * A ladder of evaluated models (chapter 12): the discrete metric with Wilson intervals
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

/** `x` in the short exponent form of the captions, e.g. 1.3e20. */
function sci(x: number): string {
  const e = Math.floor(Math.log10(x));
  return `${Number((x / 10 ** e).toPrecision(2))}e${e}`;
}

/**
 * Caption and alt text of the example ladder's accuracy figure ({@link ladderFigure}), with
 * every point's value and compute and the tallest interval, read from the points.
 *
 * @param points the points drawn, by compute
 * @returns caption and alt text
 * @throws {Error} if a point has no interval
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderAccuracyText } from "./figures.ts";
 * const point = (compute: number, successes: number, lower: number, upper: number) => ({
 *   model: "m", compute, logCompute: Math.log10(compute), value: successes / 100, stderr: null, n: 100,
 *   interval: { successes, n: 100, estimate: successes / 100, lower, upper },
 * });
 * const t = ladderAccuracyText([point(1e20, 20, 0.13, 0.29), point(1e21, 50, 0.40, 0.60)]);
 * assert.equal(t.alt, "Two points rising from 0.20 at 1e20 FLOPs to 0.50 at 1e21; the interval bars are at most 20.0 points tall.");
 * ```
 */
export function ladderAccuracyText(points: readonly LadderPoint[]): FigureText {
  const tall = points.map((p) => {
    if (!p.interval) throw new Error(`ladderAccuracyText: ${p.model} has no interval`);
    return p.interval.upper - p.interval.lower;
  });
  const rest = points.slice(1).map((p) => `${p.value.toFixed(2)} at ${sci(p.compute)}`);
  return {
    caption: "The example ladder's LAMBADA accuracy against compute 6·N·D, with 95 % Wilson " +
      `intervals (n = ${(points[0].n ?? 0).toLocaleString("en-US")}, recovered from the files).`,
    alt:
      `${countWord(points.length)} points rising from ${points[0].value.toFixed(2)} at ${
        sci(points[0].compute)
      } FLOPs${rest.length ? ` to ${rest.join(" and ")}` : ""}; ` +
      `the interval bars are at most ${(100 * maxOf(tall)).toFixed(1)} points tall.`,
  };
}

/**
 * Caption and alt text of the example ladder's perplexity figure, with every point's value.
 *
 * @param points the points drawn, by compute
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderPerplexityText } from "./figures.ts";
 * const p = (value: number) => ({ model: "a", compute: 1e20, logCompute: 20, value, stderr: null, n: null, interval: null });
 * assert.ok(ladderPerplexityText([p(142.4), p(10.8)]).alt.startsWith("Two points falling from 142 to 10.8"));
 * ```
 */
export function ladderPerplexityText(points: readonly LadderPoint[]): FigureText {
  const v = points.map((p) => Number(p.value.toPrecision(3)).toString());
  return {
    caption: "The same ladder's LAMBADA perplexity against compute, log scale (dashed line, " +
      "hollow dots). The harness gives no count-based interval for perplexity.",
    alt: `${countWord(points.length)} points falling from ${v[0]} to ${
      v.slice(1).join(" and ")
    }, a bend in the log–log plot between the first and second rungs.`,
  };
}
