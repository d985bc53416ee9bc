import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import {
  drawChainCounts,
  MAX_MONTE_CARLO_TOKENS,
  simulateChain,
  simulateChainAt,
} from "../../lib/sim/chain_simulation.ts";
import { Xoshiro128ss } from "../../lib/sim/prng.ts";

const LADDER = [19, 20, 21, 22, 23, 24, 25];

Deno.test("reproducible: a fixed seed gives fixed numbers (both paths)", () => {
  const mc = simulateChain({ xs: LADDER, x0: 22, s: 1.5, k: 8, n: 1000, seed: 7 });
  const ex = simulateChain({
    xs: LADDER,
    x0: 22,
    s: 1.5,
    k: 8,
    n: 1000,
    seed: 7,
    path: "exact",
  });
  // Golden values recorded from this implementation (xoshiro128**, seed 7); they change only
  // if the PRNG, its seeding or the sampling order changes, which would break every chapter.
  assert.deepEqual(mc.map((r) => r.emSuccesses), GOLDEN_MC_EM);
  assert.deepEqual(mc.map((r) => r.tokenCorrect), GOLDEN_MC_TOKENS);
  assert.deepEqual(ex.map((r) => r.emSuccesses), GOLDEN_EXACT_EM);
  assert.deepEqual(ex.map((r) => r.tokenCorrect), GOLDEN_EXACT_TOKENS);
  // and a rerun is identical
  assert.deepEqual(simulateChain({ xs: LADDER, x0: 22, s: 1.5, k: 8, n: 1000, seed: 7 }), mc);
});

Deno.test("rows carry the model's true values and consistent counts", () => {
  const rows = simulateChain({ xs: [22], x0: 22, s: 1.5, k: 4, n: 100, seed: 1 });
  const r = rows[0];
  assert.equal(r.p, 0.5);
  assert.equal(r.expectedExactMatch, 0.0625);
  assert.equal(r.tokenTrials, 400);
  assertAlmostEquals(r.tokenLogLikelihood, Math.log(0.5), 1e-15);
  assert.equal(r.exactMatch, r.emSuccesses / 100);
  assert.equal(r.emInterval.successes, r.emSuccesses);
  assert.ok(r.emInterval.lower <= r.exactMatch && r.exactMatch <= r.emInterval.upper);
  // token log-likelihood stays finite far below the midpoint (σ underflows there)
  const far = simulateChain({ xs: [-1000], x0: 22, s: 1.5, k: 1, n: 1, seed: 1 })[0];
  assert.equal(far.p, 0);
  assertAlmostEquals(far.tokenLogLikelihood, -1.5 * 1022, 1e-9);
});

Deno.test("the two paths agree: each estimate within 4 SE of p^k and of each other", () => {
  const n = 20_000, k = 8;
  const args = { xs: [21.5, 22, 22.5, 23, 23.5, 24], x0: 22, s: 1.5, k, n };
  for (const seed of [1, 2, 3]) {
    const mc = simulateChain({ ...args, seed });
    const ex = simulateChain({ ...args, seed: seed + 100, path: "exact" });
    mc.forEach((m, i) => {
      const e = ex[i];
      const q = m.expectedExactMatch;
      const se = Math.sqrt(q * (1 - q) / n);
      const seTok = Math.sqrt(m.p * (1 - m.p) / (n * k));
      assertAlmostEquals(m.exactMatch, q, 4 * se, `MC EM at x=${m.x}`);
      assertAlmostEquals(e.exactMatch, q, 4 * se, `exact EM at x=${m.x}`);
      assertAlmostEquals(m.exactMatch, e.exactMatch, 4 * Math.SQRT2 * se, `paths at x=${m.x}`);
      assertAlmostEquals(m.tokenAccuracy, m.p, 4 * seTok);
      assertAlmostEquals(e.tokenAccuracy, m.p, 4 * seTok);
    });
  }
});

Deno.test("the two paths agree in distribution: mean and variance of EM counts over replicates", () => {
  // 2000 replicates of n = 40 questions at p^k = 0.5^3 = 0.125: Binomial(40, 0.125) has
  // mean 5 and variance 4.375. Sample mean within 4 SE; sample variance within 4 SE of its
  // own sampling distribution (Var(s²) ≈ (μ4 − σ⁴)/R, μ4 of a binomial from its cumulants).
  const R = 2000, n = 40, q = 0.125;
  const mean = n * q, variance = n * q * (1 - q);
  const mu4 = variance * (1 + 3 * (n - 2) * q * (1 - q)); // binomial 4th central moment
  for (const path of ["monte-carlo", "exact"] as const) {
    let s = 0, s2 = 0;
    for (let r = 0; r < R; r++) {
      const x = simulateChain({ xs: [22], x0: 22, s: 1, k: 3, n, seed: 5000 + r, path })[0]
        .emSuccesses;
      s += x;
      s2 += x * x;
    }
    const m = s / R, v = (s2 - R * m * m) / (R - 1);
    assertAlmostEquals(m, mean, 4 * Math.sqrt(variance / R), `${path} mean`);
    assertAlmostEquals(v, variance, 4 * Math.sqrt((mu4 - variance ** 2) / R), `${path} variance`);
  }
});

Deno.test("k = 1 sanity check: exact match equals per-token accuracy", () => {
  const args = { xs: LADDER, x0: 22, s: 1.5, k: 1, n: 5000 };
  // Monte Carlo: the one token IS the answer, so the two columns are the same draws.
  for (const r of simulateChain({ ...args, seed: 11 })) {
    assert.equal(r.emSuccesses, r.tokenCorrect);
    assert.equal(r.exactMatch, r.tokenAccuracy);
  }
  // exact path: two independent binomial draws of the same law, within 4·√2 SE.
  for (const r of simulateChain({ ...args, seed: 11, path: "exact" })) {
    const se = Math.sqrt(r.p * (1 - r.p) / r.n);
    assertAlmostEquals(r.exactMatch, r.tokenAccuracy, 4 * Math.SQRT2 * se + 1e-12);
  }
});

Deno.test("drawChainCounts handles partial words and the p = 0, 1 ends", () => {
  const rng = new Xoshiro128ss(1);
  assert.deepEqual(drawChainCounts(rng, 1, 3, 33), { tokenCorrect: 99, emSuccesses: 33 });
  assert.deepEqual(drawChainCounts(rng, 0, 3, 33), { tokenCorrect: 0, emSuccesses: 0 });
  const c = drawChainCounts(rng, 0.5, 2, 5);
  assert.ok(c.tokenCorrect <= 10 && c.emSuccesses <= 5 && c.emSuccesses * 2 <= c.tokenCorrect);
});

Deno.test("bad input names the argument", () => {
  const ok = { xs: [22], x0: 22, s: 1.5, k: 4, n: 10, seed: 1 };
  assert.throws(() => simulateChain({ ...ok, xs: [] }), /xs must be a non-empty array/);
  assert.throws(() => simulateChain({ ...ok, xs: [22, NaN] }), /xs\[1\] must be a finite number/);
  assert.throws(() => simulateChain({ ...ok, k: 0 }), /k must be a positive integer, got 0/);
  assert.throws(() => simulateChain({ ...ok, k: 2.5 }), /k must be a positive integer/);
  assert.throws(() => simulateChain({ ...ok, n: 0 }), /n must be a positive integer/);
  assert.throws(() => simulateChain({ ...ok, s: -1 }), /s must be > 0/);
  assert.throws(() => simulateChain({ ...ok, x0: Infinity }), /x0 must be a finite number/);
  assert.throws(() => simulateChain({ ...ok, seed: -3 }), /seed/);
  assert.throws(
    // deno-lint-ignore no-explicit-any
    () => simulateChain({ ...ok, path: "fast" as any }),
    /path must be "monte-carlo" or "exact"/,
  );
});

const GOLDEN_MC_EM = [0, 0, 0, 3, 179, 668, 917];
const GOLDEN_MC_TOKENS = [100, 386, 1451, 3929, 6487, 7619, 7915];
const GOLDEN_EXACT_EM = [0, 0, 0, 2, 186, 694, 920];
const GOLDEN_EXACT_TOKENS = [81, 376, 1458, 3943, 6574, 7625, 7919];

Deno.test("simulateChainAt: given accuracies, same draws as simulateChain on the sigmoid", () => {
  const xs = [20, 22, 24];
  const args = { k: 8, n: 500, seed: 3 };
  const viaSigmoid = simulateChain({ ...args, xs, x0: 22, s: 1.5 });
  const viaPs = simulateChainAt({ ...args, xs, ps: viaSigmoid.map((r) => r.p) });
  assert.deepEqual(viaPs.map((r) => r.emSuccesses), viaSigmoid.map((r) => r.emSuccesses));
  assert.deepEqual(viaPs.map((r) => r.tokenCorrect), viaSigmoid.map((r) => r.tokenCorrect));
  assertAlmostEquals(viaPs[0].tokenLogLikelihood, Math.log(viaSigmoid[0].p), 1e-15);
  assert.throws(() => simulateChainAt({ ...args, xs, ps: [0.5] }), /one accuracy per xs entry/);
  assert.throws(
    () => simulateChainAt({ ...args, xs: [1], ps: [1.2] }),
    /ps\[0\] must lie in \[0, 1\]/,
  );
  assert.throws(() => simulateChainAt({ ...args, xs: [1], ps: [NaN] }), /ps\[0\] must be a finite/);
});

Deno.test("work limit: k·n beyond MAX_MONTE_CARLO_TOKENS throws at once, naming k·n", () => {
  const t0 = performance.now();
  assert.throws(
    () => simulateChain({ xs: [22], x0: 22, s: 1.5, k: 1000, n: 1e8, seed: 1 }),
    /k·n = 1000·100000000 = 100000000000 token draws per scale × 1 scale\(s\) = 100000000000 exceeds MAX_MONTE_CARLO_TOKENS = 10000000000.*path "exact"/,
  );
  assert.throws(
    () => simulateChainAt({ xs: [1, 2], ps: [0.5, 0.9], k: 100, n: 6e7, seed: 1 }),
    /× 2 scale\(s\) = 12000000000 exceeds MAX_MONTE_CARLO_TOKENS/,
  );
  assert.ok(performance.now() - t0 < 1000);
  assert.equal(MAX_MONTE_CARLO_TOKENS, 1e10);
  // the exact path's cost does not depend on n: same arguments run
  const [row] = simulateChain({
    xs: [22],
    x0: 22,
    s: 1.5,
    k: 1000,
    n: 1e8,
    seed: 1,
    path: "exact",
  });
  assert.equal(row.n, 1e8);
});
