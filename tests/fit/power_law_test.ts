import assert from "node:assert/strict";
import fc from "fast-check";
import { assertAlmostEquals, assertRelativeEquals } from "../assert.ts";
import {
  fitPowerLaw,
  fitPowerLawWithFloor,
  predictPowerLaw,
  predictPowerLawInterval,
} from "../../lib/fit/power_law.ts";

// Reference values computed with numpy 2.4.6 / scipy 1.17.1 (script in the comment below):
//   X = [1, ln x]; beta, rss = np.linalg.lstsq(X, ln y); cov = rss/(n-2)·inv(XᵀX)
//   floor: scipy.optimize.curve_fit(lambda x,E,lnA,b: log(E+exp(lnA)·x**b), x, log y,
//          bounds E ≥ 0, xtol=ftol=gtol=1e-15); se = sqrt(diag(pcov))
const X1 = [1, 2, 4, 8, 16, 32];
const Y1 = [10.2, 7.1, 5.3, 3.6, 2.7, 1.9];

Deno.test("fitPowerLaw matches numpy lstsq on noisy data, with standard errors", () => {
  const fit = fitPowerLaw(X1, Y1);
  assertAlmostEquals(fit.lnA, 2.3127027462659675, 1e-12);
  assertAlmostEquals(fit.b, -0.4818589556509741, 1e-12);
  assertAlmostEquals(fit.stderr.lnA, 0.01670123587301851, 1e-12);
  assertAlmostEquals(fit.stderr.b, 0.007958247271885875, 1e-12);
  assertAlmostEquals(fit.covariance[0][1], -0.00010974893835057104, 1e-14);
  assertAlmostEquals(fit.rss, 0.0021300206812400746, 1e-14);
  assertRelativeEquals(fit.stderr.a, fit.a * fit.stderr.lnA, 1e-15);
  assert.equal(fit.n, 6);
});

Deno.test("fitPowerLaw recovers exact laws (property, seeded)", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0.01, max: 100, noNaN: true }),
      fc.double({ min: -2, max: 2, noNaN: true }),
      (a, b) => {
        const x = [1e18, 1e19, 1e20, 1e21, 1e22];
        const fit = fitPowerLaw(x, x.map((v) => a * v ** b));
        assertAlmostEquals(fit.b, b, 1e-9);
        assertRelativeEquals(fit.a, a, 1e-6);
        assertRelativeEquals(predictPowerLaw(fit, 1e23), a * 1e23 ** b, 1e-6);
      },
    ),
    { seed: 42, numRuns: 100 },
  );
});

Deno.test("predictPowerLawInterval: centred on the prediction, widest far from the data", () => {
  const fit = fitPowerLaw(X1, Y1);
  const inside = predictPowerLawInterval(fit, 5.66);
  const far = predictPowerLawInterval(fit, 1e4);
  assertRelativeEquals(far.value, predictPowerLaw(fit, 1e4), 1e-14);
  assert.ok(inside.lower < inside.value && inside.value < inside.upper);
  assert.ok(Math.log(far.upper / far.lower) > 3 * Math.log(inside.upper / inside.lower));
});

Deno.test("fitPowerLaw: bad input errors name the value", () => {
  assert.throws(() => fitPowerLaw([1, 2], [1, 2]), /at least 3 points, got 2/);
  assert.throws(() => fitPowerLaw([1, 2, 3], [1, 2]), /x has 3 values but y has 2/);
  assert.throws(() => fitPowerLaw([1, 0, 3], [1, 2, 3]), /x\[1\] must be > 0, got 0/);
  assert.throws(
    () => fitPowerLaw([1, 2, 3], [1, NaN, 3]),
    /y\[1\] must be a finite number, got NaN/,
  );
  assert.throws(() => fitPowerLaw([2, 2, 2], [1, 2, 3]), /all x values are equal/);
  assert.throws(() => predictPowerLaw(fitPowerLaw(X1, Y1), -1), /x must be > 0, got -1/);
});

const X2 = [1, 2, 4, 8, 16, 32, 64, 128];
const Y2 = [4.93, 3.86, 3.05, 2.62, 2.28, 2.04, 1.93, 1.84];

Deno.test("fitPowerLawWithFloor matches scipy curve_fit (E, ln a, b and standard errors)", () => {
  const fit = fitPowerLawWithFloor(X2, Y2);
  assertAlmostEquals(fit.E, 1.657272924204472, 1e-6);
  assertAlmostEquals(fit.lnA, 1.1911700687296807, 1e-6);
  assertAlmostEquals(fit.b, -0.6030986689800449, 1e-6);
  assertRelativeEquals(fit.stderr.E, 0.02631901924949325, 1e-4);
  assertRelativeEquals(fit.stderr.lnA, 0.012143525075154983, 1e-4);
  assertRelativeEquals(fit.stderr.b, 0.01815648324276062, 1e-4);
  assert.equal(fit.floorAtZero, false);
  assert.equal(fit.floorAtUpper, false);
  assertRelativeEquals(predictPowerLaw(fit, 1e6), fit.E + fit.a * 1e6 ** fit.b, 1e-14);
});

Deno.test("fitPowerLawWithFloor recovers exact floors (property, seeded)", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0.5, max: 3, noNaN: true }),
      fc.double({ min: 0.5, max: 10, noNaN: true }),
      // b closer to 0 than -0.3 makes E and a nearly collinear over 3.5 decades of x
      fc.double({ min: -1, max: -0.3, noNaN: true }),
      (E, a, b) => {
        const x = [1, 3, 10, 30, 100, 300, 1000, 3000];
        const fit = fitPowerLawWithFloor(x, x.map((v) => E + a * v ** b));
        assertAlmostEquals(fit.E, E, 1e-4 * (1 + E));
        assertAlmostEquals(fit.b, b, 1e-4);
      },
    ),
    { seed: 42, numRuns: 40 },
  );
});

Deno.test("fitPowerLawWithFloor: a floor that the data do not show ends at 0", () => {
  // pure power law with small alternating noise: the best floor is 0
  const x = [1, 2, 4, 8, 16, 32, 64];
  const y = x.map((v, i) => 3 * v ** 0.4 * (1 + 0.01 * (i % 2 ? 1 : -1)));
  const fit = fitPowerLawWithFloor(x, y);
  assert.equal(fit.floorAtZero, true);
  assert.equal(fit.E, 0);
});

Deno.test("fitPowerLawWithFloor: errors", () => {
  assert.throws(() => fitPowerLawWithFloor([1, 2, 3], [3, 2, 1]), /at least 4 points, got 3/);
  assert.throws(
    () => fitPowerLawWithFloor(X2, Y2, { maxFloorFraction: 1 }),
    /maxFloorFraction must lie in \(0, 1\), got 1/,
  );
  assert.throws(
    () => fitPowerLawWithFloor(X2, Y2, { maxIterations: 1 }),
    /did not converge in 1 iterations/,
  );
});

Deno.test("fitPowerLawWithFloor: with the floor at its bound, lnA and b are optimal (scipy reference)", () => {
  const x = [1, 15.848931924611133, 251.18864315095797, 3981.071705534969, 63095.7344480193, 1e6];
  const y = [
    2.6565836687634055,
    0.7271082938944914,
    0.4993648203467197,
    0.4888408035786499,
    0.4459767074652238,
    0.48205942066256835,
  ];
  const fit = fitPowerLawWithFloor(x, y);
  // scipy 1.17.1 optimize.least_squares, method="trf", bounds E ∈ [0, (1 − 1e-9)·min y],
  // xtol = ftol = gtol = 1e-15, four starts; and method="lm" on (lnA, b) with E fixed at the
  // bound: E = 0.4459767070192471, lnA = 0.7871540538410138, b = −0.7268179351122191,
  // RSS = 0.013574514848688483. (Clipping a full step at the bound stopped at lnA 0.78533,
  // b −0.74705, RSS 0.0141295.)
  assert.ok(fit.floorAtUpper);
  assert.equal(fit.E, (1 - 1e-9) * 0.4459767074652238);
  assert.ok(fit.rss <= 0.013574514848688483 * (1 + 1e-12), `RSS ${fit.rss}`);
  assertAlmostEquals(fit.lnA, 0.7871540538410138, 1e-7);
  assertAlmostEquals(fit.b, -0.7268179351122191, 1e-7);
});
