import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import {
  crossEntropy,
  ladderMetricSeries,
  schaefferCurves,
  simulateSchaefferLadder,
  tokenProbability,
} from "../../lib/sim/schaeffer_model.ts";

const CROSS_ENTROPY_LAW = { c: 2e6, alpha: -0.35 };

Deno.test("closed forms: L_CE, p, accuracy p^L and edit distance L(1 − p)", () => {
  // N = 2e9 = 1000c: L_CE = 1000^−0.35 = 10^−1.05
  assertAlmostEquals(crossEntropy(2e9, CROSS_ENTROPY_LAW), Math.pow(10, -1.05), 1e-15);
  assertAlmostEquals(
    tokenProbability(2e9, CROSS_ENTROPY_LAW),
    Math.exp(-Math.pow(10, -1.05)),
    1e-15,
  );
  const [pt] = schaefferCurves([Math.log10(2e9)], CROSS_ENTROPY_LAW, 8);
  const p = Math.exp(-Math.pow(10, -1.05));
  assertAlmostEquals(pt.accuracy, p ** 8, 1e-13);
  assertAlmostEquals(pt.editDistance, 8 * (1 - p), 1e-13);
});

Deno.test("bad power laws are rejected", () => {
  assert.throws(() => crossEntropy(0, CROSS_ENTROPY_LAW), /N must be > 0/);
  assert.throws(() => crossEntropy(1e6, { c: -1, alpha: -0.3 }), /c must be > 0/);
  assert.throws(() => crossEntropy(1e6, { c: 1, alpha: 0.3 }), /alpha must be < 0/);
  assert.throws(() => crossEntropy(1e6, { c: 1, alpha: NaN }), /alpha must be a finite number/);
  assert.throws(
    () => schaefferCurves([6], CROSS_ENTROPY_LAW, 0),
    /length must be a positive integer/,
  );
});

const LADDER = {
  logNs: [5, 7, 9, 11],
  law: CROSS_ENTROPY_LAW,
  length: 8,
  questions: 2000,
  choices: 4,
};

Deno.test("simulated ladder: greedy token accuracy is Bernoulli(p), exact match p^L", () => {
  const rows = simulateSchaefferLadder({ ...LADDER, seed: 4 });
  for (const r of rows) {
    const nTok = 2000 * 8;
    assertAlmostEquals(r.generation.tokenAccuracy, r.p, 4 * Math.sqrt(r.p * (1 - r.p) / nTok));
    const q = r.p ** 8;
    assertAlmostEquals(r.generation.exactMatch, q, 4 * Math.sqrt(q * (1 - q) / 2000) + 1e-9);
    // wrong tokens are substitutions by a random other token of 64, so the edit distance is
    // at most the number of wrong tokens, and a shift rarely helps: within 5 % of it
    const wrongPerAnswer = 8 - r.generation.tokenCorrect / 2000;
    assert.ok(r.generation.meanEditDistance <= wrongPerAnswer + 1e-12);
    assert.ok(r.generation.meanEditDistance >= 0.95 * wrongPerAnswer);
  }
  // the smallest model is at chance on multiple choice (1/K), the largest far above
  const chance = 0.25, se = Math.sqrt(chance * (1 - chance) / 2000);
  assertAlmostEquals(rows[0].multipleChoice.grade, chance, 4 * se);
  assert.ok(rows[3].multipleChoice.grade > 0.9);
  // smooth metrics improve monotonically on this coarse ladder
  for (let i = 1; i < rows.length; i++) {
    assert.ok(rows[i].generation.meanTokenNll < rows[i - 1].generation.meanTokenNll);
    assert.ok(rows[i].multipleChoice.brier < rows[i - 1].multipleChoice.brier);
  }
});

Deno.test("chanceUntil: multiple choice at chance up to N_c, rising after; generation unchanged", () => {
  const logNs = [5, 6, 7, 8, 9, 10, 11];
  const base = { ...LADDER, logNs, seed: 5 };
  const rows = simulateSchaefferLadder({ ...base, chanceUntil: 7 });
  const chance = 0.25, se = Math.sqrt(chance * (1 - chance) / 2000);
  // models at 10^5, 10^6 and 10^7 parameters: grade within 4 standard errors of 1/K
  for (const r of rows.slice(0, 3)) assertAlmostEquals(r.multipleChoice.grade, chance, 4 * se);
  // beyond N_c: clearly above chance and rising
  for (let i = 3; i < rows.length; i++) {
    assert.ok(rows[i].multipleChoice.grade > rows[i - 1].multipleChoice.grade);
  }
  assert.ok(rows[3].multipleChoice.grade > chance + 6 * se);
  // the free-generation part draws the same numbers whatever chanceUntil is
  const plain = simulateSchaefferLadder(base);
  assert.deepEqual(rows.map((r) => r.generation), plain.map((r) => r.generation));
  assert.throws(
    () => simulateSchaefferLadder({ ...base, chanceUntil: NaN }),
    /chanceUntil must be a finite number/,
  );
});

Deno.test("simulated ladder is reproducible and choiceLength changes only the MC part", () => {
  const a = simulateSchaefferLadder({ ...LADDER, questions: 50, seed: 9 });
  const b = simulateSchaefferLadder({ ...LADDER, questions: 50, seed: 9 });
  assert.deepEqual(a, b);
  const c = simulateSchaefferLadder({ ...LADDER, questions: 50, seed: 9, choiceLength: 1 });
  // the first model's generation is drawn before its multiple-choice block
  assert.equal(c[0].generation.meanTokenNll, a[0].generation.meanTokenNll);
});

Deno.test("metric series are oriented higher-is-better", () => {
  const rows = simulateSchaefferLadder({ ...LADDER, questions: 50, seed: 2 });
  const series = ladderMetricSeries(rows);
  const nll = series.find((s) => s.metric === "token NLL")!;
  assert.ok(nll.negated);
  assert.deepEqual(nll.values, rows.map((r) => -r.generation.meanTokenNll));
  const em = series.find((s) => s.metric === "exact match")!;
  assert.deepEqual(em.values, rows.map((r) => r.generation.exactMatch));
  assert.throws(() => ladderMetricSeries([]), /no rows/);
});

Deno.test("ladder arguments are validated", () => {
  const ok = { ...LADDER, questions: 5, seed: 1 };
  assert.throws(() => simulateSchaefferLadder({ ...ok, choices: 1 }), /choices must be ≥ 2/);
  assert.throws(() => simulateSchaefferLadder({ ...ok, length: 0 }), /length must be a positive/);
  assert.throws(() => simulateSchaefferLadder({ ...ok, logNs: [] }), /logNs must be a non-empty/);
  assert.throws(
    () => simulateSchaefferLadder({ ...ok, logNs: [5, NaN] }),
    /logNs\[1\] must be a finite number/,
  );
  assert.throws(
    () => simulateSchaefferLadder({ ...ok, choiceLength: 0 }),
    /choiceLength must be a positive integer/,
  );
});
