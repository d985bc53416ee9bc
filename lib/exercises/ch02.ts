/**
 * Exercises for chapter 2 (the chain).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { exactMatch, maxChainLength, requiredPerToken } from "../math/chain.ts";

/** A 20-token answer at p = 0.9. */
export const ex02_1: Exercise = {
  id: "02.1",
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
export const ex02_2: Exercise = {
  id: "02.2",
  question: "What per-token accuracy p gives 50 % exact match on a 20-token answer? Four " +
    "decimals.",
  answer: () => requiredPerToken(0.5, 20),
  precision: { decimals: 4 },
  tolerance: 1e-4,
  explanation: "p = 0.5^(1/20) ≈ 0.9659: half the answers right needs about 96.6 % per token.",
  hint: "Solve p²⁰ = 0.5 for p.",
};

/** Longest chain at p = 0.99 with EM ≥ ½. */
export const ex02_3: Exercise = {
  id: "02.3",
  question: "At p = 0.99, what is the longest chain k that still gives exact match of at least " +
    "0.5? Give a whole number.",
  answer: () => maxChainLength(0.99, 0.5),
  precision: { decimals: 0 },
  tolerance: 0.5,
  explanation: "0.99⁶⁸ ≈ 0.505 and 0.99⁶⁹ ≈ 0.4998, so k = 68: roughly ln 2 / (1 − p).",
  hint: "Find the largest integer k with k·ln(0.99) ≥ ln(0.5).",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex02_1, ex02_2, ex02_3];
