/**
 * The chain model checked on a trained ladder (`lib/data/ladder_runs.ts`): exact match predicted
 * from per-token numbers as p\^k (every digit as hard as the average) and as Π p_j (each digit
 * its own accuracy), next to the measured exact match; and the assumption-free bounds on exact
 * match that test whether the digits fail independently.
 *
 * @module
 */
import { exactMatch } from "../math/exact_match.ts";
import { maxOf, minOf } from "../math/extent.ts";
import { wilsonInterval } from "../stats/wilson.ts";
import { type CheckpointRow, type LadderData, positionAccuracy } from "../data/ladder_runs.ts";

/** The chain model next to a measured exact match. */
export interface ChainComparison {
  /** hidden width */
  hidden: number;
  /** parameters */
  parameters: number;
  /** step */
  step: number;
  /** measured per-token accuracy p */
  tokenAccuracy: number;
  /** answer length k */
  k: number;
  /** p\^k: every digit as hard as the average */
  pk: number;
  /** Π_j p_j over the per-position accuracies */
  positionProduct: number;
  /** measured exact match */
  measured: number;
  /** exact-match successes */
  successes: number;
  /** test problems */
  n: number;
}

/**
 * The chain model's two predictions of exact match from one checkpoint's per-token numbers:
 * p\^k with the average accuracy p, and Π_j p_j with each position's own accuracy (carries
 * make positions unequal, and by the AM–GM inequality Π p_j ≤ p\^k).
 *
 * @param data the ladder
 * @param row the checkpoint
 * @returns predictions and the measurement
 * @throws {RangeError} if the checkpoint has no position rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { finalPoints, loadLadder } from "../data/ladder_runs.ts";
 * import { chainComparison } from "./chain_checks.ts";
 * const d = loadLadder();
 * const c = chainComparison(d, finalPoints(d)[0]);
 * assert.ok(c.positionProduct <= c.pk + 1e-12); // AM–GM
 * ```
 */
export function chainComparison(data: LadderData, row: CheckpointRow): ChainComparison {
  const k = row.digits + 1;
  const acc = positionAccuracy(data, row.hidden, row.step);
  return {
    hidden: row.hidden,
    parameters: row.parameters,
    step: row.step,
    tokenAccuracy: row.token_accuracy,
    k,
    pk: exactMatch(row.token_accuracy, k),
    positionProduct: acc.reduce((s, p) => s * p, 1),
    measured: row.exact_match,
    successes: row.exact_match_count,
    n: row.test_n,
  };
}

/**
 * How well the two chain predictions match the measured exact match over every checkpoint of
 * every rung: mean and largest absolute difference for p\^k and for Π p_j, and how many
 * checkpoints have Π p_j outside the 95 % Wilson interval of the measurement (about 5 % would
 * by chance alone if Π p_j were the true exact match).
 *
 * @param data the ladder
 * @returns checkpoint count and the four error summaries
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../data/ladder_runs.ts";
 * import { chainErrors } from "./chain_checks.ts";
 * const e = chainErrors(loadLadder());
 * assert.ok(e.meanAbsProduct <= e.meanAbsPk);
 * ```
 */
export function chainErrors(data: LadderData): {
  checkpoints: number;
  meanAbsPk: number;
  maxAbsPk: number;
  meanAbsProduct: number;
  maxAbsProduct: number;
  productOutsideWilson: number;
} {
  const c = data.checkpoints.map((r) => chainComparison(data, r));
  const outside = c.filter((x) => {
    const ci = wilsonInterval(x.successes, x.n);
    return x.positionProduct < ci.lower || x.positionProduct > ci.upper;
  }).length;
  const dPk = c.map((x) => Math.abs(x.pk - x.measured));
  const dProd = c.map((x) => Math.abs(x.positionProduct - x.measured));
  const mean = (v: number[]) => v.reduce((s, t) => s + t, 0) / v.length;
  return {
    checkpoints: c.length,
    meanAbsPk: mean(dPk),
    maxAbsPk: maxOf(dPk),
    meanAbsProduct: mean(dProd),
    maxAbsProduct: maxOf(dProd),
    productOutsideWilson: outside,
  };
}

/** One checkpoint tested against the independence product and the assumption-free bounds. */
export interface BoundCheck {
  /** width */
  hidden: number;
  /** step */
  step: number;
  /** measured exact match */
  measured: number;
  /** its Wilson interval */
  lower: number;
  /** its Wilson interval */
  upper: number;
  /** Π p_j: exact match if digit errors were independent */
  product: number;
  /** max(0, 1 − Σ(1 − p_j)): fewest exact answers any dependence allows */
  boundLow: number;
  /** min_j p_j: most exact answers any dependence allows */
  boundHigh: number;
}

/** Summary of {@link boundChecks} over the informative checkpoints. */
export interface BoundSummary {
  /** checkpoints of the ladder */
  checkpoints: number;
  /** informative ones (exact match within [lo, hi]) */
  informative: number;
  /** informative checkpoints whose Π p_j lies outside the measured Wilson interval */
  productOutside: number;
  /** … whose upper bound min_j p_j lies outside it */
  highOutside: number;
  /** … whose lower bound lies outside it */
  lowOutside: number;
  /** mean |measured − Π p_j| */
  meanAbsProduct: number;
  /** mean width of the bounds, min_j p_j − max(0, 1 − Σ(1 − p_j)) */
  meanBoundWidth: number;
  /** mean position of the measurement inside the bounds (0 = lower bound, 1 = upper) */
  meanPosition: number;
  /** mean position of Π p_j inside the bounds */
  meanProductPosition: number;
}

/**
 * Tests the independence reading of exact match where it can fail. On one test set, whatever
 * the dependence between digits, exact match lies between max(0, 1 − Σ_j(1 − p_j)) (the
 * digits' errors never coincide) and min_j p_j (they always coincide); independence predicts
 * Π p_j, in between. Checkpoints with exact match below `lo` or above `hi` are left out: there
 * every reading agrees and none is tested.
 *
 * @param data the ladder
 * @param lo lowest informative exact match (default 0.02)
 * @param hi highest informative exact match (default 0.98)
 * @returns the informative checkpoints and a summary
 * @throws {RangeError} unless 0 ≤ lo < hi ≤ 1
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../data/ladder_runs.ts";
 * import { boundChecks } from "./chain_checks.ts";
 * const { rows, summary } = boundChecks(loadLadder());
 * assert.ok(rows.every((r) => r.boundLow - 1e-12 <= r.measured && r.measured <= r.boundHigh + 1e-12));
 * assert.equal(rows.length, summary.informative);
 * ```
 */
export function boundChecks(
  data: LadderData,
  lo = 0.02,
  hi = 0.98,
): { rows: BoundCheck[]; summary: BoundSummary } {
  if (!(lo >= 0 && lo < hi && hi <= 1)) {
    throw new RangeError(`boundChecks: need 0 ≤ lo < hi ≤ 1, got lo=${lo}, hi=${hi}`);
  }
  const rows: BoundCheck[] = [];
  for (const r of data.checkpoints) {
    if (r.exact_match < lo || r.exact_match > hi) continue;
    const p = positionAccuracy(data, r.hidden, r.step);
    const ci = wilsonInterval(r.exact_match_count, r.test_n);
    rows.push({
      hidden: r.hidden,
      step: r.step,
      measured: r.exact_match,
      lower: ci.lower,
      upper: ci.upper,
      product: p.reduce((s, v) => s * v, 1),
      boundLow: Math.max(0, 1 - p.reduce((s, v) => s + (1 - v), 0)),
      boundHigh: minOf(p),
    });
  }
  const out = (v: number, r: BoundCheck) => v < r.lower || v > r.upper;
  const mean = (f: (r: BoundCheck) => number) =>
    rows.length ? rows.reduce((s, r) => s + f(r), 0) / rows.length : NaN;
  const pos = (v: number, r: BoundCheck) =>
    r.boundHigh > r.boundLow ? (v - r.boundLow) / (r.boundHigh - r.boundLow) : 0.5;
  return {
    rows,
    summary: {
      checkpoints: data.checkpoints.length,
      informative: rows.length,
      productOutside: rows.filter((r) => out(r.product, r)).length,
      highOutside: rows.filter((r) => out(r.boundHigh, r)).length,
      lowOutside: rows.filter((r) => out(r.boundLow, r)).length,
      meanAbsProduct: mean((r) => Math.abs(r.measured - r.product)),
      meanBoundWidth: mean((r) => r.boundHigh - r.boundLow),
      meanPosition: mean((r) => pos(r.measured, r)),
      meanProductPosition: mean((r) => pos(r.product, r)),
    },
  };
}
