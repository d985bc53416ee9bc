/**
 * Wilson score interval for a binomial proportion.
 *
 * For k successes in n trials, p̂ = k/n and z the normal quantile (1.96 for 95 %):
 *
 *   centre = (p̂ + z²/(2n)) / (1 + z²/n)
 *   half   = z·sqrt(p̂(1 − p̂)/n + z²/(4n²)) / (1 + z²/n)
 *
 * and the interval is [centre − half, centre + half], clipped to [0, 1]. Unlike the Wald
 * interval it does not collapse to a point at k = 0 or k = n: a score of 0/200 gets an upper
 * bound of about 0.019, which is why the book writes it as "below 1/n", not as zero.
 *
 * @module
 */
import { describe, finite, nonNegativeInteger, positive, positiveInteger } from "../validate.ts";

/** A proportion with its interval. */
export interface BinomialInterval {
  /** successes */
  successes: number;
  /** trials */
  n: number;
  /** point estimate k/n */
  estimate: number;
  /** lower end of the interval */
  lower: number;
  /** upper end of the interval */
  upper: number;
}

/**
 * Wilson score interval (Wilson 1927) for `successes` out of `n`.
 *
 * @param successes number of successes k, an integer in [0, n]
 * @param n number of trials, a positive integer no larger than `Number.MAX_SAFE_INTEGER`
 *   (2\^53 − 1): above it consecutive integers are no longer distinct doubles
 * @param z normal quantile; 1.959963984540054 gives a 95 % interval
 * @returns the estimate and the interval, all in [0, 1], with lower ≤ estimate ≤ upper
 * @throws {RangeError} if k or n is not an integer, n is above 2\^53 − 1, k > n, or z is not
 *   positive
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { wilsonInterval } from "./wilson.ts";
 * const ci = wilsonInterval(0, 200);
 * assert.ok(ci.lower === 0 && Math.abs(ci.upper - 0.01884) < 1e-4);
 * ```
 */
export function wilsonInterval(
  successes: number,
  n: number,
  z = 1.959963984540054,
): BinomialInterval {
  nonNegativeInteger("successes", successes);
  positiveInteger("n", n);
  if (n > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(
      `n must be at most 2^53 − 1 = ${Number.MAX_SAFE_INTEGER} (a count a double holds exactly), got ${n}`,
    );
  }
  positive("z", finite("z", z));
  if (successes > n) {
    throw new RangeError(`successes must be ≤ n, got successes=${successes}, n=${n}`);
  }
  const pHat = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (pHat + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt(pHat * (1 - pHat) / n + z2 / (4 * n * n))) / denom;
  return {
    successes,
    n,
    estimate: pHat,
    // the clamps to the estimate only guard against rounding; mathematically they never bind
    lower: successes === 0 ? 0 : Math.min(pHat, Math.max(0, centre - half)),
    upper: successes === n ? 1 : Math.max(pHat, Math.min(1, centre + half)),
  };
}

/**
 * Formats a measured accuracy for a table: `"0.425 [0.357, 0.496]"`, or for zero successes
 * `"< 1/200 (0/200; CI upper 0.019)"`, because zero out of n means "below the resolution 1/n",
 * not "zero".
 *
 * @param successes number of successes
 * @param n number of trials
 * @param digits decimals to show, an integer from 0 to 100
 * @returns the formatted string
 * @throws {RangeError} as {@link wilsonInterval}, or if digits is not an integer in [0, 100]
 * @example
 * ```ts
 * import { formatAccuracy } from "./wilson.ts";
 * formatAccuracy(0, 200); // "< 1/200 (0/200; 95% CI upper 0.019)"
 * ```
 */
export function formatAccuracy(successes: number, n: number, digits = 3): string {
  if (typeof digits !== "number" || !Number.isInteger(digits) || digits < 0 || digits > 100) {
    throw new RangeError(
      `formatAccuracy: digits must be an integer from 0 to 100, got ${describe(digits)}`,
    );
  }
  const ci = wilsonInterval(successes, n);
  if (successes === 0) {
    return `< 1/${n} (0/${n}; 95% CI upper ${ci.upper.toFixed(digits)})`;
  }
  return `${ci.estimate.toFixed(digits)} [${ci.lower.toFixed(digits)}, ${
    ci.upper.toFixed(digits)
  }]`;
}
