/**
 * Exercises for chapter 8 (real curves).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { loadGpt3Arithmetic, loadGpt3ArithmeticSizes, loadGpt3Compute } from "../../data/gpt3.ts";
import { loadPythia } from "../../data/pythia.ts";
import { loadWeiEmergence } from "../../data/wei.ts";
import { gpt3SizePoints, impliedArithmetic } from "../../fit/implied_arithmetic.ts";
import { pythiaPoints } from "./points.ts";
import { wilsonInterval } from "../../stats/wilson.ts";

/** Implied per-digit accuracy of GPT-3 175B on 4-digit addition. */
export const ex8_1: Exercise = {
  id: "8.1",
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
export const ex8_2: Exercise = {
  id: "8.2",
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
export const ex8_3: Exercise = {
  id: "8.3",
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
export const ex8_4: Exercise = {
  id: "8.4",
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

/** The 2-digit addition points of GPT-3 6.7B and 13B, read with k = 3 answer digits. */
function twoDigit(size: string) {
  return gpt3SizePoints(loadGpt3ArithmeticSizes(), loadGpt3Compute(), "answer-digits")
    .find((r) => r.task === "2D+" && r.size === size)!;
}

/** Predict: how much wider the interval of a ten times smaller test set is. */
export const ex8_5: Exercise = {
  id: "8.5",
  kind: "predict",
  question: "Pythia-70M answers 951 of 5,153 LAMBADA passages (18.5 %). Suppose the benchmark " +
    "had only 500 passages and the model answered the same share, 92 of them. How many times " +
    "wider would the 95 % Wilson interval be? Predict a range before running the cell.",
  prediction: { type: "range", maxWidth: 1 },
  answer: () => {
    const w = (k: number, n: number) => {
      const ci = wilsonInterval(k, n);
      return ci.upper - ci.lower;
    };
    return w(92, 500) / w(951, 5153);
  },
  explanation: "About 3.2 = √(5153/500): the width shrinks as 1/√n. With 500 passages the " +
    "interval would be about ±3.4 points, as large as some of the gaps between neighbouring " +
    "Pythia sizes; with 5,153 it is about ±1 point.",
  hint: "How does the width of a binomial interval scale with n at a fixed proportion?",
};

/** Change a parameter: what you count as k. */
export const ex8_6: Exercise = {
  id: "8.6",
  kind: "change-parameter",
  question: "The cell below reads GPT-3 13B's 55.5 % on 2-digit addition as p = EM^(1/k) with " +
    "k = 3. Change k to 2 (as if the tokenizer wrote the answer in two tokens) and rerun it. " +
    "What per-token accuracy does the chain model imply now? Three decimals.",
  answer: () => twoDigit("13B").em ** (1 / 2),
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "√0.555 ≈ 0.745, against 0.822 with k = 3: the same exact match implies a lower " +
    "per-token accuracy when fewer tokens carry it. The implied p is only as good as the k " +
    "you assume, and for real tokenizers k is not obvious.",
  hint: "Take the square root of the exact match.",
};

/** Discussion: when to call a published jump real. */
export const ex8_7: Exercise = {
  id: "8.7",
  kind: "discuss",
  question: "GPT-3's arithmetic curves come from one model family, one few-shot prompt and a " +
    "few model sizes. What would you want to see before calling its jump real rather than an " +
    "effect of the metric and of the sparse ladder?",
  answer: () =>
    "Useful asks: the per-token (or per-digit) scores of the same outputs, not only exact " +
    "match; log-likelihoods of the correct answer; more sizes between 6.7B and 13B (the jump " +
    "happens between two points, so its shape is unknown); the number of test problems and " +
    "intervals (2,000 per task here, so resolution is not the issue); other prompts and shot " +
    "counts; and a second model family. Students should notice that the per-digit reading " +
    "(exercise 8.5) softens but does not remove the step, and that the tokenizer makes k " +
    "uncertain (exercise 8.6). A good answer ends with what would change their mind.",
  explanation: "Per-token scores of the same outputs, more sizes near the jump, other prompts " +
    "and another model family.",
  hint: "For each way the jump could be an artefact (metric, ladder, prompt, tokenizer), name " +
    "the data that would rule it out.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex8_1, ex8_2, ex8_3, ex8_4, ex8_5, ex8_6, ex8_7];
