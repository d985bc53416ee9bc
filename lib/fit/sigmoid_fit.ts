/**
 * Fitting the per-token model p(x) = σ((x − x0)·s) to measured accuracies, optionally seen
 * through a chain of k tokens, EM(x) = σ((x − x0)·s)\^k, by bounded Levenberg–Marquardt.
 *
 * @module
 */
import { finite, positiveInteger, probability } from "../validate.ts";
import { covariance, levenbergMarquardt } from "./levenberg_marquardt.ts";
import type { Matrix } from "./linalg.ts";
import { maxOf, minOf } from "../math/extent.ts";
import { perTokenAccuracy, sigmoidUnchecked } from "../math/sigmoid.ts";
import { rangeGrid } from "../math/grid.ts";

/** Options for {@link fitSigmoid}. */
export interface SigmoidFitOptions {
  /** chain length: fit EM = p\^k instead of p (default 1) */
  k?: number;
  /** weights per point (e.g. n/(p(1−p)) for binomial data); default all 1 */
  weights?: number[];
  /** bounds on x0 (default: the x range widened by 3 on each side) */
  x0Bounds?: [number, number];
  /** bounds on s (default [1e-3, 50]) */
  sBounds?: [number, number];
  /** starting point; default: best point of a coarse grid */
  start?: { x0: number; s: number };
  /** LM iteration budget (default 500) */
  maxIterations?: number;
}

/** A fitted sigmoid. */
export interface SigmoidFit {
  /** midpoint of the per-token curve (p = ½), same units as x */
  x0: number;
  /** steepness per unit of x */
  s: number;
  /** chain length the fit assumed */
  k: number;
  /** standard errors from σ̂²(JᵀJ)⁻¹, σ̂² = RSS/(n − 2) */
  stderr: { x0: number; s: number };
  /** covariance of (x0, s) */
  covariance: Matrix;
  /** weighted residual sum of squares */
  rss: number;
  /** number of points */
  n: number;
  /** LM iterations */
  iterations: number;
  /** parameters that ended on a bound (the fit is then not an interior optimum) */
  atBound: string[];
}

/**
 * Model value σ((x − x0)·s)\^k.
 *
 * @param fit parameters x0, s (> 0) and k (a positive integer)
 * @param x input
 * @returns the modelled accuracy in [0, 1]
 * @throws {RangeError} if x, x0 or s is not finite, s ≤ 0, or k is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { predictSigmoid } from "./sigmoid_fit.ts";
 * assert.equal(predictSigmoid({ x0: 22, s: 1.5, k: 2 }, 22), 0.25);
 * ```
 */
export function predictSigmoid(fit: { x0: number; s: number; k: number }, x: number): number {
  const what = "predictSigmoid";
  finite("x", x, what);
  finite("fit.x0", fit.x0, what);
  finite("fit.s", fit.s, what);
  positiveInteger("fit.k", fit.k, what);
  return perTokenAccuracy(x, fit.x0, fit.s) ** fit.k;
}

/**
 * Fits σ((x − x0)·s)\^k to accuracies `ps` at inputs `xs` (usually x = log10 compute) by
 * weighted nonlinear least squares, Σ wᵢ(pᵢ − σ((xᵢ − x0)s)\^k)², with Levenberg–Marquardt
 * inside box bounds. A coarse grid (41 × 25 points over the bounds) picks the start so that a
 * flat or one-sided data set does not send LM off to a far corner.
 *
 * @param xs inputs
 * @param ps measured accuracies in [0, 1]
 * @param options chain length, weights, bounds, start, iteration budget
 * @returns fitted x0 and s with standard errors
 * @throws {RangeError} on a non-finite x, p outside [0, 1], bad k or weights
 * @throws {Error} with fewer than 3 points, when LM does not converge, or when (x0, s) are not
 *   identifiable from the data (singular JᵀJ: e.g. every point saturated at 0 or 1)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitSigmoid } from "./sigmoid_fit.ts";
 * const xs = [19, 20, 21, 22, 23, 24, 25];
 * const ps = xs.map((x) => 1 / (1 + Math.exp(-(x - 22) * 1.5)));
 * const fit = fitSigmoid(xs, ps);
 * assert.ok(Math.abs(fit.x0 - 22) < 1e-6 && Math.abs(fit.s - 1.5) < 1e-6);
 * ```
 */
export function fitSigmoid(
  xs: number[],
  ps: number[],
  options: SigmoidFitOptions = {},
): SigmoidFit {
  const what = "fitSigmoid";
  if (!Array.isArray(xs) || !Array.isArray(ps)) throw new Error(`${what}: xs, ps must be arrays`);
  if (xs.length !== ps.length) {
    throw new Error(`${what}: xs has ${xs.length} values but ps has ${ps.length}`);
  }
  if (xs.length < 3) throw new Error(`${what}: needs at least 3 points, got ${xs.length}`);
  xs.forEach((v, i) => finite(`xs[${i}]`, v, what));
  ps.forEach((v, i) => probability(`ps[${i}]`, v, what));
  const k = positiveInteger("k", options.k ?? 1, what);
  const w = options.weights ?? xs.map(() => 1);
  if (w.length !== xs.length) {
    throw new Error(`${what}: ${w.length} weights for ${xs.length} points`);
  }
  w.forEach((v, i) => {
    finite(`weights[${i}]`, v, what);
    if (v <= 0) throw new RangeError(`${what}: weights[${i}] must be > 0, got ${v}`);
  });
  const sw = w.map(Math.sqrt);
  const xMin = minOf(xs);
  const xMax = maxOf(xs);
  const [x0Lo, x0Hi] = options.x0Bounds ?? [xMin - 3, xMax + 3];
  const [sLo, sHi] = options.sBounds ?? [1e-3, 50];
  finite("x0Bounds[0]", x0Lo, what);
  finite("x0Bounds[1]", x0Hi, what);
  finite("sBounds[0]", sLo, what);
  finite("sBounds[1]", sHi, what);
  if (!(x0Lo < x0Hi)) throw new RangeError(`${what}: x0Bounds [${x0Lo}, ${x0Hi}] is empty`);
  if (!(sLo > 0 && sLo < sHi)) {
    throw new RangeError(`${what}: sBounds [${sLo}, ${sHi}] must satisfy 0 < lower < upper`);
  }
  // every x, x0 and s below is finite (checked above, or kept inside the bounds by LM), so the
  // residuals use the unchecked σ: z = (x − x0)·s is finite or ±∞, never NaN
  const residuals = ([x0, s]: number[]) =>
    xs.map((x, i) => sw[i] * (ps[i] - sigmoidUnchecked((x - x0) * s) ** k));
  const jacobian = ([x0, s]: number[]) =>
    xs.map((x, i) => {
      const q = sigmoidUnchecked((x - x0) * s);
      const m = q ** k;
      // d m/d x0 = −k·s·m·(1 − q), d m/d s = k·m·(1 − q)·(x − x0); residual has the minus sign
      return [sw[i] * k * s * m * (1 - q), -sw[i] * k * m * (1 - q) * (x - x0)];
    });
  // the start grid evaluates RSS ~10³ times: a tight loop without intermediate arrays
  const rssOf = ([x0, s]: number[]) => {
    let sum = 0;
    for (let i = 0; i < xs.length; i++) {
      const q = sigmoidUnchecked((xs[i] - x0) * s);
      const d = ps[i] - (k === 1 ? q : q ** k);
      sum += w[i] * d * d;
    }
    return sum;
  };
  let start: number[];
  if (options.start) {
    start = [finite("start.x0", options.start.x0, what), finite("start.s", options.start.s, what)];
  } else {
    start = [x0Lo, sLo];
    let best = Infinity;
    for (const x0 of rangeGrid(x0Lo, x0Hi, 40, what)) {
      for (let j = 0; j <= 24; j++) {
        const s = sLo * (sHi / sLo) ** (j / 24);
        const r = rssOf([x0, s]);
        if (r < best) {
          best = r;
          start = [x0, s];
        }
      }
    }
  }
  const lm = levenbergMarquardt(
    {
      names: ["x0", "s"],
      residuals,
      jacobian,
      start,
      lower: [x0Lo, sLo],
      upper: [x0Hi, sHi],
    },
    { what, maxIterations: options.maxIterations },
  );
  const cov = covariance(lm.jtj, lm.rss, xs.length, what);
  return {
    x0: lm.theta[0],
    s: lm.theta[1],
    k,
    stderr: { x0: Math.sqrt(cov[0][0]), s: Math.sqrt(cov[1][1]) },
    covariance: cov,
    rss: lm.rss,
    n: xs.length,
    iterations: lm.iterations,
    atBound: lm.atBound,
  };
}
