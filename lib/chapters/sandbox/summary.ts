/**
 * Tables for the sandbox chapter: what moving k does to the exact-match elbow, and what the
 * log-likelihood curve looks like. Every number comes from `lib/math`.
 *
 * @module
 */
import { elbowLogCompute, transitionWidth } from "../../math/elbow.ts";
import { logLikelihoodSlope, maxExactMatchSlope } from "../../math/derivative.ts";
import { meanTokenLogLikelihood } from "../../math/loglik.ts";
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import { validateState } from "./state.ts";
import { formatCompute } from "./text.ts";

/** One chain length's elbow. */
export interface ElbowRow {
  /** chain length */
  k: number;
  /** log10 compute where EM = ½ */
  elbow: number;
  /** the same in FLOPs, as text */
  flops: string;
  /** decades right of x0 (the k = 1 elbow) */
  shift: number;
  /** decades from EM = 0.1 to EM = 0.9 */
  width10to90: number;
  /** steepest exact-match slope over all x, per decade */
  maxSlope: number;
}

/**
 * The elbow, its shift, the 10 %→90 % width and the steepest slope for several k.
 *
 * @param ks chain lengths (each 1 … 50)
 * @param x0 midpoint (19 … 26)
 * @param s steepness (0.25 … 4)
 * @returns one row per k, in the given order
 * @throws {RangeError} if a k, x0 or s is outside the sandbox's ranges, or ks is empty
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { elbowRows } from "./summary.ts";
 * const [one, twenty] = elbowRows([1, 20], 22, 1.5);
 * assert.equal(one.elbow, 22);
 * assert.ok(Math.abs(twenty.shift - 2.2299) < 1e-4);
 * ```
 */
export function elbowRows(ks: number[], x0: number, s: number): ElbowRow[] {
  if (ks.length === 0) throw new RangeError("ks must list at least one chain length");
  return ks.map((k) => {
    validateState({ k, x0, s }, "elbowRows");
    const elbow = elbowLogCompute(k, x0, s);
    return {
      k,
      elbow,
      flops: formatCompute(elbow),
      shift: elbow - x0,
      width10to90: transitionWidth(k, s, 0.1, 0.9),
      maxSlope: maxExactMatchSlope(k, s),
    };
  });
}

/** The log-likelihood curve at one compute. */
export interface LogLikRow {
  /** log10 compute */
  x: number;
  /** per-token accuracy */
  p: number;
  /** mean token log-likelihood ln p, nats */
  lnP: number;
  /** its slope d(ln p)/dx, nats per decade */
  slope: number;
}

/**
 * ln p and its slope at several computes: the slope is s·(1 − p), so ln p climbs in a
 * straight line (slope ≈ s) well below x0 and flattens towards 0 above it.
 *
 * @param xs log10 computes (finite)
 * @param x0 midpoint (19 … 26)
 * @param s steepness (0.25 … 4)
 * @returns one row per x
 * @throws {RangeError} on a non-finite x or x0/s outside the sandbox's ranges
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logLikRows } from "./summary.ts";
 * const [r] = logLikRows([22], 22, 1.5);
 * assert.ok(Math.abs(r.lnP + Math.LN2) < 1e-15 && Math.abs(r.slope - 0.75) < 1e-15);
 * ```
 */
export function logLikRows(xs: number[], x0: number, s: number): LogLikRow[] {
  validateState({ x0, s }, "logLikRows");
  return xs.map((x) => {
    const p = perTokenAccuracy(x, x0, s);
    return { x, p, lnP: meanTokenLogLikelihood(p), slope: logLikelihoodSlope(x, x0, s, 1) };
  });
}
