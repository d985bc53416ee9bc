/**
 * Gotcha 1 (the headline metric hides learning) and gotcha 5 (saturation hides capability):
 * the same simulated ladder read two ways, exact match with its Wilson interval and the
 * answer-span negative log-likelihood (NLL).
 *
 * In the chain model every answer token is right with probability p(x) = σ((x − x0)·s), so
 * the answer-span NLL per token is −ln p(x) and per answer k·(−ln p(x)); exact match is
 * measured on n questions.
 *
 * @module
 */
import { finite } from "../validate.ts";
import { type ChainRow, simulateChain } from "./chain_simulation.ts";
import type { World } from "./ladder_experiment.ts";
import { maxOf, minOf } from "../math/extent.ts";

/** One rung read both ways. */
export interface TwoReadingsRow {
  /** log10 compute */
  x: number;
  /** true per-token accuracy */
  p: number;
  /** questions asked at this rung */
  n: number;
  /** exact matches out of n */
  emSuccesses: number;
  /** emSuccesses / n */
  exactMatch: number;
  /** lower end of the Wilson 95 % interval of exact match */
  emLower: number;
  /** upper end of the same interval; ≈ 3.84/(n + 3.84) when emSuccesses = 0 */
  emUpper: number;
  /** answer-span NLL per token, −ln p (nats) */
  nllPerToken: number;
  /** answer-span NLL per answer, −k·ln p (nats) */
  nllPerAnswer: number;
}

/**
 * Simulates a ladder and reads every rung as exact match (with Wilson interval) and as
 * answer-span NLL.
 *
 * @param world true x0, s, k
 * @param xs log10 compute of the rungs
 * @param n questions per rung
 * @param seed PRNG seed (xoshiro128**)
 * @returns one row per rung
 * @throws {RangeError} as `simulateChain`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { twoReadings } from "./two_readings.ts";
 * const rows = twoReadings({ x0: 22, s: 1.5, k: 8 }, [22], 100, 1);
 * assert.ok(Math.abs(rows[0].nllPerToken - Math.LN2) < 1e-12); // p = ½ at the midpoint
 * ```
 */
export function twoReadings(
  world: World,
  xs: readonly number[],
  n: number,
  seed: number,
): TwoReadingsRow[] {
  const rows: ChainRow[] = simulateChain({
    xs,
    x0: world.x0,
    s: world.s,
    k: world.k,
    n,
    seed,
    path: "exact",
  });
  return rows.map((r) => ({
    x: r.x,
    p: r.p,
    n: r.n,
    emSuccesses: r.emSuccesses,
    exactMatch: r.exactMatch,
    emLower: r.emInterval.lower,
    emUpper: r.emInterval.upper,
    nllPerToken: -r.tokenLogLikelihood,
    nllPerAnswer: -world.k * r.tokenLogLikelihood,
  }));
}

/** What the two readings say across a ladder. */
export interface ReadingsSummary {
  /** rungs whose exact match read 0/n */
  zeroRungs: number;
  /** largest Wilson upper bound of exact match over the ladder */
  emUpperMax: number;
  /** smallest and largest measured exact match */
  emRange: [number, number];
  /** true when every pair of rungs has overlapping exact-match intervals */
  emIndistinguishable: boolean;
  /** NLL per token at the first and last rung */
  nllFirst: number;
  /** NLL per token at the last rung */
  nllLast: number;
  /** nllFirst / nllLast: how many times the NLL fell */
  nllFoldDrop: number;
}

/**
 * Summarises a ladder read both ways: does exact match separate the rungs at all, and how
 * far did the NLL move?
 *
 * @param rows output of {@link twoReadings} (at least 2 rows)
 * @returns the summary
 * @throws {RangeError} with fewer than 2 rows or a non-finite NLL
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { summariseReadings, twoReadings } from "./two_readings.ts";
 * const s = summariseReadings(twoReadings({ x0: 22, s: 1.5, k: 8 }, [18, 21], 200, 1));
 * assert.ok(s.zeroRungs === 2 && s.nllFoldDrop > 3);
 * ```
 */
export function summariseReadings(rows: readonly TwoReadingsRow[]): ReadingsSummary {
  if (rows.length < 2) {
    throw new RangeError(`summariseReadings: need at least 2 rows, got ${rows.length}`);
  }
  rows.forEach((r, i) => finite(`rows[${i}].nllPerToken`, r.nllPerToken, "summariseReadings"));
  let indistinguishable = true;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      if (rows[i].emUpper < rows[j].emLower || rows[j].emUpper < rows[i].emLower) {
        indistinguishable = false;
      }
    }
  }
  const ems = rows.map((r) => r.exactMatch);
  const first = rows[0].nllPerToken;
  const last = rows[rows.length - 1].nllPerToken;
  return {
    zeroRungs: rows.filter((r) => r.emSuccesses === 0).length,
    emUpperMax: maxOf(rows.map((r) => r.emUpper)),
    emRange: [minOf(ems), maxOf(ems)],
    emIndistinguishable: indistinguishable,
    nllFirst: first,
    nllLast: last,
    nllFoldDrop: first / last,
  };
}
