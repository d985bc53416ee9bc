/**
 * Implied per-character accuracy of an arithmetic task whose answers have different lengths.
 * If every answer character is right with probability p, independently, a task whose answers
 * have length L with frequency f_L scores EM(p) = Σ_L f_L·p\^L. EM is increasing in p, so a
 * measured EM has exactly one implied p in [0, 1]; for a single length k it is EM\^(1/k).
 *
 * @module
 */
import { probability } from "../../validate.ts";
import { wilsonInterval } from "../../stats/wilson.ts";
import type { LengthDistribution } from "../../data/observational.ts";

function check(dist: LengthDistribution, what: string): number {
  if (!Array.isArray(dist) || dist.length === 0) {
    throw new Error(`${what}: empty length distribution`);
  }
  let total = 0;
  for (const { length, count } of dist) {
    if (!Number.isInteger(length) || length < 1) {
      throw new RangeError(`${what}: answer length ${length} must be a positive integer`);
    }
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`${what}: count ${count} for length ${length} must be an integer ≥ 0`);
    }
    total += count;
  }
  if (total === 0) throw new Error(`${what}: the length distribution has no answers`);
  return total;
}

/**
 * Exact match predicted from a per-character accuracy: Σ_L f_L·p\^L.
 *
 * @param p per-character accuracy in [0, 1]
 * @param dist answer lengths and their counts
 * @returns the predicted exact match
 * @throws {RangeError} on p outside [0, 1] or a bad distribution
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emFromPerChar } from "./implied.ts";
 * assert.equal(emFromPerChar(0.5, [{ length: 1, count: 1 }, { length: 2, count: 1 }]), 0.375);
 * ```
 */
export function emFromPerChar(p: number, dist: LengthDistribution): number {
  probability("p", p, "emFromPerChar");
  const total = check(dist, "emFromPerChar");
  return dist.reduce((s, { length, count }) => s + (count / total) * p ** length, 0);
}

/**
 * Mean answer length Σ_L f_L·L (the effective k of the task).
 *
 * @param dist answer lengths and their counts
 * @returns the mean length in characters
 * @throws {RangeError} on a bad distribution
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { meanLength } from "./implied.ts";
 * assert.equal(meanLength([{ length: 2, count: 1 }, { length: 3, count: 3 }]), 2.75);
 * ```
 */
export function meanLength(dist: LengthDistribution): number {
  const total = check(dist, "meanLength");
  return dist.reduce((s, { length, count }) => s + (count / total) * length, 0);
}

/**
 * The per-character accuracy p implied by a measured exact match: the root of
 * Σ_L f_L·p\^L = em, by bisection to 1e-12 (EM(p) is increasing, EM(0) = 0, EM(1) = 1).
 *
 * @param em measured exact match in [0, 1]
 * @param dist answer lengths and their counts
 * @returns the implied p in [0, 1]
 * @throws {RangeError} on em outside [0, 1] or a bad distribution
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { impliedPerChar } from "./implied.ts";
 * assert.ok(Math.abs(impliedPerChar(0.125, [{ length: 3, count: 5 }]) - 0.5) < 1e-10);
 * ```
 */
export function impliedPerChar(em: number, dist: LengthDistribution): number {
  probability("em", em, "impliedPerChar");
  check(dist, "impliedPerChar");
  if (em === 0 || em === 1) return em;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (emFromPerChar(mid, dist) < em) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** An implied per-character accuracy with the band carried over from the exact match. */
export interface ImpliedBand {
  /** implied p at the measured exact match */
  p: number;
  /** implied p at the lower end of the 95 % Wilson interval of the exact match */
  lower: number;
  /** implied p at the upper end */
  upper: number;
}

/**
 * Implied p with a 95 % band: the Wilson interval of `correct` out of `n`, mapped through the
 * increasing function EM ↦ p (so the band's coverage is the Wilson interval's).
 *
 * @param correct exact-match successes
 * @param n problems
 * @param dist answer lengths and their counts
 * @returns p and its band
 * @throws {RangeError} as {@link wilsonInterval} and {@link impliedPerChar}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { impliedBand } from "./implied.ts";
 * const b = impliedBand(0, 2000, [{ length: 2, count: 1 }]);
 * assert.equal(b.p, 0);
 * assert.ok(Math.abs(b.upper - Math.sqrt(3.84 / (2000 + 3.84))) < 1e-3);
 * ```
 */
export function impliedBand(correct: number, n: number, dist: LengthDistribution): ImpliedBand {
  const ci = wilsonInterval(correct, n);
  return {
    p: impliedPerChar(ci.estimate, dist),
    lower: impliedPerChar(ci.lower, dist),
    upper: impliedPerChar(ci.upper, dist),
  };
}
