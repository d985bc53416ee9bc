/**
 * A distractor model of inverse and U-shaped scaling.
 *
 * A two-choice question has a right answer (the "true task") and a tempting wrong one that
 * follows a pattern common in training text (the "distractor": finish the famous quote, ignore
 * the "not", repeat the user's opinion). With x = log10 compute, each pull is a logistic
 * curve in x measured in logit units:
 *
 *   t(x) = T·σ((x − xT)·sT)   (pull toward the right answer)
 *   d(x) = D·σ((x − xD)·sD)   (pull toward the distractor)
 *
 * and the probability of choosing the right option is
 *
 *   acc(x) = σ(t(x) − d(x)).
 *
 * Small models have neither pull and answer at chance (½). If the distractor is learned first
 * (xD < xT), accuracy falls below chance as d grows: inverse scaling. If the true task is
 * learned later and more strongly (T > D), accuracy turns up again: U-shaped scaling. The
 * model is an illustration of the mechanism McKenzie et al. and Wei et al. propose, not a fit
 * to their data.
 *
 * @module
 */
import { finite, positive, positiveInteger } from "../validate.ts";
import { sigmoid } from "../math/sigmoid.ts";
import { rangeGrid } from "../math/grid.ts";
import { Xoshiro128ss } from "./prng.ts";
import { binomial } from "./binomial.ts";
import { type BinomialInterval, wilsonInterval } from "../stats/wilson.ts";
import { maxOf, minOf } from "../math/extent.ts";

/** Parameters of the distractor model. */
export interface DistractorModel {
  /** maximum pull toward the right answer, logit units (≥ 0) */
  trueStrength: number;
  /** log10 compute where the true-task pull is half grown */
  trueMidpoint: number;
  /** steepness of the true-task pull, per decade (> 0) */
  trueSteepness: number;
  /** maximum pull toward the distractor, logit units (≥ 0) */
  distractorStrength: number;
  /** log10 compute where the distractor pull is half grown */
  distractorMidpoint: number;
  /** steepness of the distractor pull, per decade (> 0) */
  distractorSteepness: number;
}

function nonNegative(name: string, v: unknown, where: string): number {
  const x = finite(name, v, where);
  if (x < 0) throw new RangeError(`${name} must be ≥ 0, got ${x} (${where})`);
  return x;
}

function checkModel(m: DistractorModel, where: string): void {
  if (m === null || typeof m !== "object") throw new TypeError(`${where}: model must be an object`);
  nonNegative("trueStrength", m.trueStrength, where);
  finite("trueMidpoint", m.trueMidpoint, where);
  positive("trueSteepness", m.trueSteepness, where);
  nonNegative("distractorStrength", m.distractorStrength, where);
  finite("distractorMidpoint", m.distractorMidpoint, where);
  positive("distractorSteepness", m.distractorSteepness, where);
}

/** The two pulls and the resulting accuracy at one scale. */
export interface DistractorPoint {
  /** log10 compute */
  x: number;
  /** pull toward the right answer t(x), logit units */
  truePull: number;
  /** pull toward the distractor d(x), logit units */
  distractorPull: number;
  /** probability of choosing the right option, σ(t − d) */
  accuracy: number;
}

/**
 * Evaluates the distractor model at one log-compute: t(x), d(x) and acc(x) = σ(t − d).
 *
 * @param m model parameters
 * @param x log10 compute
 * @returns the two pulls and the accuracy
 * @throws {RangeError} if a parameter or x is not finite, a strength is negative or a
 *   steepness is ≤ 0
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorAccuracy } from "./distractor.ts";
 * const m = { trueStrength: 4, trueMidpoint: 24, trueSteepness: 2,
 *   distractorStrength: 2, distractorMidpoint: 21, distractorSteepness: 2 };
 * // at x = 21 the distractor is half grown (d = 1) and the true pull is tiny:
 * // t = 4σ(−6) = 0.009890, acc = σ(0.009890 − 1) = 0.270890 (computed by hand in Python)
 * assert.ok(Math.abs(distractorAccuracy(m, 21).accuracy - 0.270890) < 1e-6);
 * ```
 */
export function distractorAccuracy(m: DistractorModel, x: number): DistractorPoint {
  checkModel(m, "distractorAccuracy");
  finite("x", x, "distractorAccuracy");
  const truePull = m.trueStrength * sigmoid((x - m.trueMidpoint) * m.trueSteepness);
  const distractorPull = m.distractorStrength *
    sigmoid((x - m.distractorMidpoint) * m.distractorSteepness);
  return { x, truePull, distractorPull, accuracy: sigmoid(truePull - distractorPull) };
}

/**
 * Two illustrative settings of the model, on the same distractor: `"u-shaped"`, where the
 * true task is learned two and a half decades after the distractor and more strongly, and
 * `"inverse"`, where the true task is learned too late (midpoint 10\^28.5) to matter over
 * 10¹⁸–10²⁵ FLOPs.
 *
 * @param kind which preset
 * @returns the parameters
 * @throws {RangeError} on an unknown kind
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorPreset } from "./distractor.ts";
 * assert.equal(distractorPreset("inverse").trueMidpoint, 28.5);
 * ```
 */
export function distractorPreset(kind: "u-shaped" | "inverse"): DistractorModel {
  const distractor = { distractorStrength: 2.5, distractorMidpoint: 21, distractorSteepness: 1.5 };
  if (kind === "u-shaped") {
    return { trueStrength: 5, trueMidpoint: 23.5, trueSteepness: 1.5, ...distractor };
  }
  if (kind === "inverse") {
    return { trueStrength: 5, trueMidpoint: 28.5, trueSteepness: 1.5, ...distractor };
  }
  throw new RangeError(`kind must be "u-shaped" or "inverse", got ${JSON.stringify(kind)}`);
}

/** One rung of a simulated evaluation. */
export interface DistractorRow extends DistractorPoint {
  /** questions asked at this rung */
  n: number;
  /** questions answered right */
  correct: number;
  /** correct / n */
  measured: number;
  /** Wilson 95 % interval of the measured accuracy */
  interval: BinomialInterval;
}

/**
 * Evaluates the model on a ladder of scales with n two-choice questions per scale, drawing the
 * number right as Binomial(n, acc(x)) from a seeded xoshiro128** stream.
 *
 * @param m model parameters
 * @param xs log10 compute of each rung
 * @param n questions per rung (positive integer)
 * @param seed PRNG seed
 * @returns one row per rung with the true accuracy, the measured one and its Wilson interval
 * @throws {RangeError} on bad parameters, an empty or non-finite `xs`, or a bad n or seed
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorPreset, simulateDistractor } from "./distractor.ts";
 * const rows = simulateDistractor(distractorPreset("u-shaped"), [18, 21, 25], 400, 1);
 * assert.equal(rows.length, 3);
 * assert.ok(rows.every((r) => r.interval.lower <= r.measured && r.measured <= r.interval.upper));
 * ```
 */
export function simulateDistractor(
  m: DistractorModel,
  xs: readonly number[],
  n: number,
  seed: number,
): DistractorRow[] {
  checkModel(m, "simulateDistractor");
  if (!Array.isArray(xs) || xs.length === 0) {
    throw new RangeError(
      `xs must be a non-empty array of log10 compute, got ${JSON.stringify(xs)}`,
    );
  }
  xs.forEach((x, i) => finite(`xs[${i}]`, x, "simulateDistractor"));
  positiveInteger("n", n, "simulateDistractor");
  const rng = new Xoshiro128ss(seed);
  return xs.map((x) => {
    const pt = distractorAccuracy(m, x);
    const correct = binomial(rng, n, pt.accuracy);
    return { ...pt, n, correct, measured: correct / n, interval: wilsonInterval(correct, n) };
  });
}

/** Shape of a scaling curve. */
export type ScalingShape = "positive" | "inverse" | "u-shaped" | "inverted-u" | "flat";

/**
 * Classifies a scaling curve (values ordered by increasing scale) by where its minimum and
 * maximum lie, ignoring changes smaller than `tolerance`:
 *
 * - `"u-shaped"`: an interior minimum more than `tolerance` below both ends;
 * - `"inverted-u"`: an interior maximum more than `tolerance` above both ends;
 * - `"inverse"`: otherwise, last value more than `tolerance` below the first;
 * - `"positive"`: otherwise, last value more than `tolerance` above the first;
 * - `"flat"`: none of these.
 *
 * @param values metric values in order of scale (at least 2)
 * @param tolerance smallest change that counts (≥ 0), e.g. two standard errors
 * @returns the shape
 * @throws {RangeError} on fewer than 2 values, a non-finite value or a negative tolerance
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { classifyScaling } from "./distractor.ts";
 * assert.equal(classifyScaling([0.5, 0.3, 0.2, 0.4, 0.7], 0.05), "u-shaped");
 * assert.equal(classifyScaling([0.5, 0.4, 0.3], 0.05), "inverse");
 * assert.equal(classifyScaling([0.5, 0.52, 0.51], 0.05), "flat");
 * ```
 */
export function classifyScaling(values: readonly number[], tolerance = 0): ScalingShape {
  if (!Array.isArray(values) || values.length < 2) {
    throw new RangeError(`values must hold at least 2 numbers, got ${JSON.stringify(values)}`);
  }
  values.forEach((v, i) => finite(`values[${i}]`, v, "classifyScaling"));
  nonNegative("tolerance", tolerance, "classifyScaling");
  const first = values[0];
  const last = values[values.length - 1];
  const inner = values.slice(1, -1);
  if (inner.length > 0) {
    const min = minOf(inner);
    const max = maxOf(inner);
    if (first - min > tolerance && last - min > tolerance) return "u-shaped";
    if (max - first > tolerance && max - last > tolerance) return "inverted-u";
  }
  if (first - last > tolerance) return "inverse";
  if (last - first > tolerance) return "positive";
  return "flat";
}

/**
 * Log-compute of the bottom of the U: where acc(x) is lowest on a grid over [from, to].
 * Grid search (the curve is smooth and has one interior minimum in the presets); accurate to
 * (to − from)/steps.
 *
 * @param m model parameters
 * @param from lower end of the search, log10 compute
 * @param to upper end (> from)
 * @param steps grid intervals (positive integer, default 2000)
 * @returns `{ x, accuracy }` at the minimum
 * @throws {RangeError} on bad parameters or an empty range
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorPreset, worstScale } from "./distractor.ts";
 * const w = worstScale(distractorPreset("u-shaped"), 18, 26);
 * assert.ok(w.x > 21 && w.x < 23.5 && w.accuracy < 0.2);
 * ```
 */
export function worstScale(
  m: DistractorModel,
  from: number,
  to: number,
  steps = 2000,
): { x: number; accuracy: number } {
  checkModel(m, "worstScale");
  const xs = rangeGrid(from, to, steps, "worstScale");
  let best = { x: from, accuracy: Infinity };
  for (const x of xs) {
    const a = distractorAccuracy(m, x).accuracy;
    if (a < best.accuracy) best = { x, accuracy: a };
  }
  return best;
}

/**
 * Evaluates the model on an even grid, for charts.
 *
 * @param m model parameters
 * @param from first log10 compute
 * @param to last log10 compute (> from)
 * @param steps intervals (positive integer)
 * @returns `steps + 1` points
 * @throws {RangeError} on bad parameters or an empty range
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorCurve, distractorPreset } from "./distractor.ts";
 * assert.equal(distractorCurve(distractorPreset("inverse"), 18, 25, 70).length, 71);
 * ```
 */
export function distractorCurve(
  m: DistractorModel,
  from: number,
  to: number,
  steps = 140,
): DistractorPoint[] {
  return rangeGrid(from, to, steps, "distractorCurve").map((x) => distractorAccuracy(m, x));
}

/**
 * Published counts used by the chapter: the Inverse Scaling Prize's winning tasks and how
 * they behaved when Wei, Kim, Tay and Le (2022, "Inverse scaling can become U-shaped",
 * abstract) re-evaluated them on PaLM up to 540B parameters.
 */
export const PRIZE_TASK_COUNTS = {
  /** winning tasks across both rounds (McKenzie et al. 2023: 11 datasets) */
  tasks: 11,
  /** still inverse with PaLM 540B */
  stillInverse: 4,
  /** U-shaped with PaLM 540B */
  uShaped: 6,
  /** positive scaling with PaLM 540B */
  positive: 1,
  /** where the numbers come from */
  source:
    "McKenzie et al. 2023 (TMLR), abstract; Wei, Kim, Tay & Le 2022 (arXiv 2211.02011), abstract",
} as const;
