import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import { binomial, binomialPmf, logBinomialPmf, logFactorial } from "../../lib/sim/binomial.ts";
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

// P(X = k), mpmath 1.4.1 at 60 digits: exp(loggamma(n+1) − loggamma(k+1) − loggamma(n−k+1)
// + k·log(p) + (n−k)·log1p(−p)), p taken as the exact double.
const PMF_REFERENCE: [number, number, number, number][] = [
  [2, 4, 0.5, 0.375],
  [7, 10, 0.3, 0.0090016919999999980964],
  [30, 100, 0.3, 0.086783864753428087579],
  [0, 100, 0.3, 3.2344765096247631213e-16],
  [100, 100, 0.3, 5.1537752073200942376e-53],
  [300000, 1000000, 0.3, 0.00087056315463668078156],
  [301000, 1000000, 0.3, 0.000080539457526835786144],
  [5000000000, 10000000000, 0.5, 7.9788456078291824186e-6],
  [5000100000, 10000000000, 0.5, 1.0798193303087535111e-6],
  [3200000000, 32000000000, 0.1, 7.4338504837741387892e-6],
  [3200170000, 32000000000, 0.1, 4.9229522360758320651e-8],
  [1000, 1000000000000, 1e-9, 0.012614611355028805397],
  [1100, 1000000000000, 1e-9, 0.000094989442000292649068],
  [999000000, 1000000000, 0.999, 0.00039914186800791017647],
  [4503599627370496, 9007199254740991, 0.5, 8.4070799283348958386e-9],
];

Deno.test("binomialPmf: relative error ≤ 2 ulp·(1 + |ln P|) against mpmath up to n = 2^53 − 1", () => {
  // exp(x) cannot be closer than ~|x| ulp to the truth, so the bound grows with |ln P|:
  // 4.4e-16 at P near 1, about 6e-15 at P ≈ 1e-6, 5e-14 at P ≈ 1e-53
  for (const [k, n, p, want] of PMF_REFERENCE) {
    const got = binomialPmf(k, n, p);
    const rel = Math.abs(got - want) / want;
    const bound = 4.4e-16 * (1 + Math.abs(Math.log(want)));
    assert.ok(rel <= bound, `k=${k}, n=${n}, p=${p}: ${got} vs ${want}, relative error ${rel}`);
    const logRel = Math.abs(logBinomialPmf(k, n, p) - Math.log(want));
    assert.ok(logRel <= bound, `log: k=${k}, n=${n}: ${logRel}`);
  }
  assert.throws(() => binomialPmf(1, 2 ** 53, 0.5), /n must be at most 2\^53 − 1/);
  assert.equal(logBinomialPmf(3, 10, 0), -Infinity);
  assert.equal(logBinomialPmf(10, 10, 1), 0);
});

Deno.test("binomial: huge n keeps mean and variance (the acceptance test uses the saddle-point pmf)", () => {
  // with log-factorial differences (≈3e17 at n = 2^53, ulp 64) the accepted draws had the
  // variance 0.71·npq at n = 2^53 − 1 and 1.11·npq at n = 1e15
  for (const [n, p] of [[2 ** 53 - 1, 0.5], [1e15, 0.3], [3.2e10, 0.1]]) {
    const rng = new Xoshiro128ss(5);
    const sd = Math.sqrt(n * p * (1 - p));
    const zs = Array.from({ length: 4000 }, () => (binomial(rng, n, p) - n * p) / sd);
    const mean = zs.reduce((a, b) => a + b, 0) / zs.length;
    const variance = zs.reduce((a, b) => a + (b - mean) ** 2, 0) / (zs.length - 1);
    // 4000 draws: sd of the mean 0.016, of the variance 0.022; allow 4 of each
    assert.ok(Math.abs(mean) < 0.064, `n=${n}: mean z ${mean}`);
    assert.ok(Math.abs(variance - 1) < 0.09, `n=${n}: variance of z ${variance}`);
  }
});
