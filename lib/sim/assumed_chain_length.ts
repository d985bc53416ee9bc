/**
 * Gotcha 2: extrapolating from one ladder.
 *
 * Three rungs low on the exact-match curve are fitted equally well by sigmoids that assume
 * different chain lengths k; the data cannot tell them apart (each fit's residual is far below
 * the binomial noise of the measurements), yet they predict the elbow at different places.
 * The ladder pins down the curve where it was measured, not where it is going.
 *
 * @module
 */
import { finite, positiveInteger } from "../validate.ts";
import { elbowLogCompute } from "../math/elbow.ts";
import { rangeGrid } from "../math/grid.ts";
import { fitSigmoid, predictSigmoid } from "../fit/sigmoid_fit.ts";
import { simulateChain } from "./chain_simulation.ts";
import type { World } from "./ladder_experiment.ts";

/** One fit of the ladder under an assumed chain length. */
export interface AssumedKFit {
  /** assumed chain length */
  k: number;
  /** fitted per-token midpoint */
  x0: number;
  /** fitted steepness */
  s: number;
  /** residual sum of squares on the ladder */
  rss: number;
  /** predicted elbow (EM = ½), log10 compute */
  elbow: number;
  /** predicted exact match at the target compute */
  atTarget: number;
}

/** A measured ladder. */
export interface MeasuredLadder {
  /** log10 compute of the rungs */
  xs: number[];
  /** questions per rung */
  n: number;
  /** exact matches per rung */
  successes: number[];
}

/**
 * Measures a ladder from the true world (seeded, exact binomial path).
 *
 * @param world the true x0, s, k
 * @param xs rungs, log10 compute
 * @param n questions per rung
 * @param seed PRNG seed
 * @returns the measured ladder
 * @throws {RangeError} as `simulateChain`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { measureLadder } from "./assumed_chain_length.ts";
 * const m = measureLadder({ x0: 22, s: 1.5, k: 8 }, [21.5, 22, 22.5], 1000, 3);
 * assert.deepEqual(m.successes, [0, 3, 36]);
 * ```
 */
export function measureLadder(
  world: World,
  xs: number[],
  n: number,
  seed: number,
): MeasuredLadder {
  const rows = simulateChain({ xs, x0: world.x0, s: world.s, k: world.k, n, seed, path: "exact" });
  return { xs: [...xs], n, successes: rows.map((r) => r.emSuccesses) };
}

/**
 * Fits the measured exact match under each assumed chain length and reports the fit quality
 * and where each fit puts the elbow.
 *
 * @param ladder the measured ladder
 * @param ks assumed chain lengths
 * @param target log10 compute at which to report the predicted exact match
 * @returns one fit per k (a k whose fit fails is left out)
 * @throws {RangeError} on a malformed ladder, a bad k or target
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { assumedKFits, measureLadder } from "./assumed_chain_length.ts";
 * const m = measureLadder({ x0: 22, s: 1.5, k: 8 }, [21.5, 22, 22.5], 1000, 3);
 * const fits = assumedKFits(m, [1, 32], 23.6);
 * assert.ok(fits[0].atTarget - fits[1].atTarget > 0.4); // same data, very different forecasts
 * ```
 */
export function assumedKFits(ladder: MeasuredLadder, ks: number[], target: number): AssumedKFit[] {
  const where = "assumedKFits";
  if (!Array.isArray(ladder?.xs) || !Array.isArray(ladder.successes)) {
    throw new RangeError(`${where}: ladder must have xs and successes arrays`);
  }
  if (ladder.xs.length !== ladder.successes.length) {
    throw new RangeError(
      `${where}: ${ladder.xs.length} rungs but ${ladder.successes.length} counts`,
    );
  }
  positiveInteger("n", ladder.n, where);
  ladder.xs.forEach((x, i) => finite(`xs[${i}]`, x, where));
  ladder.successes.forEach((c, i) => {
    if (!Number.isInteger(c) || c < 0 || c > ladder.n) {
      throw new RangeError(
        `${where}: successes[${i}] must be an integer in [0, ${ladder.n}], got ${c}`,
      );
    }
  });
  finite("target", target, where);
  const ems = ladder.successes.map((c) => c / ladder.n);
  const out: AssumedKFit[] = [];
  for (const k of ks) {
    positiveInteger("k", k, where);
    try {
      const fit = fitSigmoid(ladder.xs, ems, { k, x0Bounds: [15, 35], sBounds: [0.05, 20] });
      out.push({
        k,
        x0: fit.x0,
        s: fit.s,
        rss: fit.rss,
        elbow: elbowLogCompute(k, fit.x0, fit.s),
        atTarget: predictSigmoid(fit, target),
      });
    } catch (e) {
      if (e instanceof RangeError) throw e;
    }
  }
  return out;
}

/**
 * The binomial noise level of a measured ladder: Σ p̂(1 − p̂)/n over rungs, using
 * p̂ = max(successes, 1)/n so that a 0/n rung still counts its resolution. A fit whose RSS is
 * below this is as good as the data allow.
 *
 * @param ladder the measured ladder
 * @returns the expected RSS of a perfect model
 * @throws {RangeError} on a malformed ladder
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { noiseLevel } from "./assumed_chain_length.ts";
 * assert.ok(Math.abs(noiseLevel({ xs: [1], n: 100, successes: [50] }) - 0.0025) < 1e-15);
 * ```
 */
export function noiseLevel(ladder: MeasuredLadder): number {
  positiveInteger("n", ladder?.n, "noiseLevel");
  if (!Array.isArray(ladder.successes) || ladder.successes.length === 0) {
    throw new RangeError("noiseLevel: successes must be a non-empty array");
  }
  return ladder.successes.reduce((a, c) => {
    const p = Math.max(c, 1) / ladder.n;
    return a + (p * (1 - p)) / ladder.n;
  }, 0);
}

/** A point of a fitted exact-match curve. */
export interface FitCurvePoint {
  /** label of the curve, e.g. `"k = 8"` */
  label: string;
  /** log10 compute */
  x: number;
  /** exact match */
  em: number;
}

/**
 * Samples each fitted curve σ((x − x0)·s)\^k on an even grid, for charts.
 *
 * @param fits output of {@link assumedKFits}
 * @param from first log10 compute
 * @param to last log10 compute (> from)
 * @param steps intervals (positive integer)
 * @returns points labelled `"k = …"`
 * @throws {RangeError} on an empty range or bad steps
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitCurves } from "./assumed_chain_length.ts";
 * const pts = fitCurves([{ k: 2, x0: 22, s: 1, rss: 0, elbow: 0, atTarget: 0 }], 21, 23, 2);
 * const want = [1 / (1 + Math.E) ** 2, 0.25, 1 / (1 + 1 / Math.E) ** 2]; // σ(−1)², σ(0)², σ(1)²
 * assert.ok(pts.every((p, i) => Math.abs(p.em - want[i]) < 1e-15));
 * ```
 */
export function fitCurves(
  fits: readonly AssumedKFit[],
  from: number,
  to: number,
  steps = 120,
): FitCurvePoint[] {
  const xs = rangeGrid(from, to, steps, "fitCurves");
  const out: FitCurvePoint[] = [];
  for (const f of fits) {
    for (const x of xs) {
      out.push({ label: `k = ${f.k}`, x, em: predictSigmoid(f, x) });
    }
  }
  return out;
}
