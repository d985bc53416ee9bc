import { assert, assertAlmostEquals } from "../../assert.ts";
import { type LadderData, loadLadder } from "../../../lib/chapters/model-ladder/analysis.ts";
import {
  boundChecks,
  digitCurves,
  digitSpreads,
  digitStates,
  digitSteps,
  loadSeedPositions,
  type SeedPositionRow,
} from "../../../lib/chapters/model-ladder/digits.ts";
import { BOOK_LADDER } from "../../../lib/training/ladder_generator.ts";

Deno.test("seed positions: every width and seed of the study, k digits each, agreeing with the seed file", () => {
  const rows = loadSeedPositions();
  const d = loadLadder();
  const k = BOOK_LADDER.digits + 1;
  assert.equal(
    rows.length,
    BOOK_LADDER.seedStudyHiddens.length * BOOK_LADDER.seedStudySeeds.length * k,
  );
  // the mean of a run's digit accuracies is its per-token accuracy in ladder-seeds.csv
  for (const s of d.seeds) {
    const mine = rows.filter((r) => r.hidden === s.hidden && r.seed === s.seed);
    assert.equal(mine.length, k);
    const mean = mine.reduce((a, r) => a + r.correct / r.test_n, 0) / k;
    assertAlmostEquals(mean, s.token_accuracy, 1e-7);
    // exact match can never exceed the weakest digit
    assert.ok(s.exact_match <= Math.min(...mine.map((r) => r.correct / r.test_n)) + 1e-12);
  }
  // the main seed's rows equal the main ladder's final positions
  for (const h of BOOK_LADDER.seedStudyHiddens) {
    const main = d.positions.filter((p) => p.hidden === h && p.step === BOOK_LADDER.steps)
      .map((p) => p.correct);
    const seed = rows.filter((r) => r.hidden === h && r.seed === BOOK_LADDER.seed)
      .sort((a, b) => a.position - b.position).map((r) => r.correct);
    assert.deepEqual(seed, main, `H=${h}`);
  }
});

const toy: SeedPositionRow[] = [
  [4, 1, 0, 10],
  [4, 1, 1, 90],
  [4, 2, 0, 30],
  [4, 2, 1, 95],
  [8, 1, 0, 60],
  [8, 1, 1, 99],
  [8, 2, 0, 40],
  [8, 2, 1, 100],
].map(([hidden, seed, position, correct]) => ({
  generator_version: 2,
  seed,
  digits: 1,
  hidden,
  parameters: hidden * 10,
  steps: 10,
  position,
  test_n: 100,
  correct,
  source: "toy",
}));

Deno.test("digit spreads, curves and steps on a hand-made study", () => {
  const s = digitSpreads(toy);
  const d0h4 = s.find((x) => x.hidden === 4 && x.position === 0)!;
  assert.deepEqual(d0h4.values, [0.1, 0.3]);
  assertAlmostEquals(d0h4.mean, 0.2, 1e-12);
  const c = digitCurves(toy).find((p) => p.series === "digit 0" && p.x === 80)!;
  assert.deepEqual([c.lower, c.upper], [0.4, 0.6]);
  const st = digitSteps(toy, 0.5);
  assert.deepEqual(st[0].widths, [{ seed: 1, hidden: 8 }, { seed: 2, hidden: null }]);
  assert.deepEqual(st[1].widths, [{ seed: 1, hidden: 4 }, { seed: 2, hidden: 4 }]);
  assert.throws(() => digitSteps(toy, 1), /level/);
  // accuracies 0.1, 0.9, 0.3, 0.95, 0.6, 0.99, 0.4, 1.0
  assert.deepEqual(digitStates(toy), { total: 8, low: 1, middle: 3, high: 4 });
  assert.deepEqual(digitStates(toy, [4], [0]), { total: 2, low: 1, middle: 1, high: 0 });
  assert.throws(() => digitStates(toy, undefined, undefined, 0.8, 0.2), /lo < hi/);
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
});
