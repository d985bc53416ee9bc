/**
 * The check a chapter's by-hand cell ends with: the plain version a student would write must
 * agree with the tested library function the chapter then uses.
 *
 * @module
 */

/**
 * Throws unless a value computed by hand agrees with the library's, within an absolute
 * tolerance. Returns nothing and prints nothing when they agree.
 *
 * @param byHand the value from the plain computation
 * @param library the value from the library function
 * @param tolerance the largest allowed |byHand − library|, ≥ 0 (default 1e-12; 0 asks for
 *   equality)
 * @param what optional words naming the value, used in the error message
 * @throws {RangeError} if a value is not a finite number or the tolerance is negative or not
 *   finite
 * @throws {Error} if the two values differ by more than the tolerance; the message gives both
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkClose } from "./check.ts";
 * checkClose(0.9 * 0.9, 0.81, 1e-15);
 * assert.throws(() => checkClose(0.5, 0.25, 1e-12, "p^2"), /p\^2: by hand 0\.5, library 0\.25/);
 * ```
 */
export function checkClose(
  byHand: number,
  library: number,
  tolerance = 1e-12,
  what?: string,
): void {
  const label = what ? `${what}: ` : "";
  for (const [name, v] of [["byHand", byHand], ["library", library]] as const) {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new RangeError(`${label}${name} must be a finite number, got ${v}`);
    }
  }
  if (typeof tolerance !== "number" || !(tolerance >= 0) || !Number.isFinite(tolerance)) {
    throw new RangeError(`${label}tolerance must be a finite number ≥ 0, got ${tolerance}`);
  }
  const gap = Math.abs(byHand - library);
  if (gap > tolerance) {
    throw new Error(
      `${label}by hand ${byHand}, library ${library}: they differ by ${gap}, more than ${tolerance}`,
    );
  }
}
