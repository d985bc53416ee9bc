/**
 * Statements in words about the eight-scale walkthrough that are easy to make and easy to get
 * wrong, each with a verdict and the evidence computed by `lib/`. Numbers are formatted here
 * only for the reader; the values themselves come from the chapter's table.
 *
 * @module
 */
import { formatNumber } from "../../format/number.ts";
import type { CheckedStatement } from "../../book/statements.ts";
import { SCALE_XS, scaleRows } from "./tables.ts";

const f = (x: number, d = 3) => formatNumber(x, d);

/**
 * Builds the checked statements (computed on each call, so they always reflect `lib/`).
 *
 * @returns the statements, in the order the chapter shows them
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scaleStatements } from "./statements.ts";
 * const s = scaleStatements();
 * assert.ok(s.some((x) => x.id === "spacing" && x.verdict === "wrong"));
 * ```
 */
export function scaleStatements(): CheckedStatement[] {
  const gaps = SCALE_XS.slice(1).map((x, i) => x - SCALE_XS[i]);
  const rows = scaleRows(4);
  const em = rows.map((r) => r.em);
  const rise = (em[6] - em[2]) / (em[7] - em[0]);
  return [
    {
      id: "spacing",
      claim: "The eight checkpoints are spaced one decade of compute apart.",
      verdict: "wrong",
      evidence: `The gaps are ${gaps.join(", ")} decades: one-decade steps at the ends, ` +
        `half-decade steps in the middle; the eight points span ${
          SCALE_XS.at(-1)! - SCALE_XS[0]
        } decades.`,
    },
    {
      id: "bulk",
      claim: "The bulk of the EM rise happens between 10²² and 10²⁴ FLOPs.",
      verdict: "holds",
      evidence: `${
        f(100 * rise)
      } % of the total rise from 10²⁰ to 10²⁵ happens in those two decades.`,
    },
    {
      id: "three-rows",
      claim: "On a linear axis the first three rows are indistinguishable from zero.",
      verdict: "wrong",
      evidence:
        `The third row is EM = ${f(em[2])}, 6 % of the axis: the first measurable signal. ` +
        `Only the first two (${f(em[0])}, ${f(em[1])}) are.`,
    },
    {
      id: "nll-rises",
      claim: "Token NLL rises by a factor of 280×.",
      verdict: "misleading",
      evidence:
        `The log-likelihood ln p rises from ${f(rows[0].logLik)} to ${f(rows[7].logLik)}; ` +
        `the NLL (−ln p) falls, by a factor of ${f(rows[0].logLik / rows[7].logLik)}. ` +
        `A ratio of negative numbers is not a 'rise'.`,
    },
  ];
}
