/**
 * Common statements about the sudden jump, checked against the chain model
 * p(x) = σ(1.5·(x − 22)) and EM = p^k: where the exact-match slope is k times the per-token
 * slope, what the midpoint derivative shows, why the plateau is wide, and how much steeper a
 * longer chain makes the rise.
 *
 * @module
 */
import { formatNumber } from "../../format/number.ts";
import type { CheckedStatement } from "../../book/statements.ts";
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import {
  exactMatchSlope,
  maxExactMatchSlope,
  perTokenSlope,
  slopeRatio,
} from "../../math/derivative.ts";
import { elbowLogCompute, transitionWidth } from "../../math/elbow.ts";

/** The chapter's per-token sigmoid: midpoint 10²² FLOPs, steepness 1.5 per decade. */
export const JUMP_MODEL: Readonly<{ x0: number; s: number }> = Object.freeze({ x0: 22, s: 1.5 });

const f = (x: number, d = 3) => formatNumber(x, d);

/**
 * The statements about the sudden jump, each with a verdict and the computed evidence.
 *
 * @returns the statements, in the order the chapter shows them
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { jumpStatements } from "./statements.ts";
 * const s = jumpStatements();
 * assert.ok(s.some((x) => x.id === "k-times" && x.verdict === "misleading"));
 * ```
 */
export function jumpStatements(): CheckedStatement[] {
  const { x0, s } = JUMP_MODEL;
  const p20 = perTokenAccuracy(20, x0, s);
  const e4 = elbowLogCompute(4, x0, s);
  const e20 = elbowLogCompute(20, x0, s);
  const m1 = maxExactMatchSlope(1, s);
  const m4 = maxExactMatchSlope(4, s);
  const m20 = maxExactMatchSlope(20, s);
  const w4 = transitionWidth(4, s);
  const w20 = transitionWidth(20, s);
  const mid4 = exactMatchSlope(x0, x0, s, 4) / perTokenSlope(x0, x0, s);
  return [
    {
      id: "k-times",
      claim: "The EM slope is k times the per-token slope where p is close to 1, " +
        "so longer chains have steeper elbows.",
      verdict: "misleading",
      evidence: `The ratio is k·p^(k−1), which is k only in the limit p → 1, where both slopes ` +
        `vanish. For k = 20 it is ${f(slopeRatio(0.95, 20))} at p = 0.95 and ` +
        `${f(slopeRatio(0.99, 20))} at p = 0.99; at the steepest point of the EM curve it is ` +
        `${f(slopeRatio(20 / 21, 20))}. The steepest EM slope grows only from s/4 = ${f(m1)} ` +
        `(k = 1) to ${f(m20)} (k = 20) per decade, never beyond s/e.`,
    },
    {
      id: "midpoint",
      claim: "The derivative, taken at the midpoint, shows how steep the rise is.",
      verdict: "misleading",
      evidence: `At the per-token midpoint p = ½ the EM curve is flatter than the per-token ` +
        `curve for k ≥ 3: for k = 4 the ratio is ${f(mid4)}, for k = 20 it is ` +
        `${f(slopeRatio(0.5, 20))}. The EM curve is steepest later, at p = k/(k + 1).`,
    },
    {
      id: "plateau",
      claim: "When p is small, p^k makes the slope vanishingly small, so the plateau is wide.",
      verdict: "holds",
      evidence: `dEM/dx = k·p^k·(1 − p)·s: at 10²⁰ FLOPs (p = ${f(p20)}) the k = 4 slope is ` +
        `${f(exactMatchSlope(20, x0, s, 4))} per decade against ${f(perTokenSlope(20, x0, s))} ` +
        `for p itself.`,
    },
    {
      id: "later-sharper",
      claim:
        "Going from k = 4 to k = 20 moves the elbow about one decade right and makes it steeper.",
      verdict: "holds weakly",
      evidence: `The EM = ½ point moves from ${f(e4, 4)} to ${f(e20, 4)} ` +
        `(${f(e20 - e4)} decades): that part holds. The steepest slope grows from ${f(m4)} to ` +
        `${f(m20)} per decade (${f(100 * (m20 / m4 - 1), 2)} %), and the 10 %→90 % width shrinks ` +
        `from ${f(w4)} to ${f(w20)} decades: steeper, but barely.`,
    },
  ];
}
