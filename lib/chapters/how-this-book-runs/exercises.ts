/**
 * Exercises for chapter 0 (the pipeline).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { exactMatch } from "../../math/exact_match.ts";
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import { elbowLogCompute } from "../../math/elbow.ts";

/** Exact match at the sigmoid's midpoint for a 4-token answer. */
export const ex0_1: Exercise = {
  id: "0.1",
  question:
    "With p = σ(1.5·(x − 22)) and k = 4, what is exact match at x = 22 (10²² FLOPs)? Four decimals.",
  answer: () => exactMatch(perTokenAccuracy(22, 22, 1.5), 4),
  precision: { decimals: 4 },
  tolerance: 1e-4,
  explanation: "At the midpoint p = ½, and four independent halves give ½⁴ = 1/16 = 0.0625.",
  hint: "At x = x0 the sigmoid's argument is 0. What is σ(0), and what is that to the 4th power?",
};

/** Predict: where exact match crosses ½. */
export const ex0_2: Exercise = {
  id: "0.2",
  kind: "predict",
  question: "In the table, 4-token exact match passes ½ somewhere between two of the listed " +
    "scales. Predict the log-compute x where it equals ½, as a range, before running the cell " +
    "that computes it.",
  prediction: { type: "range", maxWidth: 0.5 },
  answer: () => elbowLogCompute(4, 22, 1.5),
  explanation: "x ≈ 23.11: exact match is 0.45 at 23 and 0.82 at 24, so the crossing is just " +
    "past 23. It needs p = ½^(1/4) ≈ 0.84, about a decade after the per-token midpoint.",
  hint: "Read the exact-match column at x = 23 and x = 24: how close to ½ is each?",
};

/** Change a parameter: a longer answer. */
export const ex0_3: Exercise = {
  id: "0.3",
  kind: "change-parameter",
  question: "The cell below computes 4-token exact match at x = 23 (10²³ FLOPs). Change k to " +
    "8 and rerun it. What is exact match now? Three decimals.",
  answer: () => exactMatch(perTokenAccuracy(23, 22, 1.5), 8),
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "About 0.200, down from 0.447: the per-token accuracy is the same 0.818, but " +
    "twice as many tokens must all be right, so the score is the 4-token score squared.",
  hint: "p⁸ = (p⁴)²: square the 4-token value.",
};

/** Discussion: reading a headline about sudden skills. */
export const ex0_4: Exercise = {
  id: "0.4",
  kind: "discuss",
  question: 'A news article says an AI model "suddenly" learned a skill when it was made ' +
    "ten times larger. Before you believe it, what would you want to know about how the skill " +
    "was measured?",
  answer: () =>
    "This is a warm-up for the whole book; accept any answer that asks about measurement. " +
    "Strong answers ask how the skill was graded (all-or-nothing, like exact match, or with " +
    "partial credit), how long the answers are (the chain, chapter 2), how many test " +
    "questions there were and what a score of zero means with that many (chapter 11), how many " +
    "model sizes were tried between 'cannot' and 'can' (a jump between two points says nothing " +
    "about its shape), and whether a smoother score of the same answers was also reported. " +
    "Revisit the students' lists after chapter 7 and ask which items the book answered.",
  explanation: "The grading rule, the answer length, the test size and the number of model " +
    "sizes all shape how sudden a skill looks.",
  hint: "Think about the table above: which column looks sudden, and why?",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex0_1, ex0_2, ex0_3, ex0_4];
