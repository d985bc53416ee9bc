/**
 * The emergence sandbox's state: chain length k, per-token midpoint x0 (log10 FLOPs),
 * steepness s (per decade) and the task metric drawn as the solid line. This module holds the
 * allowed ranges, the defaults, strict validation for values passed by code, and the
 * forgiving parser used for values a reader types into the sandbox's number inputs (clamped
 * to the range, rounded, or rejected, always with a message saying what happened).
 *
 * Pure and DOM-free: the kernel (lib/chapters/sandbox/show.ts) and the browser bundle
 * (lib/chapters/sandbox/browser.ts) both use it.
 *
 * @module
 */
import { describe, finite } from "../../validate.ts";

/** Which task metric the solid line shows. */
export type SandboxMetric = "exact-match" | "mean-loglik";

/** All metrics, in the order the toggle lists them. */
export const SANDBOX_METRICS: readonly SandboxMetric[] = ["exact-match", "mean-loglik"];

/** One setting of the sandbox. */
export interface SandboxState {
  /** chain length: number of answer tokens that must all be right (integer 1 … 50) */
  k: number;
  /** log10 compute (FLOPs) at which per-token accuracy is ½ (19 … 26) */
  x0: number;
  /** steepness of the per-token sigmoid, per decade of compute (0.25 … 4) */
  s: number;
  /** the task metric drawn as the solid line */
  metric: SandboxMetric;
}

/** The numeric controls. */
export type NumericControl = "k" | "x0" | "s";

/** Range, step and wording of one numeric control. */
export interface ControlSpec {
  /** smallest allowed value */
  min: number;
  /** largest allowed value */
  max: number;
  /** slider step */
  step: number;
  /** whether only whole numbers are allowed */
  integer: boolean;
  /** label read by screen readers and shown beside the slider */
  label: string;
  /** symbol used in messages and formulas */
  symbol: string;
  /** one-line explanation shown under the control */
  help: string;
}

/** The numeric controls' ranges (the issue's: k 1…50, x0 19…26, s 0.25…4). */
export const CONTROLS: Readonly<Record<NumericControl, ControlSpec>> = {
  k: {
    min: 1,
    max: 50,
    step: 1,
    integer: true,
    label: "Chain length k (answer tokens)",
    symbol: "k",
    help: "how many tokens must all be right for exact match",
  },
  x0: {
    min: 19,
    max: 26,
    step: 0.1,
    integer: false,
    label: "Midpoint x0 (log10 FLOPs)",
    symbol: "x0",
    help: "the compute at which each token is right half the time",
  },
  s: {
    min: 0.25,
    max: 4,
    step: 0.05,
    integer: false,
    label: "Steepness s (per decade)",
    symbol: "s",
    help: "how fast per-token accuracy rises with log-compute",
  },
};

/** The x-axis range of the sandbox, in log10 FLOPs (10¹⁸ … 10²⁷). */
export const X_RANGE: readonly [number, number] = [18, 27];

/** The default setting: the book's running example, 4-digit addition with x0 = 22, s = 1.5. */
export const DEFAULT_STATE: Readonly<SandboxState> = {
  k: 4,
  x0: 22,
  s: 1.5,
  metric: "exact-match",
};

/**
 * Checks a metric name.
 *
 * @param value the candidate metric
 * @param context where the value came from, for the message
 * @returns the metric
 * @throws {RangeError} if the value is not one of {@link SANDBOX_METRICS}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkMetric } from "./state.ts";
 * assert.equal(checkMetric("mean-loglik"), "mean-loglik");
 * assert.throws(() => checkMetric("accuracy"), /metric must be one of/);
 * ```
 */
export function checkMetric(value: unknown, context?: string): SandboxMetric {
  if (typeof value !== "string" || !(SANDBOX_METRICS as readonly string[]).includes(value)) {
    throw new RangeError(
      `metric must be one of ${SANDBOX_METRICS.join(", ")}, got ${describe(value)}${
        context ? ` (${context})` : ""
      }`,
    );
  }
  return value as SandboxMetric;
}

/**
 * Strictly validates a sandbox setting given by code (a notebook cell, a test): every value
 * must be finite, inside its control's range, and k a whole number. Missing fields take the
 * defaults. Nothing is clamped here: code that asks for k = 80 has a bug and is told so.
 *
 * @param partial some or all of the fields of {@link SandboxState}
 * @param context where the values came from, for error messages
 * @returns a complete, valid state
 * @throws {RangeError} naming the field and value if a field is not finite, out of range,
 *   k is not an integer, or the metric is unknown
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { validateState } from "./state.ts";
 * assert.deepEqual(validateState({ k: 20 }), { k: 20, x0: 22, s: 1.5, metric: "exact-match" });
 * assert.throws(() => validateState({ k: 2.5 }), /k must be a whole number/);
 * assert.throws(() => validateState({ s: 9 }), /s must lie in \[0.25, 4\], got 9/);
 * ```
 */
export function validateState(
  partial: Partial<SandboxState> = {},
  context = "sandbox options",
): SandboxState {
  const state = { ...DEFAULT_STATE, ...partial };
  for (const name of ["k", "x0", "s"] as const) {
    const spec = CONTROLS[name];
    const v = finite(name, state[name], context);
    if (spec.integer && !Number.isInteger(v)) {
      throw new RangeError(`${name} must be a whole number, got ${describe(v)} (${context})`);
    }
    if (v < spec.min || v > spec.max) {
      throw new RangeError(
        `${name} must lie in [${spec.min}, ${spec.max}], got ${describe(v)} (${context})`,
      );
    }
  }
  checkMetric(state.metric, context);
  return { k: state.k, x0: state.x0, s: state.s, metric: state.metric };
}

/** What {@link parseControlInput} did with a typed value. */
export type InputStatus = "accepted" | "clamped" | "rounded" | "rejected";

/** The outcome of parsing one typed value. */
export interface InputOutcome {
  /** the value to use (the previous value when rejected) */
  value: number;
  /** what happened */
  status: InputStatus;
  /** a sentence for the reader; empty when the value was accepted as typed */
  message: string;
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(6)));
}

/**
 * Parses a value typed into one of the sandbox's number inputs. Never throws on reader input:
 * - a decimal comma is a decimal point: `"22,5"` is 22.5;
 * - empty or not a number (`""`, `"abc"`, `"NaN"`, `"Infinity"`): rejected, the previous value
 *   stays, and the message quotes what was typed and says it is not a number;
 * - below the minimum or above the maximum: clamped to the nearest bound;
 * - a fraction for k: rounded to the nearest whole number (then clamped if needed).
 *
 * @param control which control the text was typed into
 * @param raw the input's text
 * @param previous the value in force before the edit (kept when the text is rejected)
 * @returns the value to use, what happened, and a message for the live region
 * @throws {RangeError} only if `previous` itself is not a valid value of the control (a bug
 *   in the caller, not reader input)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseControlInput } from "./state.ts";
 * assert.deepEqual(parseControlInput("k", "12", 4), { value: 12, status: "accepted", message: "" });
 * assert.equal(parseControlInput("k", "80", 4).value, 50);
 * assert.equal(parseControlInput("k", "abc", 4).status, "rejected");
 * assert.equal(parseControlInput("x0", "22,5", 22).value, 22.5);
 * assert.equal(parseControlInput("s", "0", 1.5).value, 0.25);
 * ```
 */
export function parseControlInput(
  control: NumericControl,
  raw: string,
  previous: number,
): InputOutcome {
  if (!Object.hasOwn(CONTROLS, control)) {
    throw new RangeError(`unknown control ${describe(control)}`);
  }
  const spec = CONTROLS[control];
  finite(`previous ${control}`, previous, "sandbox state");
  if (previous < spec.min || previous > spec.max) {
    throw new RangeError(
      `previous ${control} must lie in [${spec.min}, ${spec.max}], got ${describe(previous)}`,
    );
  }
  const text = String(raw).trim();
  // A decimal comma is read as a decimal point ("22,5" is 22.5), as many keyboards type it.
  const normal = /^[+-]?\d*,\d+$/.test(text) ? text.replace(",", ".") : text;
  const parsed = normal === "" ? NaN : Number(normal);
  if (!Number.isFinite(parsed)) {
    const why = text === ""
      ? "nothing was typed, so"
      : `“${text}” is not a number (use digits, with a point or comma before any decimals), so`;
    return {
      value: previous,
      status: "rejected",
      message: `${spec.symbol}: ${why} ${spec.symbol} stays ${fmt(previous)}.`,
    };
  }
  let value = parsed;
  let status: InputStatus = "accepted";
  const notes: string[] = [];
  if (spec.integer && !Number.isInteger(value)) {
    value = Math.round(value);
    status = "rounded";
    notes.push(`${spec.symbol} must be a whole number: ${fmt(parsed)} rounded to ${fmt(value)}`);
  }
  if (value < spec.min || value > spec.max) {
    const bound = value < spec.min ? spec.min : spec.max;
    notes.push(
      `${spec.symbol} = ${fmt(value)} is ${
        value < spec.min ? "below the minimum" : "above the maximum"
      } ${fmt(bound)}: set to ${fmt(bound)}`,
    );
    value = bound;
    status = "clamped";
  }
  return { value, status, message: notes.length ? notes.join("; ") + "." : "" };
}
