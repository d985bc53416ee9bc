/**
 * Extrapolating a trained ladder's runs from their start (`lib/data/ladder_runs.ts`): fit the
 * checkpoints of the first part of a run and predict its last one, the answer-token NLL by a
 * power law in steps (with and without a floor) and exact match through the NLL or by a
 * straight line in log10(step).
 *
 * @module
 */
import { fitPowerLaw, fitPowerLawWithFloor, predictPowerLaw } from "./power_law.ts";
import { openUnit, positive } from "../validate.ts";
import { rangeGrid } from "../math/grid.ts";
import {
  type CheckpointRow,
  type LadderData,
  rungCheckpoints,
  rungs,
} from "../data/ladder_runs.ts";

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
 * import { loadLadder, rungCheckpoints } from "../data/ladder_runs.ts";
 * import { extrapolateRun } from "./ladder_extrapolation.ts";
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
 * import { loadLadder, rungs } from "../data/ladder_runs.ts";
 * import { extrapolationCurves } from "./ladder_extrapolation.ts";
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

/**
 * {@link extrapolateRun} on every rung of the ladder, smallest model first.
 *
 * @param data the ladder
 * @param fraction share of each run used for the fit, in (0, 1)
 * @param minStep first step used
 * @returns one extrapolation per rung
 * @throws {RangeError} as {@link extrapolateRun}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, rungs } from "../data/ladder_runs.ts";
 * import { extrapolateLadder } from "./ladder_extrapolation.ts";
 * const d = loadLadder();
 * assert.deepEqual(extrapolateLadder(d).map((e) => e.hidden), rungs(d));
 * ```
 */
export function extrapolateLadder(
  data: LadderData,
  fraction = 0.1,
  minStep = 10,
): Extrapolation[] {
  return rungs(data).map((h) => extrapolateRun(rungCheckpoints(data, h), fraction, minStep));
}

/**
 * The checkpoints every rung's fit sees, as the first and last step of the window (the rungs
 * share one checkpoint schedule, so one window describes the whole extrapolation table).
 *
 * @param data the ladder
 * @param fraction share of each run used for the fit, in (0, 1)
 * @param minStep first step used
 * @returns first and last step inside the window, and how many checkpoints it holds
 * @throws {RangeError} if the rungs' windows differ (naming two of them), or as
 *   {@link extrapolateRun}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../data/ladder_runs.ts";
 * import { fitWindow } from "./ladder_extrapolation.ts";
 * const w = fitWindow(loadLadder(), 0.1);
 * assert.ok(10 <= w.first && w.first < w.last && w.last <= 800);
 * ```
 */
export function fitWindow(
  data: LadderData,
  fraction = 0.1,
  minStep = 10,
): { first: number; last: number; checkpoints: number } {
  const all = extrapolateLadder(data, fraction, minStep);
  const key = (e: Extrapolation) => e.fitSteps.join(",");
  const other = all.find((e) => key(e) !== key(all[0]));
  if (other) {
    throw new RangeError(
      `the rungs' fit windows differ: H=${all[0].hidden} fits steps ${key(all[0])}, ` +
        `H=${other.hidden} fits steps ${key(other)}`,
    );
  }
  const steps = all[0].fitSteps;
  return { first: steps[0], last: steps.at(-1)!, checkpoints: steps.length };
}
