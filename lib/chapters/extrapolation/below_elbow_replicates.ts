/**
 * Claim (b) of chapter 11 over many seeded replicates: one simulated ladder is one draw, so
 * the chapter repeats the below-the-elbow fit with the planning machinery of chapter 14
 * (`lib/sim/ladder_experiment.ts`).
 *
 * @module
 */
import { ladderStudy, type LadderStudyRow } from "../../sim/ladder_experiment.ts";

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
 * import { belowElbowReplicates } from "./below_elbow_replicates.ts";
 * const rows = belowElbowReplicates(5);
 * assert.equal(rows.length, 6);
 * ```
 */
export function belowElbowReplicates(replicates = 200, seed = 1000): LadderStudyRow[] {
  return ladderStudy({ x0: 22, s: 1.5, k: 8 }, [-1.5, -1, -0.5], 2000, replicates, seed);
}
