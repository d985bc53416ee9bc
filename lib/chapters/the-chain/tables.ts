/**
 * Table builders for the chain chapter: exact match p\^k over a grid of per-token accuracies
 * and chain lengths, as plain rows the notebook shows and the tests check.
 *
 * @module
 */
import { exactMatch } from "../../math/exact_match.ts";
import { positiveInteger, probability } from "../../validate.ts";
import type { PlotPoint } from "../../figures/point.ts";

/** The per-token accuracies of chapter 2's table. */
export const CHAIN_PS: readonly number[] = [0.5, 0.75, 0.9, 0.95, 0.99];
/** The chain lengths of chapter 2's table. */
export const CHAIN_KS: readonly number[] = [2, 8, 20];

/** One row: the per-token accuracy and p\^k for each k, keyed `"k=2"`, `"k=8"`, … */
export type PowerRow = { p: number } & Record<string, number>;

/**
 * Builds the p\^k table: one row per p, one column `k=K` per chain length.
 *
 * @param ps per-token accuracies, each in [0, 1]
 * @param ks chain lengths, each a positive integer
 * @returns rows `{ p, "k=2": p², … }`
 * @throws {RangeError} on an empty list, a p outside [0, 1] or a bad k (message names the
 *   list index)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { powerTable } from "./tables.ts";
 * const [row] = powerTable([0.5], [2, 8]);
 * assert.equal(row["k=2"], 0.25);
 * assert.equal(row["k=8"], 0.00390625);
 * ```
 */
export function powerTable(
  ps: readonly number[] = CHAIN_PS,
  ks: readonly number[] = CHAIN_KS,
): PowerRow[] {
  if (ps.length === 0) throw new RangeError("ps must not be empty");
  if (ks.length === 0) throw new RangeError("ks must not be empty");
  ks.forEach((k, i) => positiveInteger(`ks[${i}]`, k));
  return ps.map((p, i) => {
    probability(`ps[${i}]`, p);
    const row: PowerRow = { p } as PowerRow;
    for (const k of ks) row[`k=${k}`] = exactMatch(p, k);
    return row;
  });
}

/**
 * Samples p\^k on an even grid of p in [0, 1] for each k (for the chart).
 *
 * @param ks chain lengths
 * @param steps number of intervals of the p grid (≥ 1)
 * @returns points x = p, y = p\^k, series `"k = K"`, grouped by k in the order given
 * @throws {RangeError} on a bad k or steps
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { powerCurves } from "./tables.ts";
 * const pts = powerCurves([1, 4], 10);
 * assert.equal(pts.length, 22);
 * assert.equal(pts[21].y, 1);
 * assert.equal(pts[21].series, "k = 4");
 * ```
 */
export function powerCurves(
  ks: readonly number[] = [1, 2, 4, 8, 20],
  steps = 200,
): PlotPoint[] {
  positiveInteger("steps", steps);
  ks.forEach((k, i) => positiveInteger(`ks[${i}]`, k));
  const out: PlotPoint[] = [];
  for (const k of ks) {
    for (let i = 0; i <= steps; i++) {
      const p = i / steps;
      out.push({ x: p, y: exactMatch(p, k), series: `k = ${k}` });
    }
  }
  return out;
}
