/**
 * Exercises for chapter 10 (the model ladder). Answers are computed from the library and the
 * committed ladder results (`data/ladder-*.csv`), never typed in.
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { parameterCount } from "../../model/mlp.ts";
import { modelConfig } from "../../training/train_run.ts";
import { wilsonInterval } from "../../stats/wilson.ts";
import {
  chainComparison,
  finalPoints,
  ladderEmergenceScores,
  loadLadder,
  rungCheckpoints,
} from "./analysis.ts";

/** Parameters of the H = 32 model for 5-digit addition. */
export const ex10_1: Exercise = {
  id: "10.1",
  question:
    "The ladder's model has context L = 3n + 2 = 17 tokens for n = 5, vocabulary V = 13 and two " +
    "hidden layers of width H. How many parameters does the H = 32 rung have? Give a whole number.",
  answer: () => parameterCount(modelConfig(5, 32)),
  precision: { decimals: 0 },
  tolerance: 0.5,
  explanation:
    "N = L·V·H + H + H² + H + H·V + V = 17·13·32 + 32 + 1024 + 32 + 416 + 13 = 8589; the " +
    "one-hot first layer (7072) dominates at this width.",
  hint: "Count W₁ (one row of H weights per position and token), b₁, W₂ (H × H), b₂, W₃ " +
    "(H × V) and b₃.",
};

/** p\^k from the H = 32 rung's final per-token accuracy. */
export const ex10_2: Exercise = {
  id: "10.2",
  question:
    "At its last checkpoint the H = 32 rung has the per-token accuracy p shown in the ladder " +
    "table, on k = 6 answer digits. What exact match does the chain model p^k predict? " +
    "(Give 3 significant digits.)",
  answer: () => {
    const d = loadLadder();
    return chainComparison(d, rungCheckpoints(d, 32).at(-1)!).pk;
  },
  precision: { significant: 3 },
  tolerance: 1e-3,
  explanation:
    "Raising p to the 6th power assumes every digit is as hard as the average one. The " +
    "measured exact match is lower, because the digits are not equally hard: the product of " +
    "the six per-digit accuracies is never above p^6 (AM–GM) and is the better predictor here.",
  hint: "Take p from the table's per-token column (the point estimate, not the interval) and " +
    "raise it to the power k = n + 1.",
};

/** The Wilson upper bound for 0 correct out of 20. */
export const ex10_3: Exercise = {
  id: "10.3",
  question:
    "A checkpoint answers 0 of the first 20 test problems exactly. What is the upper end of " +
    "the 95 % Wilson interval for its exact match? Three decimals.",
  answer: () => wilsonInterval(0, 20).upper,
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation:
    "With k = 0 the Wilson upper end is z²/(n + z²) = 3.84/23.84 ≈ 0.161: the 20-problem test " +
    "cannot tell 0 from 16 %, so every checkpoint below that looks the same — flat at zero.",
  hint: "For zero successes the Wilson interval is [0, z²/(n + z²)] with z = 1.96.",
};

/** The emergence score of exact match across the ladder's final points. */
export const ex10_4: Exercise = {
  id: "10.4",
  question: "Using the final exact match of the rungs (smallest first) from the ladder table, " +
    "compute the BIG-bench emergence score (max − min) / sqrt(median of squared consecutive " +
    "differences), with the denominator floored at 1/2000. (2 significant digits are enough.)",
  answer: () =>
    ladderEmergenceScores(finalPoints(loadLadder())).find((s) => s.metric === "exact match")!
      .score,
  precision: { significant: 2 },
  tolerance: 1,
  explanation:
    "Most of the nine steps between rungs are small and a few are large, so their median is " +
    "small and the score is large: the definition rewards a curve that moves in a few jumps.",
  hint: "List the nine differences between neighbouring rungs, square them, take the median " +
    "(the 5th smallest), then its square root.",
};

/** Predict: exact match on an answer twice as long. */
export const ex10_5: Exercise = {
  id: "10.5",
  kind: "predict",
  question: "Take the H = 32 rung at its last checkpoint and a new task whose answer is two " +
    "independent 6-digit sums written one after the other (12 digits, all must be right). " +
    "Predict its exact match as a range before running the cell that computes it from the " +
    "rung's measured 6-digit exact match.",
  prediction: { type: "range", maxWidth: 0.1 },
  answer: () => {
    const d = loadLadder();
    return chainComparison(d, rungCheckpoints(d, 32).at(-1)!).measured ** 2;
  },
  explanation: "About 0.135, the square of the measured 0.3675: two independent answers must " +
    "both be right. Doubling the answer length does not halve exact match, it squares it; " +
    "from the average per-digit accuracy (0.879¹²) you would have said 0.21.",
  hint: "Both halves must be right, independently. What is the probability of that?",
};

/** Change a parameter: a wider hidden layer. */
export const ex10_6: Exercise = {
  id: "10.6",
  kind: "change-parameter",
  question: "The cell below counts the parameters of the H = 32 rung. Change H to 64 and rerun " +
    "it. How many parameters does the H = 64 rung have? Give a whole number.",
  answer: () => parameterCount(modelConfig(5, 64)),
  precision: { decimals: 0 },
  tolerance: 0.5,
  explanation: "19,213, 2.2 times the 8,589 of H = 32, not 2 or 4 times: the one-hot first " +
    "layer grows in proportion to H, the H × H layer as H², and at these widths the first one " +
    "still dominates.",
  hint: "N = L·V·H + H + H² + H + H·V + V with L = 17, V = 13.",
};

/** Discussion: what a tiny ladder can teach about large models. */
export const ex10_7: Exercise = {
  id: "10.7",
  kind: "discuss",
  question: "The ladder's models are small networks trained on 5-digit addition. " +
    "Which of the chapter's findings would you expect to hold for large language models, and " +
    "which might not?",
  answer: () =>
    "Likely to transfer: exact match over several digits jumps while per-token accuracy and " +
    "NLL move smoothly, because that follows from the grading, not from the architecture; the " +
    "product of per-position accuracies beats p^k because digit difficulty is unequal (carries); " +
    "small test sets make the flat stretch look flatter. Less certain: the shape of the " +
    "per-token curve in model size (tiny models, one task, fixed data), the sizes at which " +
    "things happen, and effects that need language (in-context learning, prompt sensitivity, " +
    "tokenization of numbers). Ask students which finding depends only on arithmetic of " +
    "probabilities and which on what the model learned.",
  explanation: "Findings that follow from the grading transfer; sizes, curve shapes and " +
    "language-specific effects may not.",
  hint: "Sort each finding by whether it follows from probability arithmetic or from training.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex10_1, ex10_2, ex10_3, ex10_4, ex10_5, ex10_6, ex10_7];
