/**
 * Checking a printed number against its recomputation. A printed value such as `"0.0000049"`
 * carries its own precision: half a unit of its last shown digit. The rule:
 *
 * - **wrong**: the printed value differs from what its own displayed inputs give by more than
 *   that half unit;
 * - **rounded**: it agrees with the displayed inputs, but not with the exact value, because
 *   the displayed inputs were themselves rounded (round first, then compute);
 * - **correct**: it agrees with the exact value at its printed precision.
 *
 * A fourth case, **inconsistent**, is "wrong" by the rule but agrees with the exact value:
 * the value was computed from unrounded inputs while rounded ones were printed beside it.
 *
 * @module
 */
import { finite } from "../validate.ts";

/** A printed number parsed with its precision. */
export interface Shown {
  /** the printed text, e.g. `"195,000"` or `"5e-6"` */
  text: string;
  /** its numeric value */
  value: number;
  /** half a unit of the last significant printed digit */
  halfUnit: number;
}

/**
 * Parses a printed number and its precision. Decimals count every digit after the point
 * (`"0.10"` → ±0.005); integers treat trailing zeros as not significant (`"195,000"` →
 * ±500, `"280"` → ±5); exponent form counts mantissa decimals (`"5e-6"` → ±5e-7).
 *
 * @param text the number as printed (thousands separators and a leading sign allowed)
 * @returns value and half unit
 * @throws {Error} if the text is not a plain number
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseShown } from "./shown_number.ts";
 * assert.equal(parseShown("0.0000049").halfUnit, 5e-8);
 * assert.equal(parseShown("195,000").halfUnit, 500);
 * assert.equal(parseShown("-3.06").value, -3.06);
 * ```
 */
export function parseShown(text: string): Shown {
  const t = String(text).trim().replace(/,/g, "").replace(/−/g, "-");
  const m = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(t);
  if (!m) throw new Error(`not a printed number: ${JSON.stringify(text)}`);
  const [, , int, dec, exp] = m;
  const e = exp ? Number(exp) : 0;
  let unitExp: number;
  if (dec !== undefined) unitExp = -dec.length;
  else {
    const trailing = /0*$/.exec(int)![0].length;
    unitExp = int === "0" || trailing === int.length ? 0 : trailing;
  }
  return { text, value: Number(t), halfUnit: 0.5 * 10 ** (unitExp + e) };
}

/** Verdict on one printed number. */
export type Verdict = "correct" | "rounded" | "inconsistent" | "wrong";

/**
 * Classifies a printed value against the value its displayed inputs give and the exact value.
 * A relative slack of 1e-9 absorbs binary floating-point noise at the rounding boundary.
 *
 * @param shown the printed text
 * @param fromDisplayed value recomputed from the displayed (rounded) inputs
 * @param exact value recomputed from unrounded inputs
 * @returns the verdict (see the module documentation)
 * @throws {RangeError} if either recomputed value is not finite; {@link parseShown} errors
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { classify } from "./shown_number.ts";
 * assert.equal(classify("0.0000049", 0.047 ** 4, 5.05896e-6), "rounded");
 * assert.equal(classify("0.00037", 0.679 ** 20, 4.36e-4), "wrong");
 * ```
 */
export function classify(shown: string, fromDisplayed: number, exact: number): Verdict {
  finite("fromDisplayed", fromDisplayed, `printed ${shown}`);
  finite("exact", exact, `printed ${shown}`);
  const s = parseShown(shown);
  const slack = (v: number) => s.halfUnit + 1e-9 * Math.abs(v);
  const okDisplayed = Math.abs(s.value - fromDisplayed) <= slack(fromDisplayed);
  const okExact = Math.abs(s.value - exact) <= slack(exact);
  if (okDisplayed) return okExact ? "correct" : "rounded";
  return okExact ? "inconsistent" : "wrong";
}

/**
 * Formats a value with the same number of decimals (or the same exponent form) as a printed
 * number, so an exact value can be shown at the precision of a printed one.
 *
 * @param shown the printed text whose precision to copy
 * @param value the value to format
 * @returns the value rounded to the printed precision
 * @throws {RangeError} if value is not finite; {@link parseShown} errors
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatLike } from "./shown_number.ts";
 * assert.equal(formatLike("0.0000049", 5.0589e-6), "0.0000051");
 * assert.equal(formatLike("-3.06", -3.048587), "-3.05");
 * assert.equal(formatLike("195,000", 189124.05), "189,000");
 * ```
 */
export function formatLike(shown: string, value: number): string {
  finite("value", value, `formatting like ${shown}`);
  const s = parseShown(shown);
  const unit = 2 * s.halfUnit;
  const t = shown.trim();
  if (/e/i.test(t)) {
    const exp = Number(/e([+-]?\d+)/i.exec(t)![1]);
    const decimals = Math.max(0, -Math.round(Math.log10(unit)) + exp);
    return `${(value / 10 ** exp).toFixed(decimals)}e${exp}`;
  }
  if (unit < 1) {
    const decimals = Math.round(-Math.log10(unit));
    return value.toFixed(decimals);
  }
  const rounded = Math.round(value / unit) * unit;
  return t.includes(",") ? rounded.toLocaleString("en-US") : String(rounded);
}
