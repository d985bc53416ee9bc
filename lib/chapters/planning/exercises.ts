/**
 * Exercises for chapter 15 (planning for capabilities you cannot predict).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { elbowLogCompute } from "../../math/elbow.ts";
import { exactMatch } from "../../math/exact_match.ts";
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import { ladderStudy } from "../../sim/ladder_experiment.ts";

/** The chapter's world: k = 8, x0 = 22, s = 1.5. */
const WORLD = { x0: 22, s: 1.5, k: 8 };

/** The true elbow of the chapter's world. */
export const ex15_1: Exercise = {
  id: "15.1",
  question:
    "In the chapter's world (k = 8, x0 = 22, s = 1.5 per decade), at what log10 compute does exact match reach ½? Give x to two decimals.",
  answer: () => elbowLogCompute(WORLD.k, WORLD.x0, WORLD.s),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation:
    "Exact match ½ needs p = ½^(1/8) ≈ 0.917, whose logit is about 2.40; divided by s = 1.5 that is 1.60 decades above x0.",
  hint: "Solve p^8 = ½ for p first, then invert the sigmoid: x = x0 + logit(p)/s.",
};

/** Expected exact matches at the top rung of the lowest ladder. */
export const ex15_2: Exercise = {
  id: "15.2",
  question:
    "The ladder whose top rung sits two decades below that elbow is evaluated on n = 200 questions. How many exact matches do you expect at its top rung (n·p^k)? Two decimals.",
  answer: () => 200 * exactMatch(perTokenAccuracy(elbowLogCompute(8, 22, 1.5) - 2, 22, 1.5), 8),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation:
    "Far less than one: a benchmark of 200 questions will almost always read 0/200 there, so an exact-match fit has nothing to work with.",
  hint: "Compute p at x = elbow − 2 with the sigmoid, raise it to the 8th power, multiply by 200.",
};

/** How often exact match locates the elbow from a ladder two decades below, at n questions. */
function exactMatchLocated(n: number): number {
  return ladderStudy(WORLD, [-2], n, 200, 1000).find((r) => r.signal === "exact-match")!.located;
}

/** Predict: does a hundred times more questions rescue the exact-match fit? */
export const ex15_3: Exercise = {
  id: "15.3",
  kind: "predict",
  question: "On the ladder whose top rung sits two decades below the elbow, evaluate every rung " +
    "on n = 20,000 questions instead of 200. Out of 200 replicates, will the exact-match fit " +
    "locate the elbow in none, some (fewer than half) or most of them?",
  prediction: { type: "direction", options: ["none", "some", "most"] },
  answer: () => {
    const located = exactMatchLocated(20000);
    return located === 0 ? "none" : located < 100 ? "some" : "most";
  },
  explanation: "None. With 20,000 questions the top rung now shows a handful of exact matches " +
    "(about 5 expected), but the two lower rungs still read zero, and three points of which " +
    "two are zero cannot fix both the midpoint and the steepness of a sigmoid. A hundred times " +
    "the evaluation budget buys nothing here; the per-token fit needed none of it.",
  hint: "Compute n·p⁸ at each of the three rungs (elbow − 2, − 3, − 4) with n = 20,000.",
};

/** Change a parameter: a steeper per-token curve. */
export const ex15_4: Exercise = {
  id: "15.4",
  kind: "change-parameter",
  question: "The cell below runs the per-token study for the ladder two decades below the " +
    "elbow and prints the share of 200 replicates within ±0.25 decade of the true elbow. " +
    "Change the world's s from 1.5 to 3 and rerun it. What is the share now? Two decimals.",
  answer: () =>
    ladderStudy({ ...WORLD, s: 3 }, [-2], 200, 200, 1000).find((r) => r.signal === "per-token")!
      .within025,
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "About 0.39, down from 0.93: with a steeper per-token curve the elbow sits only " +
    "0.8 decade past x0, so rungs two, three and four decades below the elbow sit far down " +
    "the sigmoid's tail where per-token accuracy is a few per cent or less. Fewer tokens are " +
    "right, the fit has less to work with, and some replicates fail outright.",
  hint: "Where do the three rungs sit relative to x0 now, and what is p there?",
};

/** Discussion: presenting a forecast honestly. */
export const ex15_5: Exercise = {
  id: "15.5",
  kind: "discuss",
  question: "Your per-token fit puts a task's elbow at 10^23.6 FLOPs with a narrow range over " +
    "replicates. The chapter shows such a fit can be confidently wrong. How would you present " +
    "the forecast to the people deciding on the next training run?",
  answer: () =>
    "Good answers give a range, not a point, and say what the range covers: sampling noise " +
    "only, or also model form (unequal difficulty across answer positions, unknown effective " +
    "k). They name the assumptions that would move the forecast and in which direction (one " +
    "much harder position: elbow later than the fit says; see the unequal-difficulty table), " +
    "and they propose a cheap check: another rung nearer the predicted elbow, or per-position " +
    "accuracies from the existing evaluations. Weak answers report the median to two decimals. " +
    "Ask students to write the one sentence a decision maker should remember.",
  explanation: "A forecast with the assumptions that could break it and the next rung that " +
    "would test it.",
  hint: "Separate the uncertainty the replicates measure from the uncertainty they cannot.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex15_1, ex15_2, ex15_3, ex15_4, ex15_5];
