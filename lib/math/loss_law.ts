/**
 * The Chinchilla parametric loss law of Hoffmann et al. (2022, Section 3.3, Eq. 2, Approach 3):
 *
 *   L(N, D) = E + A / N\^α + B / D\^β,
 *
 * with N parameters and D training tokens, and its compute-optimal frontier under the usual
 * budget C = 6·N·D FLOPs: N_opt = G·(C/6)\^(β/(α+β)), D_opt = (C/6)/N_opt,
 * G = (α·A / (β·B))\^(1/(α+β)).
 *
 * @module
 */
import { positive } from "../validate.ts";

/** Constants of the parametric loss law. */
export interface LossLaw {
  /** irreducible loss (nats per token) */
  E: number;
  /** parameter-term coefficient */
  A: number;
  /** data-term coefficient */
  B: number;
  /** parameter exponent */
  alpha: number;
  /** data exponent */
  beta: number;
  /** where the constants come from */
  source: string;
}

/**
 * The published fit: E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28 (rounded as printed
 * in the paper; Besiroglu et al. 2024 note the unrounded TeX values differ slightly).
 */
export const HOFFMANN_2022: Readonly<LossLaw> = Object.freeze({
  E: 1.69,
  A: 406.4,
  B: 410.7,
  alpha: 0.34,
  beta: 0.28,
  source: "Hoffmann et al. 2022, Section 3.3, Equation (2) / Approach 3 fit (arXiv:2203.15556)",
});

/**
 * The replication by Besiroglu et al. (2024, arXiv:2404.10102): the same parametric form
 * refitted to data reconstructed from Hoffmann et al.'s Figure 4, E = 1.8172, A = 482.01,
 * B = 2085.43, α = 0.3478, β = 0.3658. Its compute-optimal ratio D/N is about 20 tokens per
 * parameter at 10²² FLOPs and drifts only slowly with C (β/(α+β) ≈ 0.51), in line with
 * Hoffmann et al.'s Approaches 1 and 2.
 */
export const BESIROGLU_2024: Readonly<LossLaw> = Object.freeze({
  E: 1.8172,
  A: 482.01,
  B: 2085.43,
  alpha: 0.3478,
  beta: 0.3658,
  source: "Besiroglu et al. 2024, replication of Hoffmann et al.'s Approach 3 (arXiv:2404.10102)",
});

function checkLaw(law: LossLaw): void {
  positive("law.E", law.E);
  positive("law.A", law.A);
  positive("law.B", law.B);
  positive("law.alpha", law.alpha);
  positive("law.beta", law.beta);
}

/**
 * Validation loss predicted by the parametric law, L(N, D) = E + A/N\^α + B/D\^β.
 *
 * @param n parameters N, > 0
 * @param d training tokens D, > 0
 * @param law constants (default {@link HOFFMANN_2022})
 * @returns loss in nats per token
 * @throws {RangeError} if N, D or a constant is not a finite positive number
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chinchillaLoss } from "./loss_law.ts";
 * // Chinchilla itself: 70B parameters, 1.4T tokens → 1.9366 nats/token
 * assert.ok(Math.abs(chinchillaLoss(70e9, 1.4e12) - 1.93665) < 1e-5);
 * ```
 */
export function chinchillaLoss(n: number, d: number, law: LossLaw = HOFFMANN_2022): number {
  positive("N", n);
  positive("D", d);
  checkLaw(law);
  return law.E + law.A / n ** law.alpha + law.B / d ** law.beta;
}

/** A point on the compute-optimal frontier. */
export interface OptimalPoint {
  /** training compute C in FLOPs */
  compute: number;
  /** optimal parameters */
  n: number;
  /** optimal tokens */
  d: number;
  /** loss at (n, d) */
  loss: number;
}

/**
 * Compute-optimal allocation under C = 6·N·D: minimises L(N, C/(6N)) in closed form,
 * N_opt = G·(C/6)\^(β/(α+β)) with G = (αA/(βB))\^(1/(α+β)).
 *
 * @param compute training FLOPs C, > 0
 * @param law constants (default {@link HOFFMANN_2022})
 * @returns compute, N_opt, D_opt and the loss there
 * @throws {RangeError} if C or a constant is not a finite positive number
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chinchillaLoss, computeOptimal } from "./loss_law.ts";
 * const o = computeOptimal(1e22);
 * assert.ok(Math.abs(6 * o.n * o.d / 1e22 - 1) < 1e-12);
 * assert.ok(o.loss < chinchillaLoss(o.n * 1.1, 1e22 / 6 / (o.n * 1.1)));
 * ```
 */
export function computeOptimal(compute: number, law: LossLaw = HOFFMANN_2022): OptimalPoint {
  positive("compute", compute);
  checkLaw(law);
  const { A, B, alpha, beta } = law;
  const g = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
  const n = g * (compute / 6) ** (beta / (alpha + beta));
  const d = compute / 6 / n;
  return { compute, n, d, loss: chinchillaLoss(n, d, law) };
}

/**
 * Compute-optimal tokens per parameter, D_opt / N_opt, at a budget C. With the printed
 * Hoffmann et al. constants it drifts with C (β/(α+β) = 0.45 ≠ ½): about 40 at 10²⁰, 63 at
 * 10²² and 153 at 10²⁶ FLOPs; with {@link BESIROGLU_2024} it is 23, 20 and 16.
 *
 * @param compute training FLOPs C, > 0
 * @param law constants (default {@link HOFFMANN_2022})
 * @returns D_opt / N_opt
 * @throws {RangeError} as {@link computeOptimal}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { BESIROGLU_2024, tokensPerParameter } from "./loss_law.ts";
 * assert.equal(Math.round(tokensPerParameter(1e22)), 63);
 * assert.equal(Math.round(tokensPerParameter(1e22, BESIROGLU_2024)), 20);
 * ```
 */
export function tokensPerParameter(compute: number, law: LossLaw = HOFFMANN_2022): number {
  const o = computeOptimal(compute, law);
  return o.d / o.n;
}
