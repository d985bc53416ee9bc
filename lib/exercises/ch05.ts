/**
 * Exercises for chapter 5 (real vs apparent emergence).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { elbowLogCompute } from "../math/elbow.ts";
import { wilsonInterval } from "../stats/wilson.ts";

/** Elbow shift from k = 1 to k = 20. */
export const ex05_1: Exercise = {
  id: "05.1",
  question: "Same per-token curve σ(1.5·(x − 22)), two metrics: per-token accuracy (k = 1) and " +
    "20-token exact match. How many decades later does the exact-match score reach ½? Two " +
    "decimals.",
  answer: () => elbowLogCompute(20, 22, 1.5) - elbowLogCompute(1, 22, 1.5),
  tolerance: 0.01,
  explanation: "About 2.23 decades, a 170-fold difference in compute, produced by the metric " +
    "alone: the model is the same.",
  hint: "Use the closed form x = x0 + logit(0.5^(1/k))/s for both k.",
};

/** Upper bound after 0 of 200. */
export const ex05_2: Exercise = {
  id: "05.2",
  question: "A model scores 0 of 200 on a benchmark. What is the upper end of the 95 % Wilson " +
    "interval for its true accuracy? Three decimals.",
  answer: () => wilsonInterval(0, 200).upper,
  tolerance: 1e-3,
  explanation: "3.84/(200 + 3.84) ≈ 0.019, so the book writes “0/200 (95 % upper bound 0.019)”: " +
    "any rate up to about 2 % fits the data (nearly four times 1/200), so a flat-at-zero stretch " +
    "cannot tell a hidden smooth rise from a true absence.",
  hint: "With k = 0 the Wilson upper bound is z²/(n + z²) with z = 1.96.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex05_1, ex05_2];
