/**
 * Can exact match measured below the elbow predict the elbow? A seeded simulated ladder with a
 * known chain model, fitted three ways on the rungs below the elbow, each prediction checked
 * against the true exact match at the elbow and at the top of the ladder. Chapter 11 tabulates
 * the rows; the appendix of checked claims quotes them.
 *
 * @module
 */
import { fitSigmoid, predictSigmoid } from "./sigmoid_fit.ts";
import { fitPowerLaw } from "./power_law.ts";
import { elbowLogCompute } from "../math/elbow.ts";
import { exactMatch } from "../math/exact_match.ts";
import { perTokenAccuracy } from "../math/sigmoid.ts";
import { simulateChain } from "../sim/chain_simulation.ts";

/** The three ways of extrapolating exact match from below the elbow. */
export type BelowElbowMethod = "em-power-law" | "em-chain-model" | "per-token-chain-model";

/** How each {@link BelowElbowMethod} reads in a table. */
export const BELOW_ELBOW_METHODS: Readonly<Record<BelowElbowMethod, string>> = {
  "em-power-law": "EM as a power law in compute (nonzero rungs, capped at 1)",
  "em-chain-model": "chain model σ(·)^k fitted to EM, k known",
  "per-token-chain-model": "per-token accuracy fitted, then p^k",
};

/** One prediction of exact match from rungs below the elbow. */
export interface BelowElbowPrediction {
  /** how exact match was extrapolated */
  method: BelowElbowMethod;
  /** how far below the elbow the fit window ends, in decades of compute */
  decadesBelow: number;
  /** the largest log10 compute in the fit window (elbow − decadesBelow) */
  windowEnd: number;
  /** rungs used by the fit */
  fitPoints: number;
  /** log10 compute where the prediction is checked */
  x: number;
  /** true if `x` is the elbow, false at the top of the ladder */
  atElbow: boolean;
  /** predicted exact match */
  predicted: number;
  /** true exact match p\^k */
  actual: number;
  /** predicted − actual */
  absError: number;
}

/**
 * The fit window of a prediction in words.
 *
 * @param r a prediction
 * @returns e.g. "x ≤ 22.60 (1 decade below the elbow)"
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { belowElbowWindow } from "./below_elbow.ts";
 * assert.equal(belowElbowWindow({ windowEnd: 22.1, decadesBelow: 1.5 }), "x ≤ 22.10 (1.5 decades below the elbow)");
 * ```
 */
export function belowElbowWindow(
  r: Pick<BelowElbowPrediction, "windowEnd" | "decadesBelow">,
): string {
  const plural = r.decadesBelow === 1 ? "" : "s";
  return `x ≤ ${r.windowEnd.toFixed(2)} (${r.decadesBelow} decade${plural} below the elbow)`;
}

/**
 * A ladder with per-token accuracy σ(1.5·(x − 22)) and k = 8 tokens, n = 2,000 questions per
 * rung, x = 19, 19.25, …, 25 (seeded). Fit windows end one and one and a half decades below the
 * EM = ½ elbow (x ≈ 23.6). Three ways to extrapolate:
 *
 * 1. EM as a power law in compute (ln EM linear in x) on the rungs with EM > 0, capped at 1
 *    (skipped when fewer than 3 rungs are nonzero);
 * 2. the chain model EM = σ((x − x0)s)\^k fitted to EM with k known;
 * 3. the same model fitted to per-token accuracy, then raised to the k-th power.
 *
 * Predictions are checked at the elbow and at the top of the ladder.
 *
 * @param seed PRNG seed
 * @returns one row per window × method × check point
 * @throws {Error} if a fit fails (the message says which)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { belowElbowPredictions } from "./below_elbow.ts";
 * const rows = belowElbowPredictions();
 * assert.ok(rows.length >= 8);
 * assert.equal(rows.filter((r) => r.atElbow).length, rows.length / 2);
 * ```
 */
export function belowElbowPredictions(seed = 7): BelowElbowPrediction[] {
  const k = 8, x0 = 22, s = 1.5, n = 2000;
  const xs = Array.from({ length: 25 }, (_, i) => 19 + i * 0.25);
  const sim = simulateChain({ xs, x0, s, k, n, seed, path: "exact" });
  const elbow = elbowLogCompute(k, x0, s);
  const checks = [elbow, 25];
  const truth = (x: number) => exactMatch(perTokenAccuracy(x, x0, s), k);
  const rows: BelowElbowPrediction[] = [];
  for (const decadesBelow of [1, 1.5]) {
    const windowEnd = elbow - decadesBelow;
    const win = sim.filter((r) => r.x <= windowEnd);
    const add = (method: BelowElbowMethod, fitPoints: number, predict: (x: number) => number) => {
      for (const x of checks) {
        const predicted = predict(x), actual = truth(x);
        rows.push({
          method,
          decadesBelow,
          windowEnd,
          fitPoints,
          x,
          atElbow: x === elbow,
          predicted,
          actual,
          absError: predicted - actual,
        });
      }
    };
    // 1. log-linear EM on nonzero rungs
    const nz = win.filter((r) => r.emSuccesses > 0);
    if (nz.length >= 3) {
      const f = fitPowerLaw(nz.map((r) => 10 ** r.x), nz.map((r) => r.exactMatch));
      add("em-power-law", nz.length, (x) => Math.min(1, f.a * (10 ** x) ** f.b));
    }
    // 2. chain model on EM with k known
    const fe = fitSigmoid(win.map((r) => r.x), win.map((r) => r.exactMatch), { k });
    add("em-chain-model", win.length, (x) => predictSigmoid(fe, x));
    // 3. per-token accuracy, then ^k
    const fp = fitSigmoid(win.map((r) => r.x), win.map((r) => r.tokenAccuracy));
    add("per-token-chain-model", win.length, (x) => predictSigmoid({ ...fp, k }, x));
  }
  return rows;
}
