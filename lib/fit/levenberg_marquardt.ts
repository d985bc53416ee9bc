/**
 * Levenberg–Marquardt nonlinear least squares with box bounds, shared by the sigmoid fit and
 * the power law with a floor.
 *
 * Minimises RSS(θ) = Σ rᵢ(θ)² inside lower ≤ θ ≤ upper. Each iteration first splits the
 * parameters into an **active set** (those on a bound whose gradient points out of the box:
 * decreasing RSS would need to leave it) and the free rest. The active ones stay fixed; the
 * free ones take the Marquardt step (J_FᵀJ_F + λ·diag(J_FᵀJ_F))·δ_F = −J_Fᵀr, which is then
 * projected onto the bounds and accepted only if RSS decreases (then λ ← λ/10, else λ ← λ·10).
 * Solving for the free parameters alone is what makes the step correct at a bound: a full step
 * that is clipped afterwards moves the other parameters as if the bounded one had moved too,
 * and can stall short of the constrained optimum. A parameter leaves its bound as soon as the
 * gradient points back inside.
 *
 * It stops when the relative decrease of RSS is below the tolerance and the relative step
 * below its square root (or the step alone is below the tolerance), or when no step along the
 * projected direction can decrease RSS any more (λ > 1e15: a minimum to working precision).
 * It throws, never returns a half-fitted answer, when the iteration budget runs out or the
 * model produces a non-finite residual.
 *
 * @module
 */
import { invert, type Matrix, solve } from "./linalg.ts";

/** Problem definition for {@link levenbergMarquardt}. */
export interface LmProblem {
  /** parameter names, used in messages */
  names: string[];
  /** residual vector r(θ) */
  residuals: (theta: number[]) => number[];
  /** Jacobian ∂rᵢ/∂θⱼ, one row per residual */
  jacobian: (theta: number[]) => Matrix;
  /** starting point (inside the bounds) */
  start: number[];
  /** lower bounds (−Infinity for none) */
  lower?: number[];
  /** upper bounds (+Infinity for none) */
  upper?: number[];
}

/** Tuning of {@link levenbergMarquardt}. */
export interface LmOptions {
  /** iteration budget (default 500) */
  maxIterations?: number;
  /** relative tolerance on RSS decrease and on step size (default 1e-12) */
  tolerance?: number;
  /** name of the fit, for messages */
  what?: string;
}

/** Result of {@link levenbergMarquardt}. */
export interface LmResult {
  /** fitted parameters */
  theta: number[];
  /** residual sum of squares at θ */
  rss: number;
  /** iterations used */
  iterations: number;
  /** names of parameters that ended on a bound */
  atBound: string[];
  /** JᵀJ at θ (for the covariance) */
  jtj: Matrix;
}

function sumSq(r: number[]): number {
  let s = 0;
  for (const v of r) s += v * v;
  return s;
}

function checkFinite(r: number[], theta: number[], names: string[], what: string): void {
  if (r.some((v) => !Number.isFinite(v))) {
    throw new Error(
      `${what}: model gave a non-finite residual at ${
        names.map((n, i) => `${n}=${theta[i]}`).join(", ")
      }`,
    );
  }
}

/** JᵀJ and Jᵀr in one pass over the rows. */
function normalEquations(J: Matrix, r: number[], p: number): { jtj: Matrix; g: number[] } {
  const jtj: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const g = new Array<number>(p).fill(0);
  for (let i = 0; i < J.length; i++) {
    const row = J[i];
    for (let a = 0; a < p; a++) {
      const ra = row[a];
      g[a] += ra * r[i];
      for (let b = a; b < p; b++) jtj[a][b] += ra * row[b];
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) jtj[a][b] = jtj[b][a];
  return { jtj, g };
}

/**
 * Runs bounded Levenberg–Marquardt (active-set projected steps, see the module notes).
 *
 * @param problem residuals, Jacobian, start and bounds
 * @param options iteration budget and tolerance
 * @returns the fitted parameters with RSS and JᵀJ
 * @throws {Error} if the iteration budget runs out before convergence, a residual is not
 *   finite, or the start lies outside the bounds
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { levenbergMarquardt } from "./levenberg_marquardt.ts";
 * // fit y = c·x through (1, 2), (2, 4): c = 2
 * const xs = [1, 2], ys = [2, 4];
 * const fit = levenbergMarquardt({
 *   names: ["c"], start: [1],
 *   residuals: ([c]) => xs.map((x, i) => ys[i] - c * x),
 *   jacobian: () => xs.map((x) => [-x]),
 * });
 * assert.ok(Math.abs(fit.theta[0] - 2) < 1e-9);
 * // with c ≤ 1.5 the constrained optimum is the bound itself
 * const bounded = levenbergMarquardt({
 *   names: ["c"], start: [1], upper: [1.5],
 *   residuals: ([c]) => xs.map((x, i) => ys[i] - c * x),
 *   jacobian: () => xs.map((x) => [-x]),
 * });
 * assert.deepEqual([bounded.theta[0], bounded.atBound], [1.5, ["c"]]);
 * ```
 */
export function levenbergMarquardt(problem: LmProblem, options: LmOptions = {}): LmResult {
  const { names } = problem;
  const what = options.what ?? "least-squares fit";
  const maxIterations = options.maxIterations ?? 500;
  const tol = options.tolerance ?? 1e-12;
  const p = names.length;
  const lower = problem.lower ?? names.map(() => -Infinity);
  const upper = problem.upper ?? names.map(() => Infinity);
  let theta = [...problem.start];
  theta.forEach((v, i) => {
    if (!Number.isFinite(v) || v < lower[i] || v > upper[i]) {
      throw new Error(
        `${what}: start ${names[i]}=${v} is outside [${lower[i]}, ${upper[i]}]`,
      );
    }
  });
  let r = problem.residuals(theta);
  checkFinite(r, theta, names, what);
  let rss = sumSq(r);
  let lambda = 1e-3;
  let iterations = 0;
  let converged = false;
  let J = problem.jacobian(theta);
  while (iterations < maxIterations) {
    iterations++;
    const { jtj, g } = normalEquations(J, r, p);
    // g is ½∇RSS; a parameter on a bound with −g pointing outside stays put this iteration
    const free = names.map((_, i) =>
      !((theta[i] <= lower[i] && g[i] > 0) || (theta[i] >= upper[i] && g[i] < 0))
    );
    const idx = free.flatMap((f, i) => (f ? [i] : []));
    if (idx.length === 0) {
      converged = true; // every parameter pinned at a bound by the gradient: a KKT point
      break;
    }
    let accepted = false;
    while (!accepted) {
      const damped = idx.map((a) =>
        idx.map((b) => (a === b ? jtj[a][a] + lambda * Math.max(jtj[a][a], 1e-12) : jtj[a][b]))
      );
      let deltaFree: number[];
      try {
        deltaFree = solve(damped, idx.map((a) => -g[a]), what);
      } catch {
        lambda *= 10;
        if (lambda > 1e15) break;
        continue;
      }
      const next = [...theta];
      idx.forEach((a, j) => {
        next[a] = Math.min(upper[a], Math.max(lower[a], theta[a] + deltaFree[j]));
      });
      const rNext = problem.residuals(next);
      const rssNext = rNext.every(Number.isFinite) ? sumSq(rNext) : Infinity;
      if (rssNext < rss) {
        let step2 = 0;
        let size2 = 0;
        for (let i = 0; i < p; i++) {
          step2 += (next[i] - theta[i]) ** 2;
          size2 += theta[i] ** 2;
        }
        const step = Math.sqrt(step2);
        const size = Math.sqrt(size2);
        // stop only when both RSS and θ have stopped moving: RSS alone can stall for a few
        // steps along a flat valley (e.g. floor vs prefactor) before θ settles
        const small = (rss - rssNext <= tol * rss && step <= Math.sqrt(tol) * (size + 1e-8)) ||
          step <= tol * (size + tol);
        theta = next;
        r = rNext;
        rss = rssNext;
        J = problem.jacobian(theta);
        lambda = Math.max(lambda / 10, 1e-12);
        accepted = true;
        if (small) converged = true;
      } else {
        lambda *= 10;
        if (lambda > 1e15) break;
      }
    }
    if (!accepted || converged || rss === 0) {
      converged = true;
      break;
    }
  }
  if (!converged) {
    throw new Error(
      `${what}: did not converge in ${maxIterations} iterations (last ${
        names.map((n, i) => `${n}=${theta[i]}`).join(", ")
      }, RSS=${rss}); the data may not pin down the model, try bounds or a better start`,
    );
  }
  const { jtj } = normalEquations(J, r, p);
  const atBound = names.filter((_, i) => theta[i] === lower[i] || theta[i] === upper[i]);
  return { theta, rss, iterations, atBound, jtj };
}

/**
 * Covariance of least-squares parameters, σ̂²·(JᵀJ)⁻¹ with σ̂² = RSS/(n − p) (the residual
 * variance estimated from the fit, as `scipy.optimize.curve_fit` does by default).
 *
 * @param jtj JᵀJ at the optimum
 * @param rss residual sum of squares
 * @param n number of residuals
 * @param what fit name, for messages
 * @returns the p×p covariance matrix
 * @throws {Error} if n ≤ p (no degrees of freedom left) or JᵀJ is singular
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { covariance } from "./levenberg_marquardt.ts";
 * assert.deepEqual(covariance([[4]], 2, 3), [[0.25]]);
 * ```
 */
export function covariance(jtj: Matrix, rss: number, n: number, what = "fit"): Matrix {
  const p = jtj.length;
  if (n <= p) {
    throw new Error(
      `${what}: ${n} points for ${p} parameters leaves no residual degrees of freedom`,
    );
  }
  const s2 = rss / (n - p);
  return invert(jtj, `${what} covariance`).map((row) => row.map((v) => v * s2));
}
