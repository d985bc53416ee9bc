/**
 * Reading and analysing the committed ladder results (`data/ladder-*.csv`, written by
 * `tools/train_ladder.ts`): final points per rung, the chain prediction p\^k next to the
 * measured exact match, emergence scores, and the extrapolation tests of chapter 10.
 *
 * @module
 */
import { type CsvRow, parseCsv } from "../../data/csv.ts";
import { exactMatch } from "../../math/exact_match.ts";
import { emergenceScore } from "../../metrics/emergence_score.ts";
import { fitPowerLaw, fitPowerLawWithFloor, predictPowerLaw } from "../../fit/power_law.ts";
import { openUnit, positive } from "../../validate.ts";
import { rangeGrid } from "../../math/grid.ts";
import { formatAccuracy, wilsonInterval } from "../../stats/wilson.ts";
import { maxOf, minOf } from "../../math/extent.ts";

/** Schema of `ladder-checkpoints.csv`. */
export const CHECKPOINT_SCHEMA = {
  columns: {
    generator_version: "integer",
    seed: "integer",
    digits: "integer",
    hidden: "integer",
    parameters: "integer",
    batch: "integer",
    lr: "number",
    total_steps: "integer",
    step: "integer",
    tokens: "integer",
    compute_flops: "number",
    test_n: "integer",
    exact_match_count: "integer",
    exact_match: "number",
    token_accuracy: "number",
    mean_nll: "number",
    edit_distance: "number",
    source: "string",
  },
  key: ["hidden", "step"],
} as const;

/** Schema of `ladder-positions.csv`. */
export const POSITION_SCHEMA = {
  columns: {
    generator_version: "integer",
    digits: "integer",
    hidden: "integer",
    parameters: "integer",
    step: "integer",
    position: "integer",
    test_n: "integer",
    correct: "integer",
    source: "string",
  },
  key: ["hidden", "step", "position"],
} as const;

/** Schema of `ladder-subsets.csv`. */
export const SUBSET_SCHEMA = {
  columns: {
    generator_version: "integer",
    digits: "integer",
    hidden: "integer",
    parameters: "integer",
    step: "integer",
    subset_n: "integer",
    exact_match_count: "integer",
    source: "string",
  },
  key: ["hidden", "step", "subset_n"],
} as const;

/** Schema of `ladder-seeds.csv`. */
export const SEED_SCHEMA = {
  columns: {
    generator_version: "integer",
    seed: "integer",
    digits: "integer",
    hidden: "integer",
    parameters: "integer",
    steps: "integer",
    test_n: "integer",
    exact_match_count: "integer",
    exact_match: "number",
    token_accuracy: "number",
    mean_nll: "number",
    edit_distance: "number",
    source: "string",
  },
  key: ["hidden", "seed"],
} as const;

/** Final checkpoint of one width trained with one seed (the seed study). */
export type SeedRow = CsvRow<typeof SEED_SCHEMA>;

/** One checkpoint of one rung. */
export type CheckpointRow = CsvRow<typeof CHECKPOINT_SCHEMA>;
/** One position of one checkpoint. */
export type PositionRow = CsvRow<typeof POSITION_SCHEMA>;
/** Exact match on one test-set prefix at one checkpoint. */
export type SubsetRow = CsvRow<typeof SUBSET_SCHEMA>;

/** The three tables of a ladder. */
export interface LadderData {
  /** checkpoints, file order */
  checkpoints: CheckpointRow[];
  /** per-position correct counts */
  positions: PositionRow[];
  /** exact match on nested test-set prefixes */
  subsets: SubsetRow[];
  /** the seed study (empty when no seed file was given) */
  seeds: SeedRow[];
}

/**
 * Parses the three CSV texts and checks they agree (one generator version, one digit count,
 * a position row for every answer digit of every checkpoint).
 *
 * @param texts the CSV texts
 * @param names where they came from, for error messages
 * @returns the typed tables
 * @throws {Error} on a malformed file (naming file, line and column) or inconsistent files
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLadder } from "./analysis.ts";
 * import { CHECKPOINT_HEADER, ladderLines, POSITION_HEADER, SUBSET_HEADER, TINY_LADDER } from "../../training/ladder_generator.ts";
 * const l = ladderLines({ ...TINY_LADDER, steps: 10, checkpoints: 2 }, [4]);
 * const d = parseLadder({
 *   checkpoints: [CHECKPOINT_HEADER, ...l.checkpoints].join("\n"),
 *   positions: [POSITION_HEADER, ...l.positions].join("\n"),
 *   subsets: [SUBSET_HEADER, ...l.subsets].join("\n"),
 * });
 * assert.equal(d.checkpoints.length, 2);
 * assert.equal(d.positions.length, 2 * 3); // k = 3 answer digits for 2-digit operands
 * ```
 */
export function parseLadder(
  texts: { checkpoints: string; positions: string; subsets: string; seeds?: string },
  names = {
    checkpoints: "checkpoints",
    positions: "positions",
    subsets: "subsets",
    seeds: "seeds",
  },
): LadderData {
  const checkpoints = parseCsv(texts.checkpoints, CHECKPOINT_SCHEMA, names.checkpoints);
  const positions = parseCsv(texts.positions, POSITION_SCHEMA, names.positions);
  const subsets = parseCsv(texts.subsets, SUBSET_SCHEMA, names.subsets);
  const seeds = texts.seeds === undefined ? [] : parseCsv(texts.seeds, SEED_SCHEMA, names.seeds);
  const versions = new Set(
    [...checkpoints, ...positions, ...subsets, ...seeds].map((r) => r.generator_version),
  );
  if (versions.size !== 1) {
    throw new Error(`ladder files mix generator versions ${[...versions].join(", ")}`);
  }
  const digits = new Set(checkpoints.map((r) => r.digits));
  if (digits.size !== 1) throw new Error(`${names.checkpoints}: several digit counts`);
  const k = checkpoints[0].digits + 1;
  if (positions.length !== checkpoints.length * k) {
    throw new Error(
      `${names.positions}: ${positions.length} rows, expected ${checkpoints.length} checkpoints × ${k} positions`,
    );
  }
  for (const r of checkpoints) {
    if (r.exact_match_count > r.test_n) {
      throw new Error(
        `${names.checkpoints}: hidden ${r.hidden} step ${r.step}: exact_match_count ${r.exact_match_count} > test_n ${r.test_n}`,
      );
    }
  }
  return { checkpoints, positions, subsets, seeds };
}

/**
 * Loads the committed ladder from a directory (default: the repository's `data/`).
 *
 * @param dir directory URL holding the three CSVs
 * @returns the typed tables
 * @throws {Error} if a file is missing or malformed (as {@link parseLadder})
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "./analysis.ts";
 * const d = loadLadder();
 * assert.ok(d.checkpoints.length >= 60);
 * ```
 */
export function loadLadder(dir: URL = new URL("../../../data/", import.meta.url)): LadderData {
  const read = (name: string) => {
    const url = new URL(name, dir);
    try {
      return Deno.readTextFileSync(url);
    } catch (e) {
      throw new Error(`${decodeURIComponent(url.pathname)}: cannot read (${(e as Error).message})`);
    }
  };
  const names = {
    checkpoints: "data/ladder-checkpoints.csv",
    positions: "data/ladder-positions.csv",
    subsets: "data/ladder-subsets.csv",
    seeds: "data/ladder-seeds.csv",
  };
  return parseLadder({
    checkpoints: read("ladder-checkpoints.csv"),
    positions: read("ladder-positions.csv"),
    subsets: read("ladder-subsets.csv"),
    seeds: read("ladder-seeds.csv"),
  }, names);
}

/**
 * Widths of the ladder, smallest model first.
 *
 * @param data the ladder
 * @returns the distinct widths, ascending
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, rungs } from "./analysis.ts";
 * const r = rungs(loadLadder());
 * assert.ok(r.every((h, i) => i === 0 || h > r[i - 1]));
 * ```
 */
export function rungs(data: LadderData): number[] {
  return [...new Set(data.checkpoints.map((r) => r.hidden))].sort((a, b) => a - b);
}

/**
 * The checkpoints of one rung, by step.
 *
 * @param data the ladder
 * @param hidden the width
 * @returns the rung's rows, ascending in step
 * @throws {RangeError} if there is no such rung
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, rungCheckpoints } from "./analysis.ts";
 * assert.equal(rungCheckpoints(loadLadder(), 4)[0].step, 1);
 * assert.throws(() => rungCheckpoints(loadLadder(), 5), /no rung/);
 * ```
 */
export function rungCheckpoints(data: LadderData, hidden: number): CheckpointRow[] {
  const rows = data.checkpoints.filter((r) => r.hidden === hidden).sort((a, b) => a.step - b.step);
  if (rows.length === 0) throw new RangeError(`no rung with hidden width ${hidden}`);
  return rows;
}

/**
 * The last checkpoint of every rung, smallest model first.
 *
 * @param data the ladder
 * @returns one row per rung
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { finalPoints, loadLadder } from "./analysis.ts";
 * const f = finalPoints(loadLadder());
 * assert.ok(f.every((r, i) => i === 0 || r.parameters > f[i - 1].parameters));
 * ```
 */
export function finalPoints(data: LadderData): CheckpointRow[] {
  return rungs(data).map((h) => rungCheckpoints(data, h).at(-1)!);
}

/**
 * Per-position accuracy at one checkpoint, least significant digit first.
 *
 * @param data the ladder
 * @param hidden the width
 * @param step the checkpoint's step
 * @returns k accuracies in [0, 1]
 * @throws {RangeError} if the checkpoint has no position rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, positionAccuracy } from "./analysis.ts";
 * assert.equal(positionAccuracy(loadLadder(), 4, 1).length, 6);
 * ```
 */
export function positionAccuracy(data: LadderData, hidden: number, step: number): number[] {
  const rows = data.positions.filter((r) => r.hidden === hidden && r.step === step)
    .sort((a, b) => a.position - b.position);
  if (rows.length === 0) throw new RangeError(`no positions for hidden ${hidden}, step ${step}`);
  return rows.map((r) => r.correct / r.test_n);
}

/** The chain model next to a measured exact match. */
export interface ChainComparison {
  /** hidden width */
  hidden: number;
  /** parameters */
  parameters: number;
  /** step */
  step: number;
  /** measured per-token accuracy p */
  tokenAccuracy: number;
  /** answer length k */
  k: number;
  /** p\^k: every digit as hard as the average */
  pk: number;
  /** Π_j p_j over the per-position accuracies */
  positionProduct: number;
  /** measured exact match */
  measured: number;
  /** exact-match successes */
  successes: number;
  /** test problems */
  n: number;
}

/**
 * The chain model's two predictions of exact match from one checkpoint's per-token numbers:
 * p\^k with the average accuracy p, and Π_j p_j with each position's own accuracy (carries
 * make positions unequal, and by the AM–GM inequality Π p_j ≤ p\^k).
 *
 * @param data the ladder
 * @param row the checkpoint
 * @returns predictions and the measurement
 * @throws {RangeError} if the checkpoint has no position rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chainComparison, finalPoints, loadLadder } from "./analysis.ts";
 * const d = loadLadder();
 * const c = chainComparison(d, finalPoints(d)[0]);
 * assert.ok(c.positionProduct <= c.pk + 1e-12); // AM–GM
 * ```
 */
export function chainComparison(data: LadderData, row: CheckpointRow): ChainComparison {
  const k = row.digits + 1;
  const acc = positionAccuracy(data, row.hidden, row.step);
  return {
    hidden: row.hidden,
    parameters: row.parameters,
    step: row.step,
    tokenAccuracy: row.token_accuracy,
    k,
    pk: exactMatch(row.token_accuracy, k),
    positionProduct: acc.reduce((s, p) => s * p, 1),
    measured: row.exact_match,
    successes: row.exact_match_count,
    n: row.test_n,
  };
}

/** Emergence score of one metric across the ladder's final points. */
export interface MetricScore {
  /** metric name */
  metric: string;
  /** values ordered by model size, in "higher is better" orientation */
  values: number[];
  /** the BIG-bench emergence score */
  score: number;
}

/**
 * Emergence scores (lib/metrics/emergence_score.ts) of the four metrics over rows ordered by scale.
 * NLL and edit distance are negated so that, for every metric, higher is better and a
 * positive score means "improves with scale". Exact match and token accuracy get the
 * resolution floor minStep = 1/n (1/(n·k) for tokens).
 *
 * @param rows checkpoints ordered by increasing scale (e.g. {@link finalPoints})
 * @returns one score per metric
 * @throws {RangeError} if fewer than 2 rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { finalPoints, ladderEmergenceScores, loadLadder } from "./analysis.ts";
 * const s = ladderEmergenceScores(finalPoints(loadLadder()));
 * assert.deepEqual(s.map((m) => m.metric), ["exact match", "per-token accuracy", "−mean NLL", "−edit distance"]);
 * ```
 */
export function ladderEmergenceScores(rows: readonly CheckpointRow[]): MetricScore[] {
  if (rows.length < 2) throw new RangeError(`need at least 2 rows, got ${rows.length}`);
  const n = rows[0].test_n;
  const k = rows[0].digits + 1;
  const metric = (name: string, values: number[], minStep?: number): MetricScore => ({
    metric: name,
    values,
    score: emergenceScore(values, minStep === undefined ? {} : { minStep }),
  });
  return [
    metric("exact match", rows.map((r) => r.exact_match), 1 / n),
    metric("per-token accuracy", rows.map((r) => r.token_accuracy), 1 / (n * k)),
    metric("−mean NLL", rows.map((r) => -r.mean_nll)),
    metric("−edit distance", rows.map((r) => -r.edit_distance)),
  ];
}

/** Result of extrapolating one rung from the start of its run. */
export interface Extrapolation {
  /** hidden width */
  hidden: number;
  /** parameters */
  parameters: number;
  /** checkpoints used in the fit */
  fitSteps: number[];
  /** last step of the run */
  finalStep: number;
  /** NLL predicted at the final step by E + a·step\^b fitted to the window */
  predictedNll: number;
  /** measured final NLL */
  finalNll: number;
  /** (predicted − measured) / measured */
  nllRelativeError: number;
  /** NLL predicted at the final step by a pure power law a·step\^b fitted to the window */
  predictedNllPure: number;
  /** (pure prediction − measured) / measured */
  nllRelativeErrorPure: number;
  /** exact match predicted as e\^(−k·predicted NLL) (chain model with p ≈ e\^(−NLL)) */
  predictedEmViaNll: number;
  /** exact match predicted by a straight line in log10(step) through the window's EM */
  predictedEmDirect: number;
  /** measured final exact match */
  finalEm: number;
  /** successes behind finalEm */
  finalEmCount: number;
  /** test problems */
  n: number;
}

/**
 * Fits the first part of one run (checkpoints with minStep ≤ step ≤ fraction·final step)
 * and predicts the end: NLL by a power law with a floor in steps (lib/fit/power_law.ts),
 * exact match by e\^(−k·NLL̂) and by a straight line in log10(step).
 *
 * @param rows the rung's checkpoints
 * @param fraction share of the run used for the fit, in (0, 1)
 * @param minStep first step used (the first optimizer steps are a transient)
 * @returns the predictions next to the measured end
 * @throws {RangeError} if fewer than 4 checkpoints fall in the window
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extrapolateRun, loadLadder, rungCheckpoints } from "./analysis.ts";
 * const d = loadLadder();
 * const e = extrapolateRun(rungCheckpoints(d, 32), 0.1);
 * assert.ok(e.fitSteps.every((s) => s <= 0.1 * e.finalStep));
 * assert.ok(Number.isFinite(e.nllRelativeError));
 * ```
 */
export function extrapolateRun(
  rows: readonly CheckpointRow[],
  fraction = 0.1,
  minStep = 10,
): Extrapolation {
  openUnit("fraction", fraction);
  positive("minStep", minStep);
  const last = rows[rows.length - 1];
  const window = rows.filter((r) => r.step >= minStep && r.step <= fraction * last.step);
  if (window.length < 4) {
    throw new RangeError(
      `only ${window.length} checkpoints between step ${minStep} and ${fraction}·${last.step}; need 4`,
    );
  }
  const x = window.map((r) => r.step);
  const fit = fitPowerLawWithFloor(x, window.map((r) => r.mean_nll));
  const predictedNll = predictPowerLaw(fit, last.step);
  const pure = predictPowerLaw(fitPowerLaw(x, window.map((r) => r.mean_nll)), last.step);
  const k = last.digits + 1;
  // least-squares line EM = α + β·log10(step) over the window
  const u = x.map(Math.log10);
  const em = window.map((r) => r.exact_match);
  const uBar = u.reduce((s, t) => s + t, 0) / u.length;
  const eBar = em.reduce((s, t) => s + t, 0) / em.length;
  const sxx = u.reduce((s, t) => s + (t - uBar) ** 2, 0);
  const beta = u.reduce((s, t, i) => s + (t - uBar) * (em[i] - eBar), 0) / sxx;
  const direct = eBar + beta * (Math.log10(last.step) - uBar);
  return {
    hidden: last.hidden,
    parameters: last.parameters,
    fitSteps: x,
    finalStep: last.step,
    predictedNll,
    finalNll: last.mean_nll,
    nllRelativeError: (predictedNll - last.mean_nll) / last.mean_nll,
    predictedNllPure: pure,
    nllRelativeErrorPure: (pure - last.mean_nll) / last.mean_nll,
    predictedEmViaNll: Math.exp(-k * predictedNll),
    predictedEmDirect: Math.min(1, Math.max(0, direct)),
    finalEm: last.exact_match,
    finalEmCount: last.exact_match_count,
    n: last.test_n,
  };
}

/** A point of a labelled curve (the shape `lib/chapters/model-ladder/figures.ts` draws). */
export interface CurvePoint {
  /** x */
  x: number;
  /** y */
  y: number;
  /** label of the curve */
  series: string;
  /** optional interval */
  lower?: number;
  /** optional interval */
  upper?: number;
}

/** The four metrics of a checkpoint row, by name. */
export type MetricName = "exact match" | "per-token accuracy" | "mean NLL" | "edit distance";

function metricValue(r: CheckpointRow, m: MetricName): number {
  switch (m) {
    case "exact match":
      return r.exact_match;
    case "per-token accuracy":
      return r.token_accuracy;
    case "mean NLL":
      return r.mean_nll;
    case "edit distance":
      return r.edit_distance;
  }
}

/**
 * One metric of every rung against training compute 6·N·tokens, one curve per rung
 * labelled "H=… (N params)". Exact match carries its Wilson interval.
 *
 * @param data the ladder
 * @param metric which metric
 * @param minStep first step drawn (compute must be > 0 on a log axis)
 * @returns curve points, smallest rung first
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { computeCurves, loadLadder } from "./analysis.ts";
 * const c = computeCurves(loadLadder(), "exact match");
 * assert.ok(c.every((p) => p.lower! <= p.y && p.y <= p.upper!));
 * ```
 */
export function computeCurves(data: LadderData, metric: MetricName, minStep = 1): CurvePoint[] {
  const out: CurvePoint[] = [];
  for (const h of rungs(data)) {
    for (const r of rungCheckpoints(data, h)) {
      if (r.step < minStep) continue;
      const p: CurvePoint = {
        x: r.compute_flops,
        y: metricValue(r, metric),
        series: `H=${h} (${r.parameters} params)`,
      };
      if (metric === "exact match") {
        const ci = wilsonInterval(r.exact_match_count, r.test_n);
        p.lower = ci.lower;
        p.upper = ci.upper;
      }
      out.push(p);
    }
  }
  return out;
}

/**
 * Final exact match against parameters with its Wilson interval, next to the chain
 * model's two predictions from the same checkpoints (p\^k and Π p_j) and the per-token
 * accuracy.
 *
 * @param data the ladder
 * @returns curve points for four curves
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, parameterCurves } from "./analysis.ts";
 * const c = parameterCurves(loadLadder());
 * assert.equal(new Set(c.map((p) => p.series)).size, 4);
 * ```
 */
export function parameterCurves(data: LadderData): CurvePoint[] {
  const out: CurvePoint[] = [];
  const final = finalPoints(data);
  for (const r of final) {
    const ci = wilsonInterval(r.exact_match_count, r.test_n);
    out.push({
      x: r.parameters,
      y: r.exact_match,
      series: "exact match (measured)",
      lower: ci.lower,
      upper: ci.upper,
    });
  }
  for (const r of final) {
    out.push({ x: r.parameters, y: chainComparison(data, r).pk, series: "p^k (mean p)" });
  }
  for (const r of final) {
    out.push({
      x: r.parameters,
      y: chainComparison(data, r).positionProduct,
      series: "Π p_j (each digit's p)",
    });
  }
  for (const r of final) {
    out.push({ x: r.parameters, y: r.token_accuracy, series: "per-token accuracy p" });
  }
  return out;
}

/**
 * The smooth metrics at the final checkpoints against parameters: mean NLL and edit
 * distance (both lower is better).
 *
 * @param data the ladder
 * @returns curve points for two curves
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, smoothCurves } from "./analysis.ts";
 * assert.equal(new Set(smoothCurves(loadLadder()).map((p) => p.series)).size, 2);
 * ```
 */
export function smoothCurves(data: LadderData): CurvePoint[] {
  const final = finalPoints(data);
  return [
    ...final.map((r) => ({ x: r.parameters, y: r.mean_nll, series: "mean NLL (nats)" })),
    ...final.map((r) => ({
      x: r.parameters,
      y: r.edit_distance,
      series: "edit distance (tokens)",
    })),
  ];
}

/**
 * Per-position accuracy of one rung against steps, one curve per answer digit
 * ("digit 0 (units)" … "digit n (final carry)").
 *
 * @param data the ladder
 * @param hidden the rung
 * @returns curve points
 * @throws {RangeError} if the rung does not exist
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, positionCurves, rungs } from "./analysis.ts";
 * const d = loadLadder();
 * const c = positionCurves(d, rungs(d)[0]);
 * assert.equal(new Set(c.map((p) => p.series)).size, d.checkpoints[0].digits + 1);
 * ```
 */
export function positionCurves(data: LadderData, hidden: number): CurvePoint[] {
  const rows = rungCheckpoints(data, hidden);
  const k = rows[0].digits + 1;
  const out: CurvePoint[] = [];
  for (let j = 0; j < k; j++) {
    const name = j === 0
      ? "digit 0 (units)"
      : j === k - 1
      ? `digit ${j} (final carry)`
      : `digit ${j}`;
    for (const r of rows) {
      const pr = data.positions.find((p) =>
        p.hidden === hidden && p.step === r.step && p.position === j
      )!;
      const ci = wilsonInterval(pr.correct, pr.test_n);
      out.push({
        x: r.step,
        y: pr.correct / pr.test_n,
        series: name,
        lower: ci.lower,
        upper: ci.upper,
      });
    }
  }
  return out;
}

/**
 * Label placements for curves that end on top of each other: each curve is labelled, to the
 * left, at its first point at or above `level` (where it rises), or at its last point if it
 * never gets there.
 *
 * @param points curve points
 * @param level the height at which to label
 * @returns one placement per series
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { risingLabels } from "./analysis.ts";
 * const p = risingLabels([{ x: 1, y: 0, series: "a" }, { x: 2, y: 0.8, series: "a" }], 0.5);
 * assert.deepEqual(p.a, { x: 2, y: 0.8, anchor: "end", dy: 0 });
 * ```
 */
export function risingLabels(
  points: readonly CurvePoint[],
  level = 0.5,
): Record<string, { x: number; y: number; anchor: "start" | "end"; dy: number }> {
  const out: Record<string, { x: number; y: number; anchor: "start" | "end"; dy: number }> = {};
  for (const name of new Set(points.map((p) => p.series))) {
    const s = points.filter((p) => p.series === name);
    const hit = s.find((p) => p.y >= level);
    out[name] = hit
      ? { x: hit.x, y: hit.y, anchor: "end", dy: 0 }
      : { x: s.at(-1)!.x, y: s.at(-1)!.y, anchor: "start", dy: 0 };
  }
  return out;
}

/**
 * Exact match of one rung against steps measured on nested prefixes of the test set (e.g.
 * 20, 200, 2000 problems), each with its Wilson interval. A count of 0 is drawn at 0 with
 * its interval, which shows what 0/n still allows (an upper end near 3.8/n for large n).
 *
 * @param data the ladder
 * @param hidden the rung
 * @returns curve points, one curve per test-set size
 * @throws {RangeError} if the rung does not exist
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, rungs, subsetCurves } from "./analysis.ts";
 * const d = loadLadder();
 * const c = subsetCurves(d, rungs(d)[0]);
 * assert.ok(c.every((p) => p.upper! > 0)); // even 0/n has a positive upper bound
 * ```
 */
export function subsetCurves(data: LadderData, hidden: number): CurvePoint[] {
  const rows = data.subsets.filter((r) => r.hidden === hidden);
  if (rows.length === 0) throw new RangeError(`no subset rows for hidden ${hidden}`);
  const sizes = [...new Set(rows.map((r) => r.subset_n))].sort((a, b) => a - b);
  const out: CurvePoint[] = [];
  for (const n of sizes) {
    for (const r of rows.filter((s) => s.subset_n === n).sort((a, b) => a.step - b.step)) {
      const ci = wilsonInterval(r.exact_match_count, n);
      out.push({
        x: r.step,
        y: r.exact_match_count / n,
        series: `${n} test problems`,
        lower: ci.lower,
        upper: ci.upper,
      });
    }
  }
  return out;
}

/**
 * Measured NLL of one rung and the power law fitted on the early window, evaluated on a
 * log grid from the window's first step to the run's end (for the extrapolation figure).
 *
 * @param data the ladder
 * @param hidden the rung
 * @param fraction share of the run in the fit window
 * @param minStep first step of the window
 * @returns measured points, fitted curve, window end
 * @throws {RangeError} as {@link extrapolateRun}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extrapolationCurves, loadLadder, rungs } from "./analysis.ts";
 * const d = loadLadder();
 * const e = extrapolationCurves(d, rungs(d).at(-1)!);
 * assert.ok(e.fitted.length === 40 && e.windowEnd < e.measured.at(-1)!.x);
 * ```
 */
export function extrapolationCurves(
  data: LadderData,
  hidden: number,
  fraction = 0.1,
  minStep = 10,
): {
  measured: { x: number; y: number }[];
  fitted: { x: number; y: number }[];
  windowStart: number;
  windowEnd: number;
} {
  const rows = rungCheckpoints(data, hidden);
  const e = extrapolateRun(rows, fraction, minStep);
  const window = rows.filter((r) => e.fitSteps.includes(r.step));
  const fit = fitPowerLawWithFloor(window.map((r) => r.step), window.map((r) => r.mean_nll));
  const lo = Math.log10(e.fitSteps[0]);
  const hi = Math.log10(e.finalStep);
  const fitted = rangeGrid(lo, hi, 39, "extrapolationCurves").map((e) => {
    const x = 10 ** e;
    return { x, y: predictPowerLaw(fit, x) };
  });
  return {
    measured: rows.map((r) => ({ x: r.step, y: r.mean_nll })),
    fitted,
    windowStart: e.fitSteps[0],
    windowEnd: e.fitSteps.at(-1)!,
  };
}

/** A row of a book table. */
export type TableRow = Record<string, string | number>;

/**
 * The ladder table: one row per rung at its last checkpoint, every accuracy with its 95 %
 * Wilson interval (per-token accuracy over n·k tokens, which treats the digits of one
 * problem as independent and so makes that interval somewhat too narrow).
 *
 * @param data the ladder
 * @returns table rows, smallest model first
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { finalTable, loadLadder } from "./analysis.ts";
 * const t = finalTable(loadLadder());
 * assert.ok(String(t[0]["exact match [95% CI]"]).length > 0);
 * ```
 */
export function finalTable(data: LadderData): TableRow[] {
  return finalPoints(data).map((r) => {
    const k = r.digits + 1;
    const tokensRight = Math.round(r.token_accuracy * r.test_n * k);
    return {
      "width H": r.hidden,
      parameters: r.parameters,
      "compute 6·N·tokens (FLOPs)": r.compute_flops.toExponential(2),
      "exact match [95% CI]": formatAccuracy(r.exact_match_count, r.test_n),
      "per-token accuracy [95% CI]": formatAccuracy(tokensRight, r.test_n * k),
      "mean NLL (nats)": r.mean_nll.toPrecision(3),
      "edit distance (tokens)": r.edit_distance.toPrecision(3),
    };
  });
}

/**
 * The chain table: per-digit accuracies, p\^k and Π p_j next to the measured exact match,
 * at the last checkpoint of every rung.
 *
 * @param data the ladder
 * @returns table rows, smallest model first
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chainTable, loadLadder } from "./analysis.ts";
 * assert.ok("p^k" in chainTable(loadLadder())[0]);
 * ```
 */
export function chainTable(data: LadderData): TableRow[] {
  return finalPoints(data).map((r) => {
    const c = chainComparison(data, r);
    const rows = data.positions.filter((p) => p.hidden === r.hidden && p.step === r.step)
      .sort((a, b) => a.position - b.position);
    const row: TableRow = { "width H": r.hidden };
    rows.forEach((
      p,
    ) => (row[`digit ${p.position} [95% CI]`] = formatAccuracy(p.correct, p.test_n)));
    row["p (mean)"] = c.tokenAccuracy.toFixed(3);
    row["p^k"] = c.pk.toPrecision(3);
    row["Π p_j"] = c.positionProduct.toPrecision(3);
    row["measured EM [95% CI]"] = formatAccuracy(c.successes, c.n);
    return row;
  });
}

/**
 * The extrapolation table of chapter 10 (chapter 11 points to it): for every rung, the
 * final NLL predicted from the first 10 % of the run, its relative error, and two
 * predictions of the final exact match next to the measurement.
 *
 * @param data the ladder
 * @param fraction share of the run the fit sees
 * @returns table rows, smallest model first
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extrapolationTable, loadLadder } from "./analysis.ts";
 * assert.ok("NLL relative error" in extrapolationTable(loadLadder())[0]);
 * ```
 */
export function extrapolationTable(data: LadderData, fraction = 0.1): TableRow[] {
  return rungs(data).map((h) => {
    const e = extrapolateRun(rungCheckpoints(data, h), fraction);
    return {
      "width H": h,
      "fit window (steps)": `${e.fitSteps[0]}–${e.fitSteps.at(-1)}`,
      "measured final NLL": e.finalNll.toPrecision(3),
      "NLL predicted, E + a·t^b": e.predictedNll.toPrecision(3),
      "NLL relative error": `${(100 * e.nllRelativeError).toFixed(1)} %`,
      "NLL predicted, a·t^b": e.predictedNllPure.toPrecision(3),
      "relative error (pure law)": `${(100 * e.nllRelativeErrorPure).toFixed(1)} %`,
      "EM via e^(−k·NLL̂)": e.predictedEmViaNll.toPrecision(2),
      "EM by a line in log(step)": e.predictedEmDirect.toPrecision(2),
      "measured final EM [95% CI]": formatAccuracy(e.finalEmCount, e.n),
    };
  });
}

/**
 * Exact match of one rung at every checkpoint on each nested test-set size, formatted with
 * Wilson intervals ("0/n (95 % upper bound u)" for zero).
 *
 * @param data the ladder
 * @param hidden the rung
 * @returns one row per checkpoint
 * @throws {RangeError} if the rung does not exist
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, rungs, subsetTable } from "./analysis.ts";
 * const d = loadLadder();
 * assert.ok(subsetTable(d, rungs(d)[0]).length > 10);
 * ```
 */
export function subsetTable(data: LadderData, hidden: number): TableRow[] {
  const rows = data.subsets.filter((r) => r.hidden === hidden);
  if (rows.length === 0) throw new RangeError(`no subset rows for hidden ${hidden}`);
  const steps = [...new Set(rows.map((r) => r.step))].sort((a, b) => a - b);
  const sizes = [...new Set(rows.map((r) => r.subset_n))].sort((a, b) => a - b);
  return steps.map((step) => {
    const row: TableRow = { step };
    for (const n of sizes) {
      const r = rows.find((s) => s.step === step && s.subset_n === n)!;
      row[`EM on ${n}`] = formatAccuracy(r.exact_match_count, n);
    }
    return row;
  });
}

/**
 * The seed study as a table: for every width, the final exact match (with its Wilson
 * interval) and NLL under each training seed, and the spread of exact match across seeds.
 *
 * @param data the ladder (with its seed study)
 * @returns one row per width
 * @throws {Error} if the ladder has no seed study
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, seedTable } from "./analysis.ts";
 * const t = seedTable(loadLadder());
 * assert.ok(t.length >= 2 && "EM range across seeds" in t[0]);
 * ```
 */
export function seedTable(data: LadderData): TableRow[] {
  if (data.seeds.length === 0) throw new Error("the ladder has no seed study (ladder-seeds.csv)");
  const widths = [...new Set(data.seeds.map((r) => r.hidden))].sort((a, b) => a - b);
  return widths.map((h) => {
    const rows = data.seeds.filter((r) => r.hidden === h);
    const row: TableRow = { "width H": h, parameters: rows[0].parameters };
    for (const r of rows) {
      row[`seed ${r.seed}: EM`] = formatAccuracy(r.exact_match_count, r.test_n);
    }
    for (const r of rows) row[`seed ${r.seed}: NLL`] = r.mean_nll.toPrecision(3);
    const em = rows.map((r) => r.exact_match);
    row["EM range across seeds"] = `${minOf(em).toFixed(3)}–${maxOf(em).toFixed(3)}`;
    const nll = rows.map((r) => r.mean_nll);
    row["NLL max/min"] = (maxOf(nll) / minOf(nll)).toFixed(2);
    return row;
  });
}

/**
 * Spread of one width's final exact match and NLL across the seed study's seeds.
 *
 * @param data the ladder (with its seed study)
 * @param hidden the width
 * @returns seeds, min and max of exact match and NLL
 * @throws {RangeError} if the width is not in the seed study
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, seedSpread } from "./analysis.ts";
 * const s = seedSpread(loadLadder(), 4);
 * assert.ok(s.emMin <= s.emMax && s.nllMin <= s.nllMax);
 * ```
 */
export function seedSpread(
  data: LadderData,
  hidden: number,
): { seeds: number; emMin: number; emMax: number; nllMin: number; nllMax: number } {
  const rows = data.seeds.filter((r) => r.hidden === hidden);
  if (rows.length === 0) throw new RangeError(`width ${hidden} is not in the seed study`);
  const em = rows.map((r) => r.exact_match);
  const nll = rows.map((r) => r.mean_nll);
  return {
    seeds: rows.length,
    emMin: minOf(em),
    emMax: maxOf(em),
    nllMin: minOf(nll),
    nllMax: maxOf(nll),
  };
}

/**
 * For every seed of the seed study, the pair of neighbouring widths between which the final
 * exact match first reaches `level` (null if it never does within the studied widths).
 *
 * @param data the ladder (with its seed study)
 * @param level exact-match level in (0, 1)
 * @returns one entry per seed, in seed order
 * @throws {RangeError} if level is not in (0, 1)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { crossingBrackets, loadLadder } from "./analysis.ts";
 * const b = crossingBrackets(loadLadder(), 0.5);
 * assert.ok(b.length >= 2);
 * ```
 */
export function crossingBrackets(
  data: LadderData,
  level = 0.5,
): { seed: number; below: number | null; above: number | null }[] {
  openUnit("level", level);
  const seeds = [...new Set(data.seeds.map((r) => r.seed))].sort((a, b) => a - b);
  return seeds.map((seed) => {
    const rows = data.seeds.filter((r) => r.seed === seed).sort((a, b) => a.hidden - b.hidden);
    const i = rows.findIndex((r) => r.exact_match >= level);
    if (i < 0) return { seed, below: rows.at(-1)!.hidden, above: null };
    return { seed, below: i > 0 ? rows[i - 1].hidden : null, above: rows[i].hidden };
  });
}

/**
 * How well the two chain predictions match the measured exact match over every checkpoint of
 * every rung: mean and largest absolute difference for p\^k and for Π p_j, and how many
 * checkpoints have Π p_j outside the 95 % Wilson interval of the measurement (about 5 % would
 * by chance alone if Π p_j were the true exact match).
 *
 * @param data the ladder
 * @returns checkpoint count and the four error summaries
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chainErrors, loadLadder } from "./analysis.ts";
 * const e = chainErrors(loadLadder());
 * assert.ok(e.meanAbsProduct <= e.meanAbsPk);
 * ```
 */
export function chainErrors(data: LadderData): {
  checkpoints: number;
  meanAbsPk: number;
  maxAbsPk: number;
  meanAbsProduct: number;
  maxAbsProduct: number;
  productOutsideWilson: number;
} {
  const c = data.checkpoints.map((r) => chainComparison(data, r));
  const outside = c.filter((x) => {
    const ci = wilsonInterval(x.successes, x.n);
    return x.positionProduct < ci.lower || x.positionProduct > ci.upper;
  }).length;
  const dPk = c.map((x) => Math.abs(x.pk - x.measured));
  const dProd = c.map((x) => Math.abs(x.positionProduct - x.measured));
  const mean = (v: number[]) => v.reduce((s, t) => s + t, 0) / v.length;
  return {
    checkpoints: c.length,
    meanAbsPk: mean(dPk),
    maxAbsPk: maxOf(dPk),
    meanAbsProduct: mean(dProd),
    maxAbsProduct: maxOf(dProd),
    productOutsideWilson: outside,
  };
}
