/**
 * Small hand-built forward passes used by chapter 6, small enough to check by hand.
 *
 * @module
 */
import type { ForwardPass } from "../../metrics/forward_pass.ts";

/**
 * Two examples, three positions, vocabulary of three tokens.
 *
 * - Example 0: position 0 is prompt (mask 0, padding target −100); position 1 has logits
 *   [0, ln 2, 0] (q = [¼, ½, ¼]) and target 1 — right; position 2 has logits [ln 3, 0, 0]
 *   (q = [⅗, ⅕, ⅕]) and target 2 — wrong.
 * - Example 1: all three positions are answer; each puts logit ln 8 on one token (q = 0.8,
 *   0.1, 0.1): predicted [0, 1, 2], target [1, 2, 0] — every position wrong, but two edits
 *   (drop the first token, append it) turn the prediction into the target.
 *
 * @returns the forward-pass input
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tinyBatch } from "./examples.ts";
 * assert.deepEqual(tinyBatch().shape, [2, 3, 3]);
 * ```
 */
export function tinyBatch(): ForwardPass {
  const l8 = Math.log(8);
  return {
    logits: new Float64Array([
      0,
      0,
      0,
      0,
      Math.log(2),
      0,
      Math.log(3),
      0,
      0,
      l8,
      0,
      0,
      0,
      l8,
      0,
      0,
      0,
      l8,
    ]),
    shape: [2, 3, 3],
    targets: new Int32Array([-100, 1, 2, 1, 2, 0]),
    answerMask: new Uint8Array([0, 1, 1, 1, 1, 1]),
  };
}

/**
 * Two multiple-choice questions with two one-token options each (rows 0–1: question 0, the
 * first option correct; rows 2–3: question 1, the second option correct). Every row has
 * logits [ln 3, 0]; targets alternate 0, 1, so each question's first option gets probability
 * ¾ and its second ¼: question 0 is graded right, question 1 wrong.
 *
 * @returns the forward-pass input with `options.multipleChoice`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tinyMultipleChoice } from "./examples.ts";
 * assert.equal(tinyMultipleChoice().options?.multipleChoice?.question.length, 4);
 * ```
 */
export function tinyMultipleChoice(): ForwardPass {
  const l3 = Math.log(3);
  return {
    logits: new Float64Array([l3, 0, l3, 0, l3, 0, l3, 0]),
    shape: [4, 1, 2],
    targets: new Int32Array([0, 1, 0, 1]),
    answerMask: new Uint8Array([1, 1, 1, 1]),
    options: { multipleChoice: { question: [0, 0, 1, 1], correct: [1, 0, 0, 1] } },
  };
}
