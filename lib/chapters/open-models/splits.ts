/**
 * The open-models chapter's tasks and its two ways to split models into training and held-out
 * sets: by a compute cutoff (train below, predict above) and by family (train on the smaller
 * members of every family, predict the largest).
 *
 * @module
 */
import {
  type Benchmark,
  BENCHMARKS,
  type LengthDistribution,
  type OpenModel,
} from "../../data/observational.ts";

/** The standard benchmarks the observational route uses (GSM8K is left out: it is a target). */
export const PREDICTORS: readonly Benchmark[] = BENCHMARKS.filter((b) => b !== "gsm8k");

/** A task of the held-out test: how to read a model's score, and its answer lengths if any. */
export interface Task {
  /** short name */
  name: string;
  /** the model's exact match (and its count), or null if the source has none */
  score: (m: OpenModel) => { correct: number; n: number; em: number } | null;
  /** answer lengths (needed by the `perchar` route; absent for GSM8K) */
  lengths?: LengthDistribution;
}

/**
 * The chapter's five tasks: the four arithmetic tasks (with their answer lengths) and GSM8K.
 *
 * @param lengths answer lengths per arithmetic task (default: none, so `perchar` is skipped)
 * @returns the tasks
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { heldOutTasks } from "./splits.ts";
 * assert.deepEqual(heldOutTasks().map((t) => t.name), ["2D+", "2Dx", "3D+", "3D-", "GSM8K"]);
 * ```
 */
export function heldOutTasks(lengths?: Partial<Record<string, LengthDistribution>>): Task[] {
  const arith = (["2D+", "2Dx", "3D+", "3D-"] as const).map((t): Task => ({
    name: t,
    score: (m) => m.arithmetic[t] ?? null,
    lengths: lengths?.[t],
  }));
  return [...arith, { name: "GSM8K", score: (m) => m.gsm8k }];
}

/**
 * The models a task can use: known training FLOPs, a score on the task, and all seven
 * predictor benchmarks (so every route is scored on the same models).
 *
 * @param models all open models
 * @param task the task
 * @returns the eligible models, in input order
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOpenModels } from "../../data/observational.ts";
 * import { eligible, heldOutTasks } from "./splits.ts";
 * const e = eligible(loadOpenModels(), heldOutTasks().find((t) => t.name === "2Dx")!);
 * assert.ok(e.length > 50 && e.every((m) => m.logFlops !== null));
 * ```
 */
export function eligible(models: readonly OpenModel[], task: Task): OpenModel[] {
  return models.filter((m) =>
    m.logFlops !== null && task.score(m) !== null &&
    PREDICTORS.every((b) => m.benchmarks[b] !== null)
  );
}

/** A train/test split. */
export interface Split {
  /** label, e.g. "≤ 8.4e22 FLOPs" or "smaller half of each family" */
  name: string;
  /** models fitted on */
  train: OpenModel[];
  /** models predicted */
  test: OpenModel[];
}

/**
 * Split at a compute cutoff: training models at or below `cutoff` FLOPs, held-out models above.
 *
 * @param models eligible models (all with FLOPs)
 * @param cutoff FLOPs
 * @returns the split
 * @throws {RangeError} on a non-positive cutoff or a model without FLOPs
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOpenModels } from "../../data/observational.ts";
 * import { cutoffSplit, eligible, heldOutTasks } from "./splits.ts";
 * const s = cutoffSplit(eligible(loadOpenModels(), heldOutTasks()[0]), 8.4e22);
 * assert.ok(s.train.every((m) => m.flops! <= 8.4e22) && s.test.every((m) => m.flops! > 8.4e22));
 * ```
 */
export function cutoffSplit(models: readonly OpenModel[], cutoff: number): Split {
  if (!(cutoff > 0)) throw new RangeError(`cutoffSplit: cutoff ${cutoff} must be > 0`);
  for (const m of models) {
    if (m.flops === null) throw new RangeError(`cutoffSplit: ${m.model} has no FLOPs`);
  }
  return {
    name: `≤ ${cutoff.toExponential(1).replace("e+", "e")} FLOPs`,
    train: models.filter((m) => m.flops! <= cutoff),
    test: models.filter((m) => m.flops! > cutoff),
  };
}

/**
 * Split within families: in every family with at least two models, the larger half by training
 * FLOPs (⌊n/2⌋ models) is held out and the rest is fitted on; single-model families are left out.
 *
 * @param models eligible models (all with FLOPs)
 * @returns the split
 * @throws {RangeError} on a model without FLOPs
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOpenModels } from "../../data/observational.ts";
 * import { eligible, familySplit, heldOutTasks } from "./splits.ts";
 * const s = familySplit(eligible(loadOpenModels(), heldOutTasks()[0]));
 * const pythia = s.test.filter((m) => m.family === "Pythia");
 * assert.equal(pythia.length, 4);
 * ```
 */
export function familySplit(models: readonly OpenModel[]): Split {
  const families = new Map<string, OpenModel[]>();
  for (const m of models) {
    if (m.flops === null) throw new RangeError(`familySplit: ${m.model} has no FLOPs`);
    families.set(m.family, [...(families.get(m.family) ?? []), m]);
  }
  const test = new Set<OpenModel>();
  const train = new Set<OpenModel>();
  for (const ms of families.values()) {
    if (ms.length < 2) continue;
    const sorted = [...ms].sort((a, b) => a.flops! - b.flops! || (a.model < b.model ? -1 : 1));
    const h = Math.floor(sorted.length / 2);
    sorted.slice(0, sorted.length - h).forEach((m) => train.add(m));
    sorted.slice(sorted.length - h).forEach((m) => test.add(m));
  }
  return {
    name: "smaller half of each family",
    train: models.filter((m) => train.has(m)),
    test: models.filter((m) => test.has(m)),
  };
}

/** The paper repository's example cutoff: 8.4e22 FLOPs, the training compute of Llama-2 7B. */
export const PAPER_CUTOFF = 8.4e22;

/** The chapter's compute cutoffs (FLOPs), {@link PAPER_CUTOFF} among them. */
export const CUTOFFS: readonly number[] = [1e22, 3e22, PAPER_CUTOFF, 3e23];
