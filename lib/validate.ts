/**
 * Argument checks shared by every module. Each throws a `RangeError` (or `TypeError`)
 * whose message names the argument, the offending value and, when given, where the value
 * came from, so a bad input never turns into a silent `NaN`.
 *
 * @module
 */

/** Formats a value for an error message (keeps `NaN`, `-0`, `Infinity` visible). */
export function describe(value: unknown): string {
  if (typeof value === "number") {
    if (Object.is(value, -0)) return "-0";
    return String(value);
  }
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "undefined";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function where(context?: string): string {
  return context ? ` (${context})` : "";
}

/**
 * Requires a finite number.
 *
 * @param name the argument's name, used in the message
 * @param value the value to check
 * @param context optional origin of the value, e.g. `"data/gpt3.csv line 4"`
 * @returns the value, typed as number
 * @throws {RangeError} if the value is not a finite number
 * @example
 * ```ts
 * import { finite } from "./validate.ts";
 * finite("s", 1.5); // 1.5
 * ```
 */
export function finite(name: string, value: unknown, context?: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(
      `${name} must be a finite number, got ${describe(value)}${where(context)}`,
    );
  }
  return value;
}

/**
 * Requires a probability: a finite number in [0, 1].
 *
 * @param name the argument's name
 * @param value the value to check
 * @param context optional origin of the value
 * @returns the value
 * @throws {RangeError} if the value is not finite or lies outside [0, 1]
 * @example
 * ```ts
 * import { probability } from "./validate.ts";
 * probability("p", 0.9); // 0.9
 * ```
 */
export function probability(name: string, value: unknown, context?: string): number {
  const v = finite(name, value, context);
  if (v < 0 || v > 1) {
    throw new RangeError(`${name} must lie in [0, 1], got ${describe(v)}${where(context)}`);
  }
  return v;
}

/**
 * Requires a positive integer (1, 2, 3, ...).
 *
 * @param name the argument's name
 * @param value the value to check
 * @param context optional origin of the value
 * @returns the value
 * @throws {RangeError} if the value is not an integer ≥ 1
 * @example
 * ```ts
 * import { positiveInteger } from "./validate.ts";
 * positiveInteger("k", 4); // 4
 * ```
 */
export function positiveInteger(name: string, value: unknown, context?: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new RangeError(
      `${name} must be a positive integer, got ${describe(value)}${where(context)}`,
    );
  }
  return value;
}

/**
 * Requires a non-negative integer (0, 1, 2, ...).
 *
 * @param name the argument's name
 * @param value the value to check
 * @param context optional origin of the value
 * @returns the value
 * @throws {RangeError} if the value is not an integer ≥ 0
 * @example
 * ```ts
 * import { nonNegativeInteger } from "./validate.ts";
 * nonNegativeInteger("successes", 0); // 0
 * ```
 */
export function nonNegativeInteger(name: string, value: unknown, context?: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new RangeError(
      `${name} must be a non-negative integer, got ${describe(value)}${where(context)}`,
    );
  }
  return value;
}

/**
 * Requires a finite number strictly greater than zero.
 *
 * @param name the argument's name
 * @param value the value to check
 * @param context optional origin of the value
 * @returns the value
 * @throws {RangeError} if the value is not finite or is ≤ 0
 * @example
 * ```ts
 * import { positive } from "./validate.ts";
 * positive("s", 1.5); // 1.5
 * ```
 */
export function positive(name: string, value: unknown, context?: string): number {
  const v = finite(name, value, context);
  if (v <= 0) {
    throw new RangeError(`${name} must be > 0, got ${describe(v)}${where(context)}`);
  }
  return v;
}

/**
 * Requires a number strictly inside (0, 1), e.g. a target exact-match level.
 *
 * @param name the argument's name
 * @param value the value to check
 * @param context optional origin of the value
 * @returns the value
 * @throws {RangeError} if the value is not finite or not in the open interval (0, 1)
 * @example
 * ```ts
 * import { openUnit } from "./validate.ts";
 * openUnit("target", 0.5); // 0.5
 * ```
 */
export function openUnit(name: string, value: unknown, context?: string): number {
  const v = finite(name, value, context);
  if (v <= 0 || v >= 1) {
    throw new RangeError(`${name} must lie in (0, 1), got ${describe(v)}${where(context)}`);
  }
  return v;
}
