/**
 * One fitting protocol for every "fit early, predict the end" test in the book (the tiny
 * ladder of chapter 10, Pythia and the simulations of chapter 12), so that two chapters fitting
 * the same run cannot reach different verdicts by choosing different windows.
 *
 * - **Which rows enter the fit**: the checkpoints with `minStep ≤ step ≤ window · finalStep`,
 *   never the final checkpoint itself. `minStep` excludes the learning-rate warm-up, where the
 *   loss reflects the warm-up and not a power law (Pythia: 1 % of 143,000 steps, so 1,430).
 * - **Which step is predicted**: the last checkpoint of the run (`finalStep`).
 * - **How the error is reported**: in nats (predicted − actual NLL) and as the log-ratio
 *   ln(predicted/actual). "Within 5 %" means |ln ratio| ≤ ln 1.05 ≈ 0.0488: a relative error of
 *   +5 % or −4.8 %. A log-ratio stays readable where a relative error explodes (a pure power law
 *   that shoots past the data by a factor 1,000 has log-ratio 6.9, not "+99,900 %").
 * - **Forms**: the pure law a·x\^b and the law with a floor E + a·x\^b. When the floor fit puts
 *   E on (or within 0.1 % of) 0 it *is* the pure law, and the result says so (`floorCollapsed`).
 *
 * @module
 */
import { finite, positive } from "../validate.ts";
import { extrapolate, type PowerForm } from "./extrapolate.ts";
import { minOf } from "../math/extent.ts";

/** A floor below this fraction of the smallest fitted value counts as collapsed onto 0. */
export const COLLAPSE_FRACTION = 1e-3;

/** ln 1.05: the 5 % criterion as a log-ratio. */
export const WITHIN_5_PERCENT: number = Math.log(1.05);

/** One checkpoint of a run: step, the x the law is fitted against, and the NLL (nats). */
export interface Checkpoint {
  /** optimizer step */
  step: number;
  /** fit axis: tokens seen (runs) or training compute (ladders) */
  x: number;
  /** negative log-likelihood, nats (> 0) */
  y: number;
}

/** Protocol settings. */
export interface ProtocolOptions {
  /** fraction of the final step the fit may see, in (0, 1) */
  window: number;
  /** first step the fit may use (default 1: everything after initialisation) */
  minStep?: number;
}

/** Outcome of one early-fit test. */
export interface ProtocolResult {
  /** functional form */
  form: PowerForm;
  /** the window (fraction of the final step) */
  window: number;
  /** largest step inside the window */
  lastFitStep: number | null;
  /** checkpoints in the fit */
  fitPoints: number;
  /** predicted NLL at the final step (NaN if the fit failed) */
  predicted: number;
  /** observed NLL at the final step */
  actual: number;
  /** predicted − actual, nats */
  nats: number;
  /** ln(predicted/actual) */
  logRatio: number;
  /** |logRatio| ≤ ln 1.05 */
  within5: boolean;
  /** floor form only: the fitted floor is below 0.1 % of the smallest fitted NLL, so the fit
   * is the pure power law */
  floorCollapsed: boolean;
  /** the fitted floor E (nats), floor form only */
  floor: number | null;
  /** why no prediction was made (too few points, no convergence), else null */
  failure: string | null;
}

function sorted(run: readonly Checkpoint[], where: string): Checkpoint[] {
  if (!Array.isArray(run) || run.length < 2) {
    throw new RangeError(`${where}: a run needs at least 2 checkpoints`);
  }
  run.forEach((c, i) => {
    finite(`run[${i}].step`, c?.step, where);
    positive(`run[${i}].x`, c.x, where);
    positive(`run[${i}].y`, c.y, where);
  });
  return [...run].sort((a, b) => a.step - b.step);
}

/**
 * The checkpoints the protocol lets a fit see.
 *
 * @param run the run's checkpoints (any order)
 * @param options window and minStep
 * @returns the checkpoints with minStep ≤ step ≤ window·finalStep (never the final one), by step
 * @throws {RangeError} on a bad run or window
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitRows } from "./protocol.ts";
 * const run = [0, 1000, 3000, 13000, 23000, 143000].map((step) => ({ step, x: step + 1, y: 2 }));
 * assert.deepEqual(fitRows(run, { window: 0.1, minStep: 1430 }).map((c) => c.step), [3000, 13000]);
 * ```
 */
export function fitRows(run: readonly Checkpoint[], options: ProtocolOptions): Checkpoint[] {
  const where = "fitRows";
  const r = sorted(run, where);
  const w = finite("window", options.window, where);
  if (!(w > 0 && w < 1)) throw new RangeError(`${where}: window must lie in (0, 1), got ${w}`);
  const final = r[r.length - 1].step;
  const minStep = options.minStep ?? 1;
  return r.filter((c) => c.step >= minStep && c.step <= w * final);
}

/**
 * Fits one form on the protocol's rows and predicts the final checkpoint.
 *
 * @param run the run's checkpoints (any order)
 * @param form `"power"` or `"power+floor"`
 * @param options window and minStep
 * @returns the prediction with its error in nats and as a log-ratio; a failed fit is a result
 *   with `failure` set and NaN errors, never a throw
 * @throws {RangeError} on a bad run or window
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { predictFinal } from "./protocol.ts";
 * const run = [1, 2, 4, 8, 16, 32, 64, 128].map((s) => ({ step: s, x: s, y: 1 + 2 * s ** -0.5 }));
 * const r = predictFinal(run, "power+floor", { window: 0.3 });
 * assert.ok(r.within5 && Math.abs(r.nats) < 1e-6 && !r.floorCollapsed);
 * assert.equal(predictFinal(run, "power+floor", { window: 0.05 }).failure, "3 checkpoints in the window; the floor form needs 4");
 * ```
 */
export function predictFinal(
  run: readonly Checkpoint[],
  form: PowerForm,
  options: ProtocolOptions,
): ProtocolResult {
  const r = sorted(run, "predictFinal");
  const rows = fitRows(r, options);
  const last = r[r.length - 1];
  const base = {
    form,
    window: options.window,
    lastFitStep: rows.length ? rows[rows.length - 1].step : null,
    fitPoints: rows.length,
    actual: last.y,
  };
  const failed = (failure: string): ProtocolResult => ({
    ...base,
    predicted: NaN,
    nats: NaN,
    logRatio: NaN,
    within5: false,
    floorCollapsed: false,
    floor: null,
    failure,
  });
  const need = form === "power" ? 2 : 4;
  if (rows.length < need) {
    return failed(
      `${rows.length} checkpoint${rows.length === 1 ? "" : "s"} in the window; the ${
        form === "power" ? "pure" : "floor"
      } form needs ${need}`,
    );
  }
  try {
    const xs = [...rows.map((c) => c.x), last.x];
    const ys = [...rows.map((c) => c.y), last.y];
    const e = extrapolate(xs, ys, rows[rows.length - 1].x, form);
    const predicted = e.points[e.points.length - 1].predicted;
    const floor = form === "power+floor" ? e.law.E : null;
    const floorCollapsed = floor !== null &&
      floor <= COLLAPSE_FRACTION * minOf(rows.map((c) => c.y));
    if (!(predicted > 0) || !Number.isFinite(predicted)) {
      return failed(`the fit predicts ${predicted}`);
    }
    const logRatio = Math.log(predicted / last.y);
    return {
      ...base,
      predicted,
      nats: predicted - last.y,
      logRatio,
      within5: Math.abs(logRatio) <= WITHIN_5_PERCENT,
      floorCollapsed,
      floor,
      failure: null,
    };
  } catch (e) {
    if (e instanceof RangeError) throw e;
    const msg = (e as Error).message;
    return failed(
      /did not converge/.test(msg)
        ? "the floor fit did not converge (the NLL stops falling inside the window)"
        : `fit failed: ${msg}`,
    );
  }
}

/**
 * The same test at every window a run allows: one window per checkpoint (its step over the
 * final step), from the first that holds enough points to the last before the final step.
 *
 * @param run the run's checkpoints
 * @param form the form
 * @param minStep first step the fit may use
 * @returns one result per window, by window
 * @throws {RangeError} on a bad run
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { windowSweep } from "./protocol.ts";
 * const run = [1, 2, 4, 8, 16, 32, 64, 128].map((s) => ({ step: s, x: s, y: 1 + 2 * s ** -0.5 }));
 * assert.deepEqual(windowSweep(run, "power").map((r) => r.fitPoints), [2, 3, 4, 5, 6, 7]);
 * ```
 */
export function windowSweep(
  run: readonly Checkpoint[],
  form: PowerForm,
  minStep = 1,
): ProtocolResult[] {
  const r = sorted(run, "windowSweep");
  const final = r[r.length - 1].step;
  const need = form === "power" ? 2 : 4;
  const eligible = r.filter((c) => c.step >= minStep && c.step < final);
  return eligible.slice(need - 1).map((c) =>
    predictFinal(r, form, { window: c.step / final, minStep })
  );
}

/**
 * How much of the run a form needs: the smallest window from which every larger window
 * predicts the final checkpoint within 5 % (a fit that passes once by luck and fails again
 * later does not count).
 *
 * @param sweep output of {@link windowSweep}
 * @returns the window fraction, or null if even the widest window misses
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { windowNeeded } from "./protocol.ts";
 * const r = (window: number, within5: boolean) => ({ window, within5 });
 * assert.equal(windowNeeded([r(0.1, true), r(0.2, false), r(0.3, true), r(0.4, true)]), 0.3);
 * assert.equal(windowNeeded([r(0.1, true), r(0.2, false)]), null);
 * ```
 */
export function windowNeeded(
  sweep: readonly Pick<ProtocolResult, "window" | "within5">[],
): number | null {
  let needed: number | null = null;
  for (let i = sweep.length - 1; i >= 0; i--) {
    if (!sweep[i].within5) break;
    needed = sweep[i].window;
  }
  return needed;
}
