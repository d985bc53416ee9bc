/**
 * Where the exact-match curve turns up: the log-compute at which EM(x) = p(x)\^k reaches a
 * target, with p(x) = σ((x − x0)·s). Solving σ((x − x0)·s)\^k = T gives the closed form
 *
 *   x = x0 + logit(T\^(1/k)) / s.
 *
 * T\^(1/k) is close to 1 for long chains, so logit is evaluated as c − ln(−expm1(c)) with
 * c = ln(T)/k, which keeps full precision for k up to 10⁴ and beyond.
 *
 * @module
 */
import { finite, openUnit, positive, positiveInteger } from "../validate.ts";

/**
 * logit(T\^(1/k)) computed stably: with c = ln(T)/k, logit = c − ln(1 − e\^c).
 *
 * @param target exact-match level T in (0, 1)
 * @param k chain length, a positive integer
 * @returns logit(T\^(1/k))
 * @throws {RangeError} if target is outside (0, 1) or k is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logitOfRoot } from "./elbow.ts";
 * assert.ok(logitOfRoot(0.5, 1) === 0);
 * // k = 4: 0.5^(1/4) = 0.8408964..., logit = ln(0.8409/0.1591) = 1.664913...
 * assert.ok(Math.abs(logitOfRoot(0.5, 4) - 1.664913) < 1e-6);
 * ```
 */
export function logitOfRoot(target: number, k: number): number {
  openUnit("target", target);
  positiveInteger("k", k);
  const c = Math.log(target) / k;
  return c - Math.log(-Math.expm1(c));
}

/**
 * Log-compute at which exact match over k tokens reaches `target`:
 * x = x0 + logit(target\^(1/k)) / s.
 *
 * @param k chain length, a positive integer
 * @param x0 log10 compute at which per-token accuracy is ½
 * @param s sigmoid steepness per decade of compute, > 0
 * @param target exact-match level in (0, 1), default ½
 * @returns log10 compute of the elbow
 * @throws {RangeError} if k is not a positive integer, x0 is not finite, s ≤ 0 or not
 *   finite, target is outside (0, 1), or the elbow lies beyond the range of doubles (a
 *   subnormal s such as 1e-320 puts it ~10³²⁰ decades away)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { elbowLogCompute } from "./elbow.ts";
 * assert.ok(elbowLogCompute(1, 22, 1.5) === 22); // k = 1: EM = p = ½ at the midpoint
 * // k = 4, s = 1.5: 22 + 1.664913/1.5 = 23.109942
 * assert.ok(Math.abs(elbowLogCompute(4, 22, 1.5) - 23.109942) < 1e-6);
 * ```
 */
export function elbowLogCompute(k: number, x0: number, s: number, target = 0.5): number {
  positiveInteger("k", k);
  finite("x0", x0);
  positive("s", s);
  openUnit("target", target);
  const x = x0 + logitOfRoot(target, k) / s;
  if (!Number.isFinite(x)) {
    throw new RangeError(
      `elbowLogCompute: x0 + logit(target^(1/k))/s is not a finite number for k=${k}, x0=${x0}, ` +
        `s=${s}, target=${target} (s is too small: the elbow lies beyond ±1.8e308)`,
    );
  }
  return x;
}

/**
 * Width in log-compute (decades) of the exact-match transition from `low` to `high`:
 * [logit(high\^(1/k)) − logit(low\^(1/k))] / s. For k = 1 and 10 %→90 % it is 2·ln 9 / s; as
 * k → ∞ it shrinks towards ln(ln low / ln high) / s.
 *
 * @param k chain length, a positive integer
 * @param s sigmoid steepness per decade, > 0
 * @param low lower exact-match level in (0, 1), default 0.1
 * @param high upper exact-match level in (low, 1), default 0.9
 * @returns width in decades of compute
 * @throws {RangeError} on a bad k or s, levels outside (0, 1), low ≥ high, or a width beyond
 *   the range of doubles (subnormal s)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { transitionWidth } from "./elbow.ts";
 * assert.ok(Math.abs(transitionWidth(1, 1) - 2 * Math.log(9)) < 1e-12);
 * ```
 */
export function transitionWidth(k: number, s: number, low = 0.1, high = 0.9): number {
  positiveInteger("k", k);
  positive("s", s);
  openUnit("low", low);
  openUnit("high", high);
  if (!(low < high)) throw new RangeError(`low must be < high, got low ${low}, high ${high}`);
  const width = (logitOfRoot(high, k) - logitOfRoot(low, k)) / s;
  if (!Number.isFinite(width)) {
    throw new RangeError(
      `transitionWidth: the width is not a finite number for k=${k}, s=${s} (s is too small)`,
    );
  }
  return width;
}
