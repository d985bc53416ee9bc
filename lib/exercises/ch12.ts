/**
 * Exercises for chapter 12 (bring your own results).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { inferSampleSize } from "../lmeval/results.ts";
import { exampleFile, ladderEmergenceScore, ladderMetric, loadLadder } from "../lmeval/ladder.ts";
import { trainingCompute } from "../data/published.ts";
import { exampleSamples, parseSamples, scoreSample } from "../lmeval/samples.ts";

const LADDER = exampleFile("ladder-current.csv");

/** n from accuracy and standard error. */
export const ex12_1: Exercise = {
  id: "12.1",
  question: "An old results file gives acc = 0.5162041529206287 and acc_stderr = " +
    "0.006962318518940979 but no sample count. How many examples were evaluated?",
  answer: () =>
    inferSampleSize({ task: "lambada_openai", metrics: [], nSamples: null }, {
      name: "acc",
      filter: "none",
      value: 0.5162041529206287,
      stderr: 0.006962318518940979,
    })!,
  tolerance: 0,
  explanation: "5,153: the harness reports the sample standard error sqrt(p(1 − p)/(n − 1)), " +
    "so n = p(1 − p)/se² + 1, and 0.5162… × 5153 = 2660 correct answers, a whole number.",
  hint: "Solve se² = p(1 − p)/(n − 1) for n.",
};

/** Emergence score of the example ladder's accuracy. */
export const ex12_2: Exercise = {
  id: "12.2",
  question: "What is the emergence score of LAMBADA accuracy over the chapter's example ladder " +
    "(three models)? Two decimals.",
  answer: () => {
    const pts = ladderMetric(loadLadder(LADDER), "lambada_openai", "acc");
    return ladderEmergenceScore(pts, "acc");
  },
  tolerance: 5e-3,
  explanation: "About 1.88: two steps (0.33 and 0.16) and a range of 0.49. With three models " +
    "the score cannot say much; a straight line of three points would score 2.",
  hint: "(max − min) / sqrt(median of the squared steps); with two steps the median is their mean.",
};

/** Training compute of Pythia-410M. */
export const ex12_3: Exercise = {
  id: "12.3",
  question: "Pythia-410M has 405,334,016 parameters and saw 299,892,736,000 tokens. What is its " +
    "training compute 6·N·D, in units of 10^20 FLOPs? Two decimals.",
  answer: () => trainingCompute(405334016, 299892736000) / 1e20,
  tolerance: 5e-3,
  explanation: "About 7.29 × 10^20 FLOPs.",
  hint: "Multiply 6 × N × D and divide by 1e20.",
};

/** Probability on the correct answer from a per-sample log. */
export const ex12_4: Exercise = {
  id: "12.4",
  question: "In the ARC-Easy log, question 1 has log-likelihoods −0.7197, −0.3988, −0.8248 and " +
    "−0.6682 for choices A–D, and B is correct. What probability does the model put on the " +
    "correct answer once its likelihoods are renormalised over the four choices? Three decimals.",
  answer: () => {
    const f = "dummy/samples_arc_easy_2026-09-24T03-05-32.831346.jsonl";
    const rows = parseSamples(Deno.readTextFileSync(exampleSamples(f)), f);
    return scoreSample(rows.find((r) => r.docId === 1)!).pCorrect!;
  },
  tolerance: 5e-4,
  explanation: "About 0.318: e^−0.3988 / (e^−0.7197 + e^−0.3988 + e^−0.8248 + e^−0.6682). The " +
    "choice is graded right (it has the highest likelihood), yet the model gives it less than a " +
    "third of its probability: the grade and the probability tell different stories.",
  hint: "Exponentiate each log-likelihood, then divide B's by the sum of all four. Not e^−0.3988 " +
    "alone: that is the probability of the whole answer text, not of choosing B.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex12_1, ex12_2, ex12_3, ex12_4];
