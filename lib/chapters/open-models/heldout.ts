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
import { levenbergMarquardt } from "../../fit/levenberg_marquardt.ts";
import { solve } from "../../fit/linalg.ts";
import { finite, probability } from "../../validate.ts";
import {
  type Benchmark,
  BENCHMARKS,
  type LengthDistribution,
  type OpenModel,
} from "../../data/observational.ts";
import { emFromPerChar, impliedPerChar } from "./implied.ts";
import { fitPca, pcaScores } from "../../stats/pca.ts";
import { maxOf } from "../../math/extent.ts";

/** The standard benchmarks the observational route uses (GSM8K is left out: it is a target). */
export const PREDICTORS: readonly Benchmark[] = BENCHMARKS.filter((b) => b !== "gsm8k");

/** A route of the held-out test. */
export type Route = "flops" | "perchar" | "observational" | "baseline";

/** A task of the held-out test: how to read a model's score, and its answer lengths if any. */
export interface Task {
  /** short name */
  name: string;
  /** the model's exact match (and its count), or null if the source has none */
  score: (m: OpenModel) => { correct: number; n: number; em: number } | null;
  /** answer lengths (needed by the `perchar` route; absent for GSM8K) */
  lengths?: LengthDistribution;
}

/** A fitted logistic curve σ(b + w·z) on standardized features. */
export interface LogisticFit {
  /** intercept on the standardized scale */
  b: number;
  /** weights on the standardized scale */
  w: number[];
  /** feature means used to standardize */
  mean: number[];
  /** feature standard deviations used to standardize */
  sd: number[];
  /** residual sum of squares */
  rss: number;
}

function sig(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Least-squares fit of y = σ(b + w·z) to targets in [0, 1]. Features are standardized with
 * the fitting rows' mean and standard deviation; |b| and every |w| are bounded by 30 on that
 * scale (a step sharper than that is indistinguishable from a jump between neighbouring rows).
 * Starts: the least-squares line through logit(y) (y clipped to [0.005, 0.995]), that line
 * scaled by 0.3 and by 3, and, for one feature, a grid of midpoints; the lowest RSS wins.
 *
 * @param z features, one array per row
 * @param y targets in [0, 1]
 * @returns the fit
 * @throws {Error} with fewer rows than parameters + 1, ragged rows, non-finite z or y outside [0, 1]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitLogistic, predictLogistic } from "./heldout.ts";
 * const xs = [20, 21, 22, 23, 24, 25];
 * const fit = fitLogistic(xs.map((x) => [x]), xs.map((x) => 1 / (1 + Math.exp(-2 * (x - 22.5)))));
 * assert.ok(Math.abs(predictLogistic(fit, [22.5]) - 0.5) < 1e-6);
 * ```
 */
export function fitLogistic(z: number[][], y: number[]): LogisticFit {
  const what = "fitLogistic";
  if (z.length !== y.length) throw new Error(`${what}: ${z.length} rows but ${y.length} targets`);
  const d = z[0]?.length ?? 0;
  if (d < 1) throw new Error(`${what}: no features`);
  if (z.length < d + 2) throw new Error(`${what}: ${z.length} rows for ${d + 1} parameters`);
  z.forEach((r, i) => {
    if (r.length !== d) {
      throw new Error(`${what}: row ${i} has ${r.length} features, expected ${d}`);
    }
    r.forEach((v, j) => finite(`z[${i}][${j}]`, v, what));
  });
  y.forEach((v, i) => probability(`y[${i}]`, v, what));
  const mean = Array.from({ length: d }, (_, j) => z.reduce((s, r) => s + r[j], 0) / z.length);
  const sd = mean.map((m, j) => {
    const v = z.reduce((s, r) => s + (r[j] - m) ** 2, 0) / z.length;
    return v > 0 ? Math.sqrt(v) : 1;
  });
  const zs = z.map((r) => r.map((v, j) => (v - mean[j]) / sd[j]));
  const residuals = (t: number[]) =>
    zs.map((r, i) => y[i] - sig(t[0] + r.reduce((s, v, j) => s + t[j + 1] * v, 0)));
  const jacobian = (t: number[]) =>
    zs.map((r) => {
      const q = sig(t[0] + r.reduce((s, v, j) => s + t[j + 1] * v, 0));
      const g = -q * (1 - q);
      return [g, ...r.map((v) => g * v)];
    });
  const B = 30;
  const clip = (t: number[]) => t.map((v) => Math.max(-B, Math.min(B, v)));
  // least-squares line through the clipped logits
  const logit = y.map((v) => {
    const c = Math.min(0.995, Math.max(0.005, v));
    return Math.log(c / (1 - c));
  });
  const X = zs.map((r) => [1, ...r]);
  const xtx = X[0].map((_, a) => X[0].map((_, c) => X.reduce((s, r) => s + r[a] * r[c], 0)));
  const xty = X[0].map((_, a) => X.reduce((s, r, i) => s + r[a] * logit[i], 0));
  let line: number[];
  try {
    line = solve(xtx.map((r, a) => r.map((v, c) => v + (a === c ? 1e-9 : 0))), xty, what);
  } catch {
    line = [0, ...mean.map(() => 1)];
  }
  const starts = [line, line.map((v) => v * 0.3), line.map((v) => v * 3)].map(clip);
  if (d === 1) {
    for (const mid of [-2, -1, 0, 1, 2, 3, 4]) {
      for (const w of [1, 5, 20]) starts.push([-mid * w, w]);
    }
  }
  let best: { theta: number[]; rss: number } | null = null;
  for (const start of starts) {
    try {
      const r = levenbergMarquardt({
        names: ["b", ...mean.map((_, j) => `w${j + 1}`)],
        residuals,
        jacobian,
        start: clip(start),
        lower: start.map(() => -B),
        upper: start.map(() => B),
      }, { what, maxIterations: 2000 });
      if (best === null || r.rss < best.rss - 1e-15) best = { theta: r.theta, rss: r.rss };
    } catch {
      // a start that does not converge is skipped; at least one always does (see below)
    }
  }
  if (best === null) {
    const t = clip(line);
    best = { theta: t, rss: residuals(t).reduce((s, v) => s + v * v, 0) };
  }
  return { b: best.theta[0], w: best.theta.slice(1), mean, sd, rss: best.rss };
}

/**
 * Value of a fitted logistic curve at features z.
 *
 * @param fit the fit
 * @param z features (raw scale)
 * @returns σ(b + w·standardized z)
 * @throws {Error} on a feature-count mismatch or a non-finite feature
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { predictLogistic } from "./heldout.ts";
 * assert.equal(predictLogistic({ b: 0, w: [1], mean: [5], sd: [1], rss: 0 }, [5]), 0.5);
 * ```
 */
export function predictLogistic(fit: LogisticFit, z: number[]): number {
  if (z.length !== fit.w.length) {
    throw new Error(`predictLogistic: ${z.length} features, the fit has ${fit.w.length}`);
  }
  z.forEach((v, j) => finite(`z[${j}]`, v, "predictLogistic"));
  return sig(fit.b + fit.w.reduce((s, w, j) => s + w * (z[j] - fit.mean[j]) / fit.sd[j], 0));
}

/**
 * The log10 FLOPs at which a one-feature logistic fit crosses `level` (its elbow at 0.5).
 *
 * @param fit a fit on one feature (log10 FLOPs)
 * @param level level in (0, 1)
 * @returns the crossing, or null if the fitted weight is 0
 * @throws {Error} if the fit has more than one feature
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { crossing } from "./heldout.ts";
 * assert.equal(crossing({ b: -1, w: [2], mean: [22], sd: [0.5], rss: 0 }), 22.25);
 * ```
 */
export function crossing(fit: LogisticFit, level = 0.5): number | null {
  if (fit.w.length !== 1) throw new Error(`crossing: needs a one-feature fit, got ${fit.w.length}`);
  if (fit.w[0] === 0) return null;
  const logit = Math.log(level / (1 - level));
  return fit.mean[0] + fit.sd[0] * (logit - fit.b) / fit.w[0];
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
 * import { eligible, TASKS } from "./heldout.ts";
 * const e = eligible(loadOpenModels(), TASKS().find((t) => t.name === "2Dx")!);
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
 * import { cutoffSplit, eligible, TASKS } from "./heldout.ts";
 * const s = cutoffSplit(eligible(loadOpenModels(), TASKS()[0]), 8.4e22);
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
 * import { eligible, familySplit, TASKS } from "./heldout.ts";
 * const s = familySplit(eligible(loadOpenModels(), TASKS()[0]));
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
 * import { cutoffSplit, eligible, fitRoute, TASKS } from "./heldout.ts";
 * const task = TASKS()[0];
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
 * import { elbow, eligible, TASKS } from "./heldout.ts";
 * const task = TASKS()[0];
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
 * import { cutoffSplit, eligible, jumpPosition, TASKS } from "./heldout.ts";
 * const task = TASKS()[0];
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
 * import { cutoffSplit, eligible, heldOut, TASKS } from "./heldout.ts";
 * const task = TASKS(loadAnswerLengths())[0];
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

/**
 * The chapter's five tasks: the four arithmetic tasks (with their answer lengths) and GSM8K.
 *
 * @param lengths answer lengths per arithmetic task (default: none, so `perchar` is skipped)
 * @returns the tasks
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { TASKS } from "./heldout.ts";
 * assert.deepEqual(TASKS().map((t) => t.name), ["2D+", "2Dx", "3D+", "3D-", "GSM8K"]);
 * ```
 */
export function TASKS(lengths?: Partial<Record<string, LengthDistribution>>): Task[] {
  const arith = (["2D+", "2Dx", "3D+", "3D-"] as const).map((t): Task => ({
    name: t,
    score: (m) => m.arithmetic[t] ?? null,
    lengths: lengths?.[t],
  }));
  return [...arith, { name: "GSM8K", score: (m) => m.gsm8k }];
}

/** The paper repository's example cutoff: 8.4e22 FLOPs, the training compute of Llama-2 7B. */
export const PAPER_CUTOFF = 8.4e22;

/** The chapter's compute cutoffs (FLOPs), {@link PAPER_CUTOFF} among them. */
export const CUTOFFS: readonly number[] = [1e22, 3e22, PAPER_CUTOFF, 3e23];

/** Every route on one split of one task, with where the held-out models sit. */
export interface SuiteEntry {
  /** task name */
  task: string;
  /** the split */
  split: Split;
  /** where the held-out models sit relative to the jump */
  position: JumpPosition;
  /** one result per route */
  results: HeldOutResult[];
}

/**
 * The whole held-out test: every task, split at every cutoff and within families.
 *
 * @param models all open models
 * @param tasks tasks (see {@link TASKS})
 * @param cutoffs compute cutoffs in FLOPs (default {@link CUTOFFS})
 * @returns one entry per task and split, tasks in order, cutoffs ascending, the family split last
 * @throws {Error} if a split leaves no training or no held-out model
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOpenModels } from "../../data/observational.ts";
 * import { heldOutSuite, TASKS } from "./heldout.ts";
 * const s = heldOutSuite(loadOpenModels(), TASKS().slice(4), [1e22]);
 * assert.deepEqual(s.map((e) => e.split.name), ["≤ 1.0e22 FLOPs", "smaller half of each family"]);
 * ```
 */
export function heldOutSuite(
  models: readonly OpenModel[],
  tasks: readonly Task[],
  cutoffs: readonly number[] = CUTOFFS,
): SuiteEntry[] {
  const out: SuiteEntry[] = [];
  for (const task of tasks) {
    const all = eligible(models, task);
    const splits = [...[...cutoffs].sort((a, b) => a - b).map((c) => cutoffSplit(all, c))];
    splits.push(familySplit(all));
    for (const split of splits) {
      out.push({
        task: task.name,
        split,
        position: jumpPosition(task, split),
        results: heldOut(task, all, split),
      });
    }
  }
  return out;
}

/** The paper's conclusion checked on one task. */
export interface Verdict {
  /** task */
  task: string;
  /** splits that test something: at least `minNotPast` held-out models not yet past the jump */
  informative: string[];
  /** informative splits where the observational route has the lowest error of all routes and the baseline */
  observationalBest: number;
  /** informative splits where the observational route places the elbow within half a decade */
  observationalElbow: number;
  /** informative splits where the baseline beats every route */
  baselineBest: number;
}

/**
 * Task by task: on the informative splits, how often the observational route is the best
 * predictor and places the elbow within half a decade, and how often nothing beats the baseline.
 *
 * @param suite output of {@link heldOutSuite}
 * @param minNotPast fewest held-out models at or below 0.9 exact match for a split to count (default 5)
 * @returns one verdict per task, in suite order
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOpenModels } from "../../data/observational.ts";
 * import { heldOutSuite, TASKS, verdicts } from "./heldout.ts";
 * const v = verdicts(heldOutSuite(loadOpenModels(), TASKS().slice(1, 2)));
 * assert.equal(v[0].task, "2Dx");
 * assert.ok(v[0].observationalBest <= v[0].informative.length);
 * ```
 */
export function verdicts(suite: readonly SuiteEntry[], minNotPast = 5): Verdict[] {
  const tasks = [...new Set(suite.map((e) => e.task))];
  return tasks.map((task) => {
    const inf = suite.filter((e) =>
      e.task === task && e.position.before + e.position.during >= minNotPast
    );
    const mae = (e: SuiteEntry, r: Route) => e.results.find((x) => x.route === r)?.mae ?? Infinity;
    const routes = (e: SuiteEntry) => e.results.map((x) => x.route);
    return {
      task,
      informative: inf.map((e) => e.split.name),
      observationalBest: inf.filter((e) =>
        routes(e).every((r) => mae(e, "observational") <= mae(e, r))
      ).length,
      observationalElbow: inf.filter((e) =>
        e.results.find((x) => x.route === "observational")?.withinHalfDecade === true
      ).length,
      baselineBest: inf.filter((e) => routes(e).every((r) => mae(e, "baseline") <= mae(e, r)))
        .length,
    };
  });
}
