import assert from "node:assert/strict";
import fc from "fast-check";
import { assertAlmostEquals } from "../assert.ts";
import { gradeMultipleChoice } from "../../lib/metrics/multiple_choice.ts";
import { scoreForwardPass } from "../../lib/metrics/forward_pass.ts";

const L = Math.log;

/**
 * Hand-built batch, B = 2, T = 3, V = 3.
 * Row 0: position 0 is prompt (mask 0, target −100, NaN logits that must never be read);
 *   position 1 logits [0, ln 2, 0] → q = [¼, ½, ¼], target 1: right, NLL ln 2,
 *     Brier (¼)² + (½ − 1)² + (¼)² = 0.375;
 *   position 2 logits [ln 3, 0, 0] → q = [⅗, ⅕, ⅕], target 2: wrong (predicts 0), NLL ln 5,
 *     Brier 0.36 + 0.04 + 0.64 = 1.04; edit distance [1, 0] vs [1, 2] = 1.
 * Row 1: all three positions answer; each position puts logit ln 8 on one token → q = 0.8 / 0.1
 *   / 0.1; predicted [0, 1, 2], targets [1, 2, 0]: all wrong, NLL ln 10 each, Brier
 *   0.64 + 0.81 + 0.01 = 1.46 each; edit distance 2 (drop the leading 0, append a 0),
 *   although all 3 positions differ.
 */
function handBatch() {
  const l8 = L(8);
  const logits = new Float64Array([
    NaN,
    NaN,
    NaN,
    0,
    L(2),
    0,
    L(3),
    0,
    0,
    l8,
    0,
    0,
    0,
    l8,
    0,
    0,
    0,
    l8,
  ]);
  return {
    logits,
    shape: [2, 3, 3] as [number, number, number],
    targets: new Int32Array([-100, 1, 2, 1, 2, 0]),
    answerMask: new Uint8Array([0, 1, 1, 1, 1, 1]),
  };
}

Deno.test("hand-computed tiny batch: EM, token accuracy, NLL, Brier, TED", () => {
  const s = scoreForwardPass(handBatch());
  assert.deepEqual([...s.perExample.exactMatch], [0, 0]);
  assert.deepEqual([...s.perExample.tokenCorrect], [1, 0]);
  assert.deepEqual([...s.perExample.answerTokens], [2, 3]);
  assert.deepEqual([...s.perExample.editDistance], [1, 2]);
  assertAlmostEquals(s.perExample.logLikelihood[0], -(L(2) + L(5)), 1e-12);
  assertAlmostEquals(s.perExample.logLikelihood[1], -3 * L(10), 1e-12);
  assertAlmostEquals(s.perExample.brier[0], 0.375 + 1.04, 1e-12);
  assertAlmostEquals(s.perExample.brier[1], 3 * 1.46, 1e-12);
  assert.equal(s.exactMatch, 0);
  assert.equal(s.tokenAccuracy, 1 / 5);
  // (ln 2 + ln 5 + 3 ln 10) / 5 = 4 ln 10 / 5
  assertAlmostEquals(s.meanTokenNll, (4 * L(10)) / 5, 1e-12);
  assertAlmostEquals(s.brier, (0.375 + 1.04 + 3 * 1.46) / 5, 1e-12);
  assert.equal(s.meanEditDistance, 1.5);
});

Deno.test("exact match needs every answer token; Float32 input gives the same metrics", () => {
  const b = handBatch();
  // make row 1 predict its targets: move the ln 8 logit onto the target token
  const l8 = L(8);
  b.logits.set([0, l8, 0, 0, 0, l8, l8, 0, 0], 9);
  const s = scoreForwardPass(b);
  assert.deepEqual([...s.perExample.exactMatch], [0, 1]);
  assert.equal(s.exactMatchCount, 1);
  assert.equal(s.perExample.editDistance[1], 0);
  const f32 = scoreForwardPass({ ...b, logits: new Float32Array(b.logits) });
  assertAlmostEquals(f32.meanTokenNll, s.meanTokenNll, 1e-6);
  assert.equal(f32.tokenAccuracy, s.tokenAccuracy);
});

Deno.test("mask semantics: positions outside the mask are never read", () => {
  const b = handBatch();
  const base = scoreForwardPass(b);
  // garbage in the prompt position of row 0 (logits and target) changes nothing
  b.logits.set([Infinity, -Infinity, 1e30], 0);
  b.targets[0] = 99999;
  assert.deepEqual(scoreForwardPass(b), base);
  // moving a position out of the mask removes it from every metric
  b.answerMask[2] = 0;
  const s = scoreForwardPass(b);
  assert.equal(s.answerTokens, 4);
  assert.deepEqual([...s.perExample.exactMatch], [1, 0]); // row 0's only answer token is right
  assertAlmostEquals(s.meanTokenNll, (L(2) + 3 * L(10)) / 4, 1e-12);
});

Deno.test("prompt dilution: scoring the prompt makes a guessing model look good", () => {
  // 1 example, 99 prompt tokens the model copies with probability ~1, then a 1-token answer it
  // gets wrong with a flat distribution over V = 10.
  const T = 100, V = 10;
  const logits = new Float32Array(T * V);
  const targets = new Int32Array(T);
  for (let t = 0; t < T - 1; t++) {
    targets[t] = t % V;
    logits[t * V + (t % V)] = 20; // confident and right
  }
  targets[T - 1] = 3; // answer position: all logits 0, argmax = token 0 (first on ties): wrong
  const answerOnly = new Uint8Array(T);
  answerOnly[T - 1] = 1;
  const honest = scoreForwardPass({ logits, shape: [1, T, V], targets, answerMask: answerOnly });
  const diluted = scoreForwardPass({
    logits,
    shape: [1, T, V],
    targets,
    answerMask: new Uint8Array(T).fill(1),
  });
  assert.equal(honest.tokenAccuracy, 0);
  assertAlmostEquals(honest.meanTokenNll, L(10), 1e-12);
  assert.equal(diluted.tokenAccuracy, 0.99);
  // NLL of a copied token: ln(1 + 9e^{-20}); the mean is dominated by them
  const copied = Math.log1p(9 * Math.exp(-20));
  assertAlmostEquals(diluted.meanTokenNll, (99 * copied + L(10)) / 100, 1e-9);
  assert.equal(honest.exactMatch, 0);
  assert.equal(diluted.exactMatch, 0); // EM still fails: the answer token is wrong
});

Deno.test("stable log-softmax: logits of ±1e4 give exact NLLs, no overflow", () => {
  const logits = new Float32Array([1e4, -1e4, 0, 1e4, -1e4, 0]);
  const s = scoreForwardPass({
    logits,
    shape: [2, 1, 3],
    targets: new Int32Array([0, 1]),
    answerMask: new Uint8Array([1, 1]),
  });
  assert.equal(s.perExample.logLikelihood[0], 0); // ln(1 + e^-1e4 + e^-2e4) rounds to 0
  assertAlmostEquals(s.perExample.logLikelihood[1], -2e4, 1e-9);
  assert.ok(Number.isFinite(s.meanTokenNll));
  assertAlmostEquals(s.perExample.brier[1], 2, 1e-12); // q = 1 on a wrong token
});

Deno.test("−Infinity logits (masked vocabulary) are allowed", () => {
  const s = scoreForwardPass({
    logits: new Float32Array([-Infinity, 0, 0]),
    shape: [1, 1, 3],
    targets: new Int32Array([2]),
    answerMask: new Uint8Array([1]),
  });
  assertAlmostEquals(s.meanTokenNll, L(2), 1e-12);
  assert.equal(s.tokenAccuracy, 0); // tie between 1 and 2 → first index, 1
});

/** Reference implementation with Math.exp, written independently for the property test. */
function naive(logits: number[], target: number) {
  const m = Math.max(...logits);
  const z = logits.reduce((a, x) => a + Math.exp(x - m), 0);
  const q = logits.map((x) => Math.exp(x - m) / z);
  return {
    nll: -(logits[target] - m - Math.log(z)),
    brier: q.reduce((a, qi, i) => a + (qi - (i === target ? 1 : 0)) ** 2, 0),
  };
}

Deno.test("property: NLL and Brier equal a naive Math.exp reference", () => {
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 2, maxLength: 40 }),
      fc.nat(),
      (xs, t) => {
        const target = t % xs.length;
        const s = scoreForwardPass({
          logits: new Float64Array(xs),
          shape: [1, 1, xs.length],
          targets: [target],
          answerMask: [1],
        });
        const ref = naive(xs, target);
        return Math.abs(s.meanTokenNll - ref.nll) <= 1e-11 * Math.max(1, ref.nll) &&
          Math.abs(s.brier - ref.brier) <= 1e-12;
      },
    ),
    { seed: 42, numRuns: 300 },
  );
});

Deno.test("multiple-choice grade and Brier on hand-computed options", () => {
  // 2 questions × 2 options, one answer token each, V = 2.
  // Q0: option rows 0 (correct) and 1. Row 0 log q(target) = ln ¾ (logits [ln 3, 0], t 0);
  //   row 1 ln ¼ (same logits, target 1). Correct option ranks first → right.
  //   Option probabilities ∝ (¾, ¼) → Brier (¾ − 1)² + (¼)² = 0.125.
  // Q1: rows 2 and 3 (correct), same logits, targets 0 and 1 → the wrong option ranks first.
  //   Brier (¾)² + (¼ − 1)² = 1.125.
  const l3 = L(3);
  const s = scoreForwardPass({
    logits: new Float64Array([l3, 0, l3, 0, l3, 0, l3, 0]),
    shape: [4, 1, 2],
    targets: [0, 1, 0, 1],
    answerMask: [1, 1, 1, 1],
    options: { multipleChoice: { question: [0, 0, 1, 1], correct: [1, 0, 0, 1] } },
  });
  const mc = s.multipleChoice!;
  assert.equal(mc.grade, 0.5);
  assert.equal(mc.questions, 2);
  assert.deepEqual([...mc.perQuestion], [1, 0]);
  assertAlmostEquals(mc.brier, (0.125 + 1.125) / 2, 1e-12);
  assertAlmostEquals(mc.correctOptionProbability[0], 0.75, 1e-12);
  assertAlmostEquals(mc.correctOptionProbability[1], 0.25, 1e-12);
});

Deno.test("multiple choice: length normalization changes the ranking", () => {
  // option A: 1 token with ln q = −1; option B (correct): 3 tokens each ln q = −0.5.
  // sum: A −1 > B −1.5 → wrong; mean: A −1 < B −0.5 → right.
  const ll = new Float64Array([-1, -1.5]);
  const len = new Int32Array([1, 3]);
  const q = { question: [7, 7], correct: [0, 1] };
  assert.equal(gradeMultipleChoice(q, ll, len).grade, 0);
  assert.equal(gradeMultipleChoice({ ...q, normalize: "mean" }, ll, len).grade, 1);
});

Deno.test("bad input: errors name the argument", () => {
  const b = handBatch();
  const run = (patch: Record<string, unknown>) => () =>
    scoreForwardPass({ ...b, ...patch } as Parameters<typeof scoreForwardPass>[0]);
  assert.throws(run({ shape: [2, 3] }), /shape must be \[B, T, V\]/);
  assert.throws(run({ shape: [2, 3, 0] }), /shape\[2\] \(V\) must be a positive integer/);
  assert.throws(run({ shape: [2, 3, 4] }), /logits has 18 values but shape \[2, 3, 4\] needs/);
  assert.throws(run({ targets: new Int32Array(5) }), /targets has 5 values .* needs B·T = 6/);
  assert.throws(run({ answerMask: new Uint8Array(7) }), /answerMask has 7 values/);
  assert.throws(run({ logits: [1, 2, 3] }), /logits must be a Float32Array or Float64Array/);
  assert.throws(
    run({ answerMask: new Uint8Array([0, 1, 1, 0, 0, 0]) }),
    /answerMask marks no answer position for example 1/,
  );
  assert.throws(
    run({ answerMask: new Uint8Array([0, 2, 1, 1, 1, 1]) }),
    /answerMask\[1\] .* must be 0 or 1, got 2/,
  );
  assert.throws(
    run({ targets: new Int32Array([0, 3, 2, 1, 2, 0]) }),
    /targets\[1\] \(example 0, position 1\) must be a token id in \[0, 3\), got 3/,
  );
  assert.throws(
    run({ targets: new Int32Array([0, -1, 2, 1, 2, 0]) }),
    /targets\[1\] .* got -1/,
  );
  const nan = new Float64Array(b.logits);
  nan[13] = NaN; // row 1, position 1
  assert.throws(run({ logits: nan }), /logits at example 1, position 1 contain NaN/);
  const first = new Float64Array(b.logits);
  first[3] = NaN; // NaN in the first slot of a position
  assert.throws(run({ logits: first }), /logits at example 0, position 1 contain NaN/);
  const inf = new Float64Array(b.logits);
  inf[4] = Infinity;
  assert.throws(run({ logits: inf }), /logits at example 0, position 1 contain NaN or \+Infinity/);
  const mc = (m: unknown) => run({ options: { multipleChoice: m } });
  assert.throws(mc({ question: [0], correct: [1, 0] }), /multipleChoice.question has 1 entries/);
  assert.throws(mc({ question: [0, 0], correct: [1] }), /multipleChoice.correct has 1 entries/);
  assert.throws(mc({ question: [0, 0], correct: [1, 1] }), /question 0 has 2 correct options/);
  assert.throws(mc({ question: [0, 0.5], correct: [1, 0] }), /question\[1\] must be an integer/);
  assert.throws(mc({ question: [0, 0], correct: [1, 3] }), /correct\[1\] must be 0 or 1/);
  assert.throws(
    mc({ question: [0, 0], correct: [1, 0], normalize: "max" }),
    /normalize must be "sum" or "mean"/,
  );
});
