import { assert, assertAlmostEquals } from "../assert.ts";
import {
  type CheckpointRow,
  type LadderData,
  loadLadder,
  rungs,
} from "../../lib/data/ladder_runs.ts";
import {
  extrapolateLadder,
  extrapolateRun,
  extrapolationCurves,
  fitWindow,
} from "../../lib/fit/ladder_extrapolation.ts";

function row(step: number, nll: number, em: number): CheckpointRow {
  return {
    generator_version: 1,
    seed: 1,
    digits: 2,
    hidden: 8,
    parameters: 100,
    batch: 1,
    lr: 0.01,
    total_steps: 1000,
    step,
    tokens: step * 3,
    compute_flops: 1800 * step,
    test_n: 100,
    exact_match_count: Math.round(em * 100),
    exact_match: em,
    token_accuracy: 0.5,
    mean_nll: nll,
    edit_distance: 1,
    source: "test",
  } as CheckpointRow;
}

Deno.test("extrapolateRun recovers an exact power law with a floor", () => {
  // NLL = 0.1 + 3·step^−0.5 exactly; the fit on steps 10…100 must predict step 1000
  const steps = [1, 3, 10, 20, 40, 70, 100, 300, 1000];
  const rows = steps.map((s) => row(s, 0.1 + 3 * s ** -0.5, 0));
  const e = extrapolateRun(rows, 0.1, 10);
  assert.deepEqual(e.fitSteps, [10, 20, 40, 70, 100]);
  const truth = 0.1 + 3 * 1000 ** -0.5;
  assertAlmostEquals(e.predictedNll, truth, 1e-3 * truth);
  assertAlmostEquals(e.nllRelativeError, 0, 1e-3);
  // chain route: e^(−k·NLL) with k = 3
  assertAlmostEquals(e.predictedEmViaNll, Math.exp(-3 * e.predictedNll), 1e-12);
  assert.equal(e.predictedEmDirect, 0); // EM flat at 0 in the window → line predicts 0
  assert.throws(() => extrapolateRun(rows.slice(0, 4), 0.1, 10), /need 4/);
  assert.throws(() => extrapolateRun(rows, 1.5), /fraction/);
});

Deno.test("direct EM extrapolation is a least-squares line in log10(step)", () => {
  // EM = 0.1·log10(step) − 0.1 on the window, exactly linear: at step 1000 the line gives 0.2
  const steps = [10, 20, 50, 100, 1000];
  const rows = steps.map((s) => row(s, 1 / s, 0.1 * Math.log10(s) - 0.1));
  const e = extrapolateRun(rows, 0.1, 10);
  assertAlmostEquals(e.predictedEmDirect, 0.2, 1e-12);
});

Deno.test("extrapolateRun: a pure power law is recovered by the pure fit", () => {
  // NLL = 3·step^−0.3 exactly: the pure fit on steps 10…100 predicts step 1000 exactly
  const steps = [10, 20, 40, 70, 100, 1000];
  const e = extrapolateRun(steps.map((s) => row(s, 3 * s ** -0.3, 0)), 0.1, 10);
  assertAlmostEquals(e.predictedNllPure, 3 * 1000 ** -0.3, 1e-9);
  assertAlmostEquals(e.nllRelativeErrorPure, 0, 1e-9);
});

Deno.test("fitWindow: one window for the committed ladder; differing windows are named", () => {
  const d = loadLadder();
  const w = fitWindow(d, 0.1);
  assert.deepEqual(w, {
    first: 11,
    last: 752,
    checkpoints: extrapolateLadder(d)[0].fitSteps.length,
  });
  assert.deepEqual(extrapolateLadder(d).map((e) => e.hidden), rungs(d));
  // a second rung whose checkpoints sit elsewhere has another window
  const steps = [10, 20, 40, 70, 100, 1000];
  const other: LadderData = {
    checkpoints: [
      ...steps.map((s) => row(s, 1 + 1 / s, 0)),
      ...steps.map((s) => ({ ...row(s === 100 ? 90 : s, 1 + 1 / s, 0), hidden: 16 })),
    ],
    positions: [],
    subsets: [],
    seeds: [],
  };
  assert.throws(
    () => fitWindow(other),
    /H=8 fits steps 10,20,40,70,100, H=16 fits steps 10,20,40,70,90/,
  );
});

Deno.test("extrapolationCurves: the fitted curve starts at the window and ends at the last step", () => {
  const d = loadLadder();
  const h = rungs(d).at(-1)!;
  const c = extrapolationCurves(d, h);
  const w = fitWindow(d);
  assert.deepEqual([c.windowStart, c.windowEnd], [w.first, w.last]);
  assertAlmostEquals(c.fitted[0].x, w.first, 1e-9);
  assertAlmostEquals(c.fitted.at(-1)!.x, c.measured.at(-1)!.x, 1e-6);
});
