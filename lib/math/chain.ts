/**
 * The chain model of exact match: a task needing k independent correct tokens scores p^k.
 *
 * @module
 */
import { positiveInteger, probability } from "../validate.ts";

/**
 * Exact-match accuracy over a chain of k independent tokens, EM = p^k, computed as
 * exp(k·ln p) so very long chains do not lose precision.
 *
 * @param p per-token accuracy, in [0, 1]
 * @param k chain length, a positive integer
 * @returns exact-match accuracy in [0, 1]
 * @throws {RangeError} if p is outside [0, 1] or not finite, or k is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exactMatch } from "./chain.ts";
 * assert.ok(Math.abs(exactMatch(0.9, 8) - 0.43046721) < 1e-12);
 * ```
 */
export function exactMatch(p: number, k: number): number {
  probability("p", p);
  positiveInteger("k", k);
  if (p === 0) return 0;
  return Math.exp(k * Math.log(p));
}
