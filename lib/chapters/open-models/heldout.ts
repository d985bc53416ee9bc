/**
 * The held-out test on the open models: fit on some models, predict others, score the
 * predictions. Three routes and a baseline:
 *
 * - `flops`: a sigmoid in log10 training FLOPs fitted to exact match, EM = σ(b + w·x);
 * - `perchar`: the same sigmoid fitted to the implied per-character accuracy p (see
 *   {@link impliedPerChar}), mapped back to exact match through the task's answer lengths;
 * - `observational`: in the spirit of Ruan, Maddison & Hashimoto (2024), a sigmoid of a linear
 *   function of the first principal components of seven standard benchmarks (PCA fitted on the
 *   training models only), EM = σ(b + w·PC);
 * - `baseline`: every held-out model is predicted to score what the best training model scored.
 *
 * Every sigmoid is fitted by least squares with {@link levenbergMarquardt} on standardized
 * features (bounded weights, the best of several deterministic starts).
 *
 * @module
 */
import type { OpenModel } from "../../data/observational.ts";
import { emFromPerChar, impliedPerChar } from "./implied.ts";
import { PREDICTORS, type Split, type Task } from "./splits.ts";
import { crossing, fitLogistic, predictLogistic } from "../../fit/logistic_regression.ts";
import { fitPca, pcaScores } from "../../stats/pca.ts";
import { maxOf } from "../../math/extent.ts";

/** A route of the held-out test. */
export type Route = "flops" | "perchar" | "observational" | "baseline";

/** A route fitted on a training set: predicts exact match for any eligible model. */
export type Predictor = (m: OpenModel) => number;

function em(task: Task, m: OpenModel): number {
  const s = task.score(m);
  if (s === null) throw new Error(`${task.name}: ${m.model} has no score`);
  return s.em;
}

/**
 * Fits one route on the training models of a task.
 *
 * @param route the route
 * @param task the task
 * @param train training models (eligible for the task)
 * @param components principal components the observational route uses (default 3)
 * @returns a predictor of exact match
 * @throws {Error} for `perchar` on a task without answer lengths, or too few training models
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOpenModels } from "../../data/observational.ts";
 * import { cutoffSplit, eligible, heldOutTasks } from "./splits.ts";
 * import { fitRoute } from "./heldout.ts";
 * const task = heldOutTasks()[0];
 * const s = cutoffSplit(eligible(loadOpenModels(), task), 8.4e22);
 * const base = fitRoute("baseline", task, s.train);
 * assert.equal(base(s.test[0]), Math.max(...s.train.map((m) => task.score(m)!.em)));
 * ```
 */
export function fitRoute(
  route: Route,
  task: Task,
  train: readonly OpenModel[],
  components = 3,
): Predictor {
  if (train.length === 0) throw new Error(`${task.name}: no training models`);
  const y = train.map((m) => em(task, m));
  if (route === "baseline") {
    const best = maxOf(y);
    return () => best;
  }
  if (route === "flops") {
    const fit = fitLogistic(train.map((m) => [m.logFlops!]), y);
    return (m) => predictLogistic(fit, [m.logFlops!]);
  }
  if (route === "perchar") {
    const lengths = task.lengths;
    if (!lengths) throw new Error(`${task.name}: the per-character route needs answer lengths`);
    const fit = fitLogistic(
      train.map((m) => [m.logFlops!]),
      y.map((v) => impliedPerChar(v, lengths)),
    );
    return (m) => emFromPerChar(predictLogistic(fit, [m.logFlops!]), lengths);
  }
  const rows = (ms: readonly OpenModel[]) => ms.map((m) => PREDICTORS.map((b) => m.benchmarks[b]!));
  const pca = fitPca(rows(train));
  const c = Math.min(components, PREDICTORS.length);
  const fit = fitLogistic(pcaScores(pca, rows(train), c), y);
  return (m) => predictLogistic(fit, pcaScores(pca, rows([m]), c)[0]);
}

/**
 * The elbow a set of exact-match values implies: the log10 FLOPs where a sigmoid in log FLOPs,
 * fitted to the values over the given models, crosses 0.5. Applied to measured values it gives
 * the task's elbow; applied to a route's predictions, the elbow that route places.
 *
 * @param models models with FLOPs
 * @param values exact match per model
 * @returns the crossing in log10 FLOPs, or null if the fitted curve is flat
 * @throws {Error} on a length mismatch
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOpenModels } from "../../data/observational.ts";
 * import { elbow } from "./heldout.ts";
 * import { eligible, heldOutTasks } from "./splits.ts";
 * const task = heldOutTasks()[0];
 * const ms = eligible(loadOpenModels(), task);
 * const e = elbow(ms, ms.map((m) => task.score(m)!.em))!;
 * assert.ok(e > 21 && e < 24);
 * ```
 */
export function elbow(models: readonly OpenModel[], values: number[]): number | null {
  if (models.length !== values.length) {
    throw new Error(`elbow: ${models.length} models but ${values.length} values`);
  }
  return crossing(fitLogistic(models.map((m) => [m.logFlops!]), values));
}

/** How one route did on one split of one task. */
export interface HeldOutResult {
  /** task name */
  task: string;
  /** split name */
  split: string;
  /** route */
  route: Route;
  /** training models */
  nTrain: number;
  /** held-out models */
  nTest: number;
  /** mean absolute error of exact match on the held-out models */
  mae: number;
  /** elbow placed by the route (log10 FLOPs), null for the baseline */
  elbow: number | null;
  /** the task's elbow from all measured values (log10 FLOPs) */
  trueElbow: number | null;
  /** |elbow − trueElbow| ≤ 0.5 (null for the baseline) */
  withinHalfDecade: boolean | null;
}

/** Where held-out models sit relative to a task's jump. */
export interface JumpPosition {
  /** held-out models with measured exact match below 0.1 */
  before: number;
  /** between 0.1 and 0.9 */
  during: number;
  /** above 0.9 */
  after: number;
  /** best training exact match */
  trainBest: number;
}

/**
 * Counts held-out models before, in and past the jump (exact match < 0.1, 0.1–0.9, > 0.9).
 *
 * @param task the task
 * @param split the split
 * @returns the counts and the best training score
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOpenModels } from "../../data/observational.ts";
 * import { cutoffSplit, eligible, heldOutTasks } from "./splits.ts";
 * import { jumpPosition } from "./heldout.ts";
 * const task = heldOutTasks()[0];
 * const s = cutoffSplit(eligible(loadOpenModels(), task), 8.4e22);
 * const j = jumpPosition(task, s);
 * assert.equal(j.before + j.during + j.after, s.test.length);
 * ```
 */
export function jumpPosition(task: Task, split: Split): JumpPosition {
  const v = split.test.map((m) => em(task, m));
  return {
    before: v.filter((x) => x < 0.1).length,
    during: v.filter((x) => x >= 0.1 && x <= 0.9).length,
    after: v.filter((x) => x > 0.9).length,
    trainBest: maxOf(split.train.map((m) => em(task, m))),
  };
}

/**
 * Runs every route on one split of one task.
 *
 * @param task the task
 * @param all every eligible model of the task (for the elbows)
 * @param split the split
 * @param routes routes to run (default: all four; `perchar` is skipped without answer lengths)
 * @returns one result per route
 * @throws {Error} if the split has no training or no held-out models
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadAnswerLengths, loadOpenModels } from "../../data/observational.ts";
 * import { cutoffSplit, eligible, heldOutTasks } from "./splits.ts";
 * import { heldOut } from "./heldout.ts";
 * const task = heldOutTasks(loadAnswerLengths())[0];
 * const all = eligible(loadOpenModels(), task);
 * const r = heldOut(task, all, cutoffSplit(all, 8.4e22));
 * assert.deepEqual(r.map((x) => x.route), ["flops", "perchar", "observational", "baseline"]);
 * ```
 */
export function heldOut(
  task: Task,
  all: readonly OpenModel[],
  split: Split,
  routes: readonly Route[] = ["flops", "perchar", "observational", "baseline"],
): HeldOutResult[] {
  if (split.train.length === 0 || split.test.length === 0) {
    throw new Error(`${task.name}, ${split.name}: empty training or held-out set`);
  }
  const measured = all.map((m) => em(task, m));
  const trueElbow = elbow(all, measured);
  const out: HeldOutResult[] = [];
  for (const route of routes) {
    if (route === "perchar" && !task.lengths) continue;
    const predict = fitRoute(route, task, split.train);
    const errors = split.test.map((m) => Math.abs(predict(m) - em(task, m)));
    const placed = route === "baseline" ? null : elbow(all, all.map(predict));
    out.push({
      task: task.name,
      split: split.name,
      route,
      nTrain: split.train.length,
      nTest: split.test.length,
      mae: errors.reduce((s, e) => s + e, 0) / errors.length,
      elbow: placed,
      trueElbow,
      withinHalfDecade: placed === null || trueElbow === null
        ? null
        : Math.abs(placed - trueElbow) <= 0.5,
    });
  }
  return out;
}
