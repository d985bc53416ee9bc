/**
 * Exercises for chapter 9 (real curves).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import {
  gpt3SizePoints,
  loadGpt3Arithmetic,
  loadGpt3ArithmeticSizes,
  loadGpt3Compute,
  loadPythia,
  loadWeiEmergence,
  pythiaPoints,
} from "../data/published.ts";
import { impliedArithmetic } from "../fit/arithmetic.ts";

/** Implied per-digit accuracy of GPT-3 175B on 4-digit addition. */
export const ex09_1: Exercise = {
  id: "09.1",
  question: "GPT-3 175B gets 25.5 % of 4-digit additions exactly right (few-shot). Counting " +
    "k = 5 answer digits, what per-digit accuracy does the chain model imply? Three decimals.",
  answer: () =>
    impliedArithmetic(loadGpt3Arithmetic(), "answer-digits").find((r) => r.task === "4D+")!.p,
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "0.255^(1/5) ≈ 0.761. With k = 4 (operand digits) the same EM reads as " +
    "0.255^(1/4) ≈ 0.711: the implied p depends on what you count.",
  hint: "Invert EM = p^k: take the k-th root of 0.255.",
};

/** Upper end of the Wilson interval of Pythia-70M's LAMBADA accuracy. */
export const ex09_2: Exercise = {
  id: "09.2",
  question: "Pythia-70M answers 951 of the 5,153 LAMBADA passages correctly. What is the upper " +
    "end of the 95 % Wilson interval of its accuracy? Three decimals.",
  answer: () => pythiaPoints(loadPythia())[0].accUpper,
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "About 0.195 (the estimate is 0.1846): with five thousand examples the interval " +
    "is about ±1 point, much narrower than the gaps between model sizes.",
  hint: "Use wilsonInterval(951, 5153) from lib/stats/wilson.ts.",
};

/** Decades between Wei's 3-digit and 4-5-digit arithmetic scales. */
export const ex09_3: Exercise = {
  id: "09.3",
  question: "Wei et al. place the emergence of 3-digit addition/subtraction at 2.3e22 training " +
    "FLOPs and of 4–5-digit at 3.1e23. How many decades of compute apart are they? Two decimals.",
  answer: () => {
    const rows = loadWeiEmergence();
    const f = (s: string) => rows.find((r) => r.ability.startsWith(s))!.train_flops;
    return Math.log10(f("Addition/subtraction (4-5") / f("Addition/subtraction (3"));
  },
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "log10(3.1e23 / 2.3e22) ≈ 1.13: one or two more digits in the answer moved the " +
    "emergence point by more than a decade, as the chain model says a longer chain should.",
  hint: "Take log10 of the ratio of the two FLOP counts.",
};

/** Implied per-digit accuracy of GPT-3 13B on 2-digit addition (Table H.1). */
export const ex09_4: Exercise = {
  id: "09.4",
  question: "GPT-3 13B solves 55.5 % of 2-digit additions few-shot (Table H.1). Counting k = 3 " +
    "answer digits, what per-digit accuracy does the chain model imply? Three decimals.",
  answer: () =>
    gpt3SizePoints(loadGpt3ArithmeticSizes(), loadGpt3Compute(), "answer-digits")
      .find((r) => r.task === "2D+" && r.size === "13B")!.p,
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "0.555^(1/3) ≈ 0.822, against 0.119^(1/3) ≈ 0.49 for 6.7B: per digit, the jump " +
    "from 6.7B to 13B is a halving of the error rate. With k = 1 (a 3-digit answer is often a " +
    "single BPE token) p is EM itself, 0.555, and the jump stays a jump.",
  hint: "Take the cube root of 0.555.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex09_1, ex09_2, ex09_3, ex09_4];
