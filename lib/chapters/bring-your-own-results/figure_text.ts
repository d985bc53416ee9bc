/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import type { LadderPoint } from "../../metrics/ladder_metric.ts";
import { maxOf } from "../../math/extent.ts";
import { countWord, type FigureText, shortExponent } from "../../figures/text.ts";

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
 * import { ladderAccuracyText } from "./figure_text.ts";
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
  const rest = points.slice(1).map((p) => `${p.value.toFixed(2)} at ${shortExponent(p.compute)}`);
  return {
    caption: "The example ladder's LAMBADA accuracy against compute 6·N·D, with 95 % Wilson " +
      `intervals (n = ${(points[0].n ?? 0).toLocaleString("en-US")}, recovered from the files).`,
    alt:
      `${countWord(points.length)} points rising from ${points[0].value.toFixed(2)} at ${
        shortExponent(points[0].compute)
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
 * import { ladderPerplexityText } from "./figure_text.ts";
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
