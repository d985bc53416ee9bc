/**
 * The **emergence score**: BIG-bench's *breakthroughness* (Srivastava et al. 2022, "Beyond the
 * Imitation Game", Appendix B), which Schaeffer, Miranda & Koyejo (2023, Eq. 1) call the
 * emergence score and use to screen task–metric–model family triplets that may look emergent.
 *
 * For metric values y_1..y_n of one task, ordered by increasing model scale,
 *
 *   score = sign(argmax_i y_i − argmin_i y_i) · (max y − min y) / sqrt(median_{i≥2} (y_i − y_{i−1})²)
 *
 * Large when the total change is big compared with the typical step: a curve that moves in
 * one or two jumps scores high, while a straight line of n points (n − 1 equal steps) scores
 * exactly n − 1. The sign says whether the best model comes after (+) or before (−) the worst.
 *
 * **When the median squared step is 0** (more than half the steps are exactly flat, as for an
 * accuracy stuck at 0 on a small test set before it jumps) the ratio is unbounded. This
 * module then returns `sign · Infinity` if max > min (the curve is "all jump" by this
 * definition), and 0 if the values are all equal. Pass `minStep` (e.g. the metric's
 * resolution 1/n for an accuracy on n questions) to bound the denominator below instead:
 * sqrt(median) is replaced by max(sqrt(median), minStep).
 *
 * Ties for argmax/argmin take the first index (as `numpy.argmax`).
 *
 * @module
 */
import { describe, finite, positive } from "../validate.ts";

/** Options of {@link emergenceScore}. */
export interface EmergenceScoreOptions {
  /**
   * lower bound on the denominator sqrt(median squared step), e.g. 1/n for an accuracy
   * measured on n questions; default none (a zero median gives ±Infinity)
   */
  minStep?: number;
}

/**
 * Median of a list of numbers (mean of the two middle values for an even count).
 *
 * @param values finite numbers, at least one
 * @returns the median
 * @throws {RangeError} if the list is empty or holds a non-finite value
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { median } from "./emergence_score.ts";
 * assert.equal(median([3, 1, 2]), 2);
 * assert.equal(median([4, 1, 2, 3]), 2.5);
 * ```
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of an empty list");
  values.forEach((v, i) => finite(`values[${i}]`, v));
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h] : (s[h - 1] + s[h]) / 2;
}

/**
 * The BIG-bench emergence score of metric values ordered by increasing scale (formula and
 * the median-0 convention in the module documentation).
 *
 * @param values metric values y_1..y_n by increasing scale, n ≥ 2, all finite
 * @param options `minStep`: floor for the denominator
 * @returns the score; ±Infinity when the median squared step is 0 and no `minStep` is
 *   given while max > min; 0 for a constant sequence
 * @throws {RangeError} if fewer than 2 values, a value is not finite, or minStep ≤ 0
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceScore } from "./emergence_score.ts";
 * // steps 1, 1, 1: (3 − 0) / sqrt(1) = 3
 * assert.equal(emergenceScore([0, 1, 2, 3]), 3);
 * // steps 0.1, 0.1, 0.8: median step² = 0.01, score (1 − 0) / 0.1 = 10
 * assert.ok(Math.abs(emergenceScore([0, 0.1, 0.2, 1]) - 10) < 1e-12);
 * // flat then a jump: median step 0 → Infinity
 * assert.equal(emergenceScore([0, 0, 0, 1]), Infinity);
 * ```
 */
export function emergenceScore(
  values: readonly number[],
  options: EmergenceScoreOptions = {},
): number {
  if (!Array.isArray(values) || values.length < 2) {
    throw new RangeError(
      `emergenceScore needs at least 2 values ordered by scale, got ${describe(values)}`,
    );
  }
  values.forEach((v, i) => finite(`values[${i}]`, v));
  const minStep = options.minStep === undefined ? 0 : positive("minStep", options.minStep);
  let iMax = 0, iMin = 0;
  for (let i = 1; i < values.length; i++) {
    if (values[i] > values[iMax]) iMax = i;
    if (values[i] < values[iMin]) iMin = i;
  }
  const range = values[iMax] - values[iMin];
  if (range === 0) return 0;
  const sign = Math.sign(iMax - iMin);
  const steps: number[] = [];
  for (let i = 1; i < values.length; i++) steps.push((values[i] - values[i - 1]) ** 2);
  const denom = Math.max(Math.sqrt(median(steps)), minStep);
  if (denom === 0) return sign * Infinity;
  return sign * range / denom;
}

/**
 * Number of exactly flat steps (y_i = y_{i−1}) in a sequence ordered by scale. When more than
 * half of the steps are flat, the median squared step is 0 and {@link emergenceScore} is
 * infinite (for a non-constant sequence).
 *
 * @param values metric values by increasing scale, at least 2, all finite
 * @returns how many of the n − 1 steps are exactly 0
 * @throws {RangeError} if fewer than 2 values or a value is not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { flatSteps } from "./emergence_score.ts";
 * assert.equal(flatSteps([0, 0, 0, 0.2, 0.2]), 3);
 * ```
 */
export function flatSteps(values: readonly number[]): number {
  if (!Array.isArray(values) || values.length < 2) {
    throw new RangeError(`flatSteps needs at least 2 values, got ${describe(values)}`);
  }
  values.forEach((v, i) => finite(`values[${i}]`, v));
  let flat = 0;
  for (let i = 1; i < values.length; i++) if (values[i] === values[i - 1]) flat++;
  return flat;
}
