import { assert, assertAlmostEquals } from "../assert.ts";
import {
  answerLogits,
  evaluate,
  metricsFromLogits,
  positionCorrect,
} from "../../lib/training/evaluate_checkpoint.ts";
import { trainRun } from "../../lib/training/train_run.ts";
import { forward, type MlpParams, workspace } from "../../lib/model/mlp.ts";
import {
  answerTokens,
  contextLength,
  PAD,
  promptTokens,
  testSet,
  VOCAB_SIZE,
} from "../../lib/tasks/addition.ts";
import { seededRng } from "../../lib/model/rng.ts";

Deno.test("metricsFromLogits on hand-made logits", () => {
  // B = 2 problems, k = 2, V = 3. Problem 0: both right; problem 1: position 1 wrong.
  const logits = new Float32Array([
    2,
    0,
    0,
    /**/ 0,
    2,
    0, // targets 0, 1 → both argmax right
    0,
    0,
    2,
    /**/ 1,
    0,
    0, // targets 2, 1 → right, wrong (argmax 0)
  ]);
  const targets = new Int32Array([0, 1, 2, 1]);
  const m = metricsFromLogits(logits, targets, 2, 2, 3);
  assert.equal(m.exactMatchCount, 1);
  assert.equal(m.tokenAccuracy, 0.75);
  assert.deepEqual(m.positionCorrect, [2, 1]);
  assert.deepEqual([...m.exact], [1, 0]);
  assert.equal(m.editDistance, 0.5);
  // NLL by hand: three tokens with logit 2 vs two zeros: ln(e² + 2) − 2;
  // one with target logit 0 vs (1, 0): ln(e + 2) − 0
  const expected = (3 * (Math.log(Math.exp(2) + 2) - 2) + Math.log(Math.E + 2)) / 4;
  assertAlmostEquals(m.meanNll, expected, 1e-9);
  assert.throws(() => positionCorrect(logits, targets, 2, 2, 4), /expected/);
  assert.throws(() => metricsFromLogits(logits.subarray(1), targets, 2, 2, 3), /needs/);
});

/** Free-running greedy decoding, written independently of encodeRows. */
function greedy(params: MlpParams, a: number, b: number, n: number): number[] {
  const L = contextLength(n);
  const ws = workspace(params.config, 1);
  const ctx = new Int32Array(L).fill(PAD);
  const prompt = promptTokens({ a, b }, n);
  prompt.forEach((t, i) => (ctx[i] = t));
  const out: number[] = [];
  for (let j = 0; j <= n; j++) {
    const z = forward(params, ctx, 1, ws);
    let arg = 0;
    for (let v = 1; v < VOCAB_SIZE; v++) if (z[v] > z[arg]) arg = v;
    out.push(arg);
    ctx[prompt.length + j] = arg;
  }
  return out;
}

Deno.test("teacher-forced exact match equals free-running greedy exact match", () => {
  const n = 2;
  const test = testSet(n, 150, seededRng(4));
  const run = trainRun(
    {
      digits: n,
      hidden: 48,
      steps: 800,
      batch: 32,
      lr: 0.01,
      initSeed: 1,
      dataSeed: 2,
      checkpoints: 2,
    },
    test,
  );
  const m = evaluate(run.params, test, n);
  let greedyRight = 0;
  test.forEach((p, i) => {
    const ok = greedy(run.params, p.a, p.b, n).join() === answerTokens(p, n).join();
    if (ok) greedyRight++;
    assert.equal(ok ? 1 : 0, m.exact[i], `problem ${p.a}+${p.b}`);
  });
  assert.equal(greedyRight, m.exactMatchCount);
  // the run learnt something, so the comparison is not between two zeros
  assert.ok(m.exactMatchCount > 10, `EM count ${m.exactMatchCount}`);
  // chunking does not change logits
  const a = answerLogits(run.params, test, n, 7).logits;
  const b = answerLogits(run.params, test, n, 256).logits;
  assert.deepEqual(a, b);
});

Deno.test("a model whose shape does not fit the task is rejected", async () => {
  const { initMlp } = await import("../../lib/model/mlp.ts");
  const p = initMlp({ contextLength: 5, vocabSize: 13, hidden: 4 }, seededRng(1));
  // 2-digit problems need L = 8, not 5
  assert.throws(() => answerLogits(p, [{ a: 12, b: 34 }], 2), /does not fit 2-digit addition/);
  assert.throws(() => answerLogits(p, [], 1), /at least one problem/);
});
