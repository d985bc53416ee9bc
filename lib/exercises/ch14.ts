/**
 * Exercises for chapter 14 (planning for capabilities you cannot predict).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { elbowLogCompute } from "../math/elbow.ts";
import { exactMatch } from "../math/chain.ts";
import { perTokenAccuracy } from "../math/sigmoid.ts";
import { ladderStudy } from "../planning/ladder.ts";

/** The chapter's world: k = 8, x0 = 22, s = 1.5. */
const WORLD = { x0: 22, s: 1.5, k: 8 };

/** The true elbow of the chapter's world. */
export const ex14_1: Exercise = {
  id: "14.1",
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
export const ex14_2: Exercise = {
  id: "14.2",
  question:
    "The ladder whose top rung sits two decades below that elbow is evaluated on n = 200 questions. How many exact matches do you expect at its top rung (n·p^k)? Two decimals.",
  answer: () => 200 * exactMatch(perTokenAccuracy(elbowLogCompute(8, 22, 1.5) - 2, 22, 1.5), 8),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation:
    "Far less than one: a benchmark of 200 questions will almost always read 0/200 there, so an exact-match fit has nothing to work with.",
  hint: "Compute p at x = elbow − 2 with the sigmoid, raise it to the 8th power, multiply by 200.",
};

/** How many replicates locate the elbow from exact match on the lowest ladder. */
export const ex14_3: Exercise = {
  id: "14.3",
  question:
    "Run `ladderStudy({ x0: 22, s: 1.5, k: 8 }, [-2], 200, 200, 1000)` in your head or in a cell: out of 200 replicates, how many located the elbow from exact match?",
  answer: () => ladderStudy(WORLD, [-2], 200, 200, 1000)[0].located,
  tolerance: 0,
  explanation:
    "None. With every rung at 0/200 in almost every replicate, the two parameters of the sigmoid cannot be identified; the per-token fit on the same evaluations locates the elbow every time.",
  hint:
    "Look at the `located` field of the exact-match row; think about what a fit can learn from three zeros.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex14_1, ex14_2, ex14_3];
