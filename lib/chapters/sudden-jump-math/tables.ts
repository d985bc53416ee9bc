/**
 * Table builders for "the mathematics of a sudden jump": where the exact-match elbow sits,
 * how steep it gets, and how the EM slope compares with the per-token slope.
 *
 * @module
 */
import { elbowLogCompute, transitionWidth } from "../../math/elbow.ts";
import {
  exactMatchSlope,
  maxExactMatchSlope,
  perTokenSlope,
  slopeCrossover,
  slopeRatio,
  steepestLogCompute,
} from "../../math/derivative.ts";
import { finite, positive, positiveInteger, probability } from "../../validate.ts";
import { rangeGrid } from "../../math/grid.ts";
import { exactMatch } from "../../math/exact_match.ts";
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import type { PlotPoint } from "../../figures/point.ts";

/** Elbow location and shape for one (k, s). */
export interface ElbowRow {
  /** chain length */
  k: number;
  /** steepness per decade */
  s: number;
  /** log10 compute where EM = target */
  elbow: number;
  /** shift of the elbow from x0, decades */
  shift: number;
  /** log10 compute of the steepest EM slope */
  steepestAt: number;
  /** the steepest EM slope, per decade */
  maxSlope: number;
  /** maxSlope divided by the k = 1 value s/4 */
  steepening: number;
  /** decades from EM = 0.1 to EM = 0.9 */
  width10to90: number;
}

/**
 * Elbow, steepest slope and transition width for every (k, s) pair.
 *
 * @param ks chain lengths
 * @param ss steepness values, each > 0
 * @param x0 per-token midpoint (log10 FLOPs)
 * @param target EM level defining the elbow, in (0, 1)
 * @returns one row per (s, k), s outer
 * @throws {RangeError} on a bad k, s, x0 or target (named by list index)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { elbowTable } from "./tables.ts";
 * const [r] = elbowTable([1], [1.5]);
 * assert.equal(r.elbow, 22);
 * assert.equal(r.steepening, 1);
 * ```
 */
export function elbowTable(
  ks: readonly number[] = [1, 4, 8, 20],
  ss: readonly number[] = [1.5],
  x0 = 22,
  target = 0.5,
): ElbowRow[] {
  finite("x0", x0);
  ks.forEach((k, i) => positiveInteger(`ks[${i}]`, k));
  ss.forEach((s, i) => positive(`ss[${i}]`, s));
  return ss.flatMap((s) =>
    ks.map((k) => {
      const elbow = elbowLogCompute(k, x0, s, target);
      const maxSlope = maxExactMatchSlope(k, s);
      return {
        k,
        s,
        elbow,
        shift: elbow - x0,
        steepestAt: steepestLogCompute(k, x0, s),
        maxSlope,
        steepening: maxSlope / (s / 4),
        width10to90: transitionWidth(k, s, 0.1, 0.9),
      };
    })
  );
}

/** Slope ratio at one per-token accuracy. */
export interface SlopeRatioRow {
  /** per-token accuracy */
  p: number;
  /** k·p\^(k−1) for each k, keyed `"k=K"` */
  [key: string]: number;
}

/**
 * The ratio of EM slope to per-token slope, k·p\^(k−1), on a grid of p for several k.
 *
 * @param ps per-token accuracies in [0, 1]
 * @param ks chain lengths
 * @returns one row per p
 * @throws {RangeError} on a bad p or k (named by index)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slopeRatioTable } from "./tables.ts";
 * assert.equal(slopeRatioTable([1], [20])[0]["k=20"], 20);
 * ```
 */
export function slopeRatioTable(
  ps: readonly number[] = [0.5, 0.75, 0.9, 0.95, 0.99, 0.999],
  ks: readonly number[] = [4, 8, 20],
): SlopeRatioRow[] {
  ks.forEach((k, i) => positiveInteger(`ks[${i}]`, k));
  return ps.map((p, i) => {
    probability(`ps[${i}]`, p);
    const row: SlopeRatioRow = { p };
    for (const k of ks) row[`k=${k}`] = slopeRatio(p, k);
    return row;
  });
}

/**
 * Per-token accuracy needed for the EM slope to reach a fraction f of k times the per-token
 * slope: k·p\^(k−1) ≥ f·k ⇔ p ≥ f\^(1/(k−1)). Answers "how close to 1 is 'near 1'?".
 *
 * @param k chain length ≥ 2
 * @param fraction f in (0, 1), e.g. 0.9 for "within 10 % of k×"
 * @returns the threshold p
 * @throws {RangeError} if k < 2 or not an integer, or f is outside (0, 1)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { nearOneThreshold } from "./tables.ts";
 * assert.ok(Math.abs(nearOneThreshold(2, 0.9) - 0.9) < 1e-15);
 * ```
 */
export function nearOneThreshold(k: number, fraction: number): number {
  positiveInteger("k", k);
  if (k < 2) throw new RangeError(`k must be an integer ≥ 2, got ${k}`);
  probability("fraction", fraction);
  if (fraction === 0 || fraction === 1) {
    throw new RangeError(`fraction must lie in (0, 1), got ${fraction}`);
  }
  return Math.exp(Math.log(fraction) / (k - 1));
}

/** Where the EM slope beats the per-token slope, and how close to 1 "near 1" is. */
export interface RatioRegimeRow {
  /** chain length */
  k: number;
  /** p where k·p\^(k−1) = 1 */
  crossover: number;
  /** p where the ratio reaches 0.9·k */
  within10pct: number;
  /** the ratio at the EM's steepest point p* = k/(k+1) */
  ratioAtSteepest: number;
  /** the ratio at the per-token midpoint p = ½ */
  ratioAtMidpoint: number;
}

/**
 * Regimes of the slope ratio for each k.
 *
 * @param ks chain lengths ≥ 2
 * @returns one row per k
 * @throws {RangeError} on k < 2
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ratioRegimes } from "./tables.ts";
 * const [r] = ratioRegimes([4]);
 * assert.ok(Math.abs(r.ratioAtMidpoint - 0.5) < 1e-15);
 * ```
 */
export function ratioRegimes(ks: readonly number[] = [2, 4, 8, 20]): RatioRegimeRow[] {
  return ks.map((k) => ({
    k,
    crossover: slopeCrossover(k),
    within10pct: nearOneThreshold(k, 0.9),
    ratioAtSteepest: slopeRatio(k / (k + 1), k),
    ratioAtMidpoint: slopeRatio(0.5, k),
  }));
}

/**
 * Dense EM slope curves for several k (named `"k = K"`) plus the per-token slope (named
 * `"per-token"`), over log-compute.
 *
 * @param ks chain lengths
 * @param x0 midpoint
 * @param s steepness
 * @param from first x
 * @param to last x
 * @param steps intervals
 * @returns points: x log10 compute, y the slope per decade
 * @throws {RangeError} on bad arguments
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slopeCurves } from "./tables.ts";
 * assert.equal(slopeCurves([4], 22, 1.5, 20, 26, 6).length, 14);
 * ```
 */
export function slopeCurves(
  ks: readonly number[] = [1, 4, 8, 20],
  x0 = 22,
  s = 1.5,
  from = 19,
  to = 27,
  steps = 320,
): PlotPoint[] {
  const out: PlotPoint[] = [];
  for (const x of rangeGrid(from, to, steps, "slopeCurves")) {
    out.push({ x, y: perTokenSlope(x, x0, s), series: "per-token" });
    for (const k of ks) {
      if (k === 1) continue;
      out.push({ x, y: exactMatchSlope(x, x0, s, k), series: `k = ${k}` });
    }
  }
  return out;
}

/**
 * Exact-match curves EM(x) = σ((x − x0)·s)\^k for several k over log-compute; k = 1 is the
 * per-token curve itself.
 *
 * @param ks chain lengths
 * @param x0 midpoint
 * @param s steepness, > 0
 * @param from first x
 * @param to last x
 * @param steps intervals
 * @returns points: x log10 compute, y exact match, series `"k = K"`
 * @throws {RangeError} on bad arguments
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exactMatchCurves } from "./tables.ts";
 * const pts = exactMatchCurves([1, 4], 22, 1.5, 21, 23, 2);
 * assert.equal(pts.find((q) => q.x === 22 && q.series === "k = 4")!.y, 0.0625);
 * ```
 */
export function exactMatchCurves(
  ks: readonly number[] = [1, 4, 8, 20],
  x0 = 22,
  s = 1.5,
  from = 19,
  to = 27,
  steps = 320,
): PlotPoint[] {
  const xs = rangeGrid(from, to, steps, "exactMatchCurves");
  finite("x0", x0);
  positive("s", s);
  ks.forEach((k, i) => positiveInteger(`ks[${i}]`, k));
  const out: PlotPoint[] = [];
  for (const k of ks) {
    for (const x of xs) {
      out.push({ x, y: exactMatch(perTokenAccuracy(x, x0, s), k), series: `k = ${k}` });
    }
  }
  return out;
}

/**
 * Slope-ratio curves k·p\^(k−1) against p for several k.
 *
 * @param ks chain lengths
 * @param steps intervals of the p grid
 * @returns points: x = p, y the ratio, series `"k = K"`
 * @throws {RangeError} on a bad k or steps
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slopeRatioCurves } from "./tables.ts";
 * const pts = slopeRatioCurves([4], 4);
 * assert.equal(pts.at(-1)!.y, 4);
 * ```
 */
export function slopeRatioCurves(ks: readonly number[] = [2, 4, 8, 20], steps = 200): PlotPoint[] {
  positiveInteger("steps", steps);
  ks.forEach((k, i) => positiveInteger(`ks[${i}]`, k));
  return ks.flatMap((k) =>
    Array.from({ length: steps + 1 }, (_, i) => {
      const p = i / steps;
      return { x: p, y: slopeRatio(p, k), series: `k = ${k}` };
    })
  );
}
