/**
 * Families on the compute axis: where each model family's exact match crosses a level, and how
 * much of the spread between families a single compute axis leaves unexplained.
 *
 * @module
 */
import { openUnit } from "../../validate.ts";
import type { OpenModel } from "../../data/observational.ts";
import { fitLogistic, predictLogistic } from "../../fit/logistic_regression.ts";
import { PREDICTORS, type Task } from "./splits.ts";
import { fitPca, pcaScores } from "../../stats/pca.ts";

/** Where one family crosses a level. */
export interface FamilyCrossing {
  /** family name */
  family: string;
  /** models of the family with FLOPs and a score, smallest first */
  members: { model: string; logFlops: number; em: number }[];
  /** log10 FLOPs of the first upward crossing (linear in log FLOPs between neighbours) */
  crossing: number | null;
  /** "crosses", "below" (every member below the level) or "above" (every member at or above) */
  status: "crosses" | "below" | "above";
}

/**
 * For every family, the log10 training FLOPs at which exact match first rises through `level`,
 * interpolated linearly in log FLOPs between the two members that bracket it. A family whose
 * members are all below (or all at or above) the level has no crossing.
 *
 * @param models open models
 * @param task the task
 * @param level exact-match level in (0, 1)
 * @returns one entry per family with at least one scored model with FLOPs, sorted by crossing
 *   (families without one last, by name)
 * @throws {RangeError} if level is not in (0, 1)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOpenModels } from "../../data/observational.ts";
 * import { familyCrossings } from "./families.ts";
 * import { heldOutTasks } from "./splits.ts";
 * const c = familyCrossings(loadOpenModels(), heldOutTasks()[1], 0.5);
 * const llama2 = c.find((f) => f.family === "Llama-2")!;
 * assert.equal(llama2.status, "crosses");
 * assert.ok(llama2.crossing! > Math.log10(84e21) && llama2.crossing! < Math.log10(156e21));
 * ```
 */
export function familyCrossings(
  models: readonly OpenModel[],
  task: Task,
  level = 0.5,
): FamilyCrossing[] {
  openUnit("level", level, "familyCrossings");
  const families = new Map<string, FamilyCrossing["members"]>();
  for (const m of models) {
    const s = task.score(m);
    if (m.logFlops === null || s === null) continue;
    families.set(m.family, [
      ...(families.get(m.family) ?? []),
      { model: m.model, logFlops: m.logFlops, em: s.em },
    ]);
  }
  const out: FamilyCrossing[] = [];
  for (const [family, ms] of families) {
    const members = [...ms].sort((a, b) => a.logFlops - b.logFlops);
    let crossing: number | null = null;
    for (let i = 0; i < members.length; i++) {
      if (members[i].em >= level) {
        if (i === 0) break;
        const a = members[i - 1];
        const b = members[i];
        crossing = a.logFlops + (b.logFlops - a.logFlops) * (level - a.em) / (b.em - a.em);
        break;
      }
    }
    const status = crossing !== null ? "crosses" : members[0].em >= level ? "above" : "below";
    out.push({ family, members, crossing, status });
  }
  return out.sort((a, b) =>
    (a.crossing ?? Infinity) - (b.crossing ?? Infinity) || (a.family < b.family ? -1 : 1)
  );
}

/** In-sample fit quality of one capability axis. */
export interface AxisFit {
  /** "log10 FLOPs" or "3 benchmark PCs" */
  axis: string;
  /** models */
  n: number;
  /** mean absolute error of exact match */
  mae: number;
  /** share of the variance of exact match the fitted sigmoid explains, 1 − SSE/SST */
  r2: number;
}

/**
 * How well one sigmoid explains every model's exact match, fitted to all of them, on two axes:
 * log10 training FLOPs alone, and the first three principal components of the seven predictor
 * benchmarks. The gap between the two is the part of the spread that is not scale: the
 * families' different efficiency in turning compute into capability.
 *
 * @param models eligible models of the task (FLOPs, score and predictors all present)
 * @param task the task
 * @returns the two fits
 * @throws {Error} with too few models to fit
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOpenModels } from "../../data/observational.ts";
 * import { axisFits } from "./families.ts";
 * import { eligible, heldOutTasks } from "./splits.ts";
 * const task = heldOutTasks()[1];
 * const [flops, pcs] = axisFits(eligible(loadOpenModels(), task), task);
 * assert.ok(pcs.r2 > flops.r2);
 * ```
 */
export function axisFits(models: readonly OpenModel[], task: Task): AxisFit[] {
  const y = models.map((m) => {
    const s = task.score(m);
    if (s === null) throw new Error(`${task.name}: ${m.model} has no score`);
    return s.em;
  });
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  const sst = y.reduce((s, v) => s + (v - mean) ** 2, 0);
  const summarize = (axis: string, pred: number[]): AxisFit => ({
    axis,
    n: y.length,
    mae: pred.reduce((s, p, i) => s + Math.abs(p - y[i]), 0) / y.length,
    r2: 1 - pred.reduce((s, p, i) => s + (p - y[i]) ** 2, 0) / sst,
  });
  const zf = models.map((m) => [m.logFlops!]);
  const ff = fitLogistic(zf, y);
  const rows = models.map((m) => PREDICTORS.map((b) => m.benchmarks[b]!));
  const pca = fitPca(rows);
  const zp = pcaScores(pca, rows, 3);
  const fp = fitLogistic(zp, y);
  return [
    summarize("log10 FLOPs", zf.map((z) => predictLogistic(ff, z))),
    summarize("3 benchmark PCs", zp.map((z) => predictLogistic(fp, z))),
  ];
}
