/**
 * Evaluation of one checkpoint on the held-out problems: one teacher-forced forward pass over
 * every answer position gives logits [B, k, V]; exact match, per-token accuracy, mean NLL,
 * token edit distance and per-position accuracy all come from those same logits.
 *
 * Under teacher forcing, a problem's answer is exactly right iff every position's argmax is
 * the target, which is also exactly when greedy decoding would produce the right answer
 * (greedy follows the same contexts as long as it is right). Edit distance is measured
 * between the teacher-forced argmax string and the target (a free-running greedy decoder
 * could drift further after its first mistake). The metrics themselves are computed by
 * `scoreForwardPass` in `lib/metrics/forward_pass.ts`.
 *
 * @module
 */
import { forward, type MlpParams, workspace } from "../model/mlp.ts";
import { answerLength, encodeRows, type Problem, VOCAB_SIZE } from "../tasks/addition.ts";
import { scoreForwardPass } from "../metrics/forward_pass.ts";

/** Metrics of one checkpoint on B test problems with k answer tokens each. */
export interface CheckpointMetrics {
  /** test problems B */
  n: number;
  /** answer tokens per problem k */
  k: number;
  /** problems with every answer token right */
  exactMatchCount: number;
  /** exactMatchCount / n */
  exactMatch: number;
  /** answer tokens right / (n·k) */
  tokenAccuracy: number;
  /** mean over answer tokens of −ln p(target), nats */
  meanNll: number;
  /** mean Levenshtein distance between argmax tokens and target tokens */
  editDistance: number;
  /** correct count at each answer position j = 0 … k−1 (least significant digit first) */
  positionCorrect: number[];
  /** 1 where problem i was exactly right, in test-set order */
  exact: Uint8Array;
}

/**
 * Argmax-correct count at each of the k answer positions (ties go to the lower id, as in
 * `scoreForwardPass`).
 *
 * @param logits [B·k·V]
 * @param targets [B·k]
 * @param B problems
 * @param k answer tokens per problem
 * @param V vocabulary size
 * @returns k counts, each in [0, B]
 * @throws {RangeError} on inconsistent lengths
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { positionCorrect } from "./evaluate_checkpoint.ts";
 * // one problem, k = 2, V = 2: position 0 right, position 1 wrong
 * const c = positionCorrect(new Float32Array([0, -1, 2, 0]), new Int32Array([0, 1]), 1, 2, 2);
 * assert.deepEqual(c, [1, 0]);
 * ```
 */
export function positionCorrect(
  logits: Float32Array,
  targets: Int32Array,
  B: number,
  k: number,
  V: number,
): number[] {
  if (logits.length !== B * k * V || targets.length !== B * k) {
    throw new RangeError(
      `logits/targets have lengths ${logits.length}/${targets.length}, expected ${B * k * V}/${
        B * k
      } for B=${B}, k=${k}, V=${V}`,
    );
  }
  const out = new Array<number>(k).fill(0);
  for (let row = 0; row < B * k; row++) {
    const o = row * V;
    let arg = 0;
    for (let v = 1; v < V; v++) if (logits[o + v] > logits[o + arg]) arg = v;
    if (arg === targets[row]) out[row % k]++;
  }
  return out;
}

/**
 * Metrics from teacher-forced logits [B, k, V] and targets [B, k]: the headline metrics come
 * from `scoreForwardPass` (every position is an answer position, so the mask is all ones),
 * plus per-position accuracy.
 *
 * @param logits [B·k·V]
 * @param targets [B·k]
 * @param B problems
 * @param k answer tokens per problem
 * @param V vocabulary size
 * @returns the metrics
 * @throws {RangeError} on inconsistent lengths, a NaN logit or an out-of-range target
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { metricsFromLogits } from "./evaluate_checkpoint.ts";
 * const m = metricsFromLogits(new Float32Array([0, -1, 2, 0]), new Int32Array([0, 1]), 1, 2, 2);
 * assert.equal(m.exactMatchCount, 0);
 * assert.equal(m.tokenAccuracy, 0.5);
 * assert.equal(m.editDistance, 1);
 * ```
 */
export function metricsFromLogits(
  logits: Float32Array,
  targets: Int32Array,
  B: number,
  k: number,
  V: number,
): CheckpointMetrics {
  const s = scoreForwardPass({
    logits,
    shape: [B, k, V],
    targets,
    answerMask: new Uint8Array(B * k).fill(1),
  });
  return {
    n: B,
    k,
    exactMatchCount: s.exactMatchCount,
    exactMatch: s.exactMatch,
    tokenAccuracy: s.tokenAccuracy,
    meanNll: s.meanTokenNll,
    editDistance: s.meanEditDistance,
    positionCorrect: positionCorrect(logits, targets, B, k, V),
    exact: s.perExample.exactMatch,
  };
}

/**
 * Teacher-forced logits of a model on problems: [B, k, V], computed in chunks of `chunk`
 * problems.
 *
 * @param params the model
 * @param problems test problems
 * @param digits operand digits n
 * @param chunk problems per forward call
 * @returns logits and targets
 * @throws {RangeError} on an empty problem list or a model whose shape does not fit the task
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { answerLogits } from "./evaluate_checkpoint.ts";
 * import { initMlp } from "../model/mlp.ts";
 * import { seededRng } from "../model/rng.ts";
 * const p = initMlp({ contextLength: 5, vocabSize: 13, hidden: 4 }, seededRng(1));
 * const { logits } = answerLogits(p, [{ a: 1, b: 2 }], 1);
 * assert.equal(logits.length, 2 * 13);
 * ```
 */
export function answerLogits(
  params: MlpParams,
  problems: readonly Problem[],
  digits: number,
  chunk = 256,
): { logits: Float32Array; targets: Int32Array } {
  const k = answerLength(digits);
  const { contexts, targets } = encodeRows(problems, digits);
  const L = params.config.contextLength;
  if (L * targets.length !== contexts.length || params.config.vocabSize !== VOCAB_SIZE) {
    throw new RangeError(
      `model (L=${L}, V=${params.config.vocabSize}) does not fit ${digits}-digit addition`,
    );
  }
  const V = VOCAB_SIZE;
  const logits = new Float32Array(targets.length * V);
  const ws = workspace(params.config, chunk * k);
  for (let start = 0; start < problems.length; start += chunk) {
    const rows = Math.min(chunk, problems.length - start) * k;
    const out = forward(params, contexts.subarray(start * k * L), rows, ws);
    logits.set(out, start * k * V);
  }
  return { logits, targets };
}

/**
 * Evaluates a model on problems: {@link answerLogits} then {@link metricsFromLogits}.
 *
 * @param params the model
 * @param problems test problems
 * @param digits operand digits
 * @returns the metrics
 * @throws {RangeError} as the two steps
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { evaluate } from "./evaluate_checkpoint.ts";
 * import { initMlp } from "../model/mlp.ts";
 * import { seededRng } from "../model/rng.ts";
 * const p = initMlp({ contextLength: 5, vocabSize: 13, hidden: 4 }, seededRng(1));
 * const m = evaluate(p, [{ a: 1, b: 2 }, { a: 9, b: 9 }], 1);
 * assert.equal(m.n, 2);
 * assert.ok(m.meanNll > 0);
 * ```
 */
export function evaluate(
  params: MlpParams,
  problems: readonly Problem[],
  digits: number,
): CheckpointMetrics {
  const { logits, targets } = answerLogits(params, problems, digits);
  return metricsFromLogits(logits, targets, problems.length, answerLength(digits), VOCAB_SIZE);
}
