/**
 * Training compute in FLOPs: the usual estimate C = 6·N·D from parameters and tokens, and the
 * petaflop/s-day unit in which Brown et al. (2020, Table D.1) print GPT-3's compute.
 *
 * @module
 */
import { positive } from "../validate.ts";

/**
 * Training compute by the usual estimate C = 6·N·D (forward + backward pass ≈ 6 FLOPs per
 * parameter per token; attention FLOPs ignored).
 *
 * @param params N, parameters
 * @param tokens D, training tokens
 * @returns C in FLOPs
 * @throws {RangeError} if N or D is not a finite positive number
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { trainingCompute } from "./training_compute.ts";
 * assert.equal(trainingCompute(175e9, 300e9), 3.15e23);
 * ```
 */
export function trainingCompute(params: number, tokens: number): number {
  positive("params", params, "trainingCompute");
  positive("tokens", tokens, "trainingCompute");
  return 6 * params * tokens;
}

/** FLOPs in one petaflop/s-day: 1e15 FLOP/s × 86,400 s = 8.64e19 (Brown et al., Table D.1). */
export const PF_DAY_FLOPS = 8.64e19;

/**
 * Converts petaflop/s-days to FLOPs: C = PF-days · 8.64e19.
 *
 * @param pfDays compute in petaflop/s-days
 * @returns FLOPs
 * @throws {RangeError} if pfDays is not a finite positive number
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pfDaysToFlops } from "./training_compute.ts";
 * assert.ok(Math.abs(pfDaysToFlops(3640) / 3.14e23 - 1) < 0.002);
 * ```
 */
export function pfDaysToFlops(pfDays: number): number {
  positive("pfDays", pfDays, "pfDaysToFlops");
  return pfDays * PF_DAY_FLOPS;
}
