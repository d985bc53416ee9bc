/**
 * A table-driven e\^y for y ≤ 0, the exponential of the forward-pass scorer's softmax sums,
 * where it runs once per logit (billions of times for one batch of a real model).
 *
 * With y = k·ln2/256 + r, k = trunc(256·y/ln2), |r| < ln2/256:
 * e\^y = 2\^(−n) · 2\^(j/256) · e\^r, n = −⌊k/256⌋, j = k mod 256,
 * the two powers of two from tables and e\^r from its degree-4 Taylor polynomial
 * 1 + r + r²/2 + r³/6 + r⁴/24, whose remainder is below |r|⁵/120 · e\^|r| < 2e−14.
 *
 * @module
 */

/** Bits of the fraction table: 2\^8 = 256 entries 2\^(j/256), j = 0 … 255. */
export const EXP_TABLE_BITS = 8;
/** Entries of the fraction table, 2\^{@link EXP_TABLE_BITS}. */
export const EXP_TABLE_SIZE: number = 1 << EXP_TABLE_BITS;
/** Below this y, e\^y (< 5e−324) is returned as 0: it underflows in doubles anyway. */
export const EXP_UNDERFLOW: number = -745;

/**
 * The fraction table: 2\^(j/256) for j = 0 … 255. Exported, with the other kernel constants,
 * for a loop that must evaluate e\^y inline (see `lib/metrics/forward_pass.ts`).
 */
export const EXP_FRACTION: Float64Array = new Float64Array(EXP_TABLE_SIZE);
for (let j = 0; j < EXP_TABLE_SIZE; j++) EXP_FRACTION[j] = Math.pow(2, j / EXP_TABLE_SIZE);
/** The power table: 2\^(−n) for n = 0 … 1099 (y ≥ −745 needs n = −⌊k/256⌋ ≤ 1075). */
export const EXP_POW2_NEG: Float64Array = new Float64Array(1100);
for (let n = 0; n < EXP_POW2_NEG.length; n++) EXP_POW2_NEG[n] = Math.pow(2, -n);
const STEP = Math.LN2 / EXP_TABLE_SIZE;
/** ln2/256 rounded to 30 significant bits, so k·EXP_STEP_HI is exact for |k| < 2\^23. */
export const EXP_STEP_HI: number = Math.round(STEP * 2 ** 38) / 2 ** 38;
/** The rounding remainder ln2/256 − {@link EXP_STEP_HI}. */
export const EXP_STEP_LO: number = STEP - EXP_STEP_HI;
/** 256/ln2: k = trunc(y · EXP_INV_STEP). */
export const EXP_INV_STEP: number = EXP_TABLE_SIZE / Math.LN2;

/**
 * e\^y for y ≤ 0 by table lookup and a degree-4 polynomial (see the module documentation),
 * relative error below 1e−13 for −708 ≤ y ≤ 0; 0 for y < −745 (including −∞); NaN for NaN, so
 * a NaN logit stays visible in a sum.
 *
 * @param y a number ≤ 0
 * @returns e\^y
 * @throws {RangeError} if y > 0 (the tables hold negative powers of two only)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { expNonPositive } from "./exp.ts";
 * assert.equal(expNonPositive(0), 1);
 * assert.equal(expNonPositive(-Math.LN2), 0.5);
 * assert.ok(Math.abs(expNonPositive(-1) / Math.exp(-1) - 1) < 1e-13);
 * assert.equal(expNonPositive(-800), 0);
 * ```
 */
export function expNonPositive(y: number): number {
  if (y >= EXP_UNDERFLOW) {
    if (y > 0) throw new RangeError(`expNonPositive needs y ≤ 0, got ${y}`);
    const k = (y * EXP_INV_STEP) | 0;
    const r = (y - k * EXP_STEP_HI) - k * EXP_STEP_LO;
    return EXP_FRACTION[k & (EXP_TABLE_SIZE - 1)] * EXP_POW2_NEG[-(k >> EXP_TABLE_BITS)] *
      (1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24)))));
  }
  return y === y ? 0 : NaN;
}
