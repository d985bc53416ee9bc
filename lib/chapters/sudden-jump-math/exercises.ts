/**
 * Exercises for chapter 3 (the mathematics of a sudden jump).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { elbowLogCompute } from "../../math/elbow.ts";
import { maxExactMatchSlope, slopeRatio } from "../../math/derivative.ts";

/** Elbow for k = 8. */
export const ex3_1: Exercise = {
  id: "3.1",
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
export const ex3_2: Exercise = {
  id: "3.2",
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
export const ex3_3: Exercise = {
  id: "3.3",
  question: "At per-token accuracy p = 0.95, how many times steeper is the 20-token exact-match " +
    "curve than the per-token curve (same x)? Two decimals.",
  answer: () => slopeRatio(0.95, 20),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "k·p^(k−1) = 20·0.95¹⁹ ≈ 7.55, well short of 20: 'k times' needs p within about " +
    "0.5 % of 1 for k = 20.",
  hint: "Differentiate p^k with respect to x by the chain rule and divide by dp/dx.",
};

/** Predict: the elbow's distance when s doubles. */
export const ex3_4: Exercise = {
  id: "3.4",
  kind: "predict",
  question: "Keep k = 8 and x0 = 22 but make the per-token sigmoid twice as steep (s = 3 " +
    "instead of 1.5). Does the elbow's distance from x0 grow, shrink or stay the same?",
  prediction: { type: "direction", options: ["grows", "shrinks", "stays the same"] },
  answer: () => {
    const d15 = elbowLogCompute(8, 22, 1.5) - 22;
    const d3 = elbowLogCompute(8, 22, 3) - 22;
    return d3 < d15 - 1e-12 ? "shrinks" : d3 > d15 + 1e-12 ? "grows" : "stays the same";
  },
  explanation: "It halves, from 1.60 to 0.80 decades: the distance is logit(½^(1/k))/s, so the " +
    "chain fixes the logit to climb and the steepness sets how much compute that takes.",
  hint: "Write the elbow as x0 + logit(½^(1/k))/s. Which part depends on s?",
};

/** Change a parameter: a much longer chain barely steepens the curve. */
export const ex3_5: Exercise = {
  id: "3.5",
  kind: "change-parameter",
  question: "The cell below prints the largest exact-match slope for k = 8 (s = 1.5). Change k " +
    "to 64 and rerun it. How many times the k = 8 slope is the k = 64 slope? Two decimals.",
  answer: () => maxExactMatchSlope(64, 1.5) / maxExactMatchSlope(8, 1.5),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "About 1.05: eight times the chain, five per cent more slope. (k/(k+1))^(k+1) " +
    "tends to 1/e, so the steepest slope can never exceed s/e ≈ 0.55 per decade however long " +
    "the chain; what k changes is where the rise happens.",
  hint: "The maximum is s·(k/(k+1))^(k+1); compare k = 64 with k = 8.",
};

/** Discussion: "k times steeper". */
export const ex3_6: Exercise = {
  id: "3.6",
  kind: "discuss",
  question: 'A popular explanation says an answer of k tokens makes the rise "k times ' +
    'steeper". Using what you computed in this chapter, rewrite that sentence so it is ' +
    "correct and still short enough for a general audience.",
  answer: () =>
    "The slope ratio k·p^(k−1) is k only as p → 1, where both curves are flat; at the steepest " +
    "point of the exact-match curve it is much smaller, and the largest exact-match slope is " +
    "bounded by s/e whatever k is (exercise 3.5). A good rewrite says that a longer answer " +
    "moves the rise to larger compute and keeps the curve flat for longer, so it looks sudden " +
    "on a log axis, while the rise itself is barely steeper. Ask students to state which " +
    "number in the chapter supports each half of their sentence.",
  explanation: "Longer chains move the rise later far more than they steepen it.",
  hint: "Compare what k does to the elbow's position with what it does to the largest slope.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex3_1, ex3_2, ex3_3, ex3_4, ex3_5, ex3_6];
