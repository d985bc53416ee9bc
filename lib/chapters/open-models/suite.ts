/**
 * The held-out suite: every route on every task and split, and the verdict per task (did the
 * routes foresee the jump in the held-out models, or could they not have known?).
 *
 * @module
 */
import type { OpenModel } from "../../data/observational.ts";
import {
  heldOut,
  type HeldOutResult,
  type JumpPosition,
  jumpPosition,
  type Route,
} from "./heldout.ts";
import { CUTOFFS, cutoffSplit, eligible, familySplit, type Split, type Task } from "./splits.ts";

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
 * @param tasks tasks (see {@link heldOutTasks})
 * @param cutoffs compute cutoffs in FLOPs (default {@link CUTOFFS})
 * @returns one entry per task and split, tasks in order, cutoffs ascending, the family split last
 * @throws {Error} if a split leaves no training or no held-out model
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOpenModels } from "../../data/observational.ts";
 * import { heldOutSuite } from "./suite.ts";
 * import { heldOutTasks } from "./splits.ts";
 * const s = heldOutSuite(loadOpenModels(), heldOutTasks().slice(4), [1e22]);
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
 * import { heldOutSuite, verdicts } from "./suite.ts";
 * import { heldOutTasks } from "./splits.ts";
 * const v = verdicts(heldOutSuite(loadOpenModels(), heldOutTasks().slice(1, 2)));
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
