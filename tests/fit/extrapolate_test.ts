import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import { extrapolate, powerLawThroughTwoPoints } from "../../lib/fit/extrapolate.ts";
import { learningRate, simulateTrainingRun } from "../../lib/sim/training_run.ts";
import { chinchillaLoss } from "../../lib/math/loss_law.ts";

Deno.test("extrapolate: exact floor law is recovered, pure law undershoots (sign known)", () => {
  const xs = [1, 2, 4, 8, 16, 32, 64, 128, 256];
  const ys = xs.map((x) => 1.5 + 4 * x ** -0.6);
  const f = extrapolate(xs, ys, 16, "power+floor");
  assert.equal(f.fitPoints, 5);
  assertAlmostEquals(f.law.E, 1.5, 1e-6);
  assert.ok(f.maxAbsRelErrorBeyond < 1e-6);
  const p = extrapolate(xs, ys, 16, "power");
  // a pure power law through a curve that flattens to 1.5 keeps falling: it must undershoot
  assert.ok(p.points.filter((q) => !q.inFit).every((q) => q.relError < 0));
  assert.equal(p.law.E, 0);
});

Deno.test("extrapolate: two points → exact line through them", () => {
  const r = extrapolate([1, 4, 16], [8, 2, 1], 4, "power");
  assert.equal(r.fitPoints, 2);
  assertAlmostEquals(r.law.b, -1, 1e-12);
  assertAlmostEquals(r.points[2].predicted, 0.5, 1e-12);
  assertAlmostEquals(r.finalRelError, -0.5, 1e-12);
});

Deno.test("extrapolate and powerLawThroughTwoPoints: errors", () => {
  assert.throws(
    () => extrapolate([1, 2, 3], [1, 2, 3], 3, "power"),
    /no point beyond the cutoff 3/,
  );
  assert.throws(() => extrapolate([1, 2, 3], [1, 2], 1, "power"), /3 xs but 2 ys/);
  assert.throws(
    () => extrapolate([1, 2, 3, 4, 5], [5, 4, 3, 2, 1], 3, "power+floor"),
    /at least 4 points, got 3/,
  );
  assert.throws(() => extrapolate([1, -2, 3], [1, 2, 3], 1, "power"), /xs\[1\] must be > 0/);
  assert.throws(() => powerLawThroughTwoPoints(2, 1, 2, 3), /x1 = x2 = 2/);
});

Deno.test("simulateTrainingRun: constant LR reproduces the Chinchilla curve at every checkpoint", () => {
  const run = simulateTrainingRun({
    params: 1e9,
    tokens: 2e10,
    steps: 1000,
    checkpoints: 20,
    schedule: "constant",
  });
  assert.equal(run.length, 20);
  for (const c of run) assertAlmostEquals(c.loss, chinchillaLoss(1e9, c.tokens), 1e-12);
  assert.equal(run[19].fraction, 1);
  assert.equal(run[19].compute, 6 * 1e9 * 2e10);
});

Deno.test("simulateTrainingRun: cosine lags early, bonus lowers the end; noise is seeded", () => {
  const base = { params: 1e9, tokens: 2e10, steps: 2000, checkpoints: 10 } as const;
  const cos = simulateTrainingRun({ ...base, schedule: "cosine" });
  const con = simulateTrainingRun({ ...base, schedule: "constant" });
  // lr-weighted tokens are fewer under cosine, so the loss is higher at every checkpoint
  for (let i = 0; i < 10; i++) assert.ok(cos[i].trueLoss > con[i].trueLoss);
  // at the end the cosine lr is 0.1: the bonus C subtracts 0.9·C
  const bonus = simulateTrainingRun({ ...base, schedule: "cosine", annealBonus: 0.1 });
  assertAlmostEquals(cos[9].trueLoss - bonus[9].trueLoss, 0.09, 1e-12);
  assertAlmostEquals(learningRate("cosine", 1000, 2000, 0.1), 0.55, 1e-12);
  const n1 = simulateTrainingRun({ ...base, schedule: "constant", noise: 0.01, seed: 5 });
  const n2 = simulateTrainingRun({ ...base, schedule: "constant", noise: 0.01, seed: 5 });
  assert.deepEqual(n1, n2);
  assert.ok(n1.some((c, i) => c.loss !== con[i].loss));
  assert.throws(
    () => simulateTrainingRun({ ...base, schedule: "constant", noise: -1 }),
    /noise must be ≥ 0/,
  );
  assert.throws(
    () => simulateTrainingRun({ ...base, checkpoints: 5000, schedule: "constant" }),
    /5000 checkpoints but only 2000 steps/,
  );
});
