/**
 * Can exact match measured below the elbow predict the elbow? The rungs of a ladder whose
 * chain model is known are fitted three ways on the rungs below the elbow, and each prediction
 * is checked against the true exact match at the elbow and at the top of the ladder. The module
 * fits what it is given: the ladder comes from `simulateChain` (`lib/sim/chain_simulation.ts`)
 * run on {@link belowElbowLadder}. Chapter 12 tabulates the rows; the appendix of checked claims
 * quotes them.
 *
 * @module
 */
import { fitSigmoid, predictSigmoid } from "./sigmoid_fit.ts";
import { fitPowerLaw } from "./power_law.ts";
import { elbowLogCompute } from "../math/elbow.ts";
import { exactMatch } from "../math/exact_match.ts";
import { perTokenAccuracy } from "../math/sigmoid.ts";
import { positiveInteger } from "../validate.ts";
import { rangeGrid } from "../math/grid.ts";

/** The three ways of extrapolating exact match from below the elbow. */
export type BelowElbowMethod = "em-power-law" | "em-chain-model" | "per-token-chain-model";

/** How each {@link BelowElbowMethod} reads in a table. */
export const BELOW_ELBOW_METHODS: Readonly<Record<BelowElbowMethod, string>> = {
  "em-power-law": "EM as a power law in compute (nonzero rungs, capped at 1)",
  "em-chain-model": "chain model σ(·)^k fitted to EM, k known",
  "per-token-chain-model": "per-token accuracy fitted, then p^k",
};

/** The true world of the ladder: per-token accuracy σ(s(x − x0)), answers of k tokens. */
export interface ChainWorld {
  /** log10 compute where per-token accuracy is ½ */
  x0: number;
  /** steepness per decade of compute */
  s: number;
  /** chain length */
  k: number;
}

/** The ladder's settings, in the shape `simulateChain` takes. */
export interface BelowElbowLadder extends ChainWorld {
  /** log10 compute of the rungs, increasing */
  xs: number[];
  /** questions per rung */
  n: number;
  /** PRNG seed */
  seed: number;
  /** exact binomial draws */
  path: "exact";
}

/** What a fit needs from one rung of a simulated ladder (a `ChainRow` has it). */
export interface LadderRung {
  /** log10 compute */
  x: number;
  /** share of answers exactly right */
  exactMatch: number;
  /** answers exactly right */
  emSuccesses: number;
  /** share of tokens right */
  tokenAccuracy: number;
}

/**
 * The ladder of the study: per-token accuracy σ(1.5·(x − 22)), k = 8 tokens, n = 2,000
 * questions per rung, x = 19, 19.25, …, 25, exact binomial draws.
 *
 * @param seed PRNG seed (default 7)
 * @returns a fresh settings object
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { belowElbowLadder } from "./below_elbow.ts";
 * const l = belowElbowLadder();
 * assert.deepEqual([l.xs.length, l.xs[0], l.xs.at(-1), l.k, l.n, l.seed], [25, 19, 25, 8, 2000, 7]);
 * ```
 */
export function belowElbowLadder(seed = 7): BelowElbowLadder {
  const xs = rangeGrid(19, 25, 24, "belowElbowLadder");
  return { xs, x0: 22, s: 1.5, k: 8, n: 2000, seed, path: "exact" };
}

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
 * Fit windows end one and one and a half decades below the EM = ½ elbow of `world` (x ≈ 23.6
 * for {@link belowElbowLadder}). Three ways to extrapolate:
 *
 * 1. EM as a power law in compute (ln EM linear in x) on the rungs with EM > 0, capped at 1
 *    (skipped when fewer than 3 rungs are nonzero);
 * 2. the chain model EM = σ((x − x0)s)\^k fitted to EM with k known;
 * 3. the same model fitted to per-token accuracy, then raised to the k-th power.
 *
 * Predictions are checked against the true σ(s(x − x0))\^k at the elbow and at the top rung.
 *
 * @param rungs the ladder's rungs, by increasing x (e.g. `simulateChain(belowElbowLadder())`)
 * @param world the true chain model the rungs were drawn from
 * @returns one row per window × method × check point
 * @throws {RangeError} if there are no rungs or k is not a positive integer
 * @throws {Error} if a fit fails (the message says which)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { belowElbowLadder, belowElbowPredictions } from "./below_elbow.ts";
 * import { simulateChain } from "../sim/chain_simulation.ts";
 * const ladder = belowElbowLadder();
 * const rows = belowElbowPredictions(simulateChain(ladder), ladder);
 * assert.ok(rows.length >= 8);
 * assert.equal(rows.filter((r) => r.atElbow).length, rows.length / 2);
 * ```
 */
export function belowElbowPredictions(
  rungs: readonly LadderRung[],
  world: ChainWorld,
): BelowElbowPrediction[] {
  if (!Array.isArray(rungs) || rungs.length === 0) {
    throw new RangeError("belowElbowPredictions: no rungs");
  }
  const { x0, s } = world;
  const k = positiveInteger("k", world.k, "belowElbowPredictions");
  const elbow = elbowLogCompute(k, x0, s);
  const checks = [elbow, rungs[rungs.length - 1].x];
  const truth = (x: number) => exactMatch(perTokenAccuracy(x, x0, s), k);
  const rows: BelowElbowPrediction[] = [];
  for (const decadesBelow of [1, 1.5]) {
    const windowEnd = elbow - decadesBelow;
    const win = rungs.filter((r) => r.x <= windowEnd);
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
