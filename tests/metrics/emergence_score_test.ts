import assert from "node:assert/strict";
import fc from "fast-check";
import { assertAlmostEquals } from "../assert.ts";
import { emergenceScore, flatSteps, median } from "../../lib/metrics/emergence_score.ts";

Deno.test("hand-computed sequences", () => {
  // straight line of n points: range n − 1, every step 1 → n − 1
  assert.equal(emergenceScore([0, 1, 2, 3, 4]), 4);
  // steps² 0.0001, 0.0001, 0.0001, 0.64 → median 0.0001 → (0.83 − 0) / 0.01 = 83
  assertAlmostEquals(emergenceScore([0, 0.01, 0.02, 0.03, 0.83]), 83, 1e-9);
  // decreasing curve: best model first → negative sign; steps 0.2, 0.2, 0.1 → median 0.04
  // → −(0.5)/0.2 = −2.5
  assertAlmostEquals(emergenceScore([0.5, 0.3, 0.1, 0]), -2.5, 1e-12);
  // even count of steps: steps² [0.01, 0.04] → median 0.025 → 0.3/√0.025
  assertAlmostEquals(emergenceScore([0, 0.1, 0.3]), 0.3 / Math.sqrt(0.025), 1e-12);
});

Deno.test("median 0: ±Infinity, or bounded by minStep", () => {
  assert.equal(emergenceScore([0, 0, 0, 0, 0.5]), Infinity);
  assert.equal(emergenceScore([0.5, 0, 0, 0, 0]), -Infinity);
  // with minStep = 1/100 (accuracy on 100 questions): 0.5 / 0.01 = 50
  assertAlmostEquals(emergenceScore([0, 0, 0, 0, 0.5], { minStep: 0.01 }), 50, 1e-12);
  // minStep only bounds from below; a larger median is kept: steps 1,1 → 2
  assert.equal(emergenceScore([0, 1, 2], { minStep: 0.01 }), 2);
  assert.equal(emergenceScore([3, 3, 3]), 0);
});

Deno.test("argmax/argmin ties take the first index", () => {
  // max 1 at i = 1 and 3, min 0 at i = 0 → sign(1 − 0) = +
  assert.ok(emergenceScore([0, 1, 0, 1]) > 0);
});

Deno.test("property: invariant to shifts, scales linearly, flips sign on reversal", () => {
  // integer values keep every step exact, so only the final sqrt/division round
  const same = (a: number, b: number) =>
    a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 3, maxLength: 12 }),
      fc.integer({ min: -1000, max: 1000 }),
      fc.integer({ min: 1, max: 50 }),
      (ys, shift, scale) => {
        const s = emergenceScore(ys);
        return same(emergenceScore(ys.map((y) => y + shift)), s) &&
          same(emergenceScore(ys.map((y) => y * scale)), s);
      },
    ),
    { seed: 42, numRuns: 300 },
  );
  // reversal (distinct values so argmax/argmin are unique)
  assertAlmostEquals(emergenceScore([0, 0.2, 0.3, 1].reverse()), -emergenceScore([0, 0.2, 0.3, 1]));
});

Deno.test("median helper and bad input", () => {
  assert.equal(median([5]), 5);
  assert.throws(() => median([]), /median of an empty list/);
  assert.throws(() => emergenceScore([1]), /at least 2 values/);
  assert.throws(() => emergenceScore([0, NaN, 1]), /values\[1\] must be a finite number, got NaN/);
  assert.throws(() => emergenceScore([0, 1], { minStep: 0 }), /minStep must be > 0/);
});

Deno.test("flatSteps counts exactly flat steps and predicts the infinite case", () => {
  assert.equal(flatSteps([0, 0, 0, 0, 0.5]), 3);
  assert.equal(flatSteps([1, 2, 3]), 0);
  // 3 of 4 steps flat (> half) → infinite; 2 of 4 (= half) → finite
  assert.equal(emergenceScore([0, 0, 0, 0, 0.5]), Infinity);
  assert.equal(flatSteps([0, 0, 0, 0.1, 0.5]), 2);
  assert.ok(Number.isFinite(emergenceScore([0, 0, 0, 0.1, 0.5])));
  assert.throws(() => flatSteps([1]), /at least 2 values/);
  assert.throws(() => flatSteps([1, Infinity]), /values\[1\] must be a finite number/);
});
