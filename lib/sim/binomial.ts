/**
 * Exact Binomial(n, p) sampling from the book's seeded PRNG, in time that does not grow with n.
 *
 * - Small mean (n·min(p, 1 − p) < 10): inversion by sequential search from 0, using
 *   P(X = 0) = (1 − p)\^n and P(X = j) = P(X = j − 1)·(n − j + 1)/j·p/(1 − p).
 * - Otherwise: **BTRS**, the transformed-rejection-with-squeeze algorithm of Hörmann (1993,
 *   "The generation of binomial random variates", J. Statist. Comput. Simul. 46), which
 *   accepts a candidate k by comparing against the log-pmf ratio ln f(k) − ln f(mode), so
 *   the output is exactly binomial up to the accuracy of that ratio.
 *
 * Both the acceptance test and {@link binomialPmf} use Loader's saddle-point form of the
 * binomial density (C. Loader, 2000, "Fast and accurate computation of binomial
 * probabilities"; the method of R's `dbinom`):
 *
 *   f(k) = exp(−[stirlerr(n) − stirlerr(k) − stirlerr(n − k)] − bd0(k, np) − bd0(n − k, nq))
 *          · sqrt(n / (2π·k·(n − k))),
 *
 * where stirlerr(m) = ln m! − [(m + ½)ln m − m + ½ln 2π] is the error of Stirling's formula
 * and bd0(x, M) = x·ln(x/M) + M − x the deviance term, evaluated by a series when x is near
 * M. No large log-factorials are subtracted, so the relative error stays below
 * 2.2e−16·(1 + |ln P|) (about 1e−15 near the mode) for n up to 2\^53 − 1; the difference of
 * log-factorials near 2e11 would lose five digits at n = 1e10.
 * Here k − np is formed from the exact product n·p (Dekker's two-product), so the rounding of
 * n·p does not enter either.
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

/** stirlerr(m) for m = 0…15 (index m), mpmath at 60 digits: lgamma(m+1) − (m+½)ln m + m − ½ln 2π */
const STIRLERR_TABLE = [
  0, // m = 0 is never used (k = 0 and k = n are handled apart)
  0.08106146679532725821967,
  0.04134069595540929409382,
  0.02767792568499833914879,
  0.02079067210376509311152,
  0.01664469118982119216319,
  0.01387612882307074799875,
  0.01189670994589177009506,
  0.01041126526197209649748,
  0.009255462182712732917729,
  0.008330563433362871256469,
  0.007573675487951840794972,
  0.006942840107209529865664,
  0.00640899418800420706844,
  0.005951370112758847735624,
  0.005554733551962801371039,
];
const S0 = 1 / 12;
const S1 = 1 / 360;
const S2 = 1 / 1260;
const S3 = 1 / 1680;
const S4 = 1 / 1188;
const LN_2PI = Math.log(2 * Math.PI);

/** Error of Stirling's formula, ln m! − [(m + ½)ln m − m + ½ln 2π], for an integer m ≥ 1. */
function stirlerr(m: number): number {
  if (m <= 15) return STIRLERR_TABLE[m];
  const mm = m * m;
  if (m > 500) return (S0 - S1 / mm) / m;
  if (m > 80) return (S0 - (S1 - S2 / mm) / mm) / m;
  if (m > 35) return (S0 - (S1 - (S2 - S3 / mm) / mm) / mm) / m;
  return (S0 - (S1 - (S2 - (S3 - S4 / mm) / mm) / mm) / mm) / m;
}

/**
 * Deviance term bd0(x, M) = x·ln(x/M) + M − x ≥ 0, given d = x − M computed accurately.
 * Near x = M it sums the series 2x·Σ v\^(2j+1)/(2j + 1) − d, v = d/(x + M), which has no
 * cancellation.
 */
function bd0(x: number, M: number, d: number): number {
  if (Math.abs(d) < 0.1 * (x + M)) {
    let v = d / (x + M);
    let sum = d * v;
    if (Math.abs(sum) < Number.MIN_VALUE * 4503599627370496) return sum;
    let ej = 2 * x * v;
    v = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = sum + ej / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  const r = x / M;
  return x * (r < 0.5 || r > 2 ? Math.log(r) : Math.log1p(d / M)) - d;
}

/** Exact product a·b as hi + lo (Dekker/Veltkamp; no FMA in JavaScript). */
function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  const ca = 134217729 * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = 134217729 * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return [hi, al * bl - (((hi - ah * bh) - al * bh) - ah * bl)];
}

/** ln P(X = k), X ~ Binomial(n, p), for 0 < p < 1 and integers 0 ≤ k ≤ n (Loader). */
function logPmf(k: number, n: number, p: number): number {
  if (k === 0) return n * Math.log1p(-p);
  if (k === n) return n * Math.log(p);
  const [np, npLo] = twoProduct(n, p);
  const d = (k - np) - npLo; // k − n·p, with the product's rounding error put back
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, np, d) -
    bd0(n - k, n - np, -d);
  const lf = LN_2PI + Math.log(k) + Math.log1p(-k / n);
  return lc - 0.5 * lf;
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
  const m = Math.floor((n + 1) * p);
  const h = logPmf(m, n, p);
  for (;;) {
    const u = rng.uniform() - 0.5;
    let v = rng.uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((2 * a / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log(v * alpha / (a / (us * us) + b));
    if (v <= logPmf(k, n, p) - h) return k;
  }
}

/**
 * Binomial probability mass P(X = k) for X ~ Binomial(n, p), by Loader's saddle-point method
 * (see the module notes): relative error below 2.2e−16·(1 + |ln P|), i.e. about 1e−15 near
 * the mode and 1e−14 for P ≈ 1e−50, for n up to 2\^53 − 1. Used by the sampler's acceptance test, by tests and by the chapter
 * that compares simulated histograms with the exact law.
 *
 * @param k number of successes, integer in [0, n]
 * @param n number of trials, a safe integer
 * @param p success probability
 * @returns the probability (0 where it underflows)
 * @throws {RangeError} on a non-integer k or n, n above 2\^53 − 1, k > n, or p outside [0, 1]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { binomialPmf } from "./binomial.ts";
 * assert.ok(Math.abs(binomialPmf(2, 4, 0.5) - 6 / 16) < 1e-15);
 * // n = 1e10 at the mean: 7.9788456078291824e-6 (mpmath, 60 digits)
 * assert.ok(Math.abs(binomialPmf(5e9, 1e10, 0.5) / 7.9788456078291824e-6 - 1) < 1e-14);
 * ```
 */
export function binomialPmf(k: number, n: number, p: number): number {
  return Math.exp(logBinomialPmf(k, n, p));
}

/**
 * Natural logarithm of the binomial probability mass, ln P(X = k), by the same saddle-point
 * method as {@link binomialPmf}; finite far into the tails where the mass itself underflows.
 *
 * @param k number of successes, integer in [0, n]
 * @param n number of trials, a safe integer
 * @param p success probability
 * @returns ln P(X = k), −∞ where the mass is exactly 0 (p = 0 and k > 0, p = 1 and k < n)
 * @throws {RangeError} as {@link binomialPmf}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logBinomialPmf } from "./binomial.ts";
 * assert.ok(Math.abs(logBinomialPmf(0, 10, 0.5) - 10 * Math.log(0.5)) < 1e-14);
 * ```
 */
export function logBinomialPmf(k: number, n: number, p: number): number {
  nonNegativeInteger("k", k);
  nonNegativeInteger("n", n);
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`n must be at most 2^53 − 1 = ${Number.MAX_SAFE_INTEGER}, got ${n}`);
  }
  probability("p", p);
  if (k > n) throw new RangeError(`k must be ≤ n, got k=${k}, n=${n}`);
  if (p === 0) return k === 0 ? 0 : -Infinity;
  if (p === 1) return k === n ? 0 : -Infinity;
  return logPmf(k, n, p);
}
