/**
 * Exercises for chapter 13 (bring your own results).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { inferSampleSize } from "../../data/lmeval_results.ts";
import { wilsonInterval } from "../../stats/wilson.ts";
import { exampleFile, loadLadder } from "../../data/lmeval_ladder.ts";
import { ladderEmergenceScore, ladderMetric } from "../../metrics/ladder_metric.ts";
import { trainingCompute } from "../../math/training_compute.ts";
import { exampleSamples, loadSamples } from "../../data/lmeval_samples.ts";
import { scoreSample } from "../../metrics/sample_scores.ts";

const LADDER = exampleFile("ladder-current.csv");

/** A results row the importer must refuse: a whole n but not a whole number of right answers. */
const HALF_ROW = { name: "acc", filter: "none", value: 0.5, stderr: 0.01 };

/** When recovering n must fail. */
export const ex13_1: Exercise = {
  id: "13.1",
  question: "A results file reports acc = 0.5 and acc_stderr = 0.01 exactly, with no sample " +
    "count. Apply the chapter's formula for n, then decide as the importer does: can n be " +
    "recovered from this row? Answer true or false.",
  answer: () =>
    inferSampleSize({ task: "lambada_openai", metrics: [], nSamples: null }, HALF_ROW) !== null,
  explanation: "False. The formula gives n = 0.25/0.0001 + 1 = 2501, a whole number, but 0.5 × " +
    "2501 = 1250.5 correct answers is not: no test of 2,501 questions can score exactly 0.5. " +
    "The standard error was rounded before it was written, and a whole n is not enough " +
    "evidence on its own.",
  hint: "Compute n, then the number of correct answers p·n. Both must be whole numbers.",
};

/** Emergence score of the example ladder's accuracy. */
export const ex13_2: Exercise = {
  id: "13.2",
  question: "What is the emergence score of LAMBADA accuracy over the chapter's example ladder " +
    "(three models)? Two decimals.",
  answer: () => {
    const pts = ladderMetric(loadLadder(LADDER), "lambada_openai", "acc");
    return ladderEmergenceScore(pts, "acc");
  },
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "About 1.88: two steps (0.33 and 0.16) and a range of 0.49. With three models " +
    "the score cannot say much; a straight line of three points would score 2.",
  hint: "(max − min) / sqrt(median of the squared steps); with two steps the median is their mean.",
};

/** Training compute of Pythia-410M. */
export const ex13_3: Exercise = {
  id: "13.3",
  question: "Pythia-410M has 405,334,016 parameters and saw 299,892,736,000 tokens. What is its " +
    "training compute 6·N·D, in units of 10^20 FLOPs? Two decimals.",
  answer: () => trainingCompute(405334016, 299892736000) / 1e20,
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "About 7.29 × 10^20 FLOPs.",
  hint: "Multiply 6 × N × D and divide by 1e20.",
};

/** Probability on the correct answer from a per-sample log. */
export const ex13_4: Exercise = {
  id: "13.4",
  question: "In the ARC-Easy log, question 1 has log-likelihoods −0.7197, −0.3988, −0.8248 and " +
    "−0.6682 for choices A–D, and B is correct. What probability does the model put on the " +
    "correct answer once its likelihoods are renormalised over the four choices? Three decimals.",
  answer: () => {
    const f = "dummy/samples_arc_easy_2026-09-24T03-05-32.831346.jsonl";
    const rows = loadSamples(exampleSamples(f));
    return scoreSample(rows.find((r) => r.docId === 1)!).pCorrect!;
  },
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "About 0.318: e^−0.3988 / (e^−0.7197 + e^−0.3988 + e^−0.8248 + e^−0.6682). The " +
    "choice is graded right (it has the highest likelihood), yet the model gives it less than a " +
    "third of its probability: the grade and the probability tell different stories.",
  hint: "Exponentiate each log-likelihood, then divide B's by the sum of all four. Not e^−0.3988 " +
    "alone: that is the probability of the whole answer text, not of choosing B.",
};

/** Pythia-410M's LAMBADA result in the legacy file. */
const LEGACY = { p: 0.5162041529206287, n: 5153 };

/** Predict: the width of an interval from a standard error. */
export const ex13_5: Exercise = {
  id: "13.5",
  kind: "predict",
  question: "Pythia-410M scores acc = 0.516 on n = 5,153 LAMBADA passages, with standard " +
    "error 0.00696. Predict the width (upper − lower) of its 95 % Wilson interval, as a range, " +
    "before running the cell that computes it.",
  prediction: { type: "range", maxWidth: 0.01 },
  answer: () => {
    const w = wilsonInterval(Math.round(LEGACY.p * LEGACY.n), LEGACY.n);
    return w.upper - w.lower;
  },
  explanation: "About 0.0273: for p near ½ and n in the thousands the Wilson interval is " +
    "almost the normal one, ±1.96 standard errors, so its width is about 3.92 × 0.00696. " +
    "Gaps between neighbouring rungs smaller than that are not differences you can read.",
  hint: "A 95 % interval spans about 1.96 standard errors on each side.",
};

/** Change a parameter: a rounded standard error. */
export const ex13_6: Exercise = {
  id: "13.6",
  kind: "change-parameter",
  question: "The cell below recovers n = p(1 − p)/se² + 1 for Pythia-410M's legacy file. " +
    "Change se to 0.007 (the value rounded to three decimals) and rerun it. What n does the " +
    "formula give now? One decimal.",
  answer: () => (LEGACY.p * (1 - LEGACY.p)) / 0.007 ** 2 + 1,
  precision: { decimals: 1 },
  tolerance: 0.1,
  explanation: "About 5097.7: rounding the standard error in its fourth significant digit moves " +
    "n by 55 and off a whole number, so the importer refuses it. n can be recovered only from " +
    "a standard error written with all its digits.",
  hint: "Replace se in the formula and keep p as it is.",
};

/** Discussion: what to record with every evaluation. */
export const ex13_7: Exercise = {
  id: "13.7",
  kind: "discuss",
  question: "What would you insist on recording with every evaluation run so that someone else " +
    "could redo this chapter's analysis from your files a year from now?",
  answer: () =>
    "A good list: the sample count n per task (so no one has to recover it), the number of " +
    "few-shot examples and the prompt template, the task version, the harness version and its " +
    "settings, the model's parameter count and training tokens (for the compute axis) and its " +
    "exact checkpoint, the per-sample logs (--log_samples) so continuous scores can be " +
    "recomputed, the random seed, and the date. Students should connect each item to a failure " +
    "shown in the chapter: unrecoverable n, a 0-shot/5-shot mix bending the curve, group rows " +
    "with pooled standard errors. Ask which item is cheapest to record now and most expensive " +
    "to reconstruct later (usually the per-sample logs).",
  explanation: "n, shots and prompt, task and harness versions, N and D, checkpoints and the " +
    "per-sample logs.",
  hint: "For each check in this chapter, ask what file content it needed.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex13_1, ex13_2, ex13_3, ex13_4, ex13_5, ex13_6, ex13_7];
