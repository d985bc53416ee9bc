/**
 * Claim (c) of chapter 12: where exact match crosses ½ moves with the chain length k. The
 * elbow from the formula beside the crossing read off a simulated ladder, and the curves for
 * the elbow figure.
 *
 * @module
 */
import { elbowLogCompute } from "../../math/elbow.ts";
import { exactMatch } from "../../math/exact_match.ts";
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import { simulateChain } from "../../sim/chain_simulation.ts";
import { positiveInteger } from "../../validate.ts";
import { rangeGrid } from "../../math/grid.ts";

/** The elbow of one chain length, analytic and simulated. */
export interface ElbowShiftRow {
  /** chain length */
  k: number;
  /** analytic elbow x0 + logit(½\^(1/k))/s */
  elbow: number;
  /** elbow read off a simulated ladder (first crossing of EM = ½, linear interpolation) */
  measured: number;
  /** analytic shift from the previous row, in decades (null for the first row) */
  shift: number | null;
}

/**
 * Where exact match crosses ½ for k = 1, 2, 4, 8, 16, 32 tokens, analytically and measured on
 * a simulated ladder (x step 0.05, n = 2,000, seeded), for per-token accuracy σ(1.5·(x − 22)).
 *
 * @param ks chain lengths
 * @param seed PRNG seed
 * @returns one row per k
 * @throws {RangeError} for a bad k
 * @throws {Error} if exact match never reaches ½ on the simulated ladder
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { elbowShifts } from "./elbow_shift.ts";
 * const rows = elbowShifts([1, 4]);
 * assert.ok(Math.abs(rows[0].elbow - 22) < 1e-12 && rows[1].elbow > rows[0].elbow);
 * ```
 */
export function elbowShifts(ks: number[] = [1, 2, 4, 8, 16, 32], seed = 3): ElbowShiftRow[] {
  const x0 = 22, s = 1.5;
  const xs = rangeGrid(20, 30, 200, "elbowShifts");
  let prev: number | null = null;
  return ks.map((k, j) => {
    positiveInteger("k", k, "elbowShifts");
    const elbow = elbowLogCompute(k, x0, s);
    const sim = simulateChain({ xs, x0, s, k, n: 2000, seed: seed + j, path: "exact" });
    let measured = NaN;
    for (let i = 1; i < sim.length; i++) {
      const a = sim[i - 1], b = sim[i];
      if (a.exactMatch < 0.5 && b.exactMatch >= 0.5) {
        measured = a.x + (0.5 - a.exactMatch) * (b.x - a.x) / (b.exactMatch - a.exactMatch);
        break;
      }
    }
    if (Number.isNaN(measured)) throw new Error(`elbowShifts: EM never reached ½ for k = ${k}`);
    const shift = prev === null ? null : elbow - prev;
    prev = elbow;
    return { k, elbow, measured, shift };
  });
}

/**
 * Exact-match curves σ(s(x − x0))\^k on a grid, for the elbow figure.
 *
 * @param ks chain lengths
 * @param x0 per-token midpoint
 * @param s steepness
 * @returns points for every k
 * @throws {RangeError} for a bad k
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { elbowCurves } from "./elbow_shift.ts";
 * assert.equal(elbowCurves([1, 2]).length, 2 * 121);
 * ```
 */
export function elbowCurves(
  ks: number[],
  x0 = 22,
  s = 1.5,
): { x: number; em: number; k: number }[] {
  const xs = rangeGrid(20, 26, 120, "elbowCurves");
  return ks.flatMap((k) => {
    positiveInteger("k", k, "elbowCurves");
    return xs.map((x) => ({ x, em: exactMatch(perTokenAccuracy(x, x0, s), k), k }));
  });
}
