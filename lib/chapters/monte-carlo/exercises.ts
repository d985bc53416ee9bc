/**
 * Exercises for chapter 5 (the Monte-Carlo simulator). Answers are computed by `lib/sim` and
 * `lib/stats`.
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { simulateChain } from "../../sim/chain_simulation.ts";
import { wilsonInterval } from "../../stats/wilson.ts";
import { exactMatch } from "../../math/exact_match.ts";
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import { maxOf } from "../../math/extent.ts";

/** A sanity check: with k = 1 exact match is per-token accuracy. */
export const ex5_1: Exercise = {
  id: "5.1",
  question: "Run `simulateChain` with k = 1 (x0 = 22, s = 1.5, n = 5000, seed 11, scales 19 … " +
    "25). What is the largest |exact match − per-token accuracy| over the scales? Six decimals.",
  answer: () => {
    const rows = simulateChain({
      xs: [19, 20, 21, 22, 23, 24, 25],
      x0: 22,
      s: 1.5,
      k: 1,
      n: 5000,
      seed: 11,
    });
    return maxOf(rows.map((r) => Math.abs(r.exactMatch - r.tokenAccuracy)));
  },
  precision: { decimals: 6 },
  tolerance: 1e-6,
  explanation: "Zero, not just small: with one token per answer, the answer is right exactly " +
    "when its token is, and the simulator grades both metrics on the same draws. The jump in " +
    "the k = 8 ladder came from the chain, not from anything else in the simulator.",
  hint: "With k = 1, how many tokens does an answer have, and when is it an exact match?",
};

/** Resolution of a 1000-question test set. */
export const ex5_2: Exercise = {
  id: "5.2",
  question: "A model scores 0 out of 1000 questions. What is the upper end of the 95 % Wilson " +
    "interval for its exact match? (Three significant digits are enough.)",
  answer: () => wilsonInterval(0, 1000).upper,
  precision: { significant: 3 },
  tolerance: 1e-5,
  explanation: "3.84/(1000 + 3.84) ≈ 0.0038: the data rule out an exact match above roughly " +
    "0.4 %, but not anything below it. Written as a number, the 0 hides that; the book writes " +
    '"0/1000 (95 % upper bound 0.0038)".',
  hint: "Use `wilsonInterval(0, 1000)` from lib/stats/wilson.ts, or the formula with p̂ = 0: " +
    "z²/n / (1 + z²/n).",
};

/** How many questions it takes to expect one success at 1e21 FLOPs. */
export const ex5_3: Exercise = {
  id: "5.3",
  question: "At 10²¹ FLOPs (x = 21, x0 = 22, s = 1.5) an 8-token answer is right with " +
    "probability p⁸. How many questions n are needed before the expected number of exact " +
    "matches reaches 1? Give the smallest integer.",
  answer: () => Math.ceil(1 / exactMatch(perTokenAccuracy(21, 22, 1.5), 8)),
  precision: { decimals: 0 },
  tolerance: 0.5,
  explanation: "p = σ(−1.5) = 0.1824 and p⁸ = 1.23 × 10⁻⁶, so n ≈ 815 000 questions — far " +
    "beyond any benchmark. That is why the exact (binomial) path, which costs the same for any " +
    "n, is the way to see this part of the curve.",
  hint: "Expected successes are n·p⁸. Solve n·p⁸ = 1 and round up.",
};

const LADDER8 = { xs: [19, 20, 21, 22, 23, 24, 25], x0: 22, s: 1.5, k: 8, seed: 11 };

/** Predict: how many rungs read zero. */
export const ex5_4: Exercise = {
  id: "5.4",
  kind: "predict",
  question: "Simulate the 8-token ladder (x0 = 22, s = 1.5, scales 19 … 25, seed 11) with n = " +
    "200 questions per scale. At how many of the seven scales will the simulator record 0 exact " +
    "matches? Predict a range before running the cell.",
  prediction: { type: "range", maxWidth: 2 },
  answer: () => simulateChain({ ...LADDER8, n: 200 }).filter((r) => r.emSuccesses === 0).length,
  explanation: "Four: 19, 20, 21 and 22. Expected exact matches are 200·p⁸, under 0.001 up to " +
    "x = 21 and about 0.8 at x = 22, so a zero there is the likeliest single outcome; at 23 the " +
    "expectation is about 40.",
  hint: "Compute 200·p⁸ at each scale: where it is well below 1, expect a zero.",
};

/** Change a parameter: four times the questions. */
export const ex5_5: Exercise = {
  id: "5.5",
  kind: "change-parameter",
  question: "The cell below simulates the 8-token task at x = 23 with n = 200 questions and " +
    "prints the width of the Wilson interval of exact match. Change n to 800 and rerun it. How " +
    "many times narrower is the interval now? One decimal.",
  answer: () => {
    const width = (n: number) => {
      const r = simulateChain({ ...LADDER8, xs: [23], n })[0];
      return r.emInterval.upper - r.emInterval.lower;
    };
    return width(200) / width(800);
  },
  precision: { decimals: 1 },
  tolerance: 0.1,
  explanation: "About 1.8, close to √4 = 2: the width shrinks as 1/√n, and the two samples' " +
    "estimates differ a little, which moves the ratio off 2. Four times the questions buys " +
    "only twice the resolution.",
  hint: "Divide the first width by the second. How does a binomial standard error scale with n?",
};

/** Discussion: what a simulation can prove. */
export const ex5_6: Exercise = {
  id: "5.6",
  kind: "discuss",
  question: "The simulator produces a sudden-looking jump from a per-token accuracy that " +
    "rises smoothly, by construction. What does this show about real models, and what can it " +
    "not show?",
  answer: () =>
    "It shows sufficiency: a smooth per-token curve plus all-or-nothing grading plus a finite " +
    "test set is enough to produce a curve that is flat at 0/n for decades and then rises, so " +
    "a jump in a benchmark is not by itself evidence of a new mechanism. It cannot show that " +
    "real models work this way: real tokens are not independent or equally hard, real " +
    "per-token accuracy need not be a sigmoid in log-compute, and some jumps may be real. " +
    "Steer students to name the measurement that would tell the two apart (a smooth metric on " +
    "the same outputs, chapter 7) rather than argue from the simulation alone.",
  explanation: "A simulation shows a smooth cause is enough for an abrupt curve; it cannot show " +
    "that real models have that cause.",
  hint: "Separate 'this mechanism can produce a jump' from 'this mechanism produced that jump'.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex5_1, ex5_2, ex5_3, ex5_4, ex5_5, ex5_6];
