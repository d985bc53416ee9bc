/**
 * Smallest and largest value of an array by a loop. `Math.min(...values)` passes every element
 * as a separate argument and overflows the call stack at about 10⁵ elements (a 130,000-point
 * fit did); these helpers take the array itself, however long.
 *
 * They keep `Math.min`/`Math.max` semantics exactly, so they are drop-in replacements: an
 * empty array gives `Infinity` (min) or `−Infinity` (max), any `NaN` gives `NaN`, and −0 is
 * below +0.
 *
 * @module
 */

/**
 * Smallest value, as `Math.min(...values)` but without spreading.
 *
 * @param values numbers (an array, a typed array or any array-like)
 * @returns the minimum; `Infinity` for an empty array, `NaN` if any value is `NaN`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { minOf } from "./extent.ts";
 * assert.equal(minOf([3, 1, 2]), 1);
 * assert.equal(minOf(new Float64Array(200_000).fill(5)), 5);
 * assert.equal(minOf([]), Infinity);
 * ```
 */
export function minOf(values: ArrayLike<number>): number {
  let m = Infinity;
  for (let i = 0; i < values.length; i++) m = Math.min(m, values[i]);
  return m;
}

/**
 * Largest value, as `Math.max(...values)` but without spreading.
 *
 * @param values numbers (an array, a typed array or any array-like)
 * @returns the maximum; `−Infinity` for an empty array, `NaN` if any value is `NaN`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { maxOf } from "./extent.ts";
 * assert.equal(maxOf([3, 1, 2]), 3);
 * assert.equal(maxOf([]), -Infinity);
 * ```
 */
export function maxOf(values: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < values.length; i++) m = Math.max(m, values[i]);
  return m;
}
