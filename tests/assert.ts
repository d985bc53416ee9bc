/**
 * Test assertions. `jsr:@std/assert` cannot be fetched here (the JSR registry is not
 * reachable), so the tests use `node:assert/strict` plus this tolerance helper.
 *
 * @module
 */
import assert from "node:assert/strict";

export { assert };
export const { equal, deepEqual, ok, throws, rejects, notEqual } = assert;

/**
 * Asserts |actual − expected| ≤ tolerance (absolute), with a message that shows both.
 *
 * @param actual the computed value
 * @param expected the known-correct value
 * @param tolerance allowed absolute difference (default 1e-12)
 * @param message optional prefix for the failure message
 * @throws {assert.AssertionError} when the values differ by more than the tolerance or
 *   either is NaN
 * @example
 * ```ts
 * import { assertAlmostEquals } from "./assert.ts";
 * assertAlmostEquals(0.1 + 0.2, 0.3, 1e-15);
 * ```
 */
export function assertAlmostEquals(
  actual: number,
  expected: number,
  tolerance = 1e-12,
  message?: string,
): void {
  if (Number.isNaN(actual) || Number.isNaN(expected)) {
    throw new assert.AssertionError({
      message: `${message ? message + ": " : ""}NaN: actual ${actual}, expected ${expected}`,
      actual,
      expected,
    });
  }
  if (actual === expected) return;
  const delta = Math.abs(actual - expected);
  if (!(delta <= tolerance)) {
    throw new assert.AssertionError({
      message: `${
        message ? message + ": " : ""
      }expected ${actual} to be within ${tolerance} of ${expected} (off by ${delta})`,
      actual,
      expected,
    });
  }
}

/**
 * Asserts a relative difference |actual − expected| / |expected| ≤ relTolerance.
 *
 * @param actual the computed value
 * @param expected the known-correct value (non-zero)
 * @param relTolerance allowed relative difference
 * @param message optional prefix for the failure message
 * @throws {assert.AssertionError} when the relative difference is larger
 * @example
 * ```ts
 * import { assertRelativeEquals } from "./assert.ts";
 * assertRelativeEquals(1.0001e-30, 1e-30, 1e-3);
 * ```
 */
export function assertRelativeEquals(
  actual: number,
  expected: number,
  relTolerance: number,
  message?: string,
): void {
  const scale = Math.abs(expected);
  assertAlmostEquals(actual, expected, relTolerance * scale, message);
}
