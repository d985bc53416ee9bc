/**
 * Claim (b) of chapter 12, run: exact match from below the elbow, on one seeded simulated
 * ladder (`lib/fit/below_elbow.ts` fits it three ways) and over many seeded replicates with
 * the planning machinery of chapter 15 (`lib/sim/ladder_experiment.ts`).
 *
 * @module
 */
import {
  belowElbowLadder,
  type BelowElbowPrediction,
  belowElbowPredictions,
} from "../../fit/below_elbow.ts";
import { simulateChain } from "../../sim/chain_simulation.ts";
import { ladderStudy, type LadderStudyRow } from "../../sim/ladder_experiment.ts";

/**
 * One draw: the ladder of `belowElbowLadder` (σ(1.5·(x − 22)), k = 8, 2,000 questions per
 * rung, x = 19 … 25), simulated with `seed` and fitted from one and one and a half decades
 * below the elbow.
 *
 * @param seed PRNG seed (default 7)
 * @returns one row per window × method × check point
 * @throws {Error} if a fit fails
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { belowElbowStudy } from "./below_elbow_study.ts";
 * const rows = belowElbowStudy();
 * assert.equal(rows.filter((r) => r.atElbow && r.method === "per-token-chain-model").length, 2);
 * ```
 */
export function belowElbowStudy(seed = 7): BelowElbowPrediction[] {
  const ladder = belowElbowLadder(seed);
  return belowElbowPredictions(simulateChain(ladder), ladder);
}

/**
 * Three rungs one decade apart whose top rung sits 1.5, 1 or 0.5 decades below the true elbow
 * (world σ(1.5(x − 22)), k = 8, elbow 23.60), 2,000 questions per rung, each replicate fitted
 * once to exact match and once to per-token accuracy (same simulated evaluations). A replicate
 * "locates" the elbow if its fit converges off the bounds; the share within ±0.25 decade of
 * the truth is the verdict's number.
 *
 * @param replicates replicates per ladder (default 200)
 * @param seed base seed
 * @returns one row per ladder position × signal
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { belowElbowReplicates } from "./below_elbow_study.ts";
 * const rows = belowElbowReplicates(5);
 * assert.equal(rows.length, 6);
 * ```
 */
export function belowElbowReplicates(replicates = 200, seed = 1000): LadderStudyRow[] {
  return ladderStudy({ x0: 22, s: 1.5, k: 8 }, [-1.5, -1, -0.5], 2000, replicates, seed);
}
