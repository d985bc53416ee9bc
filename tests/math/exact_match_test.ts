import fc from "fast-check";
import { assert, assertAlmostEquals, assertRelativeEquals } from "../assert.ts";
import {
  exactMatch,
  exactMatchFromErrorRate,
  logExactMatch,
  logExactMatchFromErrorRate,
  maxChainLength,
  requiredPerToken,
} from "../../lib/math/exact_match.ts";

Deno.test("exactMatch: known powers (exact binary fractions and hand products)", () => {
  assert.equal(exactMatch(0.5, 4), 0.0625); // 1/16, exact
  assertAlmostEquals(exactMatch(0.9, 8), 0.43046721, 1e-15); // 9^8 = 43046721
  assertAlmostEquals(exactMatch(0.99, 20), 0.8179069375972307, 1e-15); // mpmath, 40 digits
  assert.equal(exactMatch(1, 10_000), 1);
  assert.equal(exactMatch(0, 3), 0);
});

Deno.test("logExactMatch never underflows: p = 1e-12, k = 1e4", () => {
  // 1e4 · ln(1e-12) = −276310.21115928548208... (Python decimal, 40 digits)
  assertRelativeEquals(logExactMatch(1e-12, 10_000), -276310.2111592854820821, 1e-15);
  assert.equal(exactMatch(1e-12, 10_000), 0); // the direct power does underflow
  assert.equal(logExactMatch(0, 5), -Infinity);
  assert.equal(logExactMatch(1, 5), 0);
});

Deno.test("error-rate form keeps precision within 1e-12 of p = 1, k = 1e4", () => {
  // (1 − q)^k = exp(k·log1p(−q)); k·log1p(−q) = −kq − kq²/2 − …
  // q = 1e-12, k = 1e4: ln EM = −1e-8 − 5e-21 − …; EM = 1 − 1e-8 + 5e-17 (mpmath)
  assertAlmostEquals(logExactMatchFromErrorRate(1e-12, 10_000), -1e-8, 1e-20);
  assertAlmostEquals(exactMatchFromErrorRate(1e-12, 10_000), 1 - 1e-8 + 5e-17, 2e-16);
  // q = 1e-17 is lost entirely in p = 1 − q (rounds to 1), but kept by the q form
  assert.equal(1 - 1e-17, 1);
  assert.equal(logExactMatch(1 - 1e-17, 10_000), 0);
  assertRelativeEquals(logExactMatchFromErrorRate(1e-17, 10_000), -1e-13, 1e-15);
  assert.equal(exactMatchFromErrorRate(1, 3), 0);
  assert.equal(logExactMatchFromErrorRate(1, 3), -Infinity);
  assert.equal(exactMatchFromErrorRate(0, 3), 1);
});

Deno.test("requiredPerToken inverts p^k", () => {
  assertAlmostEquals(requiredPerToken(0.5, 20), 0.9659363289248456, 1e-15); // 2^(−1/20)
  assertAlmostEquals(exactMatch(requiredPerToken(0.3, 7), 7), 0.3, 1e-15);
});

Deno.test("bad input: RangeError naming argument and value", () => {
  assert.throws(() => exactMatch(1.1, 2), /p must lie in \[0, 1\], got 1.1/);
  assert.throws(() => exactMatch(-0.1, 2), /p must lie in \[0, 1\], got -0.1/);
  assert.throws(() => exactMatch(NaN, 2), /p must be a finite number, got NaN/);
  assert.throws(() => exactMatch(0.5, 0), /k must be a positive integer, got 0/);
  assert.throws(() => exactMatch(0.5, 2.5), /k must be a positive integer, got 2.5/);
  assert.throws(() => logExactMatch(0.5, -1), /k must be a positive integer, got -1/);
  assert.throws(() => logExactMatch(Infinity, 1), /p must be a finite number, got Infinity/);
  assert.throws(() => exactMatchFromErrorRate(2, 1), /q must lie in \[0, 1\], got 2/);
  assert.throws(
    () => logExactMatchFromErrorRate(0.1, NaN),
    /k must be a positive integer, got NaN/,
  );
  assert.throws(() => requiredPerToken(1, 3), /target must lie in \(0, 1\), got 1/);
  assert.throws(() => requiredPerToken(0, 3), RangeError);
});

const prob = fc.double({ min: 0, max: 1, noNaN: true });
const k = fc.integer({ min: 1, max: 10_000 });

Deno.test("property: EM is monotone non-decreasing in p", () => {
  fc.assert(
    fc.property(prob, prob, k, (a, b, kk) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return exactMatch(lo, kk) <= exactMatch(hi, kk);
    }),
    { seed: 42, numRuns: 500 },
  );
});

Deno.test("property: EM is non-increasing in k (strictly for 0 < p < 1 until underflow)", () => {
  fc.assert(
    fc.property(prob, fc.integer({ min: 1, max: 999 }), (p, kk) => {
      const a = exactMatch(p, kk);
      const b = exactMatch(p, kk + 1);
      if (b > a) return false;
      const la = logExactMatch(p, kk);
      const lb = logExactMatch(p, kk + 1);
      return p > 0 && p < 1 && Math.log(p) < 0 ? lb < la : lb <= la;
    }),
    { seed: 42, numRuns: 500 },
  );
});

Deno.test("property: k = 1 gives EM = p", () => {
  fc.assert(
    fc.property(prob, (p) => exactMatch(p, 1) === p),
    { seed: 42, numRuns: 500 },
  );
});

Deno.test("property: log space equals the direct power where it does not underflow", () => {
  // reference: repeated multiplication (relative error ≤ k ulps), independent of pow/exp/log;
  // exp(k·ln p) carries ≈ |k·ln p| ulps of error, hence the tolerance
  const product = (p: number, k: number) => {
    let r = 1;
    for (let i = 0; i < k; i++) r *= p;
    return r;
  };
  fc.assert(
    fc.property(
      fc.double({ min: 1e-3, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 60 }),
      (p, kk) => {
        const direct = product(p, kk);
        if (direct < 1e-300) return true;
        const tol = (Math.abs(kk * Math.log(p)) + kk + 2) * 2 * Number.EPSILON * direct;
        const okLog = Math.abs(Math.exp(logExactMatch(p, kk)) - direct) <= tol;
        const okPow = Math.abs(exactMatch(p, kk) - direct) <= tol;
        // 1 − p is exact for p ≥ ½ (Sterbenz), so the error-rate form must agree there too
        const okQ = p < 0.5 || Math.abs(exactMatchFromErrorRate(1 - p, kk) - direct) <= tol;
        return okLog && okPow && okQ;
      },
    ),
    { seed: 42, numRuns: 500 },
  );
});

Deno.test("maxChainLength: largest k with p^k ≥ target", () => {
  assert.equal(maxChainLength(0.99, 0.5), 68); // 0.99^68 = 0.5050, 0.99^69 = 0.4998 (hand)
  assert.equal(maxChainLength(0.5, 0.25), 2); // exact power: 0.5^2 = 0.25 counts
  assert.equal(maxChainLength(0.5, 0.3), 1);
  assert.equal(maxChainLength(0.2, 0.5), 0);
  fc.assert(
    fc.property(
      fc.double({ min: 0.01, max: 0.9999, noNaN: true }),
      fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      (p, t) => {
        const k = maxChainLength(p, t);
        return (k === 0 || p ** k >= t) && p ** (k + 1) < t;
      },
    ),
    { seed: 42, numRuns: 300 },
  );
  assert.throws(() => maxChainLength(1, 0.5), /p must lie in \(0, 1\), got 1/);
  assert.throws(() => maxChainLength(0.9, 0), /target must lie in \(0, 1\), got 0/);
});
