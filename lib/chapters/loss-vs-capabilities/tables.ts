/**
 * Loss-law tables for chapter 1: the Chinchilla frontier sampled over compute, and the loss
 * the law predicts for three published training runs.
 *
 * @module
 */
import { chinchillaLoss, computeOptimal } from "../../math/loss_law.ts";
import { rangeGrid } from "../../math/grid.ts";
import type { PlotPoint } from "../../figures/point.ts";

/** The series name of {@link lossFrontier}'s points, also the curve's label. */
export const FRONTIER_SERIES = "compute-optimal L(N, D)";

/**
 * Samples the compute-optimal loss L(N_opt(C), D_opt(C)) on an even grid of log10 C.
 *
 * @param from first log10 compute
 * @param to last log10 compute (> from)
 * @param steps intervals
 * @returns frontier points: x log10 compute, y the predicted loss (nats per token), series
 *   {@link FRONTIER_SERIES}
 * @throws {RangeError} on non-finite bounds, to ≤ from, or bad steps
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lossFrontier } from "./tables.ts";
 * const pts = lossFrontier(20, 25, 5);
 * assert.equal(pts.length, 6);
 * assert.ok(pts[5].y < pts[0].y);
 * ```
 */
export function lossFrontier(from = 18, to = 26, steps = 160): PlotPoint[] {
  return rangeGrid(from, to, steps, "lossFrontier").map((x) => ({
    x,
    y: computeOptimal(10 ** x).loss,
    series: FRONTIER_SERIES,
  }));
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
