/**
 * The inverse step of the chain model: from a measured exact match EM to the per-token
 * accuracy it implies, p = EM\^(1/k).
 *
 * Caveats, all of which the book states next to every use:
 * - It assumes the k scored units are independent and equally hard; real errors cluster
 *   (a carry mistake breaks several digits at once), so the implied p is a summary, not a
 *   measurement.
 * - k is a modelling choice. For GPT-3 arithmetic, the answer's digits, the answer's BPE
 *   tokens and the number of carries are three different k; a larger k gives a larger p from
 *   the same EM.
 * - Near EM = 0 the inverse is steep: EM = 0/n only bounds p from above (by the interval's
 *   upper end to the power 1/k), it does not say p = 0.
 *
 * @module
 */
import { positiveInteger, probability } from "../validate.ts";
import { wilsonInterval } from "../stats/wilson.ts";

/**
 * Implied per-token accuracy p = EM\^(1/k).
 *
 * @param em exact-match accuracy in [0, 1]
 * @param k number of independent units the answer is scored on (positive integer)
 * @returns p in [0, 1]
 * @throws {RangeError} if em is outside [0, 1] or k is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { impliedPerToken } from "./implied_per_token.ts";
 * assert.equal(impliedPerToken(0.0625, 4), 0.5);
 * ```
 */
export function impliedPerToken(em: number, k: number): number {
  probability("em", em, "impliedPerToken");
  positiveInteger("k", k, "impliedPerToken");
  if (em === 0) return 0;
  return Math.exp(Math.log(em) / k);
}

/** An implied per-token accuracy with the interval carried over from EM. */
export interface ImpliedInterval {
  /** EM point estimate successes/n */
  em: number;
  /** Wilson interval of EM */
  emLower: number;
  /** Wilson interval of EM */
  emUpper: number;
  /** implied p = em\^(1/k) (0 when em = 0: read it as "below pUpper") */
  p: number;
  /** lower end, emLower\^(1/k) */
  pLower: number;
  /** upper end, emUpper\^(1/k) */
  pUpper: number;
  /** chain length used */
  k: number;
}

/**
 * Implied per-token accuracy with its interval: since p = EM\^(1/k) is increasing, the Wilson
 * interval of EM maps to [lower\^(1/k), upper\^(1/k)]. The interval is much wider in relative
 * terms near EM = 0.
 *
 * @param successes exact-match successes
 * @param n number of problems
 * @param k chain length
 * @returns EM and p with intervals
 * @throws {RangeError} on bad counts or k
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { impliedPerTokenInterval } from "./implied_per_token.ts";
 * const r = impliedPerTokenInterval(0, 2000, 5);
 * assert.ok(r.p === 0 && r.pUpper > 0.2 && r.pUpper < 0.3);
 * ```
 */
export function impliedPerTokenInterval(successes: number, n: number, k: number): ImpliedInterval {
  positiveInteger("k", k, "impliedPerTokenInterval");
  const ci = wilsonInterval(successes, n);
  return {
    em: ci.estimate,
    emLower: ci.lower,
    emUpper: ci.upper,
    p: impliedPerToken(ci.estimate, k),
    pLower: impliedPerToken(ci.lower, k),
    pUpper: impliedPerToken(ci.upper, k),
    k,
  };
}
