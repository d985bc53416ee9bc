/**
 * Exercises for chapter 2 (the chain).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { exactMatch, maxChainLength, requiredPerToken } from "../../math/exact_match.ts";

/** A 20-token answer at p = 0.9. */
export const ex2_1: Exercise = {
  id: "2.1",
  question: "A model gets each token right with probability 0.9. What is its exact match on a " +
    "20-token answer? Three decimals.",
  answer: () => exactMatch(0.9, 20),
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "0.9²⁰ ≈ 0.122: a model that is right nine times out of ten per token gets " +
    "only one 20-token answer in eight fully right.",
  hint: "Multiply twenty independent factors of 0.9.",
};

/** Per-token accuracy for 50 % exact match on 20 tokens. */
export const ex2_2: Exercise = {
  id: "2.2",
  question: "What per-token accuracy p gives 50 % exact match on a 20-token answer? Four " +
    "decimals.",
  answer: () => requiredPerToken(0.5, 20),
  precision: { decimals: 4 },
  tolerance: 1e-4,
  explanation: "p = 0.5^(1/20) ≈ 0.9659: half the answers right needs about 96.6 % per token.",
  hint: "Solve p²⁰ = 0.5 for p.",
};

/** Longest chain at p = 0.99 with EM ≥ ½. */
export const ex2_3: Exercise = {
  id: "2.3",
  question: "At p = 0.99, what is the longest chain k that still gives exact match of at least " +
    "0.5? Give a whole number.",
  answer: () => maxChainLength(0.99, 0.5),
  precision: { decimals: 0 },
  tolerance: 0.5,
  explanation: "0.99⁶⁸ ≈ 0.505 and 0.99⁶⁹ ≈ 0.4998, so k = 68: roughly ln 2 / (1 − p).",
  hint: "Find the largest integer k with k·ln(0.99) ≥ ln(0.5).",
};

/** Predict: halving the error rate on a 50-token answer. */
export const ex2_4: Exercise = {
  id: "2.4",
  kind: "predict",
  question: "A model improves its per-token accuracy from 0.95 to 0.975, halving its error " +
    "rate. By what factor does its exact match on a 50-token answer grow? Predict a range " +
    "before running the cell that computes both values.",
  prediction: { type: "range", maxWidth: 1 },
  answer: () => exactMatch(0.975, 50) / exactMatch(0.95, 50),
  explanation: "About 3.7: (0.975/0.95)⁵⁰ = e^(50·0.026) ≈ 3.7, from 0.077 to 0.28. For a long " +
    "answer a modest per-token gain multiplies exact match several times; the same gain on a " +
    "2-token answer would add only 5 %.",
  hint: "The factor is (0.975/0.95)^50. Take logs: 50·ln(1.0263).",
};

/** Change a parameter: the chain length. */
export const ex2_5: Exercise = {
  id: "2.5",
  kind: "change-parameter",
  question: "The cell below finds the per-token accuracy needed for 50 % exact match on a " +
    "20-token answer. Change k to 40 and rerun it. What per-token accuracy is needed now? " +
    "Four decimals.",
  answer: () => requiredPerToken(0.5, 40),
  precision: { decimals: 4 },
  tolerance: 1e-4,
  explanation: "½^(1/40) ≈ 0.9828: twice the chain needs about half the error rate per token " +
    "(1.7 % instead of 3.4 %), because 1 − ½^(1/k) ≈ ln 2/k.",
  hint: "Solve p^40 = ½.",
};

/** Discussion: independence and equal difficulty. */
export const ex2_6: Exercise = {
  id: "2.6",
  kind: "discuss",
  question: "The chain model assumes every token is right independently and with the same " +
    "probability. Name a real task where that fails, and say whether the model then over- or " +
    "under-states the real exact match.",
  answer: () =>
    "Examples: multi-digit addition (carry digits are harder than units digits), code (one " +
    "wrong variable name breaks everything after it), multi-step reasoning (an early mistake " +
    "propagates). With unequal difficulty and the same average p, the product of the p_i is at " +
    "most p^k (AM-GM), so p^k over-states exact match. With positively correlated errors " +
    "(a model that gets one step wrong tends to get others wrong), errors cluster in fewer " +
    "answers and exact match can be higher than p^k. Ask students to back a claim with a " +
    "two-token example they can compute by hand.",
  explanation: "Unequal difficulty makes p^k an over-estimate; correlated errors can make it " +
    "an under-estimate.",
  hint: "Try two tokens with p = 0.8 and 1.0 against two tokens with p = 0.9 each.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex2_1, ex2_2, ex2_3, ex2_4, ex2_5, ex2_6];
