/**
 * One check of an extrapolation: a loss law fitted on an early window of a run (or on the small
 * models of a ladder) predicts a later value whose truth is known. A row carries the prediction,
 * the truth and the error three ways (relative, in nats, as a log-ratio), plus the numbers that
 * say what was fitted (`windowFraction`, `across`, `model`), so that tables and summaries select
 * rows on those fields and never on the display labels.
 *
 * Chapter 12 builds its claim-(a) tables from these rows; the appendix of checked claims reads
 * the Pythia rows (`lib/fit/pythia_extrapolation.ts`).
 *
 * @module
 */
import type { PowerForm } from "./extrapolate.ts";
import type { ProtocolResult } from "./protocol.ts";

/** What the fit runs over: one model's training checkpoints, or the models of a ladder. */
export type FitAcross = "checkpoints" | "model sizes";

/** One extrapolation checked against the truth. */
export interface ExtrapolationCheck {
  /** the data set, e.g. "simulated run" or "Pythia over training, LAMBADA NLL" */
  data: string;
  /** the run or ladder within the data set, e.g. "6.9b" or "hidden 64, 19213 params" */
  model: string;
  /** whether the law is fitted over training checkpoints or across model sizes */
  across: FitAcross;
  /** schedule, noise or other conditions, e.g. "constant LR, no noise" */
  condition: string;
  /** the fit window in words, e.g. "first 10% of tokens" */
  window: string;
  /** share of the run (tokens or steps) or of the largest model's compute the fit may see */
  windowFraction: number;
  /** checkpoints or models inside the window */
  fitPoints: number;
  /** the functional form fitted */
  form: PowerForm;
  /** where the prediction is checked, e.g. "final checkpoint" */
  target: string;
  /** predicted NLL (NaN if the fit failed; `note` then says why) */
  predicted: number;
  /** observed NLL */
  actual: number;
  /** (predicted − actual)/actual */
  relError: number;
  /** predicted − actual, nats */
  nats: number;
  /** ln(predicted/actual); "within 5 %" is |logRatio| ≤ ln 1.05 */
  logRatio: number;
  /** a real training run or ladder (counted in a claim's tally), not a simulation */
  real: boolean;
  /** e.g. "floor fit collapsed to the pure power law", or why the fit failed; "" otherwise */
  note: string;
}

/** The labels and window of a check, everything but the numbers a fit produces. */
export type CheckSetting = Pick<
  ExtrapolationCheck,
  "data" | "model" | "across" | "condition" | "window" | "windowFraction" | "target"
>;

/**
 * The three errors of a prediction.
 *
 * @param predicted predicted value
 * @param actual true value (≠ 0)
 * @returns relative error, difference and log-ratio
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { predictionErrors } from "./extrapolation_check.ts";
 * const e = predictionErrors(2.1, 2);
 * assert.ok(Math.abs(e.relError - 0.05) < 1e-12 && Math.abs(e.nats - 0.1) < 1e-12);
 * assert.ok(Math.abs(e.logRatio - Math.log(1.05)) < 1e-12);
 * ```
 */
export function predictionErrors(
  predicted: number,
  actual: number,
): Pick<ExtrapolationCheck, "relError" | "nats" | "logRatio"> {
  return {
    relError: (predicted - actual) / actual,
    nats: predicted - actual,
    logRatio: Math.log(predicted / actual),
  };
}

/**
 * A check from one result of the shared early-fit protocol (`lib/fit/protocol.ts`), counted as
 * real data. A failed fit stays a row: NaN prediction, the reason in `note`.
 *
 * @param r the protocol's result
 * @param setting labels and window of the check
 * @returns the check
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkFromProtocol } from "./extrapolation_check.ts";
 * import { predictFinal } from "./protocol.ts";
 * const run = [1, 2, 4, 8, 16, 32, 64, 128].map((step) => ({ step, x: step, y: 1 + step ** -0.5 }));
 * const check = checkFromProtocol(predictFinal(run, "power", { window: 0.5 }), {
 *   data: "made-up run", model: "one", across: "checkpoints", condition: "", window: "first half",
 *   windowFraction: 0.5, target: "step 128",
 * });
 * assert.ok(check.real && check.fitPoints === 7 && check.predicted < check.actual);
 * ```
 */
export function checkFromProtocol(r: ProtocolResult, setting: CheckSetting): ExtrapolationCheck {
  return {
    ...setting,
    fitPoints: r.fitPoints,
    form: r.form,
    predicted: r.predicted,
    actual: r.actual,
    relError: (r.predicted - r.actual) / r.actual,
    nats: r.nats,
    logRatio: r.logRatio,
    real: true,
    note: r.failure ?? (r.floorCollapsed ? "floor fit collapsed to the pure power law" : ""),
  };
}
