/**
 * GPT-3 arithmetic through the chain model: from each task's exact match (with its Wilson
 * interval on n problems) to the per-token accuracy it implies, p = EM\^(1/k), for a stated
 * choice of k. No per-token numbers were published; p here is a reading of EM under the
 * chain model, and it changes with k (see `lib/fit/implied_per_token.ts` for the caveats).
 * {@link gpt3SizePoints} does the same for every GPT-3 size and places each task's points on
 * the training-compute axis of Brown et al. (2020, Table D.1).
 *
 * @module
 */
import type { Gpt3ArithmeticRow, Gpt3ComputeRow } from "../data/gpt3.ts";
import { pfDaysToFlops } from "../math/training_compute.ts";
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
 * import { loadGpt3Arithmetic } from "../data/gpt3.ts";
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

/** One task at one model size: exact match and implied per-token accuracy, on a compute axis. */
export interface SizePoint extends ImpliedArithmeticRow {
  /** model name, e.g. "GPT-3 13B" */
  model: string;
  /** short size label, e.g. "13B" */
  size: string;
  /** training FLOPs from Table D.1 (PF-days · 8.64e19) */
  flops: number;
  /** log10 of flops */
  logCompute: number;
}

/**
 * Joins per-size arithmetic scores with Table D.1 compute and reads each through the chain
 * model (p = EM\^(1/k), Wilson interval of EM carried over; see {@link impliedArithmetic}).
 *
 * @param rows rows of `data/gpt3-arithmetic-sizes.csv`
 * @param compute rows of `data/gpt3-compute.csv`
 * @param rule how to count k (`"answer-digits"` or `"operand-digits"`)
 * @param setting which setting to keep, default `"few-shot"`
 * @returns one point per (task, size), grouped by task in file order, smallest model first
 * @throws {Error} if a model has no compute row, or no row matches the setting
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt3ArithmeticSizes, loadGpt3Compute } from "../data/gpt3.ts";
 * import { gpt3SizePoints } from "./implied_arithmetic.ts";
 * const pts = gpt3SizePoints(loadGpt3ArithmeticSizes(), loadGpt3Compute(), "answer-digits");
 * const r = pts.find((x) => x.task === "4D+" && x.size === "175B")!;
 * assert.equal(r.successes, 510);
 * assert.ok(Math.abs(r.p - 0.255 ** (1 / 5)) < 1e-12);
 * ```
 */
export function gpt3SizePoints(
  rows: Gpt3ArithmeticRow[],
  compute: Gpt3ComputeRow[],
  rule: KRule,
  setting = "few-shot",
): SizePoint[] {
  const kept = rows.filter((r) => r.setting === setting);
  if (kept.length === 0) throw new Error(`gpt3SizePoints: no rows with setting "${setting}"`);
  const flopsOf = new Map(compute.map((c) => [c.model, pfDaysToFlops(c.compute_pf_days)]));
  const implied = impliedArithmetic(kept, rule);
  return kept.map((r, i) => {
    const flops = flopsOf.get(r.model);
    if (flops === undefined) {
      throw new Error(`gpt3SizePoints: model "${r.model}" has no row in the compute table`);
    }
    return {
      ...implied[i],
      model: r.model,
      size: r.model.replace(/^GPT-3 /, ""),
      flops,
      logCompute: Math.log10(flops),
    };
  }).sort((a, b) =>
    a.task === b.task ? a.flops - b.flops : kept.findIndex((r) => r.task === a.task) -
      kept.findIndex((r) => r.task === b.task)
  );
}
