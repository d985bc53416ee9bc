/**
 * Multiple-choice grading from per-row answer log-likelihoods (lm-eval / BIG-bench style): the
 * grade (top-ranked option correct), and the Brier score over a question's options, with the
 * option probabilities the softmax of the ranking scores.
 *
 * @module
 */
import { describe } from "../validate.ts";

/** Multiple-choice grouping of the batch rows (lm-eval / BIG-bench style). */
export interface MultipleChoice {
  /**
   * question id of each example row (length B); rows with the same id are the options of
   * one question, each scored by the log-likelihood of its answer span
   */
  question: ArrayLike<number>;
  /** 1 for the row holding a question's correct option, else 0; exactly one 1 per question */
  correct: ArrayLike<number>;
  /**
   * rank options by the `"sum"` of answer-token log-likelihoods (default, as BIG-bench) or
   * by their `"mean"` (length-normalized)
   */
  normalize?: "sum" | "mean";
}

/** Multiple-choice results. */
export interface MultipleChoiceScores {
  /** questions answered correctly / questions: the multiple-choice grade */
  grade: number;
  /** questions whose top-ranked option is the correct one */
  correct: number;
  /** number of questions */
  questions: number;
  /**
   * mean over questions of Σ_options (q_i − 1[i correct])², where q = softmax of the options'
   * summed log-likelihoods: a continuous counterpart of the grade
   */
  brier: number;
  /** per question (in order of first appearance): 1 if graded correct */
  perQuestion: Uint8Array;
  /** per question: the probability given to the correct option */
  correctOptionProbability: Float64Array;
}

/**
 * Multiple-choice grade and Brier score from per-row answer log-likelihoods: each question's
 * options are ranked by log-likelihood (sum, or mean per token); the question is correct when
 * the top option (first on ties) is the correct one. The option probabilities for the Brier
 * score are the softmax of the ranking scores within the question.
 *
 * @param mc question ids and correct flags per row
 * @param logLikelihood Σ ln q(target) per row
 * @param answerTokens answer tokens per row (for `normalize: "mean"`)
 * @returns grade, counts, Brier score and per-question values
 * @throws {RangeError} if lengths disagree with the batch, a flag is not 0/1, a question
 *   id is not an integer, or a question does not have exactly one correct option
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gradeMultipleChoice } from "./multiple_choice.ts";
 * const g = gradeMultipleChoice(
 *   { question: [0, 0, 1, 1], correct: [1, 0, 0, 1] },
 *   new Float64Array([-1, -2, -1, -3]),
 *   new Int32Array([1, 1, 1, 1]),
 * );
 * assert.equal(g.grade, 0.5);
 * ```
 */
export function gradeMultipleChoice(
  mc: MultipleChoice,
  logLikelihood: Float64Array,
  answerTokens: Int32Array,
): MultipleChoiceScores {
  const B = logLikelihood.length;
  if (!mc.question || mc.question.length !== B) {
    throw new RangeError(
      `options.multipleChoice.question has ${mc.question?.length} entries, batch has B = ${B}`,
    );
  }
  if (!mc.correct || mc.correct.length !== B) {
    throw new RangeError(
      `options.multipleChoice.correct has ${mc.correct?.length} entries, batch has B = ${B}`,
    );
  }
  const normalize = mc.normalize ?? "sum";
  if (normalize !== "sum" && normalize !== "mean") {
    throw new RangeError(
      `options.multipleChoice.normalize must be "sum" or "mean", got ${describe(normalize)}`,
    );
  }
  const groups = new Map<number, number[]>();
  for (let b = 0; b < B; b++) {
    const q = mc.question[b];
    if (!Number.isInteger(q)) {
      throw new RangeError(
        `options.multipleChoice.question[${b}] must be an integer id, got ${describe(q)}`,
      );
    }
    const c = mc.correct[b];
    if (c !== 0 && c !== 1) {
      throw new RangeError(
        `options.multipleChoice.correct[${b}] must be 0 or 1, got ${describe(c)}`,
      );
    }
    let g = groups.get(q);
    if (!g) groups.set(q, g = []);
    g.push(b);
  }
  const perQuestion = new Uint8Array(groups.size);
  const pCorrect = new Float64Array(groups.size);
  let correctCount = 0, brierSum = 0, qi = 0;
  for (const [q, rows] of groups) {
    const nCorrect = rows.filter((b) => mc.correct[b] === 1).length;
    if (nCorrect !== 1) {
      throw new RangeError(
        `question ${q} has ${nCorrect} correct options in options.multipleChoice.correct; exactly one is needed`,
      );
    }
    const scores = rows.map((b) =>
      normalize === "sum" ? logLikelihood[b] : logLikelihood[b] / answerTokens[b]
    );
    let best = 0;
    for (let i = 1; i < rows.length; i++) if (scores[i] > scores[best]) best = i;
    const mx = scores[best];
    const ex = scores.map((x) => Math.exp(x - mx));
    const z = ex.reduce((a, x) => a + x, 0);
    let brier = 0;
    rows.forEach((b, i) => {
      const prob = ex[i] / z;
      const y = mc.correct[b];
      brier += (prob - y) ** 2;
      if (y === 1) pCorrect[qi] = prob;
    });
    const right = mc.correct[rows[best]] === 1 ? 1 : 0;
    perQuestion[qi] = right;
    correctCount += right;
    brierSum += brier;
    qi++;
  }
  return {
    grade: correctCount / groups.size,
    correct: correctCount,
    questions: groups.size,
    brier: brierSum / groups.size,
    perQuestion,
    correctOptionProbability: pCorrect,
  };
}
