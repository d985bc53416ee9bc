/**
 * Exercises for chapter 0 (the pipeline).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { exactMatch } from "../math/chain.ts";
import { perTokenAccuracy } from "../math/sigmoid.ts";

/** Exact match at the sigmoid's midpoint for a 4-token answer. */
export const ex00_1: Exercise = {
  id: "00.1",
  question:
    "With p = σ(1.5·(x − 22)) and k = 4, what is exact match at x = 22 (10²² FLOPs)? Four decimals.",
  answer: () => exactMatch(perTokenAccuracy(22, 22, 1.5), 4),
  precision: { decimals: 4 },
  tolerance: 1e-4,
  explanation: "At the midpoint p = ½, and four independent halves give ½⁴ = 1/16 = 0.0625.",
  hint: "At x = x0 the sigmoid's argument is 0. What is σ(0), and what is that to the 4th power?",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex00_1];
