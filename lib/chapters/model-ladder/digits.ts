/**
 * The ladder digit by digit: how each answer digit's accuracy moves with width across the seed
 * study (`data/ladder-seed-positions.csv`), where each digit takes its step, and whether exact
 * match behaves as if the digits failed independently, tested against the bounds that need no
 * independence assumption.
 *
 * @module
 */
import { type CsvRow, loadCsvSync } from "../../data/csv.ts";
import { openUnit } from "../../validate.ts";
import { wilsonInterval } from "../../stats/wilson.ts";
import { GENERATOR_VERSION } from "../../training/ladder_generator.ts";
import { type CurvePoint, type LadderData, positionAccuracy } from "./analysis.ts";
import { maxOf, minOf } from "../../math/extent.ts";

/** Schema of `ladder-seed-positions.csv`. */
export const SEED_POSITION_SCHEMA = {
  columns: {
    generator_version: "integer",
    seed: "integer",
    digits: "integer",
    hidden: "integer",
    parameters: "integer",
    steps: "integer",
    position: "integer",
    test_n: "integer",
    correct: "integer",
    source: "string",
  },
  key: ["hidden", "seed", "position"],
} as const;

/** One answer digit of one width and seed at the final step. */
export type SeedPositionRow = CsvRow<typeof SEED_POSITION_SCHEMA>;

/**
 * Loads the per-digit counts of the seed study.
 *
 * @param dir directory holding the file (default: the repository's `data/`)
 * @returns the rows
 * @throws {Error} if the file is missing, malformed, of another generator version, or a count
 *   exceeds its test size
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSeedPositions } from "./digits.ts";
 * const rows = loadSeedPositions();
 * assert.ok(rows.every((r) => r.correct <= r.test_n));
 * ```
 */
export function loadSeedPositions(
  dir: URL = new URL("../../../data/", import.meta.url),
): SeedPositionRow[] {
  const rows = loadCsvSync(new URL("ladder-seed-positions.csv", dir), SEED_POSITION_SCHEMA);
  for (const r of rows) {
    if (r.generator_version !== GENERATOR_VERSION) {
      throw new Error(
        `ladder-seed-positions.csv: generator version ${r.generator_version}, expected ${GENERATOR_VERSION}`,
      );
    }
    if (r.correct > r.test_n) {
      throw new Error(
        `ladder-seed-positions.csv: H=${r.hidden} seed ${r.seed} digit ${r.position}: ${r.correct} > ${r.test_n}`,
      );
    }
  }
  return rows;
}

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
 * import { digitSpreads, loadSeedPositions } from "./digits.ts";
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
 * import { digitCurves, loadSeedPositions } from "./digits.ts";
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
 * import { digitSteps, loadSeedPositions } from "./digits.ts";
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

/** One checkpoint tested against the independence product and the assumption-free bounds. */
export interface BoundCheck {
  /** width */
  hidden: number;
  /** step */
  step: number;
  /** measured exact match */
  measured: number;
  /** its Wilson interval */
  lower: number;
  /** its Wilson interval */
  upper: number;
  /** Π p_j: exact match if digit errors were independent */
  product: number;
  /** max(0, 1 − Σ(1 − p_j)): fewest exact answers any dependence allows */
  boundLow: number;
  /** min_j p_j: most exact answers any dependence allows */
  boundHigh: number;
}

/** Summary of {@link boundChecks} over the informative checkpoints. */
export interface BoundSummary {
  /** checkpoints of the ladder */
  checkpoints: number;
  /** informative ones (exact match within [lo, hi]) */
  informative: number;
  /** informative checkpoints whose Π p_j lies outside the measured Wilson interval */
  productOutside: number;
  /** … whose upper bound min_j p_j lies outside it */
  highOutside: number;
  /** … whose lower bound lies outside it */
  lowOutside: number;
  /** mean |measured − Π p_j| */
  meanAbsProduct: number;
  /** mean width of the bounds, min_j p_j − max(0, 1 − Σ(1 − p_j)) */
  meanBoundWidth: number;
  /** mean position of the measurement inside the bounds (0 = lower bound, 1 = upper) */
  meanPosition: number;
  /** mean position of Π p_j inside the bounds */
  meanProductPosition: number;
}

/**
 * Tests the independence reading of exact match where it can fail. On one test set, whatever
 * the dependence between digits, exact match lies between max(0, 1 − Σ_j(1 − p_j)) (the
 * digits' errors never coincide) and min_j p_j (they always coincide); independence predicts
 * Π p_j, in between. Checkpoints with exact match below `lo` or above `hi` are left out: there
 * every reading agrees and none is tested.
 *
 * @param data the ladder
 * @param lo lowest informative exact match (default 0.02)
 * @param hi highest informative exact match (default 0.98)
 * @returns the informative checkpoints and a summary
 * @throws {RangeError} unless 0 ≤ lo < hi ≤ 1
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "./analysis.ts";
 * import { boundChecks } from "./digits.ts";
 * const { rows, summary } = boundChecks(loadLadder());
 * assert.ok(rows.every((r) => r.boundLow - 1e-12 <= r.measured && r.measured <= r.boundHigh + 1e-12));
 * assert.equal(rows.length, summary.informative);
 * ```
 */
export function boundChecks(
  data: LadderData,
  lo = 0.02,
  hi = 0.98,
): { rows: BoundCheck[]; summary: BoundSummary } {
  if (!(lo >= 0 && lo < hi && hi <= 1)) {
    throw new RangeError(`boundChecks: need 0 ≤ lo < hi ≤ 1, got lo=${lo}, hi=${hi}`);
  }
  const rows: BoundCheck[] = [];
  for (const r of data.checkpoints) {
    if (r.exact_match < lo || r.exact_match > hi) continue;
    const p = positionAccuracy(data, r.hidden, r.step);
    const ci = wilsonInterval(r.exact_match_count, r.test_n);
    rows.push({
      hidden: r.hidden,
      step: r.step,
      measured: r.exact_match,
      lower: ci.lower,
      upper: ci.upper,
      product: p.reduce((s, v) => s * v, 1),
      boundLow: Math.max(0, 1 - p.reduce((s, v) => s + (1 - v), 0)),
      boundHigh: minOf(p),
    });
  }
  const out = (v: number, r: BoundCheck) => v < r.lower || v > r.upper;
  const mean = (f: (r: BoundCheck) => number) =>
    rows.length ? rows.reduce((s, r) => s + f(r), 0) / rows.length : NaN;
  const pos = (v: number, r: BoundCheck) =>
    r.boundHigh > r.boundLow ? (v - r.boundLow) / (r.boundHigh - r.boundLow) : 0.5;
  return {
    rows,
    summary: {
      checkpoints: data.checkpoints.length,
      informative: rows.length,
      productOutside: rows.filter((r) => out(r.product, r)).length,
      highOutside: rows.filter((r) => out(r.boundHigh, r)).length,
      lowOutside: rows.filter((r) => out(r.boundLow, r)).length,
      meanAbsProduct: mean((r) => Math.abs(r.measured - r.product)),
      meanBoundWidth: mean((r) => r.boundHigh - r.boundLow),
      meanPosition: mean((r) => pos(r.measured, r)),
      meanProductPosition: mean((r) => pos(r.product, r)),
    },
  };
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
 * import { averageCurve, loadSeedPositions } from "./digits.ts";
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
 * import { digitStates, loadSeedPositions } from "./digits.ts";
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
