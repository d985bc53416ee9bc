/**
 * Chapter 8's published data made ready for its figures: Pythia rows on the compute axis
 * 6·N·D with the Wilson interval of each accuracy, and Wei et al.'s emergence scales as short
 * labels on log10 FLOPs.
 *
 * @module
 */
import type { PythiaRow } from "../../data/pythia.ts";
import type { WeiRow } from "../../data/wei.ts";
import { trainingCompute } from "../../math/training_compute.ts";
import { wilsonInterval } from "../../stats/wilson.ts";

/** A Pythia row prepared for plotting: compute, accuracy with Wilson interval, perplexity. */
export interface PythiaPlotPoint {
  /** model name */
  model: string;
  /** log10 of 6·N·D */
  logCompute: number;
  /** accuracy */
  acc: number;
  /** lower end of the Wilson 95 % interval of round(acc·n)/n */
  accLower: number;
  /** upper end of the Wilson 95 % interval of round(acc·n)/n */
  accUpper: number;
  /** perplexity */
  ppl: number;
  /** correct answers round(acc·n) */
  successes: number;
  /** test set size */
  n: number;
}

/**
 * Pythia rows with compute 6·N·D and the Wilson interval of each accuracy.
 *
 * @param rows rows of a Pythia file
 * @returns plot points in file order
 * @throws {RangeError} on bad counts
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPythia } from "../../data/pythia.ts";
 * import { pythiaPoints } from "./points.ts";
 * const p = pythiaPoints(loadPythia())[0];
 * assert.equal(p.successes, 951);
 * assert.ok(p.accLower < p.acc && p.acc < p.accUpper);
 * ```
 */
export function pythiaPoints(rows: PythiaRow[]): PythiaPlotPoint[] {
  return rows.map((r) => {
    const successes = Math.round(r.acc * r.n);
    const ci = wilsonInterval(successes, r.n);
    return {
      model: r.model.replace(/^pythia-/, ""),
      logCompute: Math.log10(trainingCompute(r.params, r.tokens)),
      acc: r.acc,
      accLower: ci.lower,
      accUpper: ci.upper,
      ppl: r.ppl,
      successes,
      n: r.n,
    };
  });
}

/**
 * Wei et al. rows prepared for the emergence-scale figure: short label, log10 FLOPs, kind and
 * "model size" text.
 *
 * @param rows rows of `data/wei2022-emergence.csv`
 * @returns one point per ability
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadWeiEmergence } from "../../data/wei.ts";
 * import { weiPoints } from "./points.ts";
 * const p = weiPoints(loadWeiEmergence())[0];
 * assert.equal(p.model, "GPT-3 13B");
 * assert.ok(Math.abs(p.logFlops - Math.log10(2.3e22)) < 1e-12);
 * ```
 */
export function weiPoints(
  rows: WeiRow[],
): { label: string; logFlops: number; kind: string; model: string }[] {
  const size = (p: number) =>
    p >= 1e9 ? `${+(p / 1e9).toPrecision(3)}B` : `${+(p / 1e6).toPrecision(3)}M`;
  return rows.map((r) => ({
    label: r.ability,
    logFlops: Math.log10(r.train_flops),
    kind: r.kind,
    model: `${r.model} ${size(r.params)}`,
  }));
}
