/**
 * Exercises for chapter 7 (two metrics from one forward pass). Answers are computed by
 * `lib/metrics`.
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { levenshtein, scoreForwardPass } from "../metrics/forward_pass.ts";
import { promptDilution } from "../metrics/dilution.ts";

/** Edit distance is not the number of wrong positions. */
export const ex07_1: Exercise = {
  id: "7.1",
  question: "The model predicts the answer tokens [0, 1, 2]; the target is [1, 2, 0]. Every " +
    "position is wrong. What is the token edit distance? Give a whole number.",
  answer: () => levenshtein([0, 1, 2], [1, 2, 0]),
  precision: { decimals: 0 },
  tolerance: 0.5,
  explanation: "2: delete the leading 0 and append a 0. Position-by-position the answer is all " +
    "wrong (token accuracy 0), yet two edits fix it — edit distance gives partial credit for a " +
    "shifted answer.",
  hint: "Levenshtein counts insertions, deletions and substitutions. Can you do better than " +
    "three substitutions?",
};

/** Brier score of one token by hand. */
export const ex07_2: Exercise = {
  id: "7.2",
  question: "At one answer position the logits are [ln 8, 0, 0] (so q = [0.8, 0.1, 0.1]) and " +
    "the target is token 1. What is the Brier score Σ_v (q_v − 1[v = target])²? Two decimals.",
  answer: () =>
    scoreForwardPass({
      logits: new Float64Array([Math.log(8), 0, 0]),
      shape: [1, 1, 3],
      targets: [1],
      answerMask: [1],
    }).brier,
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "0.8² + (0.1 − 1)² + 0.1² = 0.64 + 0.81 + 0.01 = 1.46. A confident wrong answer " +
    "costs almost the maximum of 2; a flat guess over three tokens would cost 2/3.",
  hint: "Square the gap between each probability and the one-hot target vector, and add up.",
};

/** Prompt dilution in numbers. */
export const ex07_3: Exercise = {
  id: "7.3",
  question: "In the chapter's constructed example (64 examples, 99 copied prompt tokens, 1 " +
    "answer token guessed from V = 10), what per-token accuracy do you get if you score every " +
    "position instead of the answer only? Three decimals.",
  answer: () =>
    promptDilution({ examples: 64, promptTokens: 99, answerTokens: 1, vocab: 10 })
      .everyPosition.tokenAccuracy,
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "Almost 0.99: 99 of every 100 scored tokens are copied prompt tokens the model " +
    "cannot get wrong. The answer-only score is ten times lower. The mask decides what is " +
    "being measured.",
  hint: "Count right tokens over all 100 positions of each example: the prompt positions are " +
    "all right; how many answer positions are?",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex07_1, ex07_2, ex07_3];
