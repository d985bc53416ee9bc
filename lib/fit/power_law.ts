/**
 * Power-law fits: the pure law y = a·x\^b by least squares in log–log space, and the law with
 * an irreducible floor y = E + a·x\^b by nonlinear least squares on log y.
 *
 * Both fit relative (logarithmic) residuals, ln y − ln ŷ, because loss and compute span orders
 * of magnitude and a 5 % miss should count the same at every scale. Parameter uncertainty is
 * the usual least-squares covariance σ̂²(JᵀJ)⁻¹ with σ̂² estimated from the residuals; it
 * describes scatter around the assumed form, not the error of the form itself (which is what
 * extrapolation tests are for).
 *
 * @module
 */
import { finite, positive } from "../validate.ts";
import { covariance, levenbergMarquardt } from "./levenberg_marquardt.ts";
import type { Matrix } from "./linalg.ts";
import { minOf } from "../math/extent.ts";

/** A fitted pure power law y = a·x\^b. */
export interface PowerLawFit {
  /** form tag */
  kind: "power";
  /** prefactor a > 0 */
  a: number;
  /** exponent of x, negative for a loss that falls with compute */
  b: number;
  /** ln a (the intercept of the log–log line) */
  lnA: number;
  /** standard errors; `a`'s by the delta method, a·se(ln a) */
  stderr: { a: number; b: number; lnA: number };
  /** covariance of (ln a, b) */
  covariance: Matrix;
  /** number of points */
  n: number;
  /** residual sum of squares of ln y */
  rss: number;
  /** residual standard deviation of ln y, sqrt(rss/(n − 2)) */
  sigma: number;
  /** coefficient of determination of the log–log regression */
  r2: number;
}

/** A fitted power law with a floor, y = E + a·x\^b. */
export interface PowerLawFloorFit {
  /** form tag */
  kind: "power+floor";
  /** irreducible floor E ≥ 0 */
  E: number;
  /** prefactor a > 0 */
  a: number;
  /** exponent of x, negative for a loss that falls with compute */
  b: number;
  /** ln a, kept so a and its standard error stay consistent */
  lnA: number;
  /** standard errors of E, a (delta method), b and ln a */
  stderr: { E: number; a: number; b: number; lnA: number };
  /** covariance of (E, ln a, b) */
  covariance: Matrix;
  /** number of points */
  n: number;
  /** residual sum of squares of ln y */
  rss: number;
  /** residual standard deviation of ln y, sqrt(rss/(n − 3)) */
  sigma: number;
  /** LM iterations used */
  iterations: number;
  /** true if the floor sits at its bound 0 (the data show no floor) */
  floorAtZero: boolean;
  /** true if the floor is pressed against its upper bound just below min(y): not pinned down */
  floorAtUpper: boolean;
}

function checkXY(x: number[], y: number[], min: number, what: string): void {
  if (!Array.isArray(x) || !Array.isArray(y)) throw new Error(`${what}: x and y must be arrays`);
  if (x.length !== y.length) {
    throw new Error(`${what}: x has ${x.length} values but y has ${y.length}`);
  }
  if (x.length < min) {
    throw new Error(`${what}: needs at least ${min} points, got ${x.length}`);
  }
  x.forEach((v, i) => positive(`x[${i}]`, v, what));
  y.forEach((v, i) => positive(`y[${i}]`, v, what));
}

/**
 * Fits y = a·x\^b by ordinary least squares of ln y on ln x.
 *
 * With u = ln x, v = ln y: b = Σ(u − ū)(v − v̄)/Σ(u − ū)², ln a = v̄ − b·ū,
 * σ̂² = RSS/(n − 2), Var(b) = σ̂²/Sxx, Var(ln a) = σ̂²(1/n + ū²/Sxx), Cov = −ū·σ̂²/Sxx.
 *
 * @param x positive inputs (compute, tokens, parameters, steps)
 * @param y positive outputs (loss, NLL, error rate)
 * @returns the fit with standard errors
 * @throws {RangeError} if a value is not finite and positive (names the index)
 * @throws {Error} if the arrays differ in length, have fewer than 3 points, or all x are equal
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitPowerLaw } from "./power_law.ts";
 * const x = [1, 10, 100, 1000];
 * const fit = fitPowerLaw(x, x.map((v) => 5 * v ** -0.3));
 * assert.ok(Math.abs(fit.a - 5) < 1e-9 && Math.abs(fit.b + 0.3) < 1e-12);
 * ```
 */
export function fitPowerLaw(x: number[], y: number[]): PowerLawFit {
  checkXY(x, y, 3, "fitPowerLaw");
  const n = x.length;
  const u = x.map(Math.log);
  const v = y.map(Math.log);
  const uBar = u.reduce((s, t) => s + t, 0) / n;
  const vBar = v.reduce((s, t) => s + t, 0) / n;
  const sxx = u.reduce((s, t) => s + (t - uBar) ** 2, 0);
  if (!(sxx > 1e-300)) throw new Error("fitPowerLaw: all x values are equal; no slope to fit");
  const sxy = u.reduce((s, t, i) => s + (t - uBar) * (v[i] - vBar), 0);
  const syy = v.reduce((s, t) => s + (t - vBar) ** 2, 0);
  const b = sxy / sxx;
  const lnA = vBar - b * uBar;
  const rss = v.reduce((s, t, i) => s + (t - lnA - b * u[i]) ** 2, 0);
  const s2 = rss / (n - 2);
  const varB = s2 / sxx;
  const varLnA = s2 * (1 / n + (uBar * uBar) / sxx);
  const cov = -uBar * s2 / sxx;
  const a = Math.exp(lnA);
  return {
    kind: "power",
    a,
    b,
    lnA,
    stderr: { a: a * Math.sqrt(varLnA), b: Math.sqrt(varB), lnA: Math.sqrt(varLnA) },
    covariance: [[varLnA, cov], [cov, varB]],
    n,
    rss,
    sigma: Math.sqrt(s2),
    r2: syy > 0 ? 1 - rss / syy : 1,
  };
}

/**
 * Evaluates a fitted power law (with or without floor) at x.
 *
 * @param fit a {@link PowerLawFit} or {@link PowerLawFloorFit}
 * @param x a positive input
 * @returns ŷ = a·x\^b (+ E)
 * @throws {RangeError} if x is not finite and positive
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitPowerLaw, predictPowerLaw } from "./power_law.ts";
 * const fit = fitPowerLaw([1, 2, 4], [8, 4, 2]);
 * assert.ok(Math.abs(predictPowerLaw(fit, 8) - 1) < 1e-12);
 * ```
 */
export function predictPowerLaw(fit: PowerLawFit | PowerLawFloorFit, x: number): number {
  positive("x", x, "predictPowerLaw");
  const core = Math.exp(fit.lnA + fit.b * Math.log(x));
  return fit.kind === "power+floor" ? fit.E + core : core;
}

/**
 * Confidence interval of the fitted mean at x for a pure power law, from the covariance of
 * (ln a, b): Var(ln ŷ) = Var(ln a) + 2·ln x·Cov + (ln x)²·Var(b); the interval is
 * exp(ln ŷ ± z·sd). It widens as x leaves the fitted range, but only reflects scatter
 * around the assumed law.
 *
 * @param fit a pure power-law fit
 * @param x a positive input
 * @param z normal quantile (1.96 for ≈95 %)
 * @returns the prediction and its interval
 * @throws {RangeError} if x or z is not finite and positive
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitPowerLaw, predictPowerLawInterval } from "./power_law.ts";
 * const fit = fitPowerLaw([1, 2, 4, 8], [10, 7.2, 4.9, 3.6]);
 * const near = predictPowerLawInterval(fit, 4), far = predictPowerLawInterval(fit, 400);
 * assert.ok(far.upper / far.lower > near.upper / near.lower);
 * ```
 */
export function predictPowerLawInterval(
  fit: PowerLawFit,
  x: number,
  z = 1.959963984540054,
): { value: number; lower: number; upper: number } {
  positive("x", x, "predictPowerLawInterval");
  positive("z", z, "predictPowerLawInterval");
  const l = Math.log(x);
  const [[vA, c], [, vB]] = fit.covariance;
  const sd = Math.sqrt(Math.max(0, vA + 2 * l * c + l * l * vB));
  const m = fit.lnA + fit.b * l;
  return { value: Math.exp(m), lower: Math.exp(m - z * sd), upper: Math.exp(m + z * sd) };
}

/** Options for {@link fitPowerLawWithFloor}. */
export interface FloorOptions {
  /** upper bound for E as a fraction of min(y) (default 1 − 1e-9): the floor lies below the data */
  maxFloorFraction?: number;
  /** LM iteration budget (default 500) */
  maxIterations?: number;
}

/**
 * Fits y = E + a·x\^b with E ≥ 0 by Levenberg–Marquardt on log residuals
 * rᵢ = ln yᵢ − ln(E + a·xᵢ\^b), parameters (E, ln a, b).
 *
 * Start: a grid over E ∈ [0, min y) (E = min y·(1 − 10\^(−w)), w = 0, 0.1, … 9, plus E = 0), each
 * with the log–log OLS of y − E; the best grid point by log-RSS starts LM. A floor that ends
 * at 0 is reported (`floorAtZero`): then the pure law is the better description.
 *
 * @param x positive inputs
 * @param y positive outputs
 * @param options bound on E and iteration budget
 * @returns the fit; standard errors from σ̂²(JᵀJ)⁻¹ with σ̂² = RSS/(n − 3)
 * @throws {RangeError} if a value is not finite and positive
 * @throws {Error} with fewer than 4 points, on non-convergence, or when the parameters are not
 *   identifiable (singular JᵀJ, e.g. a floor at zero with exactly power-law data)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitPowerLawWithFloor } from "./power_law.ts";
 * const x = [1, 2, 4, 8, 16, 32, 64];
 * const y = x.map((v, i) => (1.7 + 3 * v ** -0.5) * (1 + 0.001 * (i % 2 ? 1 : -1)));
 * const fit = fitPowerLawWithFloor(x, y);
 * assert.ok(Math.abs(fit.E - 1.7) < 0.05 && Math.abs(fit.b + 0.5) < 0.05);
 * ```
 */
export function fitPowerLawWithFloor(
  x: number[],
  y: number[],
  options: FloorOptions = {},
): PowerLawFloorFit {
  const what = "fitPowerLawWithFloor";
  checkXY(x, y, 4, what);
  const frac = finite("maxFloorFraction", options.maxFloorFraction ?? 1 - 1e-9, what);
  if (frac <= 0 || frac >= 1) {
    throw new RangeError(`${what}: maxFloorFraction must lie in (0, 1), got ${frac}`);
  }
  const n = x.length;
  const yMin = minOf(y);
  const eMax = frac * yMin;
  const lx = x.map(Math.log);
  const ly = y.map(Math.log);
  const residuals = ([E, lnA, b]: number[]) =>
    ly.map((v, i) => v - Math.log(E + Math.exp(lnA + b * lx[i])));
  const jacobian = ([E, lnA, b]: number[]) =>
    lx.map((l) => {
      const core = Math.exp(lnA + b * l);
      const m = E + core;
      return [-1 / m, -core / m, -core * l / m];
    });
  let best: { theta: number[]; rss: number } | undefined;
  const grid = [0, ...Array.from({ length: 91 }, (_, j) => yMin * (1 - 10 ** (-j / 10)))];
  for (const E of grid) {
    if (E > eMax) continue;
    try {
      const f = fitPowerLaw(x, y.map((v) => v - E));
      const rss = residuals([E, f.lnA, f.b]).reduce((s, r) => s + r * r, 0);
      if (Number.isFinite(rss) && (!best || rss < best.rss)) best = { theta: [E, f.lnA, f.b], rss };
    } catch {
      // y − E not positive or degenerate: skip this grid point
    }
  }
  if (!best) throw new Error(`${what}: no starting point found (check the data)`);
  const lm = levenbergMarquardt(
    {
      names: ["E", "lnA", "b"],
      residuals,
      jacobian,
      start: best.theta,
      lower: [0, -Infinity, -Infinity],
      upper: [eMax, Infinity, Infinity],
    },
    { what, maxIterations: options.maxIterations },
  );
  const [E, lnA, b] = lm.theta;
  const cov = covariance(lm.jtj, lm.rss, n, what);
  const a = Math.exp(lnA);
  return {
    kind: "power+floor",
    E,
    a,
    b,
    lnA,
    stderr: {
      E: Math.sqrt(cov[0][0]),
      a: a * Math.sqrt(cov[1][1]),
      b: Math.sqrt(cov[2][2]),
      lnA: Math.sqrt(cov[1][1]),
    },
    covariance: cov,
    n,
    rss: lm.rss,
    sigma: Math.sqrt(lm.rss / (n - 3)),
    iterations: lm.iterations,
    floorAtZero: E === 0,
    floorAtUpper: E === eMax,
  };
}
