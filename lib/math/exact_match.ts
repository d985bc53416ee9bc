/**
 * The chain model of exact match: a task needing k independent correct tokens scores p\^k.
 *
 * Three numerically different routes to the same quantity:
 * - {@link exactMatch}: EM = p\^k = exp(k·ln p);
 * - {@link logExactMatch}: ln EM = k·ln p, which never underflows (useful for k up to 10⁴
 *   and p near 0, where p\^k is below the smallest double);
 * - {@link exactMatchFromErrorRate}: EM = exp(k·log1p(−q)) from the per-token error rate
 *   q = 1 − p, which keeps full precision when p is within ~1e-12 of 1 (where p itself can
 *   no longer hold q's digits).
 *
 * @module
 */
import { openUnit, positiveInteger, probability } from "../validate.ts";

/**
 * Exact-match accuracy over a chain of k independent tokens, EM = p\^k, computed with
 * `Math.pow` (about 1 ulp; exp(k·ln p) would lose ~|k·ln p| ulps). For p\^k below ~1e-308 the
 * result underflows to 0: use {@link logExactMatch} there.
 *
 * @param p per-token accuracy, in [0, 1]
 * @param k chain length, a positive integer
 * @returns exact-match accuracy in [0, 1] (may underflow to 0 for tiny p\^k; use
 *   {@link logExactMatch} there)
 * @throws {RangeError} if p is outside [0, 1] or not finite, or k is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exactMatch } from "./exact_match.ts";
 * assert.ok(Math.abs(exactMatch(0.9, 8) - 0.43046721) < 1e-12);
 * ```
 */
export function exactMatch(p: number, k: number): number {
  probability("p", p);
  positiveInteger("k", k);
  return p ** k;
}

/**
 * Natural logarithm of exact match, ln EM = k·ln p. It never underflows: for p = 1e-12 and
 * k = 10⁴ it returns about −276 310, where p\^k itself is far below the smallest double.
 *
 * @param p per-token accuracy, in [0, 1]
 * @param k chain length, a positive integer
 * @returns k·ln p, in [−∞, 0]; −∞ exactly when p = 0
 * @throws {RangeError} if p is outside [0, 1] or not finite, or k is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logExactMatch } from "./exact_match.ts";
 * assert.ok(Math.abs(logExactMatch(0.5, 4) - 4 * Math.log(0.5)) < 1e-15);
 * assert.ok(Number.isFinite(logExactMatch(1e-12, 10_000))); // p^k would underflow to 0
 * ```
 */
export function logExactMatch(p: number, k: number): number {
  probability("p", p);
  positiveInteger("k", k);
  if (p === 0) return -Infinity;
  return k * Math.log(p);
}

/**
 * Exact match from the per-token error rate q = 1 − p: EM = (1 − q)\^k = exp(k·log1p(−q)).
 * Use it when p is within ~1e-12 of 1: there p = 1 − q cannot be stored with q's
 * precision, but q can.
 *
 * @param q per-token error rate 1 − p, in [0, 1]
 * @param k chain length, a positive integer
 * @returns exact-match accuracy in [0, 1]
 * @throws {RangeError} if q is outside [0, 1] or not finite, or k is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exactMatchFromErrorRate } from "./exact_match.ts";
 * // (1 − 1e-13)^10000 = exp(−1e-9 − 5e-23...) ≈ 1 − 1e-9
 * assert.ok(Math.abs(exactMatchFromErrorRate(1e-13, 10_000) - (1 - 1e-9)) < 1e-18);
 * assert.ok(exactMatchFromErrorRate(0.1, 2) === Math.exp(2 * Math.log1p(-0.1)));
 * ```
 */
export function exactMatchFromErrorRate(q: number, k: number): number {
  probability("q", q);
  positiveInteger("k", k);
  if (q === 1) return 0;
  return Math.exp(k * Math.log1p(-q));
}

/**
 * Logarithm of exact match from the per-token error rate: ln EM = k·log1p(−q).
 *
 * @param q per-token error rate 1 − p, in [0, 1]
 * @param k chain length, a positive integer
 * @returns k·ln(1 − q), in [−∞, 0]; −∞ exactly when q = 1
 * @throws {RangeError} if q is outside [0, 1] or not finite, or k is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logExactMatchFromErrorRate } from "./exact_match.ts";
 * assert.ok(Math.abs(logExactMatchFromErrorRate(1e-12, 100) - -1e-10) < 1e-21);
 * ```
 */
export function logExactMatchFromErrorRate(q: number, k: number): number {
  probability("q", q);
  positiveInteger("k", k);
  if (q === 1) return -Infinity;
  return k * Math.log1p(-q);
}

/**
 * Per-token accuracy needed for a target exact match over k tokens: p = target\^(1/k).
 *
 * @param target exact-match level, in (0, 1)
 * @param k chain length, a positive integer
 * @returns the per-token accuracy p with p\^k = target
 * @throws {RangeError} if target is outside (0, 1) or k is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { requiredPerToken } from "./exact_match.ts";
 * assert.ok(Math.abs(requiredPerToken(0.5, 20) - 0.965936328924846) < 1e-12);
 * ```
 */
export function requiredPerToken(target: number, k: number): number {
  openUnit("target", target);
  positiveInteger("k", k);
  return Math.exp(Math.log(target) / k);
}

/**
 * The longest chain a model can complete with at least the target exact match:
 * the largest integer k with p\^k ≥ target, k = ⌊ln(target) / ln(p)⌋ (0 when even one token
 * falls short).
 *
 * @param p per-token accuracy, in (0, 1)
 * @param target exact-match level, in (0, 1)
 * @returns the largest such k (a non-negative integer)
 * @throws {RangeError} if p or target is outside (0, 1) or not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { maxChainLength } from "./exact_match.ts";
 * assert.equal(maxChainLength(0.99, 0.5), 68); // 0.99^68 = 0.505, 0.99^69 = 0.4998
 * ```
 */
export function maxChainLength(p: number, target: number): number {
  openUnit("p", p);
  openUnit("target", target);
  let k = Math.floor(Math.log(target) / Math.log(p));
  // guard the floor against rounding at exact powers
  while (k > 0 && p ** k < target) k--;
  while (p ** (k + 1) >= target) k++;
  return k;
}
