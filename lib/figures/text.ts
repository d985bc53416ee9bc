/**
 * Captions and alt texts live with the figures they describe: each figure module exports, next
 * to its figure function, a function returning a {@link FigureText} computed from the same
 * inputs, so the numbers an alt text states come from the data the figure draws. This module
 * holds the small writing helpers they share.
 *
 * @module
 */
import { finite } from "../validate.ts";

export { superscript } from "../format/superscript.ts";

/** The words shown with a figure: its caption (Markdown) and its alt text. */
export interface FigureText {
  /** caption, shown under the figure (Markdown allowed in the site) */
  caption: string;
  /** text alternative for readers who cannot see the figure */
  alt: string;
}

const COUNT_WORDS = [
  "No",
  "One",
  "Two",
  "Three",
  "Four",
  "Five",
  "Six",
  "Seven",
  "Eight",
  "Nine",
  "Ten",
  "Eleven",
  "Twelve",
];

/**
 * Writes a small count as a capitalised word ("Three"), counts above twelve as digits.
 *
 * @param n a count, a non-negative integer
 * @returns the word, or the digits from 13 on
 * @throws {RangeError} if n is not a non-negative integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { countWord } from "./text.ts";
 * assert.equal(countWord(3), "Three");
 * assert.equal(countWord(13), "13");
 * ```
 */
export function countWord(n: number): string {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`countWord needs a count (integer ≥ 0), got ${n}`);
  }
  return COUNT_WORDS[n] ?? String(n);
}

/**
 * Rounds to a step (0.5 for "about 21.5", 0.1 for one decimal) and writes the result without
 * trailing zeros.
 *
 * @param x the value
 * @param step the rounding step, > 0 (default 0.1)
 * @returns e.g. "23" for 22.9 with step 0.5, "23.1" for 23.11 with step 0.1
 * @throws {RangeError} if x or step is not finite, or step ≤ 0
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { roundTo } from "./text.ts";
 * assert.equal(roundTo(22.9, 0.5), "23");
 * assert.equal(roundTo(21.486, 0.5), "21.5");
 * assert.equal(roundTo(23.11), "23.1");
 * ```
 */
export function roundTo(x: number, step = 0.1): string {
  finite("x", x);
  finite("step", step);
  if (!(step > 0)) throw new RangeError(`roundTo: step must be > 0, got ${step}`);
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return String(Number((Math.round(x / step) * step).toFixed(decimals)));
}

/**
 * Joins items as English prose: "a", "a and b", "a, b and c".
 *
 * @param items the items
 * @returns the joined text ("" for none)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { listed } from "./text.ts";
 * assert.equal(listed(["1", "2", "4"]), "1, 2 and 4");
 * ```
 */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * A positive number in the short exponent form captions use: the mantissa to `digits`
 * significant digits, then `e` and the power of ten.
 *
 * @param x a positive number
 * @param digits significant digits of the mantissa
 * @returns e.g. `"2.3e22"` for 2.34e22, `"1e20"` for 1e20
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shortExponent } from "./text.ts";
 * assert.equal(shortExponent(2.34e22), "2.3e22");
 * assert.equal(shortExponent(1e20), "1e20");
 * assert.equal(shortExponent(1.2345e21, 3), "1.23e21");
 * ```
 */
export function shortExponent(x: number, digits = 2): string {
  const e = Math.floor(Math.log10(x));
  return `${Number((x / 10 ** e).toPrecision(digits))}e${e}`;
}

/**
 * A number to one significant digit in JavaScript's exponent form.
 *
 * @param x the number
 * @returns e.g. `"2e-16"` for 2.2e-16, `"1e-4"` for 1.04e-4
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { oneDigit } from "./text.ts";
 * assert.equal(oneDigit(2.2e-16), "2e-16");
 * assert.equal(oneDigit(1.04e-4), "1e-4");
 * ```
 */
export function oneDigit(x: number): string {
  return Number(x.toPrecision(1)).toExponential();
}
