/**
 * Exercises for chapter 6 (two metrics from one forward pass). Answers are computed by
 * `lib/metrics`.
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { scoreForwardPass } from "../../metrics/forward_pass.ts";
import { levenshtein } from "../../metrics/levenshtein.ts";
import { promptDilution } from "../../metrics/dilution.ts";

/** Edit distance is not the number of wrong positions. */
export const ex6_1: Exercise = {
  id: "6.1",
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
export const ex6_2: Exercise = {
  id: "6.2",
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
export const ex6_3: Exercise = {
  id: "6.3",
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

const DILUTION = { examples: 64, promptTokens: 99, answerTokens: 1, vocab: 10 };

/** Predict: a longer prompt dilutes more. */
export const ex6_4: Exercise = {
  id: "6.4",
  kind: "predict",
  question: "In the constructed example, make the copied prompt ten times longer (999 tokens " +
    "instead of 99) and keep scoring every position. Does the per-token accuracy move closer " +
    "to 1, farther from 1, or not change?",
  prediction: { type: "direction", options: ["closer to 1", "farther from 1", "no change"] },
  answer: () => {
    const a = promptDilution(DILUTION).everyPosition.tokenAccuracy;
    const b = promptDilution({ ...DILUTION, promptTokens: 999 }).everyPosition.tokenAccuracy;
    return b > a ? "closer to 1" : b < a ? "farther from 1" : "no change";
  },
  explanation: "Closer to 1 (about 0.9991): the answer is now one scored token in a thousand, " +
    "so the score says even less about it. Scored over every position, a longer prompt makes " +
    "any model look better.",
  hint: "The prompt positions are all right. What share of scored positions is the answer?",
};

/** Change a parameter: a bigger vocabulary. */
export const ex6_5: Exercise = {
  id: "6.5",
  kind: "change-parameter",
  question: "The cell below scores the constructed example on the answer token only. Change " +
    "the vocabulary V from 10 to 100 and rerun it. What is the answer-only per-token accuracy " +
    "now? Three decimals.",
  answer: () => promptDilution({ ...DILUTION, vocab: 100 }).answerOnly.tokenAccuracy,
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "About 0.016 (1 of 64 examples), down from 0.109: guessing among a hundred " +
    "tokens is harder than among ten. The every-position score hardly moves (0.991 → 0.990), " +
    "so it hides the change entirely.",
  hint: "Rerun with vocab: 100 and read the answer-only row.",
};

/** Discussion: report both metrics? */
export const ex6_6: Exercise = {
  id: "6.6",
  kind: "discuss",
  question: "Your team reports one number per benchmark, exact match. Argue for or against " +
    "also reporting the mean answer log-likelihood, given that both come from the same " +
    "forward pass.",
  answer: () =>
    "For: it costs nothing extra (same logits, same mask), it moves while exact match sits at " +
    "zero, so it is the signal to extrapolate, and it shows partial progress. Against or with " +
    "care: it depends on the tokenizer and answer length, so it does not compare across model " +
    "families without normalising; it rewards confident near-misses; and it is not what users " +
    "experience. Good answers also mention the mask: a log-likelihood over every position " +
    "measures prompt copying (exercise 6.3). A strong answer proposes reporting both, each " +
    "with its uncertainty, and says which decision each serves.",
  explanation: "Both come free from one pass; each answers a different question, and the " +
    "mask decides what either measures.",
  hint: "List what each number is for, what it costs, and how it can mislead.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex6_1, ex6_2, ex6_3, ex6_4, ex6_5, ex6_6];
