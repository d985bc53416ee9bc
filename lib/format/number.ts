/**
 * Numbers as the book prints them: integers as they are, other values to a number of
 * significant digits, very small or very large magnitudes in exponent form.
 *
 * @module
 */

/**
 * Formats a number for display: integers as they are, others with `digits` significant
 * digits, very small or large magnitudes in exponent form.
 *
 * @param x the number
 * @param digits significant digits
 * @returns the formatted string
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatNumber } from "./number.ts";
 * assert.ok(formatNumber(0.047425873) === "0.04743");
 * assert.ok(formatNumber(4.9e-6) === "4.900e-6");
 * ```
 */
export function formatNumber(x: number, digits = 4): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e6) return String(x);
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) {
    return x.toExponential(digits - 1).replace("e+", "e");
  }
  return x.toPrecision(digits).replace(/(\.\d*?[1-9])0+$/, "$1").replace(/\.0+$/, "");
}
