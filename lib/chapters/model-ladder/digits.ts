/**
 * The ladder digit by digit: how each answer digit's accuracy moves with width across the seed
 * study (`data/ladder-seed-positions.csv`), where each digit takes its step, and how many
 * digit-runs sit between chance and mastery. (Whether exact match behaves as if the digits
 * failed independently is tested in `lib/metrics/chain_checks.ts`.)
 *
 * @module
 */
import { openUnit } from "../../validate.ts";
import { maxOf, minOf } from "../../math/extent.ts";
import type { SeedPositionRow } from "../../data/ladder_runs.ts";
import type { CurvePoint } from "./curves.ts";

function widths(rows: readonly SeedPositionRow[]): number[] {
  return [...new Set(rows.map((r) => r.hidden))].sort((a, b) => a - b);
}

function positions(rows: readonly SeedPositionRow[]): number[] {
  return [...new Set(rows.map((r) => r.position))].sort((a, b) => a - b);
}

/** Accuracy of one digit across the seeds of one width. */
export interface DigitSpread {
  /** width */
  hidden: number;
  /** parameters */
  parameters: number;
  /** digit (0 = units) */
  position: number;
  /** accuracy per seed, in seed order */
  values: number[];
  /** mean over seeds */
  mean: number;
  /** smallest over seeds */
  min: number;
  /** largest over seeds */
  max: number;
}

/**
 * Each digit's final accuracy at each width, summarized over the seeds.
 *
 * @param rows seed-study digit rows
 * @returns width-major, digits ascending
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSeedPositions } from "../../data/ladder_runs.ts";
 * import { digitSpreads } from "./digits.ts";
 * const s = digitSpreads(loadSeedPositions());
 * assert.ok(s.every((d) => d.min <= d.mean && d.mean <= d.max));
 * ```
 */
export function digitSpreads(rows: readonly SeedPositionRow[]): DigitSpread[] {
  const out: DigitSpread[] = [];
  for (const h of widths(rows)) {
    for (const j of positions(rows)) {
      const mine = rows.filter((r) => r.hidden === h && r.position === j)
        .sort((a, b) => a.seed - b.seed);
      if (mine.length === 0) continue;
      const values = mine.map((r) => r.correct / r.test_n);
      out.push({
        hidden: h,
        parameters: mine[0].parameters,
        position: j,
        values,
        mean: values.reduce((s, v) => s + v, 0) / values.length,
        min: minOf(values),
        max: maxOf(values),
      });
    }
  }
  return out;
}

/**
 * Curves for the ladder figure: per digit, the mean final accuracy over seeds against
 * parameters, with the seeds' range as the interval.
 *
 * @param rows seed-study digit rows
 * @returns points labelled "digit j", x = parameters
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSeedPositions } from "../../data/ladder_runs.ts";
 * import { digitCurves } from "./digits.ts";
 * const c = digitCurves(loadSeedPositions());
 * assert.ok(c.some((p) => p.series === "digit 0"));
 * ```
 */
export function digitCurves(rows: readonly SeedPositionRow[]): CurvePoint[] {
  return digitSpreads(rows).map((d) => ({
    series: `digit ${d.position}`,
    x: d.parameters,
    y: d.mean,
    lower: d.min,
    upper: d.max,
  }));
}

/** Where one digit takes its step, per seed. */
export interface DigitStep {
  /** digit */
  position: number;
  /** per seed: the first width whose accuracy reaches the level (null: none does) */
  widths: { seed: number; hidden: number | null }[];
}

/**
 * For every digit and seed, the smallest width whose final accuracy reaches `level`.
 *
 * @param rows seed-study digit rows
 * @param level accuracy level in (0, 1)
 * @returns one entry per digit
 * @throws {RangeError} if level is not in (0, 1)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSeedPositions } from "../../data/ladder_runs.ts";
 * import { digitSteps } from "./digits.ts";
 * const s = digitSteps(loadSeedPositions(), 0.9);
 * assert.equal(s.length, 6);
 * ```
 */
export function digitSteps(rows: readonly SeedPositionRow[], level = 0.5): DigitStep[] {
  openUnit("level", level, "digitSteps");
  const seeds = [...new Set(rows.map((r) => r.seed))].sort((a, b) => a - b);
  return positions(rows).map((j) => ({
    position: j,
    widths: seeds.map((seed) => {
      const hit = widths(rows).find((h) =>
        rows.some((r) =>
          r.hidden === h && r.seed === seed && r.position === j && r.correct / r.test_n >= level
        )
      );
      return { seed, hidden: hit ?? null };
    }),
  }));
}

/**
 * The per-token accuracy of the seed study as a curve: at each width the mean over seeds of
 * each run's average digit accuracy, with the seeds' range as the interval.
 *
 * @param rows seed-study digit rows
 * @param series label of the curve
 * @returns one point per width, x = parameters
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSeedPositions } from "../../data/ladder_runs.ts";
 * import { averageCurve } from "./digits.ts";
 * const c = averageCurve(loadSeedPositions());
 * assert.ok(c.every((p) => p.lower! <= p.y && p.y <= p.upper!));
 * ```
 */
export function averageCurve(
  rows: readonly SeedPositionRow[],
  series = "mean of the digits",
): CurvePoint[] {
  return widths(rows).map((h) => {
    const mine = rows.filter((r) => r.hidden === h);
    const seeds = [...new Set(mine.map((r) => r.seed))].sort((a, b) => a - b);
    const perSeed = seeds.map((s) => {
      const rs = mine.filter((r) => r.seed === s);
      return rs.reduce((a, r) => a + r.correct / r.test_n, 0) / rs.length;
    });
    return {
      series,
      x: mine[0].parameters,
      y: perSeed.reduce((a, v) => a + v, 0) / perSeed.length,
      lower: minOf(perSeed),
      upper: maxOf(perSeed),
    };
  });
}

/** How many digit-runs sit near chance, in between, or near mastery. */
export interface DigitStates {
  /** digit-runs counted */
  total: number;
  /** accuracy below `lo` */
  low: number;
  /** accuracy in [lo, hi] */
  middle: number;
  /** accuracy above `hi` */
  high: number;
}

/**
 * Counts the final digit accuracies of the seed study by state: below `lo` (about chance for a
 * digit, 0.1), between, or above `hi`. A digit whose accuracy grew smoothly with width would
 * spend many widths in between; a digit that steps spends few.
 *
 * @param rows seed-study digit rows
 * @param hiddens widths to count (default all)
 * @param positions digits to count (default all)
 * @param lo lower threshold (default 0.2)
 * @param hi upper threshold (default 0.8)
 * @returns the counts
 * @throws {RangeError} unless 0 < lo < hi < 1
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSeedPositions } from "../../data/ladder_runs.ts";
 * import { digitStates } from "./digits.ts";
 * const s = digitStates(loadSeedPositions());
 * assert.equal(s.low + s.middle + s.high, s.total);
 * ```
 */
export function digitStates(
  rows: readonly SeedPositionRow[],
  hiddens?: readonly number[],
  positions?: readonly number[],
  lo = 0.2,
  hi = 0.8,
): DigitStates {
  if (!(lo > 0 && lo < hi && hi < 1)) {
    throw new RangeError(`digitStates: need 0 < lo < hi < 1, got lo=${lo}, hi=${hi}`);
  }
  const mine = rows.filter((r) =>
    (!hiddens || hiddens.includes(r.hidden)) && (!positions || positions.includes(r.position))
  );
  const acc = mine.map((r) => r.correct / r.test_n);
  return {
    total: acc.length,
    low: acc.filter((a) => a < lo).length,
    middle: acc.filter((a) => a >= lo && a <= hi).length,
    high: acc.filter((a) => a > hi).length,
  };
}
