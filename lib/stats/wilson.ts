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
 * bound of 3.84/(200 + 3.84) ≈ 0.019, which is why the book writes it as "0/200 (95 % upper
 * bound 0.019)", never as zero. (The one-sided "rule of three", 3/n, is a different bound.)
 *
 * @module
 */
import { describe, finite, nonNegativeInteger, positive, positiveInteger } from "../validate.ts";

/** A proportion with its interval. */
export interface BinomialInterval {
  /** an integer in [0, n] */
  successes: number;
  /** trials, a positive integer */
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
 * The upper end of the two-sided 95 % Wilson interval for 0 successes in n trials,
 * z²/(n + z²) with z = 1.96, i.e. about 3.84/(n + 3.84).
 *
 * @param n number of trials
 * @returns the upper bound
 * @throws {RangeError} if n is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { zeroUpperBound } from "./wilson.ts";
 * assert.equal(zeroUpperBound(200).toFixed(4), "0.0188");
 * ```
 */
export function zeroUpperBound(n: number): number {
  return wilsonInterval(0, n).upper;
}

/**
 * The book's one wording for a count of 0 out of n: `"0/n (95 % upper bound u)"`, with u the
 * upper end of the 95 % Wilson interval ({@link zeroUpperBound}) to two significant digits.
 * Zero out of n is not zero, and one in n is not its bound: the data allow any rate up to u.
 *
 * @param n number of trials
 * @returns the formatted string
 * @throws {RangeError} if n is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatZeroCount } from "./wilson.ts";
 * assert.equal(formatZeroCount(200), "0/200 (95 % upper bound 0.019)");
 * assert.equal(formatZeroCount(2000), "0/2000 (95 % upper bound 0.0019)");
 * ```
 */
export function formatZeroCount(n: number): string {
  const u = zeroUpperBound(n);
  return `0/${n} (95 % upper bound ${Number(u.toPrecision(2))})`;
}

/**
 * Formats a measured accuracy for a table: `"0.425 [0.357, 0.496]"`, or for zero successes
 * the book's zero wording {@link formatZeroCount}, `"0/200 (95 % upper bound 0.019)"`.
 *
 * @param successes number of successes
 * @param n number of trials
 * @param digits decimals to show, an integer from 0 to 100
 * @returns the formatted string
 * @throws {RangeError} as {@link wilsonInterval}, or if digits is not an integer in [0, 100]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatAccuracy } from "./wilson.ts";
 * assert.equal(formatAccuracy(0, 200), "0/200 (95 % upper bound 0.019)");
 * ```
 */
export function formatAccuracy(successes: number, n: number, digits = 3): string {
  if (typeof digits !== "number" || !Number.isInteger(digits) || digits < 0 || digits > 100) {
    throw new RangeError(
      `formatAccuracy: digits must be an integer from 0 to 100, got ${describe(digits)}`,
    );
  }
  const ci = wilsonInterval(successes, n);
  if (successes === 0) return formatZeroCount(n);
  return `${ci.estimate.toFixed(digits)} [${ci.lower.toFixed(digits)}, ${
    ci.upper.toFixed(digits)
  }]`;
}
