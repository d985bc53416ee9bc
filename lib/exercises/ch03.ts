/**
 * Exercises for chapter 3 (the mathematics of a sudden jump).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { elbowLogCompute } from "../math/elbow.ts";
import { maxExactMatchSlope, slopeRatio } from "../math/derivative.ts";

/** Elbow for k = 8. */
export const ex03_1: Exercise = {
  id: "03.1",
  question: "With p(x) = σ(1.5·(x − 22)), at what log-compute x does an 8-token exact match " +
    "reach ½? Three decimals.",
  answer: () => elbowLogCompute(8, 22, 1.5, 0.5),
  precision: { decimals: 3 },
  tolerance: 2e-3,
  explanation: "x = 22 + logit(0.5^(1/8))/1.5 = 22 + 2.4023/1.5 ≈ 23.602: 1.6 decades after the " +
    "per-token midpoint.",
  hint: "First find the p with p⁸ = ½, then invert the sigmoid: x = x0 + logit(p)/s.",
};

/** Steepest EM slope for k = 20. */
export const ex03_2: Exercise = {
  id: "03.2",
  question: "For k = 20 and s = 1.5, what is the largest slope dEM/dx (per decade) anywhere on " +
    "the exact-match curve? Three decimals.",
  answer: () => maxExactMatchSlope(20, 1.5),
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "s·(k/(k+1))^(k+1) = 1.5·(20/21)²¹ ≈ 0.538, only 1.44 times the k = 1 value " +
    "s/4 = 0.375: long chains move the elbow far more than they steepen it.",
  hint: "Maximise k·p^k·(1 − p)·s over p; the maximum is at p = k/(k + 1).",
};

/** Slope ratio at p = 0.95, k = 20. */
export const ex03_3: Exercise = {
  id: "03.3",
  question: "At per-token accuracy p = 0.95, how many times steeper is the 20-token exact-match " +
    "curve than the per-token curve (same x)? Two decimals.",
  answer: () => slopeRatio(0.95, 20),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "k·p^(k−1) = 20·0.95¹⁹ ≈ 7.55, well short of 20: 'k times' needs p within about " +
    "0.5 % of 1 for k = 20.",
  hint: "Differentiate p^k with respect to x by the chain rule and divide by dp/dx.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex03_1, ex03_2, ex03_3];
