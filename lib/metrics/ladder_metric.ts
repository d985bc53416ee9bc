/**
 * One task's metric across a ladder of evaluated models (`lib/data/lmeval_ladder.ts`), read the
 * way the book reads it: whether the metric is discrete (thresholded per example, with the
 * Wilson interval of its count) or continuous (a smooth average such as perplexity), which
 * direction is better, and the BIG-bench emergence score of the ladder with "better" pointing
 * up.
 *
 * @module
 */
import type { LadderModel } from "../data/lmeval_ladder.ts";
import { getMetric, inferSampleSize } from "../data/lmeval_results.ts";
import { type BinomialInterval, wilsonInterval } from "../stats/wilson.ts";
import { emergenceScore } from "./emergence_score.ts";

/** Metric kinds: thresholded per example, or a smooth average. */
export type MetricKind = "discrete" | "continuous";

/**
 * Classifies a metric name. Discrete: graded right or wrong per example, then averaged —
 * `acc`, `acc_norm`, `exact_match`, `em`, `mc1`, `pass@k`, `contains`, and BIG-bench's
 * `multiple_choice_grade` and `exact_str_match`. Continuous: a smooth score per example —
 * likelihood metrics (`perplexity`, `word_perplexity`, `byte_perplexity`, `bits_per_byte`,
 * `loglikelihood`, `brier_score`), `mc2` (probability mass on the true answers), `f1` (token
 * overlap), and overlap scores of generated text (`bleu`, `rouge1`, `rouge2`, `rougeL`,
 * `rougeLsum`, `chrf`, `ter`, including the `*_max`/`*_acc`/`*_diff` variants of TruthfulQA:
 * `*_acc` is discrete).
 *
 * @param metric metric name (legacy `ppl` counts as perplexity)
 * @returns the kind
 * @throws {Error} for a metric name it does not know
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { metricKind } from "./ladder_metric.ts";
 * assert.equal(metricKind("acc"), "discrete");
 * assert.equal(metricKind("ppl"), "continuous");
 * assert.equal(metricKind("mc2"), "continuous");
 * assert.equal(metricKind("multiple_choice_grade"), "discrete");
 * ```
 */
export function metricKind(metric: string): MetricKind {
  if (
    /^(acc|acc_norm|exact_match|em|mc1|pass@\d+|contains|multiple_choice_grade|exact_str_match)$/
      .test(metric) || /^(bleu|rouge1|rouge2|rougeL|rougeLsum)_acc$/.test(metric)
  ) {
    return "discrete";
  }
  if (
    /^(ppl|perplexity|word_perplexity|byte_perplexity|bits_per_byte|loglikelihood|brier_score|mc2|f1|bleu|rouge1|rouge2|rougeL|rougeLsum|chrf|ter)(_max|_diff)?$/
      .test(metric)
  ) {
    return "continuous";
  }
  throw new Error(
    `metricKind: unknown metric "${metric}"; say whether it is per-example or smooth`,
  );
}

/**
 * Whether a smaller value of the metric is better (perplexities, bits per byte, Brier score,
 * translation error rate).
 *
 * @param metric metric name
 * @returns true for lower-is-better metrics
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lowerIsBetter } from "./ladder_metric.ts";
 * assert.equal(lowerIsBetter("bits_per_byte"), true);
 * assert.equal(lowerIsBetter("acc"), false);
 * ```
 */
export function lowerIsBetter(metric: string): boolean {
  return /^(ppl|perplexity|word_perplexity|byte_perplexity|bits_per_byte|brier_score|ter)$/.test(
    metric,
  );
}

/** One point of a ladder for one task and metric. */
export interface LadderPoint {
  /** model label */
  model: string;
  /** C = 6·N·D */
  compute: number;
  /** log10 C */
  logCompute: number;
  /** the metric value as stored */
  value: number;
  /** its standard error, if the file had one */
  stderr: number | null;
  /** discrete metrics: number of examples (from n-samples or recovered from the stderr) */
  n: number | null;
  /** discrete metrics with known n: Wilson 95 % interval of round(value·n)/n */
  interval: BinomialInterval | null;
}

/**
 * Extracts one task's metric across the ladder.
 *
 * @param ladder output of `loadLadder` (`lib/data/lmeval_ladder.ts`)
 * @param task task name
 * @param metric metric name
 * @param filter optional filter name
 * @returns one point per model, by compute
 * @throws {Error} if a model lacks the task or metric (names the file)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exampleFile, loadLadder } from "../data/lmeval_ladder.ts";
 * import { ladderMetric } from "./ladder_metric.ts";
 * const ladder = loadLadder(exampleFile("ladder-current.csv"));
 * const pts = ladderMetric(ladder, "lambada_openai", "acc");
 * assert.equal(pts[0].n, 5153);
 * ```
 */
export function ladderMetric(
  ladder: LadderModel[],
  task: string,
  metric: string,
  filter?: string,
): LadderPoint[] {
  const kind = metricKind(metric);
  return ladder.map((m) => {
    const met = getMetric(m.results, task, metric, filter);
    const t = m.results.tasks.find((x) => x.task === task)!;
    // a group row's stderr is pooled over its subtasks: no n can be recovered from it
    const n = kind === "discrete"
      ? inferSampleSize(t, met, { isGroup: m.settings.groups.has(task) })
      : null;
    let interval: BinomialInterval | null = null;
    if (n !== null) {
      if (met.value < 0 || met.value > 1) {
        throw new RangeError(
          `${m.results.name}: ${task} ${metric} = ${met.value} is not in [0, 1]`,
        );
      }
      interval = wilsonInterval(Math.round(met.value * n), n);
    }
    return {
      model: m.model,
      compute: m.compute,
      logCompute: Math.log10(m.compute),
      value: met.value,
      stderr: met.stderr,
      n,
      interval,
    };
  });
}

/**
 * Emergence score of a ladder metric, oriented so that "better" is up: higher-is-better
 * metrics as they are, perplexities as −ln(ppl) (the mean log-likelihood per token or word),
 * other lower-is-better metrics (bits per byte, Brier score, TER) as −value.
 *
 * @param points output of {@link ladderMetric}, by compute
 * @param metric the metric name (decides the orientation)
 * @returns the BIG-bench emergence score (see {@link emergenceScore})
 * @throws {RangeError} with fewer than 2 points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderEmergenceScore } from "./ladder_metric.ts";
 * const pts = [10, 5, 2.5].map((ppl, i) => ({ model: String(i), compute: 10 ** i, logCompute: i,
 *   value: ppl, stderr: null, n: null, interval: null }));
 * // −ln ppl rises by ln 2 per step: a straight line of 3 points scores 2
 * assert.ok(Math.abs(ladderEmergenceScore(pts, "perplexity") - 2) < 1e-12);
 * // bits per byte falling in equal steps (1.2, 1.0, 0.8): a straight line, score 2 (not −2)
 * const bpb = pts.map((p, i) => ({ ...p, value: 1.2 - 0.2 * i }));
 * assert.ok(Math.abs(ladderEmergenceScore(bpb, "bits_per_byte") - 2) < 1e-9);
 * ```
 */
export function ladderEmergenceScore(points: LadderPoint[], metric: string): number {
  metricKind(metric);
  const values = points.map((p) =>
    /perplexity|^ppl$/.test(metric)
      ? -Math.log(p.value)
      : lowerIsBetter(metric)
      ? -p.value
      : p.value
  );
  return emergenceScore(values);
}
