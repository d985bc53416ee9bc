/**
 * Token log-likelihood of the correct answer under the chain model: the smooth metric that
 * exact match hides. For k tokens each correct with probability p, the log-probability of
 * the whole correct answer is Σ ln p = k·ln p (natural log, nats).
 *
 * @module
 */
import { positiveInteger, probability } from "../validate.ts";

/**
 * Summed token log-likelihood of a k-token correct answer, k·ln p (nats).
 *
 * @param p per-token probability of the correct token, in [0, 1]
 * @param k number of tokens, a positive integer
 * @returns k·ln p in [−∞, 0]; −∞ exactly when p = 0
 * @throws {RangeError} if p is outside [0, 1] or not finite, or k is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tokenLogLikelihood } from "./loglik.ts";
 * assert.ok(Math.abs(tokenLogLikelihood(0.5, 4) - -2.772588722239781) < 1e-15);
 * ```
 */
export function tokenLogLikelihood(p: number, k: number): number {
  probability("p", p);
  positiveInteger("k", k);
  if (p === 0) return -Infinity;
  return k * Math.log(p);
}

/**
 * Mean per-token log-likelihood, ln p (nats): the per-token average of
 * {@link tokenLogLikelihood}, independent of the chain length.
 *
 * @param p per-token probability of the correct token, in [0, 1]
 * @returns ln p in [−∞, 0]; −∞ exactly when p = 0
 * @throws {RangeError} if p is outside [0, 1] or not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { meanTokenLogLikelihood } from "./loglik.ts";
 * assert.ok(meanTokenLogLikelihood(1) === 0);
 * assert.ok(Math.abs(meanTokenLogLikelihood(0.5) + Math.LN2) < 1e-16);
 * ```
 */
export function meanTokenLogLikelihood(p: number): number {
  probability("p", p);
  if (p === 0) return -Infinity;
  return Math.log(p);
}
