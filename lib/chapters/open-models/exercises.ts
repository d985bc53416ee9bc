/**
 * Exercises for chapter 9 (eighty open models).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { loadAnswerLengths, loadOpenModels } from "../../data/observational.ts";
import { impliedPerChar, meanLength } from "./implied.ts";
import { cutoffSplit, eligible, heldOutTasks } from "./splits.ts";
import { heldOut, jumpPosition } from "./heldout.ts";

/** Implied per-character accuracy of Llama-2 7B on two-digit multiplication. */
export const ex9_1: Exercise = {
  id: "9.1",
  question: "Llama-2 7B solves 831 of the 2,000 two-digit multiplications (EM 0.4155). Using the " +
    "answer-length distribution of the task file (49, 92, 569 and 1,290 answers of 1, 2, 3 and " +
    "4 characters), what per-character accuracy p solves Σ f_L p^L = EM? Three decimals.",
  answer: () => {
    const m = loadOpenModels().find((x) => x.model === "meta-llama/Llama-2-7b-hf")!;
    return impliedPerChar(m.arithmetic["2Dx"]!.em, loadAnswerLengths()["2Dx"]);
  },
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "About 0.777. With a single k equal to the mean length (3.55) you would get " +
    "0.4155^(1/3.55) ≈ 0.781; with k = 4, the longest answer, 0.803: the mixture of lengths " +
    "matters at the third decimal.",
  hint: "Use impliedPerChar(0.4155, loadAnswerLengths()['2Dx']), or bisect by hand.",
};

/** Mean answer length of three-digit subtraction. */
export const ex9_2: Exercise = {
  id: "9.2",
  question: "Three-digit subtraction answers can be negative. Counting the minus sign as a " +
    "character, what is the mean answer length of the 2,000 problems? Four decimals.",
  answer: () => meanLength(loadAnswerLengths()["3D-"]),
  precision: { decimals: 4 },
  tolerance: 1e-4,
  explanation: "3.2935 characters: 29, 178, 970 and 823 answers of 1 to 4 characters. Without " +
    "the sign it would be shorter; whether a model's sign is one more chance to fail is part " +
    "of what k assumes.",
  hint: "Σ L·count / 2000 over the rows of data/arithmetic-answer-lengths.csv for 3D-.",
};

/** How many held-out models sit before the jump of 2D+ at the paper-repository cutoff. */
export const ex9_3: Exercise = {
  id: "9.3",
  question: "At the 8.4e22-FLOP cutoff, how many of the held-out models score below 0.9 exact " +
    "match on two-digit addition (2D+)? Give a whole number.",
  answer: () => {
    const task = heldOutTasks()[0];
    const p = jumpPosition(task, cutoffSplit(eligible(loadOpenModels(), task), 8.4e22));
    return p.before + p.during;
  },
  precision: { decimals: 0 },
  tolerance: 0.5,
  explanation: "None: every held-out model is already past the jump, so any route that predicts " +
    "'near 1' scores well, the baseline included. A held-out set past the jump tests nothing.",
  hint: "jumpPosition(task, cutoffSplit(eligible(models, task), 8.4e22)).",
};

/** Held-out error of the observational route on 2Dx at the lowest cutoff. */
export const ex9_4: Exercise = {
  id: "9.4",
  question: "Fit on the models at or below 1e22 FLOPs and predict the rest: what is the mean " +
    "absolute error of the observational route on two-digit multiplication (2Dx)? Two decimals.",
  answer: () => {
    const task = heldOutTasks(loadAnswerLengths())[1];
    const all = eligible(loadOpenModels(), task);
    return heldOut(task, all, cutoffSplit(all, 1e22), ["observational"])[0].mae;
  },
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "About 0.08, against about 0.25 for a sigmoid in log FLOPs and 0.38 for the " +
    "baseline: the benchmark-based capability measure places each family's jump where its " +
    "compute alone does not.",
  hint: "heldOut(task, all, cutoffSplit(all, 1e22), ['observational']).",
};

/** Llama-2 7B's exact match on two-digit multiplication. */
function llamaTwoDigitTimes(): number {
  return loadOpenModels().find((x) => x.model === "meta-llama/Llama-2-7b-hf")!.arithmetic["2Dx"]!
    .em;
}

/** Predict: one fixed length against the mixture. */
export const ex9_5: Exercise = {
  id: "9.5",
  kind: "predict",
  question: "Read Llama-2 7B's 0.4155 on two-digit multiplication as if every answer had " +
    "exactly 3 characters (p = EM^(1/3)). Will that per-character accuracy be higher, lower or " +
    "the same as the one from the mixture of answer lengths (exercise 9.1)?",
  prediction: { type: "direction", options: ["higher", "lower", "the same"] },
  answer: () => {
    const em = llamaTwoDigitTimes();
    const fixed = em ** (1 / 3);
    const mixed = impliedPerChar(em, loadAnswerLengths()["2Dx"]);
    return fixed > mixed ? "higher" : fixed < mixed ? "lower" : "the same";
  },
  explanation: "Lower (0.746 against 0.777): most answers have 3 or 4 characters, so reading " +
    "all of them as 3 characters asks fewer characters to carry the same exact match, and " +
    "each must be less accurate. The implied p moves with the k you assume.",
  hint: "For a fixed EM, does a shorter assumed answer need a higher or a lower p?",
};

/** Change a parameter: the held-out cutoff. */
export const ex9_6: Exercise = {
  id: "9.6",
  kind: "change-parameter",
  question: "The cell below fits on the models at or below 10²² FLOPs and prints the held-out " +
    "mean absolute error of the observational route on two-digit multiplication. Change the " +
    "cutoff to 8.4·10²² and rerun it. What is the error now? Two decimals.",
  answer: () => {
    const task = heldOutTasks(loadAnswerLengths())[1];
    const all = eligible(loadOpenModels(), task);
    return heldOut(task, all, cutoffSplit(all, 8.4e22), ["observational"])[0].mae;
  },
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "About 0.07, a little below the 0.08 at 10²²: more models to fit on, and fewer, " +
    "larger ones left to predict. A held-out error depends on where the cutoff falls relative " +
    "to the jump, which is why the chapter reports several cutoffs.",
  hint: "Rerun with cutoffSplit(all, 8.4e22) and read the mean absolute error.",
};

/** Discussion: many families or one ladder. */
export const ex9_7: Exercise = {
  id: "9.7",
  kind: "discuss",
  question: "This chapter predicts a jump from many model families trained by different labs. " +
    "What can that tell a lab planning one new model that a ladder of its own small models " +
    "cannot, and what can its own ladder tell it that the many families cannot?",
  answer: () =>
    "Many families: a wide range of compute and capability at no training cost, and a " +
    "capability measure (from other benchmarks) that already places each model's jump better " +
    "than compute alone; it shows how much training recipes move a model along the compute " +
    "axis. Its own ladder: the lab's data, tokenizer and recipe held fixed, so differences are " +
    "due to scale only; per-token scores and log-likelihoods on the exact task, which published " +
    "results rarely carry; and no question of contamination or unknown training details. Good " +
    "answers propose using both: the families to choose which quantity to track and roughly " +
    "where the jump lies, the ladder to pin it down for the lab's own models.",
  explanation: "Families give breadth and a capability axis; an own ladder gives control over " +
    "everything but scale.",
  hint: "List what varies between families besides compute, and what a ladder holds fixed.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [
  ex9_1,
  ex9_2,
  ex9_3,
  ex9_4,
  ex9_5,
  ex9_6,
  ex9_7,
];
