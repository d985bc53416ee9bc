/**
 * Exercises for chapter 7 (Schaeffer re-scoring). Answers are computed by `lib/sim` and
 * `lib/metrics/emergence_score.ts`.
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { emergenceScore } from "../../metrics/emergence_score.ts";
import { schaefferCurves, tokenProbability } from "../../sim/schaeffer_model.ts";

/** The chapter's power law of per-token cross-entropy in parameters, L(N) = (N/c)\^α, with
 * c = 2 × 10⁶ parameters and α = −0.35. */
export const CROSS_ENTROPY_LAW = { c: 2e6, alpha: -0.35 } as const;

/** p at N = c. */
export const ex7_1: Exercise = {
  id: "7.1",
  question: "With L_CE(N) = (N/c)^α, what is the probability of a correct token at N = c, " +
    "whatever α is? Three decimals.",
  answer: () => tokenProbability(CROSS_ENTROPY_LAW.c, CROSS_ENTROPY_LAW),
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "At N = c the cross-entropy is 1^α = 1 nat, so p = e⁻¹ ≈ 0.368.",
  hint: "What is (c/c)^α? Then p = exp(−L_CE).",
};

/** Edit distance in closed form. */
export const ex7_2: Exercise = {
  id: "7.2",
  question: "Same law (c = 2 × 10⁶, α = −0.35), answers of k = 8 tokens. What is the expected " +
    "token edit distance k·(1 − p) of a model with N = 10⁹ parameters? Three decimals.",
  answer: () => schaefferCurves([9], CROSS_ENTROPY_LAW, 8)[0].editDistance,
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "L_CE = (500)^−0.35 ≈ 0.1137, p ≈ 0.8925 and 8·(1 − p) ≈ 0.86 wrong tokens per " +
    "answer, while exact match p⁸ is only about 0.40.",
  hint: "Compute L_CE = (N/c)^α, then p = exp(−L_CE), then k·(1 − p).",
};

/** Emergence score by hand. */
export const ex7_3: Exercise = {
  id: "7.3",
  question: "Compute the emergence score (BIG-bench's breakthroughness) of the values " +
    "[0, 0.01, 0.02, 0.03, 0.83] (ordered by scale). Give a whole number.",
  answer: () => emergenceScore([0, 0.01, 0.02, 0.03, 0.83]),
  precision: { decimals: 0 },
  tolerance: 0.5,
  explanation: "Steps² are 0.0001, 0.0001, 0.0001 and 0.64; their median is 0.0001, so the " +
    "score is (0.83 − 0) / 0.01 = 83, positive because the maximum comes after the minimum.",
  hint: "Range (max − min) divided by the square root of the median squared step, with the " +
    "sign of argmax − argmin.",
};

const LOG_NS = [6, 7, 8, 9, 10, 11, 12];

/** Predict: whose emergence score is higher? */
export const ex7_4: Exercise = {
  id: "7.4",
  kind: "predict",
  question: "Over N = 10⁶ … 10¹² (one model per decade, same law, L = 8), compute the BIG-bench " +
    "emergence score of exact match and of the per-token probability p. Will exact match " +
    "score higher, lower or the same as p?",
  prediction: { type: "direction", options: ["higher", "lower", "the same"] },
  answer: () => {
    const c = schaefferCurves(LOG_NS, CROSS_ENTROPY_LAW, 8);
    const em = emergenceScore(c.map((r) => r.accuracy));
    const p = emergenceScore(c.map((r) => r.p));
    return em > p ? "higher" : em < p ? "lower" : "the same";
  },
  explanation: "Lower (about 6.3 against 7.7), against intuition: over these seven decades " +
    "exact match climbs through its whole rise in steps of similar size, while p makes one " +
    "big step early and small ones after. The score measures how uneven the steps are, and " +
    "that depends on which range of scale you look at, not only on the metric.",
  hint: "The score is the range divided by the median step. Write down the seven values of " +
    "each metric and their steps.",
};

/** Change a parameter: longer answers. */
export const ex7_5: Exercise = {
  id: "7.5",
  kind: "change-parameter",
  question: "The cell below computes exact match p^L at N = 10⁹ for answers of L = 8 tokens. " +
    "Change L to 32 and rerun it. What is exact match now? Three decimals.",
  answer: () => schaefferCurves([9], CROSS_ENTROPY_LAW, 32)[0].accuracy,
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "About 0.026, down from 0.40, at the same per-token p ≈ 0.89 and the same model. " +
    "The expected edit distance grows only in proportion to L (0.86 → 3.4 tokens): the " +
    "linear metric degrades gracefully, the all-or-nothing one collapses.",
  hint: "p does not depend on L; raise it to the 32nd power.",
};

/** Discussion: what would convince you a jump is real? */
export const ex7_6: Exercise = {
  id: "7.6",
  kind: "discuss",
  question: "Schaeffer et al. explain most reported jumps by the choice of metric. Describe an " +
    "observation that would convince you a particular jump is real, not made by the metric.",
  answer: () =>
    "Candidates: the jump survives re-scoring the same outputs with a continuous metric (token " +
    "log-likelihood, edit distance, Brier score) on a test set large enough that the Wilson " +
    "intervals are narrow; the jump appears with enough models between the last flat one and " +
    "the first high one that resolution is not the explanation (Schaeffer et al. point out " +
    "that sparse sampling of scale can also make a jump); per-token quantities themselves " +
    "change slope sharply; or a mechanism is found (a circuit forming during training at a " +
    "particular step). Discuss why 'the jump is in exact match' alone is not evidence, and " +
    "what a smooth metric could still hide (a real change in a small subset of questions).",
  explanation: "A jump that survives continuous metrics, dense sampling of scale and narrow " +
    "intervals is evidence of something real.",
  hint: "List the ways a metric or a sparse ladder can fake a jump, then the check for each.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex7_1, ex7_2, ex7_3, ex7_4, ex7_5, ex7_6];
