import { assert, assertAlmostEquals } from "../../assert.ts";
import {
  chainComparison,
  chainErrors,
  type CheckpointRow,
  extrapolateRun,
  finalPoints,
  ladderEmergenceScores,
  loadLadder,
  parseLadder,
  positionAccuracy,
  risingLabels,
  rungCheckpoints,
  seedTable,
  subsetTable,
} from "../../../lib/chapters/model-ladder/analysis.ts";
import {
  CHECKPOINT_HEADER,
  GENERATOR_VERSION,
  POSITION_HEADER,
  SUBSET_HEADER,
} from "../../../lib/training/ladder_generator.ts";

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

Deno.test("parseLadder rejects mixed versions, missing columns and short position files", () => {
  const ck = `${CHECKPOINT_HEADER}\n1,1,1,4,10,1,0.1,1,1,2,120,5,0,0,0.5,1.2,1,x`;
  const pos = `${POSITION_HEADER}\n1,1,4,10,1,0,5,2,x\n1,1,4,10,1,1,5,3,x`;
  const sub = `${SUBSET_HEADER}\n1,1,4,10,1,5,0,x`;
  assert.equal(
    parseLadder({ checkpoints: ck, positions: pos, subsets: sub }).checkpoints.length,
    1,
  );
  assert.throws(
    () => parseLadder({ checkpoints: ck, positions: pos, subsets: sub.replace("\n1,", "\n2,") }),
    /mix generator versions/,
  );
  assert.throws(
    () =>
      parseLadder({
        checkpoints: ck,
        positions: pos.split("\n").slice(0, 2).join("\n"),
        subsets: sub,
      }),
    /expected 1 checkpoints × 2 positions/,
  );
  assert.throws(
    () => parseLadder({ checkpoints: ck.replace("mean_nll", "nll"), positions: pos, subsets: sub }),
    /mean_nll/,
  );
  assert.throws(
    () =>
      parseLadder({
        checkpoints: ck.replace(",0,0,0.5", ",9,0,0.5"),
        positions: pos,
        subsets: sub,
      }),
    /exact_match_count 9 > test_n 5/,
  );
});

Deno.test("committed ladder: consistent, chain product ≤ p^k, EM scores highest", () => {
  const d = loadLadder();
  assert.ok(d.checkpoints.every((r) => r.generator_version === GENERATOR_VERSION));
  const final = finalPoints(d);
  assert.ok(final.length >= 6);
  // ≥ 1.5 decades of parameters
  assert.ok(Math.log10(final.at(-1)!.parameters / final[0].parameters) >= 1.5);
  for (const r of d.checkpoints) {
    // token accuracy is the mean of the position accuracies (independent recomputation)
    const acc = positionAccuracy(d, r.hidden, r.step);
    assertAlmostEquals(acc.reduce((s, p) => s + p, 0) / acc.length, r.token_accuracy, 1e-7);
    const c = chainComparison(d, r);
    assert.ok(c.positionProduct <= c.pk + 1e-12);
    // exact match can never exceed the worst position's accuracy
    assert.ok(r.exact_match <= Math.min(...acc) + 1e-12);
  }
  const scores = ladderEmergenceScores(final);
  const em = scores.find((s) => s.metric === "exact match")!.score;
  for (const s of scores) assert.ok(em >= s.score, `${s.metric}: ${s.score} vs EM ${em}`);
});

Deno.test("seed study: the main seed's row equals the main run's final checkpoint", () => {
  const d = loadLadder();
  assert.ok(d.seeds.length >= 8);
  const main = d.seeds.filter((r) => r.seed === d.checkpoints[0].seed);
  assert.ok(main.length >= 2);
  for (const r of main) {
    const f = rungCheckpoints(d, r.hidden).at(-1)!;
    assert.equal(r.exact_match_count, f.exact_match_count);
    assert.equal(r.mean_nll, f.mean_nll);
    assert.equal(r.edit_distance, f.edit_distance);
    assert.equal(r.token_accuracy, f.token_accuracy);
  }
  const t = seedTable(d);
  assert.equal(t.length, new Set(d.seeds.map((r) => r.hidden)).size);
  assert.throws(() => seedTable({ ...d, seeds: [] }), /no seed study/);
});

Deno.test("tables: zero successes are written 0/n with their upper bound; one subset row per checkpoint", () => {
  const d = loadLadder();
  const t = subsetTable(d, 4);
  assert.equal(t.length, rungCheckpoints(d, 4).length);
  assert.ok(String(t[0]["EM on 20"]).startsWith("0/20 (95 % upper bound 0.16)"));
  assert.throws(() => subsetTable(d, 5), /no subset rows for hidden 5/);
});

Deno.test("risingLabels: first point at or above the level, else the last point", () => {
  const p = risingLabels([
    { x: 1, y: 0.1, series: "a" },
    { x: 2, y: 0.6, series: "a" },
    { x: 3, y: 0.9, series: "a" },
    { x: 1, y: 0.1, series: "b" },
    { x: 3, y: 0.3, series: "b" },
  ]);
  assert.deepEqual(p.a, { x: 2, y: 0.6, anchor: "end", dy: 0 });
  assert.deepEqual(p.b, { x: 3, y: 0.3, anchor: "start", dy: 0 });
});

Deno.test("extrapolateRun: a pure power law is recovered by the pure fit", () => {
  // NLL = 3·step^−0.3 exactly: the pure fit on steps 10…100 predicts step 1000 exactly
  const steps = [10, 20, 40, 70, 100, 1000];
  const e = extrapolateRun(steps.map((s) => row(s, 3 * s ** -0.3, 0)), 0.1, 10);
  assertAlmostEquals(e.predictedNllPure, 3 * 1000 ** -0.3, 1e-9);
  assertAlmostEquals(e.nllRelativeErrorPure, 0, 1e-9);
});

Deno.test("chainErrors: Π p_j tracks exact match better than p^k on the committed ladder", () => {
  const e = chainErrors(loadLadder());
  assert.ok(e.checkpoints >= 60);
  assert.ok(e.maxAbsProduct < e.maxAbsPk);
  assert.ok(e.productOutsideWilson <= e.checkpoints);
});
