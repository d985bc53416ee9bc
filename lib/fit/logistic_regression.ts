/**
 * Logistic regression by least squares: y = σ(b + w·z) fitted to targets in [0, 1] on
 * standardized features, with bounded weights and several deterministic starts; prediction and
 * the feature value where the curve crosses a level.
 *
 * @module
 */
import { levenbergMarquardt } from "./levenberg_marquardt.ts";
import { solve } from "./linalg.ts";
import { finite, probability } from "../validate.ts";

/** A fitted logistic curve σ(b + w·z) on standardized features. */
export interface LogisticFit {
  /** intercept on the standardized scale */
  b: number;
  /** weights on the standardized scale */
  w: number[];
  /** feature means used to standardize */
  mean: number[];
  /** feature standard deviations used to standardize */
  sd: number[];
  /** residual sum of squares */
  rss: number;
}

function sig(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Least-squares fit of y = σ(b + w·z) to targets in [0, 1]. Features are standardized with
 * the fitting rows' mean and standard deviation; |b| and every |w| are bounded by 30 on that
 * scale (a step sharper than that is indistinguishable from a jump between neighbouring rows).
 * Starts: the least-squares line through logit(y) (y clipped to [0.005, 0.995]), that line
 * scaled by 0.3 and by 3, and, for one feature, a grid of midpoints; the lowest RSS wins.
 *
 * @param z features, one array per row
 * @param y targets in [0, 1]
 * @returns the fit
 * @throws {Error} with fewer rows than parameters + 1, ragged rows, non-finite z or y outside [0, 1]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitLogistic, predictLogistic } from "./logistic_regression.ts";
 * const xs = [20, 21, 22, 23, 24, 25];
 * const fit = fitLogistic(xs.map((x) => [x]), xs.map((x) => 1 / (1 + Math.exp(-2 * (x - 22.5)))));
 * assert.ok(Math.abs(predictLogistic(fit, [22.5]) - 0.5) < 1e-6);
 * ```
 */
export function fitLogistic(z: number[][], y: number[]): LogisticFit {
  const what = "fitLogistic";
  if (z.length !== y.length) throw new Error(`${what}: ${z.length} rows but ${y.length} targets`);
  const d = z[0]?.length ?? 0;
  if (d < 1) throw new Error(`${what}: no features`);
  if (z.length < d + 2) throw new Error(`${what}: ${z.length} rows for ${d + 1} parameters`);
  z.forEach((r, i) => {
    if (r.length !== d) {
      throw new Error(`${what}: row ${i} has ${r.length} features, expected ${d}`);
    }
    r.forEach((v, j) => finite(`z[${i}][${j}]`, v, what));
  });
  y.forEach((v, i) => probability(`y[${i}]`, v, what));
  const mean = Array.from({ length: d }, (_, j) => z.reduce((s, r) => s + r[j], 0) / z.length);
  const sd = mean.map((m, j) => {
    const v = z.reduce((s, r) => s + (r[j] - m) ** 2, 0) / z.length;
    return v > 0 ? Math.sqrt(v) : 1;
  });
  const zs = z.map((r) => r.map((v, j) => (v - mean[j]) / sd[j]));
  const residuals = (t: number[]) =>
    zs.map((r, i) => y[i] - sig(t[0] + r.reduce((s, v, j) => s + t[j + 1] * v, 0)));
  const jacobian = (t: number[]) =>
    zs.map((r) => {
      const q = sig(t[0] + r.reduce((s, v, j) => s + t[j + 1] * v, 0));
      const g = -q * (1 - q);
      return [g, ...r.map((v) => g * v)];
    });
  const B = 30;
  const clip = (t: number[]) => t.map((v) => Math.max(-B, Math.min(B, v)));
  // least-squares line through the clipped logits
  const logit = y.map((v) => {
    const c = Math.min(0.995, Math.max(0.005, v));
    return Math.log(c / (1 - c));
  });
  const X = zs.map((r) => [1, ...r]);
  const xtx = X[0].map((_, a) => X[0].map((_, c) => X.reduce((s, r) => s + r[a] * r[c], 0)));
  const xty = X[0].map((_, a) => X.reduce((s, r, i) => s + r[a] * logit[i], 0));
  let line: number[];
  try {
    line = solve(xtx.map((r, a) => r.map((v, c) => v + (a === c ? 1e-9 : 0))), xty, what);
  } catch {
    line = [0, ...mean.map(() => 1)];
  }
  const starts = [line, line.map((v) => v * 0.3), line.map((v) => v * 3)].map(clip);
  if (d === 1) {
    for (const mid of [-2, -1, 0, 1, 2, 3, 4]) {
      for (const w of [1, 5, 20]) starts.push([-mid * w, w]);
    }
  }
  let best: { theta: number[]; rss: number } | null = null;
  for (const start of starts) {
    try {
      const r = levenbergMarquardt({
        names: ["b", ...mean.map((_, j) => `w${j + 1}`)],
        residuals,
        jacobian,
        start: clip(start),
        lower: start.map(() => -B),
        upper: start.map(() => B),
      }, { what, maxIterations: 2000 });
      if (best === null || r.rss < best.rss - 1e-15) best = { theta: r.theta, rss: r.rss };
    } catch {
      // a start that does not converge is skipped; at least one always does (see below)
    }
  }
  if (best === null) {
    const t = clip(line);
    best = { theta: t, rss: residuals(t).reduce((s, v) => s + v * v, 0) };
  }
  return { b: best.theta[0], w: best.theta.slice(1), mean, sd, rss: best.rss };
}

/**
 * Value of a fitted logistic curve at features z.
 *
 * @param fit the fit
 * @param z features (raw scale)
 * @returns σ(b + w·standardized z)
 * @throws {Error} on a feature-count mismatch or a non-finite feature
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { predictLogistic } from "./logistic_regression.ts";
 * assert.equal(predictLogistic({ b: 0, w: [1], mean: [5], sd: [1], rss: 0 }, [5]), 0.5);
 * ```
 */
export function predictLogistic(fit: LogisticFit, z: number[]): number {
  if (z.length !== fit.w.length) {
    throw new Error(`predictLogistic: ${z.length} features, the fit has ${fit.w.length}`);
  }
  z.forEach((v, j) => finite(`z[${j}]`, v, "predictLogistic"));
  return sig(fit.b + fit.w.reduce((s, w, j) => s + w * (z[j] - fit.mean[j]) / fit.sd[j], 0));
}

/**
 * The log10 FLOPs at which a one-feature logistic fit crosses `level` (its elbow at 0.5).
 *
 * @param fit a fit on one feature (log10 FLOPs)
 * @param level level in (0, 1)
 * @returns the crossing, or null if the fitted weight is 0
 * @throws {Error} if the fit has more than one feature
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { crossing } from "./logistic_regression.ts";
 * assert.equal(crossing({ b: -1, w: [2], mean: [22], sd: [0.5], rss: 0 }), 22.25);
 * ```
 */
export function crossing(fit: LogisticFit, level = 0.5): number | null {
  if (fit.w.length !== 1) throw new Error(`crossing: needs a one-feature fit, got ${fit.w.length}`);
  if (fit.w[0] === 0) return null;
  const logit = Math.log(level / (1 - level));
  return fit.mean[0] + fit.sd[0] * (logit - fit.b) / fit.w[0];
}
