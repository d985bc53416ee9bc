/**
 * The curves the model-ladder chapter draws (`lib/chapters/model-ladder/figures.ts` draws them):
 * a metric against compute or parameters, the chain predictions, each digit along training,
 * exact match on test sets of three sizes, and where to put the curves' labels.
 *
 * @module
 */
import { wilsonInterval } from "../../stats/wilson.ts";
import {
  type CheckpointRow,
  finalPoints,
  type LadderData,
  rungCheckpoints,
  rungs,
} from "../../data/ladder_runs.ts";
import { chainComparison } from "../../metrics/chain_checks.ts";

/** A point of a labelled curve (the shape `lib/chapters/model-ladder/figures.ts` draws). */
export interface CurvePoint {
  /** x */
  x: number;
  /** y */
  y: number;
  /** label of the curve */
  series: string;
  /** optional interval */
  lower?: number;
  /** optional interval */
  upper?: number;
}

/** The four metrics of a checkpoint row, by name. */
export type MetricName = "exact match" | "per-token accuracy" | "mean NLL" | "edit distance";

function metricValue(r: CheckpointRow, m: MetricName): number {
  switch (m) {
    case "exact match":
      return r.exact_match;
    case "per-token accuracy":
      return r.token_accuracy;
    case "mean NLL":
      return r.mean_nll;
    case "edit distance":
      return r.edit_distance;
  }
}

/**
 * One metric of every rung against training compute 6·N·tokens, one curve per rung
 * labelled "H=… (N params)". Exact match carries its Wilson interval.
 *
 * @param data the ladder
 * @param metric which metric
 * @param minStep first step drawn (compute must be > 0 on a log axis)
 * @returns curve points, smallest rung first
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../../data/ladder_runs.ts";
 * import { computeCurves } from "./curves.ts";
 * const c = computeCurves(loadLadder(), "exact match");
 * assert.ok(c.every((p) => p.lower! <= p.y && p.y <= p.upper!));
 * ```
 */
export function computeCurves(data: LadderData, metric: MetricName, minStep = 1): CurvePoint[] {
  const out: CurvePoint[] = [];
  for (const h of rungs(data)) {
    for (const r of rungCheckpoints(data, h)) {
      if (r.step < minStep) continue;
      const p: CurvePoint = {
        x: r.compute_flops,
        y: metricValue(r, metric),
        series: `H=${h} (${r.parameters} params)`,
      };
      if (metric === "exact match") {
        const ci = wilsonInterval(r.exact_match_count, r.test_n);
        p.lower = ci.lower;
        p.upper = ci.upper;
      }
      out.push(p);
    }
  }
  return out;
}

/**
 * Final exact match against parameters with its Wilson interval, next to the chain
 * model's two predictions from the same checkpoints (p\^k and Π p_j) and the per-token
 * accuracy.
 *
 * @param data the ladder
 * @returns curve points for four curves
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../../data/ladder_runs.ts";
 * import { parameterCurves } from "./curves.ts";
 * const c = parameterCurves(loadLadder());
 * assert.equal(new Set(c.map((p) => p.series)).size, 4);
 * ```
 */
export function parameterCurves(data: LadderData): CurvePoint[] {
  const out: CurvePoint[] = [];
  const final = finalPoints(data);
  for (const r of final) {
    const ci = wilsonInterval(r.exact_match_count, r.test_n);
    out.push({
      x: r.parameters,
      y: r.exact_match,
      series: "exact match (measured)",
      lower: ci.lower,
      upper: ci.upper,
    });
  }
  for (const r of final) {
    out.push({ x: r.parameters, y: chainComparison(data, r).pk, series: "p^k (mean p)" });
  }
  for (const r of final) {
    out.push({
      x: r.parameters,
      y: chainComparison(data, r).positionProduct,
      series: "Π p_j (each digit's p)",
    });
  }
  for (const r of final) {
    out.push({ x: r.parameters, y: r.token_accuracy, series: "per-token accuracy p" });
  }
  return out;
}

/**
 * The smooth metrics at the final checkpoints against parameters: mean NLL and edit
 * distance (both lower is better).
 *
 * @param data the ladder
 * @returns curve points for two curves
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../../data/ladder_runs.ts";
 * import { smoothCurves } from "./curves.ts";
 * assert.equal(new Set(smoothCurves(loadLadder()).map((p) => p.series)).size, 2);
 * ```
 */
export function smoothCurves(data: LadderData): CurvePoint[] {
  const final = finalPoints(data);
  return [
    ...final.map((r) => ({ x: r.parameters, y: r.mean_nll, series: "mean NLL (nats)" })),
    ...final.map((r) => ({
      x: r.parameters,
      y: r.edit_distance,
      series: "edit distance (tokens)",
    })),
  ];
}

/**
 * Per-position accuracy of one rung against steps, one curve per answer digit
 * ("digit 0 (units)" … "digit n (final carry)").
 *
 * @param data the ladder
 * @param hidden the rung
 * @returns curve points
 * @throws {RangeError} if the rung does not exist
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, rungs } from "../../data/ladder_runs.ts";
 * import { positionCurves } from "./curves.ts";
 * const d = loadLadder();
 * const c = positionCurves(d, rungs(d)[0]);
 * assert.equal(new Set(c.map((p) => p.series)).size, d.checkpoints[0].digits + 1);
 * ```
 */
export function positionCurves(data: LadderData, hidden: number): CurvePoint[] {
  const rows = rungCheckpoints(data, hidden);
  const k = rows[0].digits + 1;
  const out: CurvePoint[] = [];
  for (let j = 0; j < k; j++) {
    const name = j === 0
      ? "digit 0 (units)"
      : j === k - 1
      ? `digit ${j} (final carry)`
      : `digit ${j}`;
    for (const r of rows) {
      const pr = data.positions.find((p) =>
        p.hidden === hidden && p.step === r.step && p.position === j
      )!;
      const ci = wilsonInterval(pr.correct, pr.test_n);
      out.push({
        x: r.step,
        y: pr.correct / pr.test_n,
        series: name,
        lower: ci.lower,
        upper: ci.upper,
      });
    }
  }
  return out;
}

/**
 * Label placements for curves that end on top of each other: each curve is labelled, to the
 * left, at its first point at or above `level` (where it rises), or at its last point if it
 * never gets there.
 *
 * @param points curve points
 * @param level the height at which to label
 * @returns one placement per series
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { risingLabels } from "./curves.ts";
 * const p = risingLabels([{ x: 1, y: 0, series: "a" }, { x: 2, y: 0.8, series: "a" }], 0.5);
 * assert.deepEqual(p.a, { x: 2, y: 0.8, anchor: "end", dy: 0 });
 * ```
 */
export function risingLabels(
  points: readonly CurvePoint[],
  level = 0.5,
): Record<string, { x: number; y: number; anchor: "start" | "end"; dy: number }> {
  const out: Record<string, { x: number; y: number; anchor: "start" | "end"; dy: number }> = {};
  for (const name of new Set(points.map((p) => p.series))) {
    const s = points.filter((p) => p.series === name);
    const hit = s.find((p) => p.y >= level);
    out[name] = hit
      ? { x: hit.x, y: hit.y, anchor: "end", dy: 0 }
      : { x: s.at(-1)!.x, y: s.at(-1)!.y, anchor: "start", dy: 0 };
  }
  return out;
}

/**
 * Exact match of one rung against steps measured on nested prefixes of the test set (e.g.
 * 20, 200, 2000 problems), each with its Wilson interval. A count of 0 is drawn at 0 with
 * its interval, which shows what 0/n still allows (an upper end near 3.8/n for large n).
 *
 * @param data the ladder
 * @param hidden the rung
 * @returns curve points, one curve per test-set size
 * @throws {RangeError} if the rung does not exist
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, rungs } from "../../data/ladder_runs.ts";
 * import { subsetCurves } from "./curves.ts";
 * const d = loadLadder();
 * const c = subsetCurves(d, rungs(d)[0]);
 * assert.ok(c.every((p) => p.upper! > 0)); // even 0/n has a positive upper bound
 * ```
 */
export function subsetCurves(data: LadderData, hidden: number): CurvePoint[] {
  const rows = data.subsets.filter((r) => r.hidden === hidden);
  if (rows.length === 0) throw new RangeError(`no subset rows for hidden ${hidden}`);
  const sizes = [...new Set(rows.map((r) => r.subset_n))].sort((a, b) => a - b);
  const out: CurvePoint[] = [];
  for (const n of sizes) {
    for (const r of rows.filter((s) => s.subset_n === n).sort((a, b) => a.step - b.step)) {
      const ci = wilsonInterval(r.exact_match_count, n);
      out.push({
        x: r.step,
        y: r.exact_match_count / n,
        series: `${n} test problems`,
        lower: ci.lower,
        upper: ci.upper,
      });
    }
  }
  return out;
}
