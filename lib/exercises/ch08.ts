/**
 * Exercises for chapter 8 (Schaeffer re-scoring). Answers are computed by `lib/sim` and
 * `lib/emergence`.
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { emergenceScore } from "../emergence/score.ts";
import { schaefferCurves, tokenProbability } from "../sim/schaeffer.ts";

/** The chapter's power law. */
export const LAW = { c: 2e6, alpha: -0.35 } as const;

/** p at N = c. */
export const ex08_1: Exercise = {
  id: "8.1",
  question: "With L_CE(N) = (N/c)^α, what is the probability of a correct token at N = c, " +
    "whatever α is?",
  answer: () => tokenProbability(LAW.c, LAW),
  tolerance: 1e-6,
  explanation: "At N = c the cross-entropy is 1^α = 1 nat, so p = e⁻¹ ≈ 0.368.",
  hint: "What is (c/c)^α? Then p = exp(−L_CE).",
};

/** Edit distance in closed form. */
export const ex08_2: Exercise = {
  id: "8.2",
  question: "Same law (c = 2 × 10⁶, α = −0.35), answers of k = 8 tokens. What is the expected " +
    "token edit distance k·(1 − p) of a model with N = 10⁹ parameters?",
  answer: () => schaefferCurves([9], LAW, 8)[0].editDistance,
  tolerance: 1e-4,
  explanation: "L_CE = (500)^−0.35 ≈ 0.1137, p ≈ 0.8925 and 8·(1 − p) ≈ 0.86 wrong tokens per " +
    "answer, while exact match p⁸ is only about 0.40.",
  hint: "Compute L_CE = (N/c)^α, then p = exp(−L_CE), then k·(1 − p).",
};

/** Emergence score by hand. */
export const ex08_3: Exercise = {
  id: "8.3",
  question:
    "Compute the emergence score (BIG-bench's breakthroughness) of the values [0, 0.01, 0.02, 0.03, 0.83] " +
    "(ordered by scale).",
  answer: () => emergenceScore([0, 0.01, 0.02, 0.03, 0.83]),
  tolerance: 1e-6,
  explanation: "Steps² are 0.0001, 0.0001, 0.0001 and 0.64; their median is 0.0001, so the " +
    "score is (0.83 − 0) / 0.01 = 83, positive because the maximum comes after the minimum.",
  hint: "Range (max − min) divided by the square root of the median squared step, with the " +
    "sign of argmax − argmin.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex08_1, ex08_2, ex08_3];
