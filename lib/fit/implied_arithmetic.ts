/**
 * GPT-3 arithmetic through the chain model: from each task's exact match (with its Wilson
 * interval on n problems) to the per-token accuracy it implies, p = EM\^(1/k), for a stated
 * choice of k. No per-token numbers were published; p here is a reading of EM under the
 * chain model, and it changes with k (see `lib/fit/implied_per_token.ts` for the caveats).
 *
 * @module
 */
import type { Gpt3ArithmeticRow } from "../data/published.ts";
import { type ImpliedInterval, impliedPerTokenInterval } from "./implied_per_token.ts";

/**
 * How to count the scored units k of an arithmetic answer:
 * - `"operand-digits"`: the number of digits per operand (2 for 2D+);
 * - `"answer-digits"`: the most digits the answer can have (3 for 2D+, since 99 + 99 = 198).
 * (BPE tokens are a third count: GPT-3's tokenizer splits numbers into chunks of up to three
 * digits, so a 4-digit answer is often 2 tokens; that k is smaller still.)
 */
export type KRule = "operand-digits" | "answer-digits";

/**
 * One task read through the chain model: the task, its count of correct answers, and the
 * exact match with the implied per-token accuracy, each with its interval
 * ({@link ImpliedInterval}).
 */
export interface ImpliedArithmeticRow extends ImpliedInterval {
  /** task label, e.g. "3D+" */
  task: string;
  /** `"addition"`, `"subtraction"`, `"multiplication"` or `"composite"` */
  operation: string;
  /** k under the chosen rule */
  k: number;
  /** correct answers, round(accuracy · n) */
  successes: number;
  /** problems */
  n: number;
}

/**
 * Reads each arithmetic row through the chain model.
 *
 * @param rows rows of `data/gpt3-arithmetic.csv`
 * @param rule how to count k
 * @returns one row per task, in file order
 * @throws {RangeError} if accuracy·n is further from a whole number than the printed precision
 *   (0.1 point, i.e. 0.0005·n) allows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt3Arithmetic } from "../data/published.ts";
 * import { impliedArithmetic } from "./implied_arithmetic.ts";
 * const r = impliedArithmetic(loadGpt3Arithmetic(), "operand-digits").find((x) => x.task === "4D+")!;
 * assert.equal(r.successes, 510); // 25.5 % of 2,000
 * assert.ok(Math.abs(r.p - 0.255 ** 0.25) < 1e-12);
 * ```
 */
export function impliedArithmetic(rows: Gpt3ArithmeticRow[], rule: KRule): ImpliedArithmeticRow[] {
  return rows.map((r) => {
    const exact = (r.accuracy_pct / 100) * r.n;
    const successes = Math.round(exact);
    // percentages are printed to 0.1 point: allow half of that, 0.05 % of n
    if (Math.abs(exact - successes) > 0.0005 * r.n + 1e-9) {
      throw new RangeError(`${r.task}: ${r.accuracy_pct}% of ${r.n} is not a whole count`);
    }
    const k = rule === "operand-digits" ? r.operand_digits : r.answer_digits_max;
    const i = impliedPerTokenInterval(successes, r.n, k);
    return {
      task: r.task,
      operation: r.operation,
      k,
      successes,
      n: r.n,
      em: i.em,
      emLower: i.emLower,
      emUpper: i.emUpper,
      p: i.p,
      pLower: i.pLower,
      pUpper: i.pUpper,
    };
  });
}
