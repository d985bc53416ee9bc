/**
 * Statements in words about the chain model and the eight-scale walkthrough that are easy to
 * make and easy to get wrong, each with a verdict and the evidence computed by `lib/`. Numbers are formatted here only for the
 * reader; the values themselves come from the math modules.
 *
 * @module
 */
import { formatNumber } from "../../book/display.ts";
import { exactMatch } from "../../math/exact_match.ts";
import {
  exactMatchSlope,
  maxExactMatchSlope,
  perTokenSlope,
  slopeRatio,
} from "../../math/derivative.ts";
import { elbowLogCompute, transitionWidth } from "../../math/elbow.ts";
import { SCALE_MODEL, SCALE_XS, scaleRows } from "./tables.ts";

/** Verdict on a statement. */
export type StatementVerdict = "holds" | "holds weakly" | "misleading" | "wrong";

/** One checked statement. */
export interface CheckedStatement {
  /** stable id */
  id: string;
  /** what it is about: "the sudden jump", "the eight scales" or "the chain" */
  topic: string;
  /** the statement, in the book's words */
  claim: string;
  /** the verdict */
  verdict: StatementVerdict;
  /** the evidence, computed */
  evidence: string;
}

const f = (x: number, d = 3) => formatNumber(x, d);

/**
 * Builds the checked statements (computed on each call, so they always reflect `lib/`).
 *
 * @returns the statements, grouped by topic
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chainStatements } from "./statements.ts";
 * const s = chainStatements();
 * assert.ok(s.some((x) => x.id === "spacing" && x.verdict === "wrong"));
 * ```
 */
export function chainStatements(): CheckedStatement[] {
  const { x0, s } = SCALE_MODEL;
  const gaps = SCALE_XS.slice(1).map((x, i) => x - SCALE_XS[i]);
  const rows = scaleRows(4);
  const em = rows.map((r) => r.em);
  const rise = (em[6] - em[2]) / (em[7] - em[0]);
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
      id: "spacing",
      topic: "the eight scales",
      claim: "The eight checkpoints are spaced one decade of compute apart.",
      verdict: "wrong",
      evidence: `The gaps are ${gaps.join(", ")} decades: one-decade steps at the ends, ` +
        `half-decade steps in the middle; the eight points span ${
          SCALE_XS.at(-1)! - SCALE_XS[0]
        } decades.`,
    },
    {
      id: "k-times",
      topic: "the sudden jump",
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
      topic: "the sudden jump",
      claim: "The derivative, taken at the midpoint, shows how steep the rise is.",
      verdict: "misleading",
      evidence: `At the per-token midpoint p = ½ the EM curve is flatter than the per-token ` +
        `curve for k ≥ 3: for k = 4 the ratio is ${f(mid4)}, for k = 20 it is ` +
        `${f(slopeRatio(0.5, 20))}. The EM curve is steepest later, at p = k/(k + 1).`,
    },
    {
      id: "plateau",
      topic: "the sudden jump",
      claim: "When p is small, p^k makes the slope vanishingly small, so the plateau is wide.",
      verdict: "holds",
      evidence:
        `dEM/dx = k·p^k·(1 − p)·s: at 10²⁰ FLOPs (p = ${f(rows[0].p)}) the k = 4 slope is ` +
        `${f(exactMatchSlope(20, x0, s, 4))} per decade against ${f(perTokenSlope(20, x0, s))} ` +
        `for p itself.`,
    },
    {
      id: "bulk",
      topic: "the eight scales",
      claim: "The bulk of the EM rise happens between 10²² and 10²⁴ FLOPs.",
      verdict: "holds",
      evidence: `${
        f(100 * rise)
      } % of the total rise from 10²⁰ to 10²⁵ happens in those two decades.`,
    },
    {
      id: "three-rows",
      topic: "the eight scales",
      claim: "On a linear axis the first three rows are indistinguishable from zero.",
      verdict: "wrong",
      evidence:
        `The third row is EM = ${f(em[2])}, 6 % of the axis: the first measurable signal. ` +
        `Only the first two (${f(em[0])}, ${f(em[1])}) are.`,
    },
    {
      id: "nll-rises",
      topic: "the eight scales",
      claim: "Token NLL rises by a factor of 280×.",
      verdict: "misleading",
      evidence:
        `The log-likelihood ln p rises from ${f(rows[0].logLik)} to ${f(rows[7].logLik)}; ` +
        `the NLL (−ln p) falls, by a factor of ${f(rows[0].logLik / rows[7].logLik)}. ` +
        `A ratio of negative numbers is not a 'rise'.`,
    },
    {
      id: "later-sharper",
      topic: "the eight scales",
      claim:
        "Going from k = 4 to k = 20 moves the elbow about one decade right and makes it steeper.",
      verdict: "holds weakly",
      evidence: `The EM = ½ point moves from ${f(e4, 4)} to ${f(e20, 4)} ` +
        `(${f(e20 - e4)} decades): that part holds. The steepest slope grows from ${f(m4)} to ` +
        `${f(m20)} per decade (${f(100 * (m20 / m4 - 1), 2)} %), and the 10 %→90 % width shrinks ` +
        `from ${f(w4)} to ${f(w20)} decades: steeper, but barely.`,
    },
    {
      id: "k1",
      topic: "the chain",
      claim: "At k = 1 the exact-match and per-token curves are identical.",
      verdict: "holds",
      evidence: `p^1 = p; e.g. EM(0.7, 1) = ${exactMatch(0.7, 1)}.`,
    },
  ];
}
