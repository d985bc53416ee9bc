/**
 * Evenly spaced grids over a range, for curves drawn or searched point by point.
 *
 * @module
 */
import { finite, positiveInteger } from "../validate.ts";

/**
 * The steps + 1 evenly spaced points x_i = from + (to − from)·i / steps, i = 0 … steps, after
 * checking the range.
 *
 * @param from first point (finite)
 * @param to last point (finite, > from)
 * @param steps intervals (positive integer)
 * @param context the caller, named in error messages
 * @returns the grid, from first; its last point is `to` up to rounding
 * @throws {RangeError} if from or to is not finite, steps is not a positive integer, or
 *   from ≥ to (message `"<context>: from (…) must be < to (…)"`)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rangeGrid } from "./grid.ts";
 * assert.deepEqual(rangeGrid(20, 22, 4, "example"), [20, 20.5, 21, 21.5, 22]);
 * assert.throws(() => rangeGrid(2, 1, 4, "example"), /example: from \(2\) must be < to \(1\)/);
 * ```
 */
export function rangeGrid(from: number, to: number, steps: number, context: string): number[] {
  finite("from", from, context);
  finite("to", to, context);
  positiveInteger("steps", steps, context);
  if (!(from < to)) throw new RangeError(`${context}: from (${from}) must be < to (${to})`);
  return Array.from({ length: steps + 1 }, (_, i) => from + ((to - from) * i) / steps);
}
