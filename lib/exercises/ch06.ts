/**
 * Exercises for chapter 6 (the Monte-Carlo simulator). Answers are computed by `lib/sim` and
 * `lib/stats`.
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { simulateChain } from "../sim/chain.ts";
import { wilsonInterval } from "../stats/wilson.ts";
import { exactMatch } from "../math/chain.ts";
import { perTokenAccuracy } from "../math/sigmoid.ts";

/** A sanity check: with k = 1 exact match is per-token accuracy. */
export const ex06_1: Exercise = {
  id: "6.1",
  question: "Run `simulateChain` with k = 1 (x0 = 22, s = 1.5, n = 5000, seed 11, scales 19 … " +
    "25). What is the largest |exact match − per-token accuracy| over the scales?",
  answer: () => {
    const rows = simulateChain({
      xs: [19, 20, 21, 22, 23, 24, 25],
      x0: 22,
      s: 1.5,
      k: 1,
      n: 5000,
      seed: 11,
    });
    return Math.max(...rows.map((r) => Math.abs(r.exactMatch - r.tokenAccuracy)));
  },
  tolerance: 1e-12,
  explanation: "Zero, not just small: with one token per answer, the answer is right exactly " +
    "when its token is, and the simulator grades both metrics on the same draws. The jump in " +
    "the k = 8 ladder came from the chain, not from anything else in the simulator.",
  hint: "With k = 1, how many tokens does an answer have, and when is it an exact match?",
};

/** Resolution of a 1000-question test set. */
export const ex06_2: Exercise = {
  id: "6.2",
  question: "A model scores 0 out of 1000 questions. What is the upper end of the 95 % Wilson " +
    "interval for its exact match? (Three significant digits are enough.)",
  answer: () => wilsonInterval(0, 1000).upper,
  relativeTolerance: 5e-3,
  explanation: "3.84/(1000 + 3.84) ≈ 0.0038: the data rule out an exact match above roughly " +
    "0.4 %, but not anything below it. Written as a number, the 0 hides that; the book writes " +
    '"0/1000 (95 % upper bound 0.0038)".',
  hint: "Use `wilsonInterval(0, 1000)` from lib/stats/wilson.ts, or the formula with p̂ = 0: " +
    "z²/n / (1 + z²/n).",
};

/** How many questions it takes to expect one success at 1e21 FLOPs. */
export const ex06_3: Exercise = {
  id: "6.3",
  question: "At 10²¹ FLOPs (x = 21, x0 = 22, s = 1.5) an 8-token answer is right with " +
    "probability p⁸. How many questions n are needed before the expected number of exact " +
    "matches reaches 1? Give the smallest integer.",
  answer: () => Math.ceil(1 / exactMatch(perTokenAccuracy(21, 22, 1.5), 8)),
  tolerance: 0.5,
  explanation: "p = σ(−1.5) = 0.1824 and p⁸ = 1.23 × 10⁻⁶, so n ≈ 815 000 questions — far " +
    "beyond any benchmark. That is why the exact (binomial) path, which costs the same for any " +
    "n, is the way to see this part of the curve.",
  hint: "Expected successes are n·p⁸. Solve n·p⁸ = 1 and round up.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex06_1, ex06_2, ex06_3];
