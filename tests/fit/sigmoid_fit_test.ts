import assert from "node:assert/strict";
import fc from "fast-check";
import { assertAlmostEquals, assertRelativeEquals } from "../assert.ts";
import { fitSigmoid, predictSigmoid } from "../../lib/fit/sigmoid_fit.ts";

// Reference values from scipy 1.17.1 curve_fit (xtol=ftol=gtol=1e-15, p0=[22, 1]):
//   k=1: curve_fit(lambda x,x0,s: 1/(1+exp(-(x-x0)s)), XS, PS)
//   k=3: curve_fit(lambda x,x0,s: sigmoid(...)**3, XS, EMS, sigma=1/sqrt(W))
const XS = [20, 20.5, 21, 21.5, 22, 22.5, 23, 23.5, 24];
const PS = [0.03, 0.08, 0.17, 0.33, 0.52, 0.66, 0.85, 0.91, 0.97];
const EMS = [0, 0.002, 0.01, 0.04, 0.15, 0.31, 0.6, 0.75, 0.9];
const W = [1, 1, 2, 2, 3, 3, 2, 2, 1];

Deno.test("fitSigmoid (k = 1) matches scipy curve_fit", () => {
  const fit = fitSigmoid(XS, PS);
  assertAlmostEquals(fit.x0, 21.98517088604385, 1e-7);
  assertAlmostEquals(fit.s, 1.5798473459130042, 1e-7);
  assertRelativeEquals(fit.stderr.x0, 0.023861340223706413, 1e-5);
  assertRelativeEquals(fit.stderr.s, 0.053870665347946885, 1e-5);
  assert.deepEqual(fit.atBound, []);
});

Deno.test("fitSigmoid (k = 3, weighted) matches scipy curve_fit with sigma = 1/sqrt(w)", () => {
  const fit = fitSigmoid(XS, EMS, { k: 3, weights: W });
  assertAlmostEquals(fit.x0, 21.96943041422128, 1e-7);
  assertAlmostEquals(fit.s, 1.5443785340389744, 1e-7);
  assertRelativeEquals(fit.stderr.x0, 0.03557016013634248, 1e-5);
  assertRelativeEquals(fit.stderr.s, 0.06387321936210504, 1e-5);
  assert.equal(fit.k, 3);
});

Deno.test("fitSigmoid recovers exact curves for any k (property, seeded)", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 20, max: 24, noNaN: true }),
      fc.double({ min: 0.5, max: 4, noNaN: true }),
      fc.integer({ min: 1, max: 8 }),
      (x0, s, k) => {
        const xs = Array.from({ length: 13 }, (_, i) => x0 - 3 + i * 0.5);
        const ps = xs.map((x) => predictSigmoid({ x0, s, k }, x));
        const fit = fitSigmoid(xs, ps, { k });
        assertAlmostEquals(fit.x0, x0, 1e-5);
        assertAlmostEquals(fit.s, s, 1e-5);
      },
    ),
    { seed: 42, numRuns: 60 },
  );
});

Deno.test("fitSigmoid: clear failures", () => {
  assert.throws(() => fitSigmoid([1, 2], [0.1, 0.2]), /at least 3 points, got 2/);
  assert.throws(
    () => fitSigmoid([1, 2, 3], [0.1, 1.2, 0.3]),
    /ps\[1\] must lie in \[0, 1\], got 1.2/,
  );
  assert.throws(() => fitSigmoid([1, NaN, 3], [0.1, 0.2, 0.3]), /xs\[1\] must be a finite number/);
  assert.throws(() => fitSigmoid(XS, PS, { k: 0 }), /k must be a positive integer, got 0/);
  assert.throws(() => fitSigmoid(XS, PS, { weights: [1] }), /1 weights for 9 points/);
  assert.throws(
    () => fitSigmoid(XS, PS, { maxIterations: 1, start: { x0: 20, s: 0.1 } }),
    /did not converge/,
  );
  assert.throws(() => fitSigmoid(XS, PS, { sBounds: [0, 1] }), /sBounds/);
  // all points saturated at 0: x0 and s cannot be told apart
  assert.throws(() => fitSigmoid([1, 2, 3, 4], [0, 0, 0, 0]), /not identifiable|singular/);
});

Deno.test("fitSigmoid: a fit pushed against a bound says so", () => {
  const fit = fitSigmoid(XS, PS, { sBounds: [0.1, 1] });
  assert.deepEqual(fit.atBound, ["s"]);
  assert.equal(fit.s, 1);
});

Deno.test("fitSigmoid: 130,000 points fit without a stack overflow", () => {
  const n = 130_000;
  const xs = Array.from({ length: n }, (_, i) => 19 + (6 * i) / (n - 1));
  // deterministic ±0.01 wiggle around σ((x − 22)·1.5)
  const ps = xs.map((x, i) =>
    Math.min(1, Math.max(0, 1 / (1 + Math.exp(-(x - 22) * 1.5)) + 0.01 * Math.sin(i)))
  );
  // a start skips the 41 × 25 grid (10⁸ sigmoid evaluations), keeping the test fast; the
  // bounds still come from the extent of all 130,000 xs, where Math.min(...xs) overflowed
  const fit = fitSigmoid(xs, ps, { start: { x0: 22.5, s: 1 } });
  assert.equal(fit.n, n);
  assert.ok(Math.abs(fit.x0 - 22) < 1e-3 && Math.abs(fit.s - 1.5) < 1e-2, `${fit.x0}, ${fit.s}`);
});

Deno.test("fitSigmoid: at a bound the free parameter is optimal (scipy reference)", () => {
  const xs = [19, 20, 21, 22, 23, 24, 25];
  const ps = [0.01, 0.02, 0.1, 0.45, 0.93, 0.99, 1];
  // scipy 1.17.1 optimize.least_squares(method="trf", bounds, xtol = ftol = gtol = 1e-15),
  // best of three starts, residuals p − σ((x − x0)·s)^k: [x0, s, RSS]
  const cases: [Parameters<typeof fitSigmoid>[2], number, number, number][] = [
    [{ sBounds: [1e-3, 1] }, 22.02322779873034, 1, 0.09591682972541347],
    [{ sBounds: [1e-3, 1], k: 3 }, 20.648781510110243, 1, 0.05122389512297722],
    [{ x0Bounds: [18, 21.5] }, 21.5, 1.7092022277655634, 0.10534725675546361],
  ];
  for (const [options, x0, s, rss] of cases) {
    const fit = fitSigmoid(xs, ps, options);
    const label = JSON.stringify(options);
    assert.ok(fit.rss <= rss * (1 + 1e-12), `${label}: RSS ${fit.rss} vs ${rss}`);
    assertAlmostEquals(fit.x0, x0, 1e-6, label);
    assertAlmostEquals(fit.s, s, 1e-6, label);
    assert.equal(fit.atBound.length, 1, label);
  }
});

Deno.test("predictSigmoid: σ((x − x0)·s)^k by hand, and a bad fit object is named", () => {
  // σ(ln 3) = 3/4, so k = 2 gives 9/16
  assertAlmostEquals(predictSigmoid({ x0: 20, s: Math.log(3), k: 2 }, 21), 9 / 16, 1e-15);
  assert.throws(
    () => predictSigmoid({ x0: NaN, s: 1.5, k: 1 }, 21),
    /fit\.x0 must be a finite number, got NaN \(predictSigmoid\)/,
  );
  assert.throws(() => predictSigmoid({ x0: 22, s: 0, k: 1 }, 21), /s must be > 0, got 0/);
  assert.throws(() => predictSigmoid({ x0: 22, s: 1.5, k: 1.5 }, 21), /fit\.k/);
});
