/**
 * The eight-scale walkthrough: 4-digit addition (k = 4) with per-token accuracy
 * p = σ(1.5·(x − 22)) at eight log-compute values, the three metrics at each scale, and their
 * fold-changes across the range.
 *
 * @module
 */
import { exactMatch, logExactMatch } from "../../math/exact_match.ts";
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import { meanTokenLogLikelihood } from "../../math/loglik.ts";
import { finite, positive, positiveInteger } from "../../validate.ts";
import { rangeGrid } from "../../math/grid.ts";
import type { PlotPoint } from "../../figures/point.ts";

/** log10 compute of chapter 4's eight checkpoints (half-decade steps in the middle). */
export const SCALE_XS: readonly number[] = [20, 21, 22, 22.5, 23, 23.5, 24, 25];
/** Chapter 4's per-token model: midpoint x0 = 22 (10²² FLOPs), steepness s = 1.5 per decade. */
export const SCALE_MODEL: Readonly<{ x0: number; s: number; k: number }> = Object.freeze({
  x0: 22,
  s: 1.5,
  k: 4,
});

/** The three metrics at one scale. */
export interface ScaleRow {
  /** log10 training compute */
  x: number;
  /** sigmoid argument (x − x0)·s */
  z: number;
  /** per-token accuracy p */
  p: number;
  /** exact match p\^k */
  em: number;
  /** natural log of exact match, k·ln p (never underflows) */
  logEm: number;
  /** mean token log-likelihood ln p (the "token log-likelihood" column) */
  logLik: number;
}

/**
 * The three metrics at each log-compute value.
 *
 * @param k chain length
 * @param xs log10 compute values
 * @param x0 sigmoid midpoint
 * @param s steepness per decade, > 0
 * @returns one row per x, in the given order
 * @throws {RangeError} on a bad k, s, x0, an empty xs or a non-finite x (named by index)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scaleRows } from "./tables.ts";
 * const rows = scaleRows(4, [22]);
 * assert.equal(rows[0].p, 0.5);
 * assert.equal(rows[0].em, 0.0625);
 * ```
 */
export function scaleRows(
  k: number = SCALE_MODEL.k,
  xs: readonly number[] = SCALE_XS,
  x0: number = SCALE_MODEL.x0,
  s: number = SCALE_MODEL.s,
): ScaleRow[] {
  positiveInteger("k", k);
  finite("x0", x0);
  positive("s", s);
  if (xs.length === 0) throw new RangeError("xs must not be empty");
  return xs.map((x, i) => {
    finite(`xs[${i}]`, x);
    const p = perTokenAccuracy(x, x0, s);
    return {
      x,
      z: (x - x0) * s,
      p,
      em: exactMatch(p, k),
      logEm: logExactMatch(p, k),
      logLik: meanTokenLogLikelihood(p),
    };
  });
}

/** How much each metric changes from the first row to the last. */
export interface FoldChanges {
  /** p_last / p_first */
  perToken: number;
  /** EM_last / EM_first (computed in log space) */
  exactMatch: number;
  /** |ln p_first| / |ln p_last|: how many times smaller the log-likelihood's magnitude gets */
  logLikMagnitude: number;
}

/**
 * Fold-changes across a table: ratios of last to first (for log-likelihood, the shrink factor
 * of its magnitude, since the value itself is negative and rises towards 0).
 *
 * @param rows output of {@link scaleRows}, at least two rows
 * @returns the three fold-changes
 * @throws {RangeError} if there are fewer than two rows or a ratio is undefined (p = 0 or 1)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { foldChanges, scaleRows } from "./tables.ts";
 * const f = foldChanges(scaleRows());
 * assert.ok(Math.abs(f.perToken - 20.8539) < 1e-4);
 * ```
 */
export function foldChanges(rows: readonly ScaleRow[]): FoldChanges {
  if (rows.length < 2) {
    throw new RangeError(`rows must have at least 2 entries, got ${rows.length}`);
  }
  const a = rows[0];
  const b = rows[rows.length - 1];
  if (a.p === 0 || b.logLik === 0) {
    throw new RangeError(`fold-change undefined: first p = ${a.p}, last ln p = ${b.logLik}`);
  }
  return {
    perToken: b.p / a.p,
    exactMatch: Math.exp(b.logEm - a.logEm),
    logLikMagnitude: a.logLik / b.logLik,
  };
}

/**
 * Dense curves of the three metrics over log-compute, for the chart: per-token p, exact
 * match p\^k, and the mean token log-likelihood ln p rescaled to [0, 1] by
 * 1 + ln p / |ln p(x_min)| so all three share one axis (the caption says so).
 *
 * @param k chain length
 * @param from first log10 compute
 * @param to last log10 compute (> from)
 * @param steps number of intervals
 * @returns points for the three metrics: x log10 compute, y the value, series the metric
 * @throws {RangeError} on a bad k, range or steps
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { metricCurves } from "./tables.ts";
 * const pts = metricCurves(4, 20, 25, 10);
 * assert.equal(pts.length, 33);
 * ```
 */
export function metricCurves(k = 4, from = 20, to = 25, steps = 200): PlotPoint[] {
  positiveInteger("k", k);
  const xs = rangeGrid(from, to, steps, "metricCurves");
  const rows = scaleRows(k, xs);
  const scale = Math.abs(rows[0].logLik);
  return rows.flatMap((r) => [
    { x: r.x, y: r.p, series: "per-token p" },
    { x: r.x, y: r.em, series: `exact match p^${k}` },
    { x: r.x, y: 1 + r.logLik / scale, series: "log-likelihood (rescaled)" },
  ]);
}
