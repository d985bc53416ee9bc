/**
 * The tables of the model-ladder chapter (chapter 10), each narrow enough to read: the ladder
 * at its final checkpoints, each digit's accuracy, the chain predictions, the extrapolation
 * test (NLL and exact match apart), exact match on small test sets, and where each digit of
 * the seed study takes its step. Accuracies carry their 95 % Wilson intervals; what is the
 * same on every row (test size, fit window) belongs in the caption, not in a column.
 *
 * @module
 */
import { formatAccuracy } from "../../stats/wilson.ts";
import { finalPoints, type LadderData, type SeedPositionRow } from "../../data/ladder_runs.ts";
import { chainComparison } from "../../metrics/chain_checks.ts";
import { extrapolateLadder } from "../../fit/ladder_extrapolation.ts";
import { digitSpreads, digitSteps } from "./digits.ts";

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
 * import { loadLadder } from "../../data/ladder_runs.ts";
 * import { finalTable } from "./tables.ts";
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
 * The digit table: each answer digit's accuracy (digit 0 = units) with its 95 % Wilson
 * interval, at the last checkpoint of every rung.
 *
 * @param data the ladder
 * @returns table rows, smallest model first: the width, then one column per digit
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../../data/ladder_runs.ts";
 * import { digitTable } from "./tables.ts";
 * const t = digitTable(loadLadder());
 * assert.deepEqual(Object.keys(t[0]), ["width H", "digit 0", "digit 1", "digit 2", "digit 3", "digit 4", "digit 5"]);
 * ```
 */
export function digitTable(data: LadderData): TableRow[] {
  return finalPoints(data).map((r) => {
    const row: TableRow = { "width H": r.hidden };
    data.positions.filter((p) => p.hidden === r.hidden && p.step === r.step)
      .sort((a, b) => a.position - b.position)
      .forEach((p) => (row[`digit ${p.position}`] = formatAccuracy(p.correct, p.test_n)));
    return row;
  });
}

/**
 * The chain table: the chain model's two predictions of exact match, p\^k from the mean
 * per-token accuracy p and Π p_j from each digit's own accuracy (see {@link digitTable}), next
 * to the measured exact match, at the last checkpoint of every rung.
 *
 * @param data the ladder
 * @returns table rows, smallest model first
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../../data/ladder_runs.ts";
 * import { chainTable } from "./tables.ts";
 * assert.deepEqual(Object.keys(chainTable(loadLadder())[0]), ["width H", "p (mean)", "p^k", "Π p_j", "measured EM [95% CI]"]);
 * ```
 */
export function chainTable(data: LadderData): TableRow[] {
  return finalPoints(data).map((r) => {
    const c = chainComparison(data, r);
    return {
      "width H": r.hidden,
      "p (mean)": c.tokenAccuracy.toFixed(3),
      "p^k": c.pk.toPrecision(3),
      "Π p_j": c.positionProduct.toPrecision(3),
      "measured EM [95% CI]": formatAccuracy(c.successes, c.n),
    };
  });
}

/**
 * The NLL half of the extrapolation test of chapter 10 (chapter 12 points to it): for every
 * rung, the final NLL predicted from the start of the run by a power law with a floor and by a
 * pure power law, with their relative errors. The fit window, the same for every rung, is given
 * by `fitWindow` (`lib/fit/ladder_extrapolation.ts`) for the caption.
 *
 * @param data the ladder
 * @param fraction share of the run the fit sees
 * @returns table rows, smallest model first
 * @throws {RangeError} as `extrapolateRun`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../../data/ladder_runs.ts";
 * import { nllExtrapolationTable } from "./tables.ts";
 * const t = nllExtrapolationTable(loadLadder());
 * assert.equal(Object.keys(t[0]).length, 6);
 * assert.match(String(t[0]["NLL relative error"]), /^-?\d+\.\d %$/);
 * ```
 */
export function nllExtrapolationTable(data: LadderData, fraction = 0.1): TableRow[] {
  return extrapolateLadder(data, fraction).map((e) => ({
    "width H": e.hidden,
    "measured final NLL": e.finalNll.toPrecision(3),
    "NLL predicted, E + a·t^b": e.predictedNll.toPrecision(3),
    "NLL relative error": `${(100 * e.nllRelativeError).toFixed(1)} %`,
    "NLL predicted, a·t^b": e.predictedNllPure.toPrecision(3),
    "relative error (pure law)": `${(100 * e.nllRelativeErrorPure).toFixed(1)} %`,
  }));
}

/**
 * The exact-match half of the extrapolation test: for every rung, the final exact match
 * predicted from the start of the run through the fitted NLL, e\^(−k·NLL̂), and by a straight
 * line in log10(step), next to the measurement with its 95 % Wilson interval.
 *
 * @param data the ladder
 * @param fraction share of the run the fit sees
 * @returns table rows, smallest model first
 * @throws {RangeError} as `extrapolateRun`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../../data/ladder_runs.ts";
 * import { emExtrapolationTable } from "./tables.ts";
 * const t = emExtrapolationTable(loadLadder());
 * assert.deepEqual(Object.keys(t[0]), ["width H", "EM via e^(−k·NLL̂)", "EM by a line in log(step)", "measured final EM [95% CI]"]);
 * ```
 */
export function emExtrapolationTable(data: LadderData, fraction = 0.1): TableRow[] {
  return extrapolateLadder(data, fraction).map((e) => ({
    "width H": e.hidden,
    "EM via e^(−k·NLL̂)": e.predictedEmViaNll.toPrecision(2),
    "EM by a line in log(step)": e.predictedEmDirect.toPrecision(2),
    "measured final EM [95% CI]": formatAccuracy(e.finalEmCount, e.n),
  }));
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
 * import { loadLadder, rungs } from "../../data/ladder_runs.ts";
 * import { subsetTable } from "./tables.ts";
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
 * Where each digit of the seed study takes its step: for every digit and seed, the narrowest
 * width whose final accuracy reaches `level` ("never" if none does).
 *
 * @param rows seed-study digit rows
 * @param level accuracy level in (0, 1)
 * @returns one row per digit: the digit, then one column per seed
 * @throws {RangeError} if level is not in (0, 1)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSeedPositions } from "../../data/ladder_runs.ts";
 * import { digitCrossingTable } from "./tables.ts";
 * const t = digitCrossingTable(loadSeedPositions(), 0.5);
 * assert.equal(t.length, 6);
 * assert.match(String(t[5]["seed 2026"]), /^H = \d+$/);
 * ```
 */
export function digitCrossingTable(rows: readonly SeedPositionRow[], level = 0.5): TableRow[] {
  return digitSteps(rows, level).map((s) => {
    const row: TableRow = { digit: s.position };
    for (const w of s.widths) {
      row[`seed ${w.seed}`] = w.hidden === null ? "never" : `H = ${w.hidden}`;
    }
    return row;
  });
}

/**
 * Each digit's final accuracy across the seeds of the seed study at a few widths, written
 * "mean [smallest–largest]".
 *
 * @param rows seed-study digit rows
 * @param widths the widths to show (each must be in the seed study)
 * @returns one row per digit: the digit, then one column per width
 * @throws {RangeError} if a width is not in the seed study
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSeedPositions } from "../../data/ladder_runs.ts";
 * import { digitRangeTable } from "./tables.ts";
 * const t = digitRangeTable(loadSeedPositions(), [16, 32]);
 * assert.deepEqual(Object.keys(t[0]), ["digit", "H = 16", "H = 32"]);
 * assert.throws(() => digitRangeTable(loadSeedPositions(), [5]), /width 5 is not in the seed study/);
 * ```
 */
export function digitRangeTable(
  rows: readonly SeedPositionRow[],
  widths: readonly number[],
): TableRow[] {
  const spreads = digitSpreads(rows);
  for (const h of widths) {
    if (!spreads.some((s) => s.hidden === h)) {
      throw new RangeError(`width ${h} is not in the seed study`);
    }
  }
  const digits = [...new Set(spreads.map((s) => s.position))].sort((a, b) => a - b);
  return digits.map((j) => {
    const row: TableRow = { digit: j };
    for (const h of widths) {
      const d = spreads.find((s) => s.hidden === h && s.position === j)!;
      row[`H = ${h}`] = `${d.mean.toFixed(2)} [${d.min.toFixed(2)}–${d.max.toFixed(2)}]`;
    }
    return row;
  });
}
