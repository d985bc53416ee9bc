/**
 * The logistic function and its inverse, the two building blocks of the per-token model
 * p(x) = σ((x − x0)·s).
 *
 * @module
 */
import { finite, probability } from "../validate.ts";

/**
 * Logistic sigmoid σ(z) = 1 / (1 + e\^(−z)), evaluated without overflow for large |z|.
 *
 * @param z any finite real number
 * @returns σ(z) in [0, 1]
 * @throws {RangeError} if z is NaN or infinite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sigmoid } from "./sigmoid.ts";
 * assert.ok(sigmoid(0) === 0.5);
 * ```
 */
export function sigmoid(z: number): number {
  return sigmoidUnchecked(finite("z", z));
}

/**
 * The same σ(z) as {@link sigmoid}, without the argument check, for inner loops (a fit's
 * residuals, evaluated thousands of times) whose inputs were validated once up front:
 * σ(z) = 1 / (1 + e\^(−z)) for z ≥ 0 and e\^z / (1 + e\^z) for z < 0, so neither branch
 * overflows. The limits are exact: σ(+∞) = 1, σ(−∞) = 0. NaN gives NaN, so a caller must not
 * pass anything it has not checked.
 *
 * @param z a real number, ±∞ allowed
 * @returns σ(z) in [0, 1]; NaN for NaN
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sigmoid, sigmoidUnchecked } from "./sigmoid.ts";
 * assert.equal(sigmoidUnchecked(-2), sigmoid(-2));
 * assert.equal(sigmoidUnchecked(Infinity), 1);
 * assert.equal(sigmoidUnchecked(-Infinity), 0);
 * ```
 */
export function sigmoidUnchecked(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Logit, the inverse of the sigmoid: logit(p) = ln(p / (1 − p)).
 *
 * @param p a probability in (0, 1); 0 and 1 map to −∞ and +∞
 * @returns ln(p / (1 − p))
 * @throws {RangeError} if p is outside [0, 1] or not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logit } from "./sigmoid.ts";
 * assert.ok(logit(0.5) === 0);
 * ```
 */
export function logit(p: number): number {
  probability("p", p);
  return Math.log(p) - Math.log1p(-p);
}

/**
 * The argument z = (x − x0)·s of the per-token model, computed so that a difference x − x0
 * beyond the largest double does not turn a finite answer into an error: the difference is
 * formed from x/2 and x0/2 (halving is exact) and doubled at the end. The result is the
 * correctly rounded product where that is finite, and ±∞ where |z| exceeds ~1.8e308, which
 * callers read as the plateau (σ = 1 or 0).
 *
 * @param x log10 compute (finite)
 * @param x0 midpoint (finite)
 * @param s steepness (finite, > 0)
 * @returns (x − x0)·s, possibly ±∞, never NaN for finite inputs
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sigmoidArgument } from "./sigmoid.ts";
 * assert.equal(sigmoidArgument(23, 22, 1.5), 1.5);
 * assert.equal(sigmoidArgument(1e308, -1e308, 1e-300), 2e8);
 * assert.equal(sigmoidArgument(1e308, -1e308, 1.5), Infinity);
 * ```
 */
export function sigmoidArgument(x: number, x0: number, s: number): number {
  return 2 * ((x / 2 - x0 / 2) * s);
}

/**
 * Per-token accuracy of the sigmoid model, p(x) = σ((x − x0)·s), x = log10(compute).
 *
 * @param x log10 of training compute in FLOPs
 * @param x0 log10 compute at which p = ½
 * @param s steepness, per decade of compute (> 0)
 * @returns per-token accuracy p in [0, 1]; exactly 1 or 0 when (x − x0)·s is beyond the
 *   range of doubles (e.g. x = 1e308, x0 = −1e308)
 * @throws {RangeError} if an argument is not finite or s ≤ 0
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { perTokenAccuracy } from "./sigmoid.ts";
 * assert.ok(perTokenAccuracy(22, 22, 1.5) === 0.5);
 * assert.equal(perTokenAccuracy(1e308, -1e308, 1.5), 1);
 * ```
 */
export function perTokenAccuracy(x: number, x0: number, s: number): number {
  finite("x", x);
  finite("x0", x0);
  finite("s", s);
  if (s <= 0) throw new RangeError(`s must be > 0, got ${s}`);
  const z = sigmoidArgument(x, x0, s);
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  return sigmoid(z);
}
