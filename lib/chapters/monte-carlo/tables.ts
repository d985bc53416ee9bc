/**
 * Table rows for the simulator chapters: every measured accuracy written with its Wilson
 * interval, and 0 of n written as "0/n (95 % upper bound u)" (via `formatAccuracy`).
 *
 * @module
 */
import { formatAccuracy } from "../../stats/wilson.ts";
import type { ChainRow } from "../../sim/chain_simulation.ts";

/**
 * One display row per scale: compute, true p, measured per-token accuracy and exact match
 * (each "estimate [95 % Wilson interval]"), the true p\^k and the token log-likelihood ln p.
 *
 * @param rows output of `simulateChain`
 * @returns rows of strings and numbers for `showTable`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateChain } from "../../sim/chain_simulation.ts";
 * import { chainTable } from "./tables.ts";
 * const t = chainTable(simulateChain({ xs: [19], x0: 22, s: 1.5, k: 8, n: 100, seed: 1 }));
 * assert.ok(String(t[0]["exact match [95% CI]"]).startsWith("0/100 (95 % upper bound"));
 * ```
 */
export function chainTable(
  rows: readonly ChainRow[],
): Record<string, string | number>[] {
  return rows.map((r) => ({
    "compute (FLOPs)": `1e${r.x}`,
    "true p": r.p,
    "per-token accuracy [95% CI]": formatAccuracy(r.tokenCorrect, r.tokenTrials),
    "exact match [95% CI]": formatAccuracy(r.emSuccesses, r.n),
    [`true p^${r.k}`]: r.expectedExactMatch,
    "token log-lik ln p": r.tokenLogLikelihood,
  }));
}

/**
 * Number of leading scales (from the smallest) whose exact match was measured as 0.
 *
 * @param rows output of `simulateChain`
 * @returns how many rows in a row, from the first, have 0 exact matches
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateChain } from "../../sim/chain_simulation.ts";
 * import { leadingZeroRows } from "./tables.ts";
 * const rows = simulateChain({ xs: [19, 20, 25], x0: 22, s: 1.5, k: 8, n: 100, seed: 1 });
 * assert.equal(leadingZeroRows(rows), 2);
 * ```
 */
export function leadingZeroRows(rows: readonly ChainRow[]): number {
  let i = 0;
  while (i < rows.length && rows[i].emSuccesses === 0) i++;
  return i;
}

/**
 * Probability that a ladder's exact match reads 0 on n questions at a scale whose true exact
 * match is q: (1 − q)\^n.
 *
 * @param q true exact match in [0, 1]
 * @param n questions
 * @returns P(0 successes)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { probabilityOfZero } from "./tables.ts";
 * assert.ok(Math.abs(probabilityOfZero(0.01, 100) - 0.99 ** 100) < 1e-12);
 * ```
 */
export function probabilityOfZero(q: number, n: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`q must lie in [0, 1], got ${q}`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  return Math.exp(n * Math.log1p(-q));
}
