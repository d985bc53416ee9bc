import { assert, assertAlmostEquals } from "../assert.ts";
import { type LadderData, loadLadder } from "../../lib/data/ladder_runs.ts";
import { boundChecks, chainComparison, chainErrors } from "../../lib/metrics/chain_checks.ts";

Deno.test("chainComparison: Π p_j ≤ p^k at every committed checkpoint (AM–GM)", () => {
  const d = loadLadder();
  for (const r of d.checkpoints) {
    const c = chainComparison(d, r);
    assert.ok(c.positionProduct <= c.pk + 1e-12);
  }
});

Deno.test("chainErrors: Π p_j tracks exact match better than p^k on the committed ladder", () => {
  const e = chainErrors(loadLadder());
  assert.ok(e.checkpoints >= 60);
  assert.ok(e.maxAbsProduct < e.maxAbsPk);
  assert.ok(e.productOutsideWilson <= e.checkpoints);
});

Deno.test("bound checks: the assumption-free bounds hold exactly; only informative checkpoints count", () => {
  const d = loadLadder();
  const { rows, summary } = boundChecks(d);
  assert.ok(summary.informative > 0 && summary.informative < summary.checkpoints);
  for (const r of rows) {
    assert.ok(r.measured >= 0.02 && r.measured <= 0.98);
    assert.ok(r.boundLow <= r.product + 1e-12 && r.product <= r.boundHigh + 1e-12);
    assert.ok(r.boundLow - 1e-12 <= r.measured && r.measured <= r.boundHigh + 1e-12);
  }
  // widening the window can only add checkpoints
  assert.ok(boundChecks(d, 0, 1).summary.informative >= summary.informative);
  assert.throws(() => boundChecks(d, 0.5, 0.5), /lo < hi/);
});

Deno.test("bound checks on a hand-made checkpoint: product, bounds and Wilson test", () => {
  // two digits right 90 % and 80 % of the time; EM measured 0.72 = independence exactly
  const data: LadderData = {
    checkpoints: [{
      generator_version: 2,
      seed: 1,
      digits: 1,
      hidden: 4,
      parameters: 1,
      batch: 1,
      lr: 0.1,
      total_steps: 1,
      step: 1,
      tokens: 1,
      compute_flops: 1,
      test_n: 1000,
      exact_match_count: 720,
      exact_match: 0.72,
      token_accuracy: 0.85,
      mean_nll: 0.3,
      edit_distance: 0.3,
      source: "toy",
    }],
    positions: [[0, 900], [1, 800]].map(([position, correct]) => ({
      generator_version: 2,
      digits: 1,
      hidden: 4,
      parameters: 1,
      step: 1,
      position,
      test_n: 1000,
      correct,
      source: "toy",
    })),
    subsets: [],
    seeds: [],
  };
  const { rows, summary } = boundChecks(data);
  assertAlmostEquals(rows[0].product, 0.72, 1e-12);
  assertAlmostEquals(rows[0].boundLow, 0.7, 1e-12);
  assertAlmostEquals(rows[0].boundHigh, 0.8, 1e-12);
  assert.equal(summary.productOutside, 0);
  assert.equal(summary.highOutside, 1); // 0.8 is far outside the interval of 720/1000
  assertAlmostEquals(summary.meanPosition, 0.2, 1e-9);
  // the chain model on the same checkpoint: p^k = 0.85², Π p_j = 0.9 · 0.8
  const c = chainComparison(data, data.checkpoints[0]);
  assertAlmostEquals(c.pk, 0.7225, 1e-12);
  assertAlmostEquals(c.positionProduct, 0.72, 1e-12);
  assert.deepEqual([c.k, c.successes, c.n], [2, 720, 1000]);
});
