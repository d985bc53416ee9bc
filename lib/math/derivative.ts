/**
 * Slopes in log-compute of the sigmoid chain model, p(x) = σ((x − x0)·s), EM = p\^k.
 *
 * - per-token slope: dp/dx = s·p·(1 − p);
 * - exact-match slope: dEM/dx = k·p\^(k−1)·dp/dx = k·p\^k·(1 − p)·s;
 * - their ratio: k·p\^(k−1), which approaches k only as p → 1;
 * - the steepest exact-match slope over all x: setting d/dp [p\^k (1 − p)] = 0 gives
 *   p* = k/(k + 1), x* = x0 + ln(k)/s and max slope s·(k/(k + 1))\^(k+1), which rises from
 *   s/4 (k = 1) towards s/e (k → ∞) without reaching it.
 *
 * 1 − p is evaluated as σ(−(x − x0)·s), never as 1 − σ(…), so slopes keep their precision far
 * on the upper plateau.
 *
 * @module
 */
import { finite, positive, positiveInteger, probability } from "../validate.ts";
import { sigmoid, sigmoidArgument } from "./sigmoid.ts";

function checkModel(x: number, x0: number, s: number): number {
  finite("x", x);
  finite("x0", x0);
  positive("s", s);
  return sigmoidArgument(x, x0, s);
}

/** σ(z) for z that may be ±∞ (a slope's far plateau). */
function sig(z: number): number {
  return z === Infinity ? 1 : z === -Infinity ? 0 : sigmoid(z);
}

/**
 * Per-token slope dp/dx = s·p·(1 − p) of p(x) = σ((x − x0)·s).
 *
 * @param x log10 compute
 * @param x0 log10 compute at which p = ½
 * @param s steepness per decade, > 0
 * @returns dp/dx, per decade
 * @throws {RangeError} if x or x0 is not finite, or s ≤ 0 or not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { perTokenSlope } from "./derivative.ts";
 * assert.ok(perTokenSlope(22, 22, 1.5) === 0.375); // s/4 at the midpoint
 * ```
 */
export function perTokenSlope(x: number, x0: number, s: number): number {
  const z = checkModel(x, x0, s);
  return s * sig(z) * sig(-z);
}

/**
 * Exact-match slope dEM/dx = k·p\^k·(1 − p)·s for EM = p(x)\^k.
 *
 * @param x log10 compute
 * @param x0 log10 compute at which p = ½
 * @param s steepness per decade, > 0
 * @param k chain length, a positive integer
 * @returns dEM/dx, per decade
 * @throws {RangeError} if x or x0 is not finite, s ≤ 0 or not finite, or k is not a
 *   positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exactMatchSlope } from "./derivative.ts";
 * // at the midpoint p = ½: 4 · (1/16) · ½ · 1.5 = 0.1875
 * assert.ok(Math.abs(exactMatchSlope(22, 22, 1.5, 4) - 0.1875) < 1e-15);
 * ```
 */
export function exactMatchSlope(x: number, x0: number, s: number, k: number): number {
  const z = checkModel(x, x0, s);
  positiveInteger("k", k);
  const p = sig(z);
  if (p === 0) return 0;
  return k * Math.exp(k * Math.log(p)) * sig(-z) * s;
}

/**
 * Slope of the summed token log-likelihood k·ln p(x): d/dx = k·s·(1 − p).
 *
 * @param x log10 compute
 * @param x0 log10 compute at which p = ½
 * @param s steepness per decade, > 0
 * @param k chain length, a positive integer
 * @returns d(k·ln p)/dx, nats per decade
 * @throws {RangeError} on a bad x, x0, s or k
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logLikelihoodSlope } from "./derivative.ts";
 * assert.ok(logLikelihoodSlope(22, 22, 1.5, 4) === 3); // 4 · 1.5 · ½
 * ```
 */
export function logLikelihoodSlope(x: number, x0: number, s: number, k: number): number {
  const z = checkModel(x, x0, s);
  positiveInteger("k", k);
  return k * s * sig(-z);
}

/**
 * Ratio of the exact-match slope to the per-token slope at the same x, as a function of the
 * per-token accuracy: (dEM/dx)/(dp/dx) = k·p\^(k−1). It equals k only at p = 1, is above 1
 * only for p > k\^(−1/(k−1)), and goes to 0 on the lower plateau.
 *
 * @param p per-token accuracy in [0, 1]
 * @param k chain length, a positive integer
 * @returns k·p\^(k−1)
 * @throws {RangeError} if p is outside [0, 1] or not finite, or k is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slopeRatio } from "./derivative.ts";
 * assert.ok(slopeRatio(1, 20) === 20);
 * assert.ok(Math.abs(slopeRatio(0.5, 4) - 0.5) < 1e-15); // 4 · 0.5³
 * ```
 */
export function slopeRatio(p: number, k: number): number {
  probability("p", p);
  positiveInteger("k", k);
  if (k === 1) return 1;
  if (p === 0) return 0;
  return k * Math.exp((k - 1) * Math.log(p));
}

/**
 * Per-token accuracy at which the exact-match slope equals the per-token slope:
 * k·p\^(k−1) = 1, i.e. p = k\^(−1/(k−1)). Below it the chain flattens the curve, above it the
 * chain steepens it. Undefined for k = 1 (the two slopes are always equal).
 *
 * @param k chain length, an integer ≥ 2
 * @returns p with k·p\^(k−1) = 1
 * @throws {RangeError} if k is not an integer ≥ 2
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slopeCrossover } from "./derivative.ts";
 * assert.ok(Math.abs(slopeCrossover(2) - 0.5) < 1e-15);
 * ```
 */
export function slopeCrossover(k: number): number {
  positiveInteger("k", k);
  if (k < 2) throw new RangeError(`k must be an integer ≥ 2 for a crossover, got ${k}`);
  return Math.exp(-Math.log(k) / (k - 1));
}

/**
 * The steepest exact-match slope over all x: max_x dEM/dx = s·(k/(k + 1))\^(k+1), reached at
 * p* = k/(k + 1). It is s/4 for k = 1 and increases towards s/e as k → ∞, never reaching it.
 *
 * Written as (s/e)·exp(−d) with d = (k + 1)·ln(1 + 1/k) − 1 > 0. For k < 10⁴, d comes from
 * `Math.log1p(1/k)`; for larger k from its series in u = 1/k, d = u/2 − u²/6 + u³/12 − u⁴/20 +
 * u⁵/30 − …, so d keeps its full relative precision however large k is: the result is accurate
 * to a few ulps for every safe integer k (ln(k/(k + 1)) would lose about k ulps) and, because
 * exp(−d) < 1 and rounding is monotone, it never exceeds `s / Math.E`.
 *
 * @param k chain length, a positive integer
 * @param s steepness per decade, > 0
 * @returns the maximum slope, per decade, in [s/4, s/e]
 * @throws {RangeError} if k is not a positive integer or s ≤ 0 or not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { maxExactMatchSlope } from "./derivative.ts";
 * assert.ok(maxExactMatchSlope(1, 1.5) === 0.375);
 * assert.ok(maxExactMatchSlope(10_000, 1) < 1 / Math.E);
 * assert.ok(maxExactMatchSlope(1e16, 1) <= 1 / Math.E);
 * ```
 */
export function maxExactMatchSlope(k: number, s: number): number {
  positiveInteger("k", k);
  positive("s", s);
  if (k === 1) return s / 4;
  let d: number;
  if (k < 1e4) {
    d = (k + 1) * Math.log1p(1 / k) - 1;
  } else {
    const u = 1 / k;
    d = u * (1 / 2 - u * (1 / 6 - u * (1 / 12 - u * (1 / 20 - u / 30))));
  }
  return (s / Math.E) * Math.exp(-d);
}

/**
 * Log-compute of the steepest exact-match slope: x* = x0 + logit(k/(k + 1))/s = x0 + ln(k)/s.
 *
 * @param k chain length, a positive integer
 * @param x0 log10 compute at which p = ½
 * @param s steepness per decade, > 0
 * @returns x*
 * @throws {RangeError} on a bad k, x0 or s
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { steepestLogCompute } from "./derivative.ts";
 * assert.ok(steepestLogCompute(1, 22, 1.5) === 22);
 * assert.ok(Math.abs(steepestLogCompute(4, 22, 1.5) - (22 + Math.log(4) / 1.5)) < 1e-15);
 * ```
 */
export function steepestLogCompute(k: number, x0: number, s: number): number {
  positiveInteger("k", k);
  finite("x0", x0);
  positive("s", s);
  return x0 + Math.log(k) / s;
}

/**
 * Per-token slope written in terms of p: dp/dx = s·p·(1 − p), for callers that hold p rather
 * than x (p = σ((x − x0)·s)).
 *
 * @param p per-token accuracy in [0, 1]
 * @param s steepness per decade, > 0
 * @returns dp/dx per decade
 * @throws {RangeError} if p is outside [0, 1] or s ≤ 0 or not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { perTokenSlopeAtP } from "./derivative.ts";
 * assert.equal(perTokenSlopeAtP(0.5, 1.5), 0.375);
 * ```
 */
export function perTokenSlopeAtP(p: number, s: number): number {
  probability("p", p);
  positive("s", s);
  return s * p * (1 - p);
}

/**
 * Exact-match slope written in terms of p: dEM/dx = k·p\^k·(1 − p)·s.
 *
 * @param p per-token accuracy in [0, 1]
 * @param k chain length, a positive integer
 * @param s steepness per decade, > 0
 * @returns dEM/dx per decade
 * @throws {RangeError} on a bad p, k or s
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exactMatchSlopeAtP } from "./derivative.ts";
 * assert.equal(exactMatchSlopeAtP(0.5, 4, 1.5), 0.1875);
 * ```
 */
export function exactMatchSlopeAtP(p: number, k: number, s: number): number {
  probability("p", p);
  positiveInteger("k", k);
  positive("s", s);
  return k * p ** k * (1 - p) * s;
}
