/**
 * Exact Binomial(n, p) sampling from the book's seeded PRNG, in time that does not grow with n.
 *
 * - Small mean (n·min(p, 1 − p) < 10): inversion by sequential search from 0, using
 *   P(X = 0) = (1 − p)\^n and P(X = j) = P(X = j − 1)·(n − j + 1)/j·p/(1 − p).
 * - Otherwise: **BTRS**, the transformed-rejection-with-squeeze algorithm of Hörmann (1993,
 *   "The generation of binomial random variates", J. Statist. Comput. Simul. 46), which
 *   accepts a candidate k by comparing against the exact log-pmf ratio, so the output is
 *   exactly binomial (up to the floating-point accuracy of the log-factorials, ~1e−15).
 * - p > ½ is drawn as n − Binomial(n, 1 − p).
 *
 * @module
 */
import { nonNegativeInteger, probability } from "../validate.ts";
import type { Xoshiro128ss } from "./prng.ts";

const LOG_FACT_TABLE_SIZE = 256;
const logFactTable = new Float64Array(LOG_FACT_TABLE_SIZE);
for (let i = 1; i < LOG_FACT_TABLE_SIZE; i++) logFactTable[i] = logFactTable[i - 1] + Math.log(i);
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln(k!) for a non-negative integer k: a table (summed logarithms) below 256, Stirling's
 * series with terms to 1/(1260k⁵) above (relative error < 1e−16 there).
 *
 * @param k a non-negative integer
 * @returns ln k!
 * @throws {RangeError} if k is not a non-negative integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logFactorial } from "./binomial.ts";
 * assert.ok(Math.abs(logFactorial(5) - Math.log(120)) < 1e-13);
 * ```
 */
export function logFactorial(k: number): number {
  nonNegativeInteger("k", k);
  return logFact(k);
}

function logFact(k: number): number {
  if (k < LOG_FACT_TABLE_SIZE) return logFactTable[k];
  const inv = 1 / k;
  const inv2 = inv * inv;
  return k * Math.log(k) - k + HALF_LOG_2PI + 0.5 * Math.log(k) +
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}

/**
 * Draws one Binomial(n, p) variate: the number of successes in n independent trials each
 * succeeding with probability p.
 *
 * @param rng the seeded generator (consumed; same seed → same variates)
 * @param n number of trials, a non-negative safe integer
 * @param p success probability in [0, 1]
 * @returns an integer in [0, n]
 * @throws {RangeError} if n is not a non-negative safe integer or p is outside [0, 1]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Xoshiro128ss } from "./prng.ts";
 * import { binomial } from "./binomial.ts";
 * const rng = new Xoshiro128ss(1);
 * const x = binomial(rng, 1_000_000, 0.3);
 * // mean 300 000, sd ≈ 458: six standard deviations either side
 * assert.ok(Math.abs(x - 300_000) < 6 * 458);
 * assert.equal(binomial(rng, 10, 1), 10);
 * ```
 */
export function binomial(rng: Xoshiro128ss, n: number, p: number): number {
  nonNegativeInteger("n", n);
  if (!Number.isSafeInteger(n)) throw new RangeError(`n must be a safe integer, got ${n}`);
  probability("p", p);
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  if (p > 0.5) return n - draw(rng, n, 1 - p);
  return draw(rng, n, p);
}

/** p in (0, ½]. */
function draw(rng: Xoshiro128ss, n: number, p: number): number {
  if (n * p < 10) return inversion(rng, n, p);
  return btrs(rng, n, p);
}

function inversion(rng: Xoshiro128ss, n: number, p: number): number {
  const q = 1 - p;
  const ratio = p / q;
  let f = Math.exp(n * Math.log1p(-p));
  let u = rng.uniform();
  let k = 0;
  while (u >= f) {
    u -= f;
    k++;
    if (k > n) return inversion(rng, n, p); // only reachable through rounding; redraw
    f *= ((n - k + 1) / k) * ratio;
    if (f === 0 && u > 0) return inversion(rng, n, p);
  }
  return k;
}

function btrs(rng: Xoshiro128ss, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  const h = logFact(m) + logFact(n - m);
  for (;;) {
    const u = rng.uniform() - 0.5;
    let v = rng.uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((2 * a / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log(v * alpha / (a / (us * us) + b));
    if (v <= h - logFact(k) - logFact(n - k) + (k - m) * lpq) return k;
  }
}

/**
 * Binomial probability mass P(X = k) for X ~ Binomial(n, p), computed in log space
 * (used by tests and by the chapter to compare simulated histograms with the exact law).
 *
 * @param k number of successes, integer in [0, n]
 * @param n number of trials
 * @param p success probability
 * @returns the probability
 * @throws {RangeError} on a non-integer k or n, k > n, or p outside [0, 1]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { binomialPmf } from "./binomial.ts";
 * assert.ok(Math.abs(binomialPmf(2, 4, 0.5) - 6 / 16) < 1e-14);
 * ```
 */
export function binomialPmf(k: number, n: number, p: number): number {
  nonNegativeInteger("k", k);
  nonNegativeInteger("n", n);
  probability("p", p);
  if (k > n) throw new RangeError(`k must be ≤ n, got k=${k}, n=${n}`);
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  return Math.exp(
    logFact(n) - logFact(k) - logFact(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p),
  );
}
