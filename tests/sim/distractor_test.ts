import assert from "node:assert/strict";
import fc from "fast-check";
import { assertAlmostEquals } from "../assert.ts";
import {
  classifyScaling,
  distractorAccuracy,
  distractorCurve,
  type DistractorModel,
  distractorPreset,
  simulateDistractor,
  worstScale,
} from "../../lib/sim/distractor.ts";

const U = distractorPreset("u-shaped");
const INV = distractorPreset("inverse");
const LADDER = [18, 19, 20, 21, 22, 23, 24, 25];

Deno.test("distractor: values match an independent computation", () => {
  // Python: s=lambda z:1/(1+math.exp(-z)); t=5*s((22-23.5)*1.5); d=2.5*s((22-21)*1.5); s(t-d)
  // t = 0.476747..., d = 2.043936..., acc = 0.1726175...
  const p = distractorAccuracy(U, 22);
  assertAlmostEquals(p.truePull, 5 / (1 + Math.exp(2.25)), 1e-12);
  assertAlmostEquals(p.distractorPull, 2.5 / (1 + Math.exp(-1.5)), 1e-12);
  assertAlmostEquals(p.accuracy, 0.1726175, 1e-7);
  // far below both midpoints the model is at chance
  assertAlmostEquals(distractorAccuracy(U, 0).accuracy, 0.5, 1e-6);
});

Deno.test("distractor: the presets give a U and an inverse curve", () => {
  const u = LADDER.map((x) => distractorAccuracy(U, x).accuracy);
  const inv = LADDER.map((x) => distractorAccuracy(INV, x).accuracy);
  assert.equal(classifyScaling(u, 0.05), "u-shaped");
  assert.equal(classifyScaling(inv, 0.05), "inverse");
  // the inverse preset falls monotonically over the ladder
  for (let i = 1; i < inv.length; i++) assert.ok(inv[i] <= inv[i - 1]);
  const w = worstScale(U, 18, 25);
  // bottom of the U: grid search agrees with a fine scan done separately (x ≈ 21.93, acc ≈ 0.1722)
  assertAlmostEquals(w.x, 21.934, 0.01);
  assertAlmostEquals(w.accuracy, 0.17220, 1e-4);
  assert.ok(worstScale(INV, 18, 25).x > 24.4); // no recovery inside the range
});

Deno.test("distractor: invariants (property, seeded)", () => {
  const model = fc.record({
    trueStrength: fc.double({ min: 0, max: 10, noNaN: true }),
    trueMidpoint: fc.double({ min: 15, max: 30, noNaN: true }),
    trueSteepness: fc.double({ min: 0.1, max: 5, noNaN: true }),
    distractorStrength: fc.double({ min: 0, max: 10, noNaN: true }),
    distractorMidpoint: fc.double({ min: 15, max: 30, noNaN: true }),
    distractorSteepness: fc.double({ min: 0.1, max: 5, noNaN: true }),
  });
  fc.assert(
    fc.property(model, fc.double({ min: 15, max: 30, noNaN: true }), (m, x) => {
      const a = distractorAccuracy(m, x).accuracy;
      assert.ok(a > 0 && a < 1);
      // no distractor: never below chance, and never decreasing with scale
      const noD = { ...m, distractorStrength: 0 };
      assert.ok(distractorAccuracy(noD, x).accuracy >= 0.5);
      assert.ok(distractorAccuracy(noD, x + 0.5).accuracy >= distractorAccuracy(noD, x).accuracy);
      // no true task: never above chance, never increasing
      const noT = { ...m, trueStrength: 0 };
      assert.ok(distractorAccuracy(noT, x).accuracy <= 0.5);
      assert.ok(distractorAccuracy(noT, x + 0.5).accuracy <= distractorAccuracy(noT, x).accuracy);
    }),
    { seed: 42, numRuns: 300 },
  );
});

Deno.test("distractor: simulation is seeded, within its intervals, and close to the truth", () => {
  const a = simulateDistractor(U, LADDER, 400, 8);
  const b = simulateDistractor(U, LADDER, 400, 8);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, simulateDistractor(U, LADDER, 400, 9));
  for (const r of a) {
    assert.ok(r.interval.lower <= r.measured && r.measured <= r.interval.upper);
    // within 4 binomial standard errors of the true accuracy
    assert.ok(
      Math.abs(r.measured - r.accuracy) <= 4 * Math.sqrt(r.accuracy * (1 - r.accuracy) / 400),
    );
  }
  // the measured curve, with a tolerance of ~2 standard errors at p = ½, keeps its shapes
  assert.equal(classifyScaling(a.map((r) => r.measured), 0.05), "u-shaped");
  // chapter 16's claim: the U-shaped world, measured only up to 10^22, looks inverse
  const xs = [18, 18.5, 19, 19.5, 20, 20.5, 21, 21.5, 22, 22.5, 23, 23.5, 24, 24.5, 25];
  const chapterU = simulateDistractor(U, xs, 400, 8);
  assert.equal(classifyScaling(chapterU.map((r) => r.measured), 0.05), "u-shaped");
  assert.equal(
    classifyScaling(chapterU.filter((r) => r.x <= 22).map((r) => r.measured), 0.05),
    "inverse",
  );
  assert.equal(
    classifyScaling(simulateDistractor(INV, xs, 400, 9).map((r) => r.measured), 0.05),
    "inverse",
  );
  const inv = simulateDistractor(INV, LADDER, 400, 8).map((r) => r.measured);
  assert.equal(classifyScaling(inv, 0.05), "inverse");
});

Deno.test("classifyScaling: every shape and the tolerance", () => {
  assert.equal(classifyScaling([0.1, 0.5, 0.2], 0.1), "inverted-u");
  assert.equal(classifyScaling([0.1, 0.2, 0.9], 0.1), "positive");
  assert.equal(classifyScaling([0.9, 0.2], 0.1), "inverse");
  assert.equal(classifyScaling([0.5, 0.45, 0.5], 0.1), "flat");
  assert.equal(classifyScaling([0.5, 0.45, 0.5], 0.01), "u-shaped");
  assert.throws(() => classifyScaling([0.5]), /at least 2/);
  assert.throws(() => classifyScaling([0.5, NaN]), /values\[1\] must be a finite number, got NaN/);
  assert.throws(() => classifyScaling([0.5, 0.4], -1), /tolerance must be ≥ 0/);
});

Deno.test("distractor: bad input is named", () => {
  const bad = (patch: Partial<DistractorModel>) => ({ ...U, ...patch });
  assert.throws(
    () => distractorAccuracy(bad({ trueStrength: -1 }), 20),
    /trueStrength must be ≥ 0, got -1/,
  );
  assert.throws(
    () => distractorAccuracy(bad({ trueSteepness: 0 }), 20),
    /trueSteepness must be > 0/,
  );
  assert.throws(
    () => distractorAccuracy(bad({ distractorMidpoint: NaN }), 20),
    /distractorMidpoint.*NaN/,
  );
  assert.throws(() => distractorAccuracy(U, Infinity), /x must be a finite number, got Infinity/);
  assert.throws(() => distractorAccuracy(null as unknown as DistractorModel, 1), TypeError);
  assert.throws(() => simulateDistractor(U, [], 10, 1), /non-empty/);
  assert.throws(() => simulateDistractor(U, [20, NaN], 10, 1), /xs\[1\]/);
  assert.throws(() => simulateDistractor(U, [20], 0, 1), /n must be a positive integer, got 0/);
  assert.throws(() => worstScale(U, 25, 18), /from \(25\) must be < to \(18\)/);
  assert.throws(() => distractorCurve(U, 1, 1), /must be < to/);
  assert.throws(() => distractorPreset("other" as "inverse"), /kind must be/);
});
