/**
 * Integers as Unicode superscript digits, for powers of ten in captions, labels and alt texts
 * ("10²³ FLOPs").
 *
 * @module
 */

const SUPERSCRIPT: Record<string, string> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "-": "⁻",
};

/**
 * Writes an integer as Unicode superscript digits.
 *
 * @param n an integer
 * @returns e.g. "²³" for 23
 * @throws {RangeError} if n is not an integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { superscript } from "./superscript.ts";
 * assert.equal(superscript(23), "²³");
 * ```
 */
export function superscript(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`superscript needs an integer, got ${n}`);
  return String(n).split("").map((c) => SUPERSCRIPT[c]).join("");
}
