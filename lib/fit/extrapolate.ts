/**
 * Extrapolation tests: fit a curve on an early window of the data, predict the rest, and
 * report the relative error where the truth is known. Used by chapter 12 to test the planning
 * claims on simulated and on published data.
 *
 * @module
 */
import { finite, positive } from "../validate.ts";
import {
  fitPowerLaw,
  fitPowerLawWithFloor,
  type PowerLawFit,
  type PowerLawFloorFit,
  predictPowerLaw,
} from "./power_law.ts";
import { maxOf } from "../math/extent.ts";

/** Functional forms the extrapolation can use. */
export type PowerForm = "power" | "power+floor";

/** One point of an extrapolation test. */
export interface ExtrapolatedPoint {
  /** input */
  x: number;
  /** observed value */
  y: number;
  /** fitted or extrapolated value */
  predicted: number;
  /** (predicted − y)/y */
  relError: number;
  /** whether the point was in the fit window */
  inFit: boolean;
}

/** Result of {@link extrapolate}. */
export interface ExtrapolationResult {
  /** functional form */
  form: PowerForm;
  /** largest x used for fitting */
  cutoff: number;
  /** number of points in the fit */
  fitPoints: number;
  /** the fitted law: a·x\^b (+ E); E = 0 for the pure form */
  law: { a: number; b: number; E: number };
  /** every point with its prediction */
  points: ExtrapolatedPoint[];
  /** relative error at the largest x */
  finalRelError: number;
  /** largest |relative error| beyond the cutoff */
  maxAbsRelErrorBeyond: number;
}

/**
 * The power law through two points exactly: b = ln(y2/y1)/ln(x2/x1), a = y1/x1\^b. With two
 * points nothing is left to estimate an uncertainty from.
 *
 * @param x1 first input (> 0)
 * @param y1 first output (> 0)
 * @param x2 second input (> 0, ≠ x1)
 * @param y2 second output (> 0)
 * @returns a and b of y = a·x\^b
 * @throws {RangeError} on a non-positive value or x1 = x2
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { powerLawThroughTwoPoints } from "./extrapolate.ts";
 * const { a, b } = powerLawThroughTwoPoints(1, 8, 4, 2);
 * assert.ok(Math.abs(b + 1) < 1e-12 && Math.abs(a - 8) < 1e-12);
 * ```
 */
export function powerLawThroughTwoPoints(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): { a: number; b: number } {
  [x1, y1, x2, y2].forEach((v, i) => positive(["x1", "y1", "x2", "y2"][i], v));
  if (x1 === x2) throw new RangeError(`powerLawThroughTwoPoints: x1 = x2 = ${x1}`);
  const b = Math.log(y2 / y1) / Math.log(x2 / x1);
  return { a: y1 / x1 ** b, b };
}

/**
 * Fits a power law (pure or with floor) on the points with x ≤ cutoff and predicts every
 * point. With exactly two points in the window the pure law goes through both
 * ({@link powerLawThroughTwoPoints}); the floor form needs at least four.
 *
 * @param xs inputs (tokens, steps or compute), > 0
 * @param ys observed values (loss, NLL, perplexity), > 0
 * @param cutoff largest x that the fit may see
 * @param form `"power"` or `"power+floor"`
 * @returns predictions, relative errors and the fitted law
 * @throws {RangeError} on bad numbers; {@link fitPowerLaw}/{@link fitPowerLawWithFloor} errors
 *   when the window holds too few points; Error if no point lies beyond the cutoff
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extrapolate } from "./extrapolate.ts";
 * const xs = [1, 2, 4, 8, 16, 32, 64, 128];
 * const ys = xs.map((x) => 2 + 3 * x ** -0.5);
 * const pure = extrapolate(xs, ys, 8, "power");
 * const floor = extrapolate(xs, ys, 8, "power+floor");
 * assert.ok(Math.abs(floor.finalRelError) < 1e-6 && pure.finalRelError < -0.05);
 * ```
 */
export function extrapolate(
  xs: number[],
  ys: number[],
  cutoff: number,
  form: PowerForm,
): ExtrapolationResult {
  finite("cutoff", cutoff, "extrapolate");
  if (xs.length !== ys.length) {
    throw new Error(`extrapolate: ${xs.length} xs but ${ys.length} ys`);
  }
  xs.forEach((v, i) => positive(`xs[${i}]`, v, "extrapolate"));
  ys.forEach((v, i) => positive(`ys[${i}]`, v, "extrapolate"));
  const inFit = xs.map((x) => x <= cutoff);
  const fx = xs.filter((_, i) => inFit[i]);
  const fy = ys.filter((_, i) => inFit[i]);
  if (fx.length === xs.length) {
    throw new Error(`extrapolate: no point beyond the cutoff ${cutoff}; nothing to test`);
  }
  let law: { a: number; b: number; E: number };
  let predict: (x: number) => number;
  if (form === "power" && fx.length === 2) {
    const { a, b } = powerLawThroughTwoPoints(fx[0], fy[0], fx[1], fy[1]);
    law = { a, b, E: 0 };
    predict = (x) => a * x ** b;
  } else {
    const fit: PowerLawFit | PowerLawFloorFit = form === "power"
      ? fitPowerLaw(fx, fy)
      : fitPowerLawWithFloor(fx, fy);
    law = { a: fit.a, b: fit.b, E: fit.kind === "power+floor" ? fit.E : 0 };
    predict = (x) => predictPowerLaw(fit, x);
  }
  const points = xs.map((x, i) => {
    const predicted = predict(x);
    return { x, y: ys[i], predicted, relError: (predicted - ys[i]) / ys[i], inFit: inFit[i] };
  });
  const beyond = points.filter((p) => !p.inFit);
  const last = points.reduce((m, p) => (p.x > m.x ? p : m));
  return {
    form,
    cutoff,
    fitPoints: fx.length,
    law,
    points,
    finalRelError: last.relError,
    maxAbsRelErrorBeyond: maxOf(beyond.map((p) => Math.abs(p.relError))),
  };
}
