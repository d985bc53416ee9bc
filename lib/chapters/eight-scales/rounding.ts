/**
 * A numerical pitfall, computed: round the per-token accuracy p first and then raise it to the
 * k-th power (or take its log), and the rounding error is multiplied by k. Chapter 4 shows the
 * eight-scale walkthrough both ways, exact and rounded-first, side by side.
 *
 * If p is rounded to p + δ, then (p + δ)\^k / p\^k = (1 + δ/p)\^k ≈ 1 + k·δ/p: the relative error
 * of p\^k is k times the relative error of p. Rounding to three decimals (|δ| ≤ 0.0005) is
 * harmless for p itself but gives up to 20·0.0005/0.95 ≈ 1 % at k = 20, p ≈ 0.95, and more
 * where p is small (at p ≈ 0.047, |δ|/p ≈ 1 % already for k = 1).
 *
 * @module
 */
import { exactMatch } from "../../math/exact_match.ts";
import { sigmoid } from "../../math/sigmoid.ts";
import { finite, nonNegativeInteger, positiveInteger } from "../../validate.ts";
import { SCALE_MODEL, SCALE_XS } from "./tables.ts";

/**
 * Rounds to a number of decimals.
 *
 * @param x the value
 * @param digits decimals (a non-negative integer)
 * @returns x rounded half away from zero at that precision
 * @throws {RangeError} if x is not finite or digits is not a non-negative integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { roundTo } from "./rounding.ts";
 * assert.equal(roundTo(0.952574, 3), 0.953);
 * ```
 */
export function roundTo(x: number, digits: number): number {
  finite("x", x, "roundTo");
  nonNegativeInteger("digits", digits, "roundTo");
  const f = 10 ** digits;
  return Math.sign(x) * Math.round(Math.abs(x) * f) / f;
}

/** One checkpoint, computed exactly and with p rounded first. */
export interface RoundingRow {
  /** log10 compute */
  x: number;
  /** exact per-token accuracy σ(s(x − x0)) */
  p: number;
  /** p rounded to the given decimals */
  pRounded: number;
  /** exact match p\^k from the exact p */
  emExact: number;
  /** exact match from the rounded p */
  emRoundedFirst: number;
  /** relative error of the rounded-first exact match, (rounded − exact)/exact */
  emRelError: number;
  /** ln p from the exact p */
  logExact: number;
  /** ln p from the rounded p */
  logRoundedFirst: number;
}

/**
 * The walkthrough of chapter 4 at each checkpoint, exact and rounded-first.
 *
 * @param k tokens per answer (positive integer)
 * @param digits decimals p is rounded to before the power (non-negative integer)
 * @param xs log10 compute values
 * @returns one row per x
 * @throws {RangeError} if k or digits is not an integer of the right sign, or an x is not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { roundedFirstTable } from "./rounding.ts";
 * const r = roundedFirstTable(20)[6]; // x = 24
 * assert.equal(r.pRounded, 0.953);
 * assert.equal(r.emExact.toFixed(4), "0.3784");
 * assert.equal(r.emRoundedFirst.toFixed(4), "0.3818");
 * ```
 */
export function roundedFirstTable(
  k: number = SCALE_MODEL.k,
  digits = 3,
  xs: readonly number[] = SCALE_XS,
): RoundingRow[] {
  positiveInteger("k", k, "roundedFirstTable");
  nonNegativeInteger("digits", digits, "roundedFirstTable");
  return xs.map((x) => {
    finite("x", x, "roundedFirstTable");
    const p = sigmoid((x - SCALE_MODEL.x0) * SCALE_MODEL.s);
    const pRounded = roundTo(p, digits);
    const emExact = exactMatch(p, k);
    const emRoundedFirst = exactMatch(pRounded, k);
    return {
      x,
      p,
      pRounded,
      emExact,
      emRoundedFirst,
      emRelError: (emRoundedFirst - emExact) / emExact,
      logExact: Math.log(p),
      logRoundedFirst: Math.log(pRounded),
    };
  });
}

/**
 * The largest relative error of p\^k when p is rounded to `digits` decimals: with
 * δ = ½·10\^(−digits), max over ±δ of |(1 ± δ/p)\^k − 1|, about k·δ/p when that is small.
 *
 * @param p the exact per-token accuracy, in (0, 1]
 * @param k tokens per answer (positive integer)
 * @param digits decimals p is rounded to
 * @returns the bound on |rounded-first − exact| / exact
 * @throws {RangeError} if p is not in (0, 1], or k / digits are not integers of the right sign
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { roundingErrorBound } from "./rounding.ts";
 * assert.equal(roundingErrorBound(0.95, 20, 3).toFixed(4), "0.0106");
 * ```
 */
export function roundingErrorBound(p: number, k: number, digits: number): number {
  finite("p", p, "roundingErrorBound");
  if (!(p > 0 && p <= 1)) throw new RangeError(`roundingErrorBound: p must be in (0, 1], got ${p}`);
  positiveInteger("k", k, "roundingErrorBound");
  nonNegativeInteger("digits", digits, "roundingErrorBound");
  const d = 0.5 * 10 ** -digits / p;
  return Math.max(Math.abs((1 + d) ** k - 1), Math.abs((1 - Math.min(d, 1)) ** k - 1));
}
