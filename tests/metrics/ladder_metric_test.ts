import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import { loadLadder } from "../../lib/data/lmeval_ladder.ts";
import {
  ladderEmergenceScore,
  ladderMetric,
  lowerIsBetter,
  metricKind,
} from "../../lib/metrics/ladder_metric.ts";
import { emergenceScore } from "../../lib/metrics/emergence_score.ts";
import { wilsonInterval } from "../../lib/stats/wilson.ts";

const fx = (f: string) => new URL(`../fixtures/lmeval/${f}`, import.meta.url);

Deno.test("ladderMetric: Wilson intervals on accuracy, none on perplexity", () => {
  const ladder = loadLadder(fx("ladder-current.csv"));
  const acc = ladderMetric(ladder, "lambada_openai", "acc");
  assert.deepEqual(acc.map((p) => p.n), [5153, 5153, 5153]);
  // 951, 2660 and 3467 correct of 5153 (all three at the final checkpoint, step 143,000)
  assert.deepEqual(acc.map((p) => p.interval!.successes), [951, 2660, 3467]);
  assert.deepEqual(acc[0].interval, wilsonInterval(951, 5153));
  const ppl = ladderMetric(ladder, "lambada_openai", "perplexity");
  assert.ok(ppl.every((p) => p.interval === null && p.n === null));
  assertAlmostEquals(ppl[1].logCompute, Math.log10(6 * 405334016 * 299892736000), 1e-12);
});

Deno.test("legacy and current ladders give identical points for the shared models", () => {
  const cur = ladderMetric(loadLadder(fx("ladder-current.csv")), "lambada_openai", "acc");
  const leg = ladderMetric(loadLadder(fx("ladder-legacy.csv")), "lambada_openai", "acc");
  assert.deepEqual(leg, cur.slice(0, 2));
});

Deno.test("emergence score: accuracy as is, perplexity as −ln ppl", () => {
  const ladder = loadLadder(fx("ladder-current.csv"));
  const acc = ladderMetric(ladder, "lambada_openai", "acc");
  assert.equal(ladderEmergenceScore(acc, "acc"), emergenceScore(acc.map((p) => p.value)));
  const ppl = ladderMetric(ladder, "lambada_openai", "perplexity");
  // three points: steps ln(142.42891/10.82820) = 2.57669 and ln(10.82820/4.44911) = 0.88945;
  // the median of two squared steps is their mean: sqrt((2.57669² + 0.88945²)/2) = 1.92749;
  // range 3.46614 → score 1.79826 (python: (max−min)/sqrt(median(diff²)) on −ln ppl)
  assertAlmostEquals(ladderEmergenceScore(ppl, "perplexity"), 1.79826, 1e-5);
  // bits per byte is lower-is-better like perplexity: the same falling values score positive
  const bpb = ppl.map((p) => ({ ...p, value: Math.log2(p.value) }));
  assert.ok(ladderEmergenceScore(bpb, "bits_per_byte") > 0);
});

Deno.test("metricKind, lowerIsBetter and metric errors", () => {
  assert.equal(metricKind("exact_match"), "discrete");
  assert.equal(metricKind("acc_norm"), "discrete");
  assert.equal(metricKind("perplexity"), "continuous");
  assert.equal(metricKind("mc2"), "continuous");
  assert.equal(metricKind("f1"), "continuous");
  assert.equal(metricKind("bleu"), "continuous");
  assert.equal(metricKind("rougeL_max"), "continuous");
  assert.equal(metricKind("bleu_acc"), "discrete");
  assert.equal(metricKind("multiple_choice_grade"), "discrete");
  assert.equal(metricKind("exact_str_match"), "discrete");
  assert.throws(() => metricKind("vibes"), /unknown metric "vibes"/);
  assert.deepEqual(
    ["perplexity", "bits_per_byte", "brier_score", "ter", "acc", "mc2", "bleu"].map(lowerIsBetter),
    [true, true, true, true, false, false, false],
  );
  const ladder = loadLadder(fx("ladder-legacy.csv"));
  assert.throws(
    () => ladderMetric(ladder, "lambada_openai", "acc_norm"),
    /legacy-pythia-70m\.json: task "lambada_openai" has no metric "acc_norm"/,
  );
});
