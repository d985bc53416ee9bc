/**
 * Exercises for chapter 9b (eighty open models).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { loadAnswerLengths, loadOpenModels } from "../observational/data.ts";
import { impliedPerChar, meanLength } from "../observational/implied.ts";
import { cutoffSplit, eligible, heldOut, jumpPosition, TASKS } from "../observational/heldout.ts";

/** Implied per-character accuracy of Llama-2 7B on two-digit multiplication. */
export const ex09b_1: Exercise = {
  id: "9b.1",
  question: "Llama-2 7B solves 831 of the 2,000 two-digit multiplications (EM 0.4155). Using the " +
    "answer-length distribution of the task file (49, 92, 569 and 1,290 answers of 1, 2, 3 and " +
    "4 characters), what per-character accuracy p solves Σ f_L p^L = EM? Three decimals.",
  answer: () => {
    const m = loadOpenModels().find((x) => x.model === "meta-llama/Llama-2-7b-hf")!;
    return impliedPerChar(m.arithmetic["2Dx"]!.em, loadAnswerLengths()["2Dx"]);
  },
  tolerance: 5e-4,
  explanation: "About 0.777. With a single k equal to the mean length (3.55) you would get " +
    "0.4155^(1/3.55) ≈ 0.781; with k = 4, the longest answer, 0.803: the mixture of lengths " +
    "matters at the third decimal.",
  hint: "Use impliedPerChar(0.4155, loadAnswerLengths()['2Dx']), or bisect by hand.",
};

/** Mean answer length of three-digit subtraction. */
export const ex09b_2: Exercise = {
  id: "9b.2",
  question: "Three-digit subtraction answers can be negative. Counting the minus sign as a " +
    "character, what is the mean answer length of the 2,000 problems? Four decimals.",
  answer: () => meanLength(loadAnswerLengths()["3D-"]),
  tolerance: 5e-5,
  explanation: "3.2935 characters: 29, 178, 970 and 823 answers of 1 to 4 characters. Without " +
    "the sign it would be shorter; whether a model's sign is one more chance to fail is part " +
    "of what k assumes.",
  hint: "Σ L·count / 2000 over the rows of data/arithmetic-answer-lengths.csv for 3D-.",
};

/** How many held-out models sit before the jump of 2D+ at the paper-repository cutoff. */
export const ex09b_3: Exercise = {
  id: "9b.3",
  question: "At the 8.4e22-FLOP cutoff, how many of the held-out models score below 0.9 exact " +
    "match on two-digit addition (2D+)?",
  answer: () => {
    const task = TASKS()[0];
    const p = jumpPosition(task, cutoffSplit(eligible(loadOpenModels(), task), 8.4e22));
    return p.before + p.during;
  },
  explanation: "None: every held-out model is already past the jump, so any route that predicts " +
    "'near 1' scores well, the baseline included. A held-out set past the jump tests nothing.",
  hint: "jumpPosition(task, cutoffSplit(eligible(models, task), 8.4e22)).",
};

/** Held-out error of the observational route on 2Dx at the lowest cutoff. */
export const ex09b_4: Exercise = {
  id: "9b.4",
  question: "Fit on the models at or below 1e22 FLOPs and predict the rest: what is the mean " +
    "absolute error of the observational route on two-digit multiplication (2Dx)? Two decimals.",
  answer: () => {
    const task = TASKS(loadAnswerLengths())[1];
    const all = eligible(loadOpenModels(), task);
    return heldOut(task, all, cutoffSplit(all, 1e22), ["observational"])[0].mae;
  },
  tolerance: 5e-3,
  explanation: "About 0.08, against about 0.25 for a sigmoid in log FLOPs and 0.38 for the " +
    "baseline: the benchmark-based capability measure places each family's jump where its " +
    "compute alone does not.",
  hint: "heldOut(task, all, cutoffSplit(all, 1e22), ['observational']).",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex09b_1, ex09b_2, ex09b_3, ex09b_4];
