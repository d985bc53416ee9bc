/**
 * Figures for chapter 5 (the Monte-Carlo simulator): a simulated ladder's per-token accuracy
 * and exact match with Wilson intervals, and the two sampling paths side by side. Thin
 * adapters from {@link ChainRow} to {@link metricLadderFigure}; no science is computed here.
 *
 * @module
 */
import type { ChainRow } from "../../sim/chain_simulation.ts";
import { metricLadderFigure } from "../../figures/metric_ladder.ts";
import type { PlotPoint } from "../../figures/point.ts";

/**
 * Turns simulated rows into figure points: per-token accuracy and exact match, each with its
 * Wilson interval, a "0/n" note on exact-match points with 0 successes (drawn as the upper end
 * of their interval, a bound), and optionally the
 * true p\^k.
 *
 * @param rows output of `simulateChain`
 * @param options `truth`: also add the true p\^k curve; `suffix`: appended to series names;
 *   `tokens`: include per-token accuracy (default true); `notes`: mark zeros (default true)
 * @returns the points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateChain } from "../../sim/chain_simulation.ts";
 * import { chainPoints } from "./figures.ts";
 * const pts = chainPoints(simulateChain({ xs: [19, 25], x0: 22, s: 1.5, k: 8, n: 100, seed: 1 }));
 * assert.ok(pts.some((p) => p.note === "0/100"));
 * ```
 */
export function chainPoints(
  rows: readonly ChainRow[],
  options: { truth?: boolean; suffix?: string; tokens?: boolean; notes?: boolean } = {},
): PlotPoint[] {
  const sfx = options.suffix ?? "";
  const pts: PlotPoint[] = [];
  if (options.tokens ?? true) {
    for (const r of rows) {
      pts.push({
        x: r.x,
        y: r.tokenAccuracy,
        series: `per-token accuracy${sfx}`,
        lower: r.tokenInterval.lower,
        upper: r.tokenInterval.upper,
      });
    }
  }
  for (const r of rows) {
    pts.push({
      x: r.x,
      y: r.exactMatch,
      series: `exact match, k = ${r.k}${sfx}`,
      lower: r.emInterval.lower,
      upper: r.emInterval.upper,
      note: r.emSuccesses === 0 && (options.notes ?? true) ? `0/${r.n}` : undefined,
    });
  }
  if (options.truth) {
    for (const r of rows) {
      pts.push({ x: r.x, y: r.expectedExactMatch, series: `true p^${r.k}` });
    }
  }
  return pts;
}

/**
 * Per-token accuracy and exact match of one simulated ladder, with Wilson intervals.
 *
 * @param rows output of `simulateChain`
 * @param options `truth`: also draw the true p\^k
 * @returns a Plot SVG element
 * @throws {Error} if there are no rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateChain } from "../../sim/chain_simulation.ts";
 * import { chainLadderFigure } from "./figures.ts";
 * const el = chainLadderFigure(simulateChain({ xs: [20, 22, 24], x0: 22, s: 1.5, k: 8, n: 200, seed: 1 }));
 * assert.ok(el.outerHTML.includes("per-token accuracy"));
 * ```
 */
export function chainLadderFigure(
  rows: readonly ChainRow[],
  options: { truth?: boolean } = {},
): SVGSVGElement {
  if (rows.length === 0) throw new Error("chainLadderFigure: no rows");
  const k = rows[0].k;
  return metricLadderFigure(chainPoints(rows, options), {
    xLabel: "log10 training compute (FLOPs) →",
    yLabel: "↑ accuracy",
    yDomain: [0, 1],
    // the true p^k is a curve without markers, so the measured points stay visible
    curves: [`true p^${k}`],
  });
}

/**
 * Exact match from the Monte-Carlo and the exact (binomial) path on the same ladder, each
 * with its Wilson interval, drawn slightly apart.
 *
 * @param monteCarlo rows from the `"monte-carlo"` path
 * @param exact rows from the `"exact"` path
 * @returns a Plot SVG element
 * @throws {Error} if either is empty
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateChain } from "../../sim/chain_simulation.ts";
 * import { pathsFigure } from "./figures.ts";
 * const a = { xs: [22, 23], x0: 22, s: 1.5, k: 8, n: 500 };
 * const el = pathsFigure(simulateChain({ ...a, seed: 1 }), simulateChain({ ...a, seed: 2, path: "exact" }));
 * assert.ok(el.outerHTML.includes("binomial path"));
 * ```
 */
export function pathsFigure(
  monteCarlo: readonly ChainRow[],
  exact: readonly ChainRow[],
): SVGSVGElement {
  if (monteCarlo.length === 0 || exact.length === 0) throw new Error("pathsFigure: no rows");
  return metricLadderFigure(
    [
      ...chainPoints(monteCarlo, { tokens: false, suffix: " (token draws)" }),
      ...chainPoints(exact, { tokens: false, suffix: " (binomial path)", notes: false }),
    ],
    {
      xLabel: "log10 training compute (FLOPs) →",
      yLabel: "↑ exact match",
      yDomain: [0, 1],
      dodge: 0.06,
    },
  );
}

/** The settings of a simulated ladder that its captions name. */
export interface LadderSettings {
  /** log10 compute where per-token accuracy is ½ */
  x0: number;
  /** sigmoid steepness per decade */
  s: number;
  /** PRNG seed of the simulation */
  seed: number;
}
