/**
 * A ladder of evaluated models on one compute axis: a small CSV manifest names each
 * lm-evaluation-harness results file with the model's parameters N and training tokens D;
 * compute is C = 6·N·D. For one task the ladder yields both kinds of metric where the file
 * has them — a discrete, thresholded one (accuracy, exact match: correct or not per example)
 * with its Wilson interval, and a continuous one (perplexity, read as ln ppl, the mean
 * negative log-likelihood per token) — and the BIG-bench emergence score of each.
 *
 * @module
 */
import { type CsvSchema, loadCsvSync } from "./csv.ts";
import { trainingCompute } from "./published.ts";
import { emergenceScore } from "../metrics/emergence_score.ts";
import { type BinomialInterval, wilsonInterval } from "../stats/wilson.ts";
import { getMetric, inferSampleSize, type LmEvalResults, parseLmEval } from "./lmeval_results.ts";
import { ladderWarnings, type RunSettings, runSettings } from "./lmeval_files.ts";

/** Schema of a ladder manifest. */
export const LADDER_SCHEMA = {
  columns: { file: "string", model: "string", params: "positive", tokens: "positive" },
  key: ["model"],
} as const satisfies CsvSchema;

/** One model of a ladder. */
export interface LadderModel {
  /** model label from the manifest */
  model: string;
  /** parameters N */
  params: number;
  /** training tokens D */
  tokens: number;
  /** C = 6·N·D */
  compute: number;
  /** the parsed results file */
  results: LmEvalResults;
  /** how the file says it was run (shots, versions, groups) */
  settings: RunSettings;
}

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
 * import { metricKind } from "./lmeval_ladder.ts";
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
 * import { lowerIsBetter } from "./lmeval_ladder.ts";
 * assert.equal(lowerIsBetter("bits_per_byte"), true);
 * assert.equal(lowerIsBetter("acc"), false);
 * ```
 */
export function lowerIsBetter(metric: string): boolean {
  return /^(ppl|perplexity|word_perplexity|byte_perplexity|bits_per_byte|brier_score|ter)$/.test(
    metric,
  );
}

/**
 * Loads a ladder manifest (CSV with `file,model,params,tokens`) and every results file it
 * names (paths relative to the manifest), sorted by compute.
 *
 * @param manifest path or URL of the CSV manifest
 * @returns the models, smallest compute first
 * @throws {Error} if the manifest fails its schema, a file is missing or malformed (the message
 *   names the file), or two models have the same compute
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "./lmeval_ladder.ts";
 * const ladder = loadLadder(new URL("../../tests/fixtures/lmeval/ladder-current.csv", import.meta.url));
 * assert.equal(ladder[0].model, "pythia-70m");
 * ```
 */
export function loadLadder(manifest: string | URL): LadderModel[] {
  const url = manifest instanceof URL ? manifest : new URL(manifest, `file://${Deno.cwd()}/`);
  const rows = loadCsvSync(url, LADDER_SCHEMA);
  const models = rows.map((r, i) => {
    const fileUrl = new URL(r.file, url);
    const path = decodeURIComponent(fileUrl.pathname);
    let text: string;
    try {
      text = Deno.readTextFileSync(fileUrl);
    } catch (e) {
      throw new Error(
        `${decodeURIComponent(url.pathname)} line ${i + 2}: cannot read results file ${path} (${
          (e as Error).message
        })`,
      );
    }
    return {
      model: r.model,
      params: r.params,
      tokens: r.tokens,
      compute: trainingCompute(r.params, r.tokens),
      results: parseLmEval(text, path),
      settings: runSettings(text, path.split("/").pop() ?? path),
    };
  });
  models.sort((a, b) => a.compute - b.compute);
  for (let i = 1; i < models.length; i++) {
    if (models[i].compute === models[i - 1].compute) {
      throw new Error(
        `${decodeURIComponent(url.pathname)}: ${models[i].model} and ${
          models[i - 1].model
        } have the same compute`,
      );
    }
  }
  return models;
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
 * @param ladder output of {@link loadLadder}
 * @param task task name
 * @param metric metric name
 * @param filter optional filter name
 * @returns one point per model, by compute
 * @throws {Error} if a model lacks the task or metric (names the file)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderMetric, loadLadder } from "./lmeval_ladder.ts";
 * const ladder = loadLadder(new URL("../../tests/fixtures/lmeval/ladder-current.csv", import.meta.url));
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
 * @returns the BIG-bench emergence score (see `lib/metrics/emergence_score.ts`)
 * @throws {RangeError} with fewer than 2 points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderEmergenceScore } from "./lmeval_ladder.ts";
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

/**
 * Warnings for one task of a ladder: rungs run with different few-shot counts or task
 * versions, or where the task is a group (see `lib/data/lmeval_files.ts`).
 *
 * @param ladder output of {@link loadLadder}
 * @param task task name
 * @returns warnings, empty when the rungs agree
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exampleFile, ladderTaskWarnings, loadLadder } from "./lmeval_ladder.ts";
 * assert.deepEqual(ladderTaskWarnings(loadLadder(exampleFile("ladder-current.csv")), "lambada_openai"), []);
 * ```
 */
export function ladderTaskWarnings(ladder: LadderModel[], task: string): string[] {
  return ladderWarnings(ladder.map((m) => m.settings), task);
}

/**
 * URL of a file of the example ladder shipped with the book (the hand-made results files in
 * `tests/fixtures/lmeval/`, holding real Pythia numbers), so notebooks can open them without
 * knowing their working directory.
 *
 * @param name file name, e.g. `"ladder-current.csv"`
 * @returns the file URL
 * @throws {Error} if the name contains a path separator
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exampleFile } from "./lmeval_ladder.ts";
 * assert.ok(exampleFile("ladder-current.csv").pathname.endsWith("/tests/fixtures/lmeval/ladder-current.csv"));
 * ```
 */
export function exampleFile(name: string): URL {
  if (/[\\/]/.test(name)) throw new Error(`exampleFile: "${name}" must be a bare file name`);
  return new URL(`../../tests/fixtures/lmeval/${name}`, import.meta.url);
}
