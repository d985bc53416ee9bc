/**
 * The long-answer limit of the chain models: "shift, not steepen".
 *
 * Sigmoid chain model: with p = σ(z), z = s·(x − x0), exact match over k tokens is
 * σ(z)\^k = (1 + e\^(−z))\^(−k). Where the rise happens for large k, e\^(−z) is small and
 * ln σ(z)\^k = −k·ln(1 + e\^(−z)) ≈ −k·e\^(−z), so
 *
 *   EM ≈ exp(−k·e\^(−s(x − x0))) = exp(−e\^(−s(x − x0 − ln k / s))),
 *
 * a Gompertz curve whose shape does not depend on k: a longer answer moves it by ln k / s and
 * leaves its width at ln(ln 10 / ln(10/9)) / s ≈ 3.08 / s between EM = 0.1 and 0.9.
 *
 * Power-law chain model: with cross-entropy (N/c)\^α (α < 0) and p = exp(−(N/c)\^α), exact match
 * is exp(−k·(N/c)\^α) = exp(−e\^(α·(ln N − ln c) + ln k)) exactly, the same Gompertz form in ln N,
 * moved by ln k / |α| in ln N (ln k / (|α| ln 10) decades) at every k, with no change of shape.
 *
 * @module
 */
import { positive, positiveInteger } from "../validate.ts";

/**
 * The Gompertz-limit shift of the sigmoid chain model's rise from k = 1 to k tokens, ln k / s.
 *
 * @param k tokens per answer (positive integer)
 * @param s steepness per decade (> 0)
 * @returns the shift in decades
 * @throws {RangeError} if k is not a positive integer or s is not positive
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gompertzShift } from "./gompertz.ts";
 * assert.equal(gompertzShift(20, 1.5).toFixed(4), "1.9972");
 * ```
 */
export function gompertzShift(k: number, s: number): number {
  positiveInteger("k", k, "gompertzShift");
  positive("s", s, "gompertzShift");
  return Math.log(k) / s;
}

/**
 * Width of the Gompertz curve exp(−e\^(−s·x)) between `low` and `high`:
 * [ln(−ln low) − ln(−ln high)] / s, the limit of the sigmoid chain model's 10 %→90 % width
 * as k grows.
 *
 * @param s steepness per decade (> 0)
 * @param low lower level in (0, 1) (default 0.1)
 * @param high upper level in (low, 1) (default 0.9)
 * @returns the width in decades
 * @throws {RangeError} if s is not positive or the levels are out of order or range
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gompertzWidth } from "./gompertz.ts";
 * assert.equal(gompertzWidth(1).toFixed(4), "3.0844");
 * ```
 */
export function gompertzWidth(s: number, low = 0.1, high = 0.9): number {
  positive("s", s, "gompertzWidth");
  if (!(low > 0 && low < high && high < 1)) {
    throw new RangeError(`gompertzWidth: need 0 < low < high < 1, got low=${low}, high=${high}`);
  }
  return (Math.log(-Math.log(low)) - Math.log(-Math.log(high))) / s;
}

/**
 * Shift, in decades of N, of the power-law chain model's exact-match curve when the answer
 * grows from k1 to k2 tokens: ln(k2/k1) / (|α|·ln 10). Exact, not a limit.
 *
 * @param k1 tokens per answer before (positive integer)
 * @param k2 tokens per answer after (positive integer)
 * @param alpha the cross-entropy exponent (≠ 0; the sign is ignored)
 * @returns the shift in decades (positive when k2 > k1)
 * @throws {RangeError} if k1, k2 are not positive integers or alpha is 0 or not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { powerLawChainShift } from "./gompertz.ts";
 * assert.equal(powerLawChainShift(4, 8, -0.35).toFixed(4), "0.8601");
 * ```
 */
export function powerLawChainShift(k1: number, k2: number, alpha: number): number {
  positiveInteger("k1", k1, "powerLawChainShift");
  positiveInteger("k2", k2, "powerLawChainShift");
  positive("|alpha|", Math.abs(alpha), "powerLawChainShift");
  return Math.log(k2 / k1) / (Math.abs(alpha) * Math.LN10);
}
