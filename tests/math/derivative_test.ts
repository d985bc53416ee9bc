import fc from "fast-check";
import { assert, assertAlmostEquals } from "../assert.ts";
import {
  exactMatchSlope,
  logLikelihoodSlope,
  maxExactMatchSlope,
  perTokenSlope,
  slopeCrossover,
  slopeRatio,
  steepestLogCompute,
} from "../../lib/math/derivative.ts";
import { exactMatch } from "../../lib/math/exact_match.ts";
import { tokenLogLikelihood } from "../../lib/math/loglik.ts";
import { perTokenAccuracy } from "../../lib/math/sigmoid.ts";

const em = (x: number, x0: number, s: number, k: number) =>
  exactMatch(perTokenAccuracy(x, x0, s), k);

/** Central difference with step h: error O(h²·f'''). */
function central(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

Deno.test("dEM/dx matches central finite differences", () => {
  for (const k of [1, 2, 4, 8, 20]) {
    for (const x of [19, 20, 21, 22, 22.5, 23, 24, 25, 27]) {
      const fd = central((t) => em(t, 22, 1.5, k), x);
      assertAlmostEquals(exactMatchSlope(x, 22, 1.5, k), fd, 1e-8, `k ${k} x ${x}`);
    }
  }
});

Deno.test("per-token and log-likelihood slopes match finite differences", () => {
  for (const x of [20, 21.3, 22, 23.7, 25]) {
    assertAlmostEquals(
      perTokenSlope(x, 22, 1.5),
      central((t) => perTokenAccuracy(t, 22, 1.5), x),
      1e-9,
    );
    const fd = central((t) => tokenLogLikelihood(perTokenAccuracy(t, 22, 1.5), 4), x);
    assertAlmostEquals(logLikelihoodSlope(x, 22, 1.5, 4), fd, 1e-8);
  }
});

Deno.test("property: dEM/dx = slopeRatio(p, k) · dp/dx", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 15, max: 30, noNaN: true }),
      fc.integer({ min: 1, max: 200 }),
      fc.double({ min: 0.1, max: 5, noNaN: true }),
      (x, k, s) => {
        const lhs = exactMatchSlope(x, 22, s, k);
        const rhs = slopeRatio(perTokenAccuracy(x, 22, s), k) * perTokenSlope(x, 22, s);
        return Math.abs(lhs - rhs) <= 1e-12 * Math.max(lhs, 1e-300) + 1e-300;
      },
    ),
    { seed: 42, numRuns: 500 },
  );
});

Deno.test("slope ratio: → k only as p → 1; crossover k^(−1/(k−1))", () => {
  assert.equal(slopeRatio(1, 20), 20);
  assertAlmostEquals(slopeRatio(0.99, 20), 20 * 0.99 ** 19, 1e-13); // 16.523...
  assertAlmostEquals(slopeRatio(0.9, 20), 20 * 0.9 ** 19, 1e-13); // 2.70...
  assert.equal(slopeRatio(0.3, 1), 1);
  assertAlmostEquals(slopeCrossover(2), 0.5, 1e-15);
  assertAlmostEquals(slopeCrossover(4), 4 ** (-1 / 3), 1e-15); // 0.62996...
  for (const k of [2, 4, 8, 20]) assertAlmostEquals(slopeRatio(slopeCrossover(k), k), 1, 1e-13);
});

Deno.test("max EM slope: s(k/(k+1))^(k+1) at x0 + ln k / s, found by a dense grid", () => {
  for (const k of [1, 2, 4, 8, 20]) {
    const s = 1.5;
    let best = 0;
    let bestX = 0;
    for (let i = 0; i <= 20000; i++) {
      const x = 18 + (12 * i) / 20000;
      const v = exactMatchSlope(x, 22, s, k);
      if (v > best) [best, bestX] = [v, x];
    }
    assertAlmostEquals(maxExactMatchSlope(k, s), best, 1e-7, `max k ${k}`);
    assertAlmostEquals(steepestLogCompute(k, 22, s), bestX, 1e-3, `argmax k ${k}`);
  }
  assert.equal(maxExactMatchSlope(1, 2), 0.5); // s/4
  assert.ok(maxExactMatchSlope(1e6, 1) < 1 / Math.E);
  assertAlmostEquals(maxExactMatchSlope(1e6, 1), 1 / Math.E, 1e-6);
});

Deno.test("property: max EM slope increases with k but stays below s/e", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 1e5 }),
      fc.double({ min: 0.01, max: 10, noNaN: true }),
      (k, s) => {
        const a = maxExactMatchSlope(k, s);
        const b = maxExactMatchSlope(k + 1, s);
        return b > a && b < s / Math.E;
      },
    ),
    { seed: 42, numRuns: 300 },
  );
});

Deno.test("slopes stay positive and precise far up the plateau", () => {
  // x − x0 = 20 decades, s = 1.5: 1 − p = σ(−30) ≈ 9.357623e-14, not a cancelled 1 − σ(30)
  assertAlmostEquals(perTokenSlope(42, 22, 1.5) / (1.5 * 9.357622968840175e-14), 1, 1e-9);
  assert.ok(exactMatchSlope(42, 22, 1.5, 4) > 0);
});

Deno.test("bad input", () => {
  assert.throws(() => exactMatchSlope(NaN, 22, 1.5, 4), /x must be a finite number, got NaN/);
  assert.throws(() => exactMatchSlope(22, 22, 0, 4), /s must be > 0, got 0/);
  assert.throws(() => exactMatchSlope(22, 22, 1.5, 0.5), /k must be a positive integer, got 0.5/);
  assert.throws(() => perTokenSlope(22, Infinity, 1), /x0 must be a finite number, got Infinity/);
  assert.throws(() => slopeRatio(1.2, 4), /p must lie in \[0, 1\], got 1.2/);
  assert.throws(() => slopeCrossover(1), /k must be an integer ≥ 2/);
  assert.throws(() => maxExactMatchSlope(3, -2), /s must be > 0, got -2/);
  assert.throws(() => steepestLogCompute(0, 22, 1), /k must be a positive integer, got 0/);
  assert.throws(() => logLikelihoodSlope(22, 22, 1, -3), /k must be a positive integer, got -3/);
});

Deno.test("slopes at p agree with slopes at x", async () => {
  const { exactMatchSlopeAtP, perTokenSlopeAtP } = await import("../../lib/math/derivative.ts");
  for (const x of [20, 21.5, 22, 23, 24.5]) {
    const p = perTokenAccuracy(x, 22, 1.5);
    assertAlmostEquals(perTokenSlopeAtP(p, 1.5), perTokenSlope(x, 22, 1.5), 1e-15);
    for (const k of [1, 4, 20]) {
      assertAlmostEquals(exactMatchSlopeAtP(p, k, 1.5), exactMatchSlope(x, 22, 1.5, k), 1e-14);
    }
  }
  assert.throws(() => perTokenSlopeAtP(-0.1, 1), /p must lie in \[0, 1\], got -0.1/);
  assert.throws(() => exactMatchSlopeAtP(0.5, 0, 1), /k must be a positive integer, got 0/);
  assert.throws(() => exactMatchSlopeAtP(0.5, 2, NaN), /s must be a finite number, got NaN/);
});

Deno.test("maxExactMatchSlope: relative error < 4e-16 up to k = 2^53 − 1, never above s/e", () => {
  // (k/(k+1))^(k+1), mpmath 1.4.1 at 50 significant digits: mp.dps = 50; (k/(k+1))**(k+1)
  const reference: [number, number][] = [
    [20, 0.3589423646409530499979251],
    [1e4, 0.3678610482722964802459772],
    [1e9, 0.3678794409875026011171008],
    [1e14, 0.3678794411714404821983179],
    [1e16, 0.3678794411714423032015517],
    [1e17, 0.3678794411714423197561266],
    [Number.MAX_SAFE_INTEGER, 0.3678794411714423011741125],
  ];
  for (const [k, want] of reference) {
    const got = maxExactMatchSlope(k, 1);
    const rel = Math.abs(got - want) / want;
    assert.ok(rel < 4e-16, `k=${k}: ${got} vs ${want}, relative error ${rel}`);
    for (const s of [1, 1.5, 3.7, 1e-300, 1e300]) {
      assert.ok(maxExactMatchSlope(k, s) <= s / Math.E, `k=${k}, s=${s} exceeds s/e`);
    }
  }
  // monotone in k across the switch from log1p to the series
  for (const k of [9_998, 9_999, 10_000, 10_001]) {
    assert.ok(maxExactMatchSlope(k, 1) <= maxExactMatchSlope(k + 1, 1), `k=${k}`);
  }
});
