import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import {
  ladderAround,
  ladderFromParameters,
  ladderStudy,
  quantile,
  runLadder,
  summariseLadder,
} from "../../lib/sim/ladder_experiment.ts";
import { planningDecisions } from "../../lib/chapters/planning/decisions.ts";

const WORLD = { x0: 22, s: 1.5, k: 8 };
// true elbow: 22 + logit(0.5^(1/8))/1.5; 0.5^(1/8) = 0.917004, logit = ln(0.917004/0.082996)
// = 2.402320 (Python), /1.5 = 1.601547
const TRUE_ELBOW = 23.6015467;

Deno.test("ladderAround: rungs one decade apart, top rung at the offset", () => {
  const r = ladderAround(WORLD, -2);
  assertAlmostEquals(r[2], TRUE_ELBOW - 2, 1e-6);
  assertAlmostEquals(r[1] - r[0], 1, 1e-12);
  assertAlmostEquals(r[2] - r[1], 1, 1e-12);
  assert.deepEqual(ladderAround({ x0: 20, s: 1, k: 1 }, 0, 0.5), [19, 19.5, 20]);
});

Deno.test("ladder study: which ladders and signals locate the elbow (seeded)", () => {
  const rows = ladderStudy(WORLD, [-2, -1, 0], 200, 40, 1000);
  const get = (offset: number, signal: string) =>
    rows.find((r) => r.offset === offset && r.signal === signal)!;
  for (const r of rows) assertAlmostEquals(r.trueElbow, TRUE_ELBOW, 1e-6);
  // exact match from a ladder whose top rung is two decades below the elbow: every rung reads
  // 0/200 in expectation (EM at the top rung is 0.0004), so no replicate can locate it
  const em2 = get(-2, "exact-match");
  assert.equal(em2.located, 0);
  assert.equal(em2.failed + em2.atBound, 40);
  // one decade below: almost never, and biased late when it does
  const em1 = get(-1, "exact-match");
  assert.ok(em1.located <= 4, `located ${em1.located}`);
  // the same evaluations, fitted on per-token accuracy, locate it in every replicate
  for (const off of [-2, -1, 0]) {
    const pt = get(off, "per-token");
    assert.equal(pt.located, 40);
    assert.ok(Math.abs(pt.median! - TRUE_ELBOW) < 0.1, `median ${pt.median}`);
    assert.ok(pt.within025 >= 0.9, `within ${pt.within025}`);
  }
  // a ladder whose top rung reaches the elbow locates it from exact match too
  const em0 = get(0, "exact-match");
  assert.equal(em0.located, 40);
  assert.ok(em0.within025 >= 0.9);
  // reruns are identical
  assert.deepEqual(ladderStudy(WORLD, [-1], 200, 10, 5), ladderStudy(WORLD, [-1], 200, 10, 5));
});

Deno.test("per-token spread shrinks as the ladder approaches the elbow", () => {
  const rows = ladderStudy(WORLD, [-3, -1], 200, 40, 2000).filter((r) => r.signal === "per-token");
  const width = (r: (typeof rows)[number]) => r.p95! - r.p05!;
  assert.ok(width(rows[0]) > 2 * width(rows[1]), `${width(rows[0])} vs ${width(rows[1])}`);
  // "about a decade" three decades below (chapter 15 and the glossary's misconception)
  assert.ok(width(rows[0]) > 0.7 && width(rows[0]) < 1.5, `width ${width(rows[0])}`);
});

Deno.test("quantile and summary", () => {
  // numpy.quantile([1,2,3,4,10], [0.05, 0.5, 0.95]) = [1.2, 3.0, 8.8]
  assertAlmostEquals(quantile([1, 2, 3, 4, 10], 0.05), 1.2, 1e-12);
  assert.equal(quantile([1, 2, 3, 4, 10], 0.5), 3);
  assertAlmostEquals(quantile([1, 2, 3, 4, 10], 0.95), 8.8, 1e-12);
  assert.equal(quantile([7], 0.3), 7);
  const s = summariseLadder([
    { replicate: 0, elbow: null, failure: "at-bound" },
    { replicate: 1, elbow: null, failure: "fit-failed" },
  ], 23);
  assert.deepEqual([s.located, s.failed, s.atBound, s.median, s.within025], [0, 1, 1, null, 0]);
});

Deno.test("ladder: bad input is named", () => {
  const e = {
    world: WORLD,
    rungs: [20, 21, 22],
    n: 10,
    signal: "per-token" as const,
    replicates: 1,
    seed: 1,
  };
  assert.throws(() => runLadder({ ...e, rungs: [20, 21] }), /at least 3/);
  assert.throws(
    () => runLadder({ ...e, rungs: [20, NaN, 22] }),
    /rungs\[1\] must be a finite number, got NaN/,
  );
  assert.throws(() => runLadder({ ...e, n: 0 }), /n must be a positive integer, got 0/);
  assert.throws(
    () => runLadder({ ...e, world: { ...WORLD, k: 1.5 } }),
    /k must be a positive integer, got 1.5/,
  );
  assert.throws(() => runLadder({ ...e, world: { ...WORLD, s: -1 } }), /s must be > 0, got -1/);
  assert.throws(() => runLadder({ ...e, signal: "nll" as "per-token" }), /signal must be/);
  assert.throws(() => ladderAround(WORLD, NaN), /offset must be a finite number/);
  assert.throws(() => ladderStudy(WORLD, [], 10, 1, 1), /offsets must be a non-empty/);
  assert.throws(() => quantile([], 0.5), /no values/);
  assert.throws(() => quantile([1], 1.5), /q must lie in \[0, 1\], got 1.5/);
  assert.throws(() => summariseLadder([], 1), /no fits/);
});

Deno.test("planning table: four decisions, each pointing at a figure id", () => {
  assert.equal(planningDecisions.length, 4);
  for (const d of planningDecisions) {
    assert.match(d.shownIn.figure, /^fig-[a-z0-9-]+$/);
    assert.match(d.shownIn.notebook, /^\d\d-[a-z0-9-]+$/);
  }
});

Deno.test("the seed's 1B → 7B → 13B ladder, with 70B at the elbow", () => {
  const rungs = ladderFromParameters(WORLD, [1e9, 7e9, 13e9], 70e9);
  // x_e + 2·log10(N/70e9): −3.690, −1.690... computed by hand: 2·log10(1/70) = −3.690196,
  // 2·log10(7/70) = −2, 2·log10(13/70) = −1.462309
  assertAlmostEquals(rungs[0] - TRUE_ELBOW, -3.690196, 1e-6);
  assertAlmostEquals(rungs[1] - TRUE_ELBOW, -2, 1e-6);
  assertAlmostEquals(rungs[1] - rungs[0], 2 * Math.log10(7), 1e-12);
  assertAlmostEquals(rungs[2] - TRUE_ELBOW, -1.462309, 1e-6);
  const em = summariseLadder(
    runLadder({ world: WORLD, rungs, n: 200, signal: "exact-match", replicates: 40, seed: 5000 }),
    TRUE_ELBOW,
  );
  const pt = summariseLadder(
    runLadder({ world: WORLD, rungs, n: 200, signal: "per-token", replicates: 40, seed: 5000 }),
    TRUE_ELBOW,
  );
  // exact match: rarely located, and then far off; per-token: always, within a quarter decade
  assert.ok(em.located <= 6, `located ${em.located}`);
  assert.equal(em.within025, 0);
  assert.equal(pt.located, 40);
  assert.ok(pt.within025 >= 0.9);
  assert.throws(() => ladderFromParameters(WORLD, [7e9, 1e9], 70e9), /params must increase/);
  assert.throws(() => ladderFromParameters(WORLD, [0], 70e9), /params\[0\] must be > 0/);
  assert.throws(() => ladderFromParameters(WORLD, [], 70e9), /non-empty/);
});
