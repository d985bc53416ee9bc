import fc from "fast-check";
import { assert, assertAlmostEquals } from "../assert.ts";
import { formatAccuracy, wilsonInterval } from "../../lib/stats/wilson.ts";

// Reference values computed independently with the closed-form formula in Python
// (math.sqrt, z = 1.959963984540054); 5/10 also matches statsmodels'
// proportion_confint(5, 10, method="wilson") = (0.23659309, 0.76340691).
Deno.test("Wilson interval matches independently computed values", () => {
  const a = wilsonInterval(5, 10);
  assertAlmostEquals(a.lower, 0.236593090512564, 1e-12);
  assertAlmostEquals(a.upper, 0.7634069094874361, 1e-12);
  const b = wilsonInterval(81, 263);
  assertAlmostEquals(b.lower, 0.2552885198782742, 1e-12);
  assertAlmostEquals(b.upper, 0.36620957698280004, 1e-12);
  const zero = wilsonInterval(0, 200);
  assert.equal(zero.lower, 0);
  assertAlmostEquals(zero.upper, 0.018845326377266575, 1e-12);
  const all = wilsonInterval(200, 200);
  assert.equal(all.upper, 1);
  assertAlmostEquals(all.lower, 0.9811546736227335, 1e-12);
});

Deno.test("zero successes are reported as below 1/n, not as zero", () => {
  assert.equal(formatAccuracy(0, 200), "< 1/200 (0/200; 95% CI upper 0.019)");
  assert.equal(formatAccuracy(5, 10), "0.500 [0.237, 0.763]");
});

Deno.test("bad counts are rejected with the value in the message", () => {
  assert.throws(() => wilsonInterval(3, 2), /successes must be ≤ n, got successes=3, n=2/);
  assert.throws(() => wilsonInterval(-1, 2), /successes must be a non-negative integer, got -1/);
  assert.throws(() => wilsonInterval(1, 0), /n must be a positive integer, got 0/);
  assert.throws(() => wilsonInterval(1.5, 4), RangeError);
  assert.throws(() => wilsonInterval(1, 4, NaN), /z must be a finite number/);
});

Deno.test("property: the interval contains the estimate and lies in [0, 1]", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 100000 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (n, f) => {
        const k = Math.floor(f * n);
        const ci = wilsonInterval(k, n);
        return 0 <= ci.lower && ci.lower <= ci.estimate + 1e-12 &&
          ci.estimate <= ci.upper + 1e-12 &&
          ci.upper <= 1;
      },
    ),
    { seed: 42, numRuns: 500 },
  );
});

Deno.test("Wilson: n above 2^53 − 1 and non-integers are rejected with the value", () => {
  assert.throws(
    () => wilsonInterval(1, 1e300),
    /n must be at most 2\^53 − 1 = 9007199254740991.*got 1e\+300/,
  );
  assert.throws(
    () => wilsonInterval(1, 2 ** 53),
    /n must be at most 2\^53 − 1.*got 9007199254740992/,
  );
  assert.throws(() => wilsonInterval(1, 10.5), /n must be a positive integer, got 10\.5/);
  assert.throws(
    () => wilsonInterval(0.5, 10),
    /successes must be a non-negative integer, got 0\.5/,
  );
  const big = wilsonInterval(1, Number.MAX_SAFE_INTEGER);
  assert.ok(big.lower <= big.estimate && big.estimate <= big.upper, JSON.stringify(big));
});

Deno.test("Wilson: lower ≤ estimate ≤ upper for every safe n", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (n, f) => {
        const k = Math.min(n, Math.floor(f * n));
        const ci = wilsonInterval(k, n);
        return 0 <= ci.lower && ci.lower <= ci.estimate && ci.estimate <= ci.upper &&
          ci.upper <= 1;
      },
    ),
    { seed: 12, numRuns: 2000 },
  );
});

Deno.test("formatAccuracy: digits must be an integer from 0 to 100", () => {
  for (const d of [NaN, -1, 1.5, 101, Infinity]) {
    assert.throws(() => formatAccuracy(1, 3, d), /digits must be an integer from 0 to 100, got/);
  }
  assert.throws(() => formatAccuracy(1, 3, NaN), /got NaN/);
  assert.equal(formatAccuracy(1, 4, 2), "0.25 [0.05, 0.70]");
});
