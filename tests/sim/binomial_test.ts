import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import { binomial, binomialPmf, logFactorial } from "../../lib/sim/binomial.ts";
import { Xoshiro128ss } from "../../lib/sim/prng.ts";

Deno.test("logFactorial: table and Stirling branches agree with summed logs", () => {
  for (const k of [0, 1, 2, 10, 255, 256, 257, 1000, 5000]) {
    let direct = 0;
    for (let i = 2; i <= k; i++) direct += Math.log(i);
    assertAlmostEquals(logFactorial(k), direct, 1e-9 * Math.max(1, direct), `k = ${k}`);
  }
  assert.throws(() => logFactorial(-1), /k must be a non-negative integer/);
});

Deno.test("binomialPmf sums to 1 and matches hand values", () => {
  // C(5,2)·0.3²·0.7³ = 10·0.09·0.343 = 0.3087
  assertAlmostEquals(binomialPmf(2, 5, 0.3), 0.3087, 1e-13);
  let s = 0;
  for (let k = 0; k <= 400; k++) s += binomialPmf(k, 400, 0.37);
  assertAlmostEquals(s, 1, 1e-10);
});

/** Pearson χ² of samples against the exact pmf, pooling bins with expectation < 5. */
function chiSquare(
  n: number,
  p: number,
  draws: number,
  seed: number,
): { chi2: number; df: number } {
  const rng = new Xoshiro128ss(seed);
  const counts = new Map<number, number>();
  let sum = 0;
  for (let i = 0; i < draws; i++) {
    const x = binomial(rng, n, p);
    assert.ok(Number.isInteger(x) && x >= 0 && x <= n);
    counts.set(x, (counts.get(x) ?? 0) + 1);
    sum += x;
  }
  let chi2 = 0, df = -1, pooledObs = 0, pooledExp = 0;
  for (let k = 0; k <= n; k++) {
    pooledObs += counts.get(k) ?? 0;
    pooledExp += draws * binomialPmf(k, n, p);
    if (pooledExp >= 5) {
      chi2 += (pooledObs - pooledExp) ** 2 / pooledExp;
      df++;
      pooledObs = 0;
      pooledExp = 0;
    }
  }
  if (pooledExp > 0) chi2 += (pooledObs - pooledExp) ** 2 / Math.max(pooledExp, 1e-300);
  // the mean is also within 5 SE
  assertAlmostEquals(sum / draws, n * p, 5 * Math.sqrt(n * p * (1 - p) / draws));
  return { chi2, df };
}

Deno.test("binomial matches the exact law (χ² below df + 5√(2df)) on both algorithm paths", () => {
  // inversion (n·p < 10), BTRS (n·p ≥ 10), and the p > ½ reflection
  for (
    const [n, p] of [[20, 0.1], [1000, 0.004], [100, 0.3], [5000, 0.5], [300, 0.85], [60, 0.2]]
  ) {
    const { chi2, df } = chiSquare(n, p, 20_000, 1 + n);
    assert.ok(chi2 < df + 5 * Math.sqrt(2 * df), `n=${n} p=${p}: χ²=${chi2.toFixed(1)} df=${df}`);
  }
});

Deno.test("binomial: huge n is cheap and centred", () => {
  const rng = new Xoshiro128ss(3);
  const n = 1e12, p = 1e-6;
  const sd = Math.sqrt(n * p * (1 - p));
  for (let i = 0; i < 20; i++) {
    assert.ok(Math.abs(binomial(rng, n, p) - n * p) < 6 * sd);
  }
});

Deno.test("binomial: fixed seed → fixed numbers", () => {
  const a = new Xoshiro128ss(2024), b = new Xoshiro128ss(2024);
  const xa = [binomial(a, 10, 0.5), binomial(a, 10_000, 0.2), binomial(a, 10_000, 0.999)];
  const xb = [binomial(b, 10, 0.5), binomial(b, 10_000, 0.2), binomial(b, 10_000, 0.999)];
  assert.equal(JSON.stringify(xa), JSON.stringify(xb));
});

Deno.test("binomial: edge cases and bad input", () => {
  const rng = new Xoshiro128ss(1);
  assert.equal(binomial(rng, 0, 0.5), 0);
  assert.equal(binomial(rng, 7, 0), 0);
  assert.equal(binomial(rng, 7, 1), 7);
  assert.throws(() => binomial(rng, -1, 0.5), /n must be a non-negative integer/);
  assert.throws(() => binomial(rng, 2.5, 0.5), /n must be a non-negative integer/);
  assert.throws(() => binomial(rng, 10, 1.5), /p must lie in \[0, 1\]/);
  assert.throws(() => binomial(rng, 10, NaN), /p must be a finite number, got NaN/);
});
