/**
 * Training one rung of the ladder: Adam on mean cross-entropy of the answer digits, fresh
 * problems drawn every step from the training pairs (all pairs minus the held-out set), and
 * an evaluation at log-spaced checkpoints.
 *
 * @module
 */
import {
  backward,
  forward,
  initMlp,
  type MlpConfig,
  type MlpParams,
  parameterCount,
  workspace,
} from "../model/mlp.ts";
import { adamState, adamStep } from "../model/adam.ts";
import { seededRng } from "../model/rng.ts";
import {
  answerLength,
  contextLength,
  encodeRows,
  type Problem,
  problemKey,
  trainProblem,
  VOCAB_SIZE,
} from "../tasks/addition.ts";
import { type CheckpointMetrics, evaluate } from "./evaluate_checkpoint.ts";
import { positive, positiveInteger } from "../validate.ts";

/** One rung's training setup. */
export interface RunConfig {
  /** operand digits n */
  digits: number;
  /** hidden width H */
  hidden: number;
  /** optimizer steps */
  steps: number;
  /** problems per step (each gives n + 1 answer tokens) */
  batch: number;
  /** Adam learning rate */
  lr: number;
  /** seed of the initial weights */
  initSeed: number;
  /** seed of the training-problem stream */
  dataSeed: number;
  /** number of log-spaced checkpoints (the last is the final step) */
  checkpoints: number;
}

/** One evaluated checkpoint. */
export interface Checkpoint {
  /** optimizer steps taken */
  step: number;
  /** answer tokens trained on so far (steps · batch · k) */
  tokens: number;
  /** metrics on the test problems */
  metrics: CheckpointMetrics;
}

/**
 * Log-spaced checkpoint steps from 1 to `steps`: round(steps\^(i/(m−1))), duplicates
 * removed, so there may be fewer than m when steps is small.
 *
 * @param steps total steps
 * @param m wanted checkpoints (≥ 2)
 * @returns strictly increasing steps, first 1, last `steps`
 * @throws {RangeError} if steps or m is not a positive integer, or m < 2
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkpointSteps } from "./train_run.ts";
 * assert.deepEqual(checkpointSteps(1000, 4), [1, 10, 100, 1000]);
 * ```
 */
export function checkpointSteps(steps: number, m: number): number[] {
  positiveInteger("steps", steps);
  positiveInteger("checkpoints", m);
  if (m < 2) throw new RangeError(`checkpoints must be ≥ 2, got ${m}`);
  const out: number[] = [];
  for (let i = 0; i < m; i++) {
    const s = Math.round(Math.pow(steps, i / (m - 1)));
    if (out.length === 0 || s > out[out.length - 1]) out.push(s);
  }
  out[out.length - 1] = steps;
  return out;
}

/**
 * The model shape for a rung: context 3n + 2, the task's 13 tokens, width H.
 *
 * @param digits operand digits n
 * @param hidden width H
 * @returns the shape
 * @throws {RangeError} if digits is not an integer in [1, 7]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { modelConfig } from "./train_run.ts";
 * assert.deepEqual(modelConfig(5, 32), { contextLength: 17, vocabSize: 13, hidden: 32 });
 * ```
 */
export function modelConfig(digits: number, hidden: number): MlpConfig {
  return { contextLength: contextLength(digits), vocabSize: VOCAB_SIZE, hidden };
}

/**
 * Trains one rung and evaluates it at log-spaced checkpoints on `testProblems`.
 *
 * Streams: weights from seededRng(initSeed); training problems from seededRng(dataSeed).
 *
 * @param config the rung
 * @param testProblems held-out problems (never drawn for training)
 * @param onCheckpoint optional callback after each evaluation (progress output)
 * @returns the checkpoints, the final parameters and the parameter count
 * @throws {RangeError} on a bad config (non-integer steps, lr ≤ 0, …)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { trainRun } from "./train_run.ts";
 * const r = trainRun(
 *   { digits: 1, hidden: 8, steps: 20, batch: 16, lr: 0.01, initSeed: 3, dataSeed: 4, checkpoints: 3 },
 *   [{ a: 4, b: 5 }],
 * );
 * assert.deepEqual(r.checkpoints.map((c) => c.step), [1, 4, 20]);
 * assert.equal(r.checkpoints[2].tokens, 20 * 16 * 2);
 * ```
 */
export function trainRun(
  config: RunConfig,
  testProblems: readonly Problem[],
  onCheckpoint?: (c: Checkpoint) => void,
): { checkpoints: Checkpoint[]; params: MlpParams; parameters: number } {
  const { digits, hidden, steps, batch, lr, initSeed, dataSeed } = config;
  positiveInteger("batch", batch);
  positive("lr", lr);
  if (testProblems.length === 0) throw new RangeError("trainRun needs test problems");
  const cfg = modelConfig(digits, hidden);
  const k = answerLength(digits);
  const params = initMlp(cfg, seededRng(initSeed));
  const data = seededRng(dataSeed);
  const heldOut = new Set(testProblems.map((p) => problemKey(p, digits)));
  const when = new Set(checkpointSteps(steps, config.checkpoints));
  const ws = workspace(cfg, batch * k);
  const grads = new Float32Array(params.data.length);
  const adam = adamState(params.data.length);
  const checkpoints: Checkpoint[] = [];
  const problems: Problem[] = new Array(batch);
  for (let step = 1; step <= steps; step++) {
    for (let i = 0; i < batch; i++) problems[i] = trainProblem(digits, heldOut, data);
    const { contexts, targets } = encodeRows(problems, digits);
    forward(params, contexts, batch * k, ws);
    backward(params, contexts, targets, batch * k, ws, grads);
    adamStep(params.data, grads, adam, lr);
    if (when.has(step)) {
      const c = { step, tokens: step * batch * k, metrics: evaluate(params, testProblems, digits) };
      checkpoints.push(c);
      onCheckpoint?.(c);
    }
  }
  return { checkpoints, params, parameters: parameterCount(cfg) };
}
