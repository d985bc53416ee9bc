/**
 * Loss-law tables for chapter 1: the Chinchilla frontier sampled over compute, and the loss
 * the law predicts for three published training runs.
 *
 * @module
 */
import { chinchillaLoss, computeOptimal } from "../../math/loss_law.ts";
import { rangeGrid } from "../../math/grid.ts";

/** One point of the compute-optimal frontier. */
export interface FrontierPoint {
  /** log10 training compute */
  x: number;
  /** predicted loss (nats per token) */
  loss: number;
  /** optimal parameters */
  n: number;
  /** optimal tokens */
  d: number;
}

/**
 * Samples the compute-optimal loss L(N_opt(C), D_opt(C)) on an even grid of log10 C.
 *
 * @param from first log10 compute
 * @param to last log10 compute (> from)
 * @param steps intervals
 * @returns frontier points
 * @throws {RangeError} on non-finite bounds, to ≤ from, or bad steps
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lossFrontier } from "./tables.ts";
 * const pts = lossFrontier(20, 25, 5);
 * assert.equal(pts.length, 6);
 * assert.ok(pts[5].loss < pts[0].loss);
 * ```
 */
export function lossFrontier(from = 18, to = 26, steps = 160): FrontierPoint[] {
  return rangeGrid(from, to, steps, "lossFrontier").map((x) => {
    const o = computeOptimal(10 ** x);
    return { x, loss: o.loss, n: o.n, d: o.d };
  });
}

/** A published training run and the loss the law predicts for it. */
export interface RunLoss {
  /** model name */
  model: string;
  /** parameters N */
  n: number;
  /** training tokens D */
  d: number;
  /** log10 of 6·N·D */
  x: number;
  /** loss the law predicts at (N, D), nats per token */
  loss: number;
  /** source of N and D */
  source: string;
}

/** Parameters and tokens of three runs, as listed in Hoffmann et al. 2022, Table 1. */
export const RUNS: readonly { model: string; n: number; d: number; source: string }[] = [
  { model: "GPT-3", n: 175e9, d: 300e9, source: "Hoffmann et al. 2022, Table 1" },
  { model: "Gopher", n: 280e9, d: 300e9, source: "Hoffmann et al. 2022, Table 1" },
  { model: "Chinchilla", n: 70e9, d: 1.4e12, source: "Hoffmann et al. 2022, Table 1" },
];

/**
 * The law's predicted loss for each run, with its compute C = 6·N·D.
 *
 * @returns one row per run
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runLosses } from "./tables.ts";
 * const [gpt3, gopher, chinchilla] = runLosses();
 * // similar compute (5.9e23 vs 5.0e23 FLOPs), lower loss: the point of Chinchilla
 * assert.ok(chinchilla.loss < gopher.loss && Math.abs(chinchilla.x - gopher.x) < 0.1);
 * assert.ok(gpt3.loss > gopher.loss);
 * ```
 */
export function runLosses(): RunLoss[] {
  return RUNS.map((r) => ({
    ...r,
    x: Math.log10(6 * r.n * r.d),
    loss: chinchillaLoss(r.n, r.d),
  }));
}
