/**
 * Exercises for chapter 11 (real vs apparent emergence).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { elbowLogCompute } from "../../math/elbow.ts";
import { wilsonInterval } from "../../stats/wilson.ts";

/** Elbow shift from k = 1 to k = 20. */
export const ex11_1: Exercise = {
  id: "11.1",
  question: "Same per-token curve σ(1.5·(x − 22)), two metrics: per-token accuracy (k = 1) and " +
    "20-token exact match. How many decades later does the exact-match score reach ½? Two " +
    "decimals.",
  answer: () => elbowLogCompute(20, 22, 1.5) - elbowLogCompute(1, 22, 1.5),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "About 2.23 decades, a 170-fold difference in compute, produced by the metric " +
    "alone: the model is the same.",
  hint: "Use the closed form x = x0 + logit(0.5^(1/k))/s for both k.",
};

/** Upper bound after 0 of 200. */
export const ex11_2: Exercise = {
  id: "11.2",
  question: "A model scores 0 of 200 on a benchmark. What is the upper end of the 95 % Wilson " +
    "interval for its true accuracy? Three decimals.",
  answer: () => wilsonInterval(0, 200).upper,
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "3.84/(200 + 3.84) ≈ 0.019, so the book writes “0/200 (95 % upper bound 0.019)”: " +
    "any rate up to about 2 % fits the data (nearly four times 1/200), so a flat-at-zero stretch " +
    "cannot tell a hidden smooth rise from a true absence.",
  hint: "With k = 0 the Wilson upper bound is z²/(n + z²) with z = 1.96.",
};

/** Predict: shorter chain, nearer elbow. */
export const ex11_3: Exercise = {
  id: "11.3",
  kind: "predict",
  question: "Exercise 11.1 measured how far exact match over 20 tokens lags per-token accuracy. " +
    "For a 5-token answer on the same per-token curve, will the exact-match midpoint sit " +
    "closer to the per-token midpoint, farther from it, or at the same distance?",
  prediction: { type: "direction", options: ["closer", "farther", "the same"] },
  answer: () => {
    const lag = (k: number) => elbowLogCompute(k, 22, 1.5) - elbowLogCompute(1, 22, 1.5);
    return lag(5) < lag(20) ? "closer" : lag(5) > lag(20) ? "farther" : "the same";
  },
  explanation: "Closer: about 1.3 decades instead of 2.2. The shorter the chain, the less " +
    "the metric hides; at k = 1 the two curves are the same curve.",
  hint: "The lag is logit(½^(1/k))/s. Is ½^(1/5) nearer to ½ or to 1 than ½^(1/20)?",
};

/** Change a parameter: a bigger test set. */
export const ex11_4: Exercise = {
  id: "11.4",
  kind: "change-parameter",
  question: "The cell below prints the upper end of the 95 % Wilson interval for 0 correct out " +
    "of n = 200. Change n to 2000 and rerun it. What is the upper end now? Three significant " +
    "digits.",
  answer: () => wilsonInterval(0, 2000).upper,
  precision: { significant: 3 },
  tolerance: 1e-5,
  explanation: "About 0.00192, ten times smaller: for 0/n the upper end is 3.84/(n + 3.84). A " +
    "ten times larger test set resolves a ten times smaller rate, so a 'flat at zero' curve " +
    "may start rising a decade of compute earlier on the bigger benchmark.",
  hint: "With no successes the Wilson upper end is z²/(n + z²), z² ≈ 3.84.",
};

/** Discussion: does an apparent jump still matter? */
export const ex11_5: Exercise = {
  id: "11.5",
  kind: "discuss",
  question: "Suppose a jump in exact match disappears when the same outputs are scored by " +
    "log-likelihood. Does the jump still matter to a user of the model? Give one case where " +
    "it does and one where it does not.",
  answer: () =>
    "It matters when the user needs the whole answer right: a calculator, a compiled program, " +
    "a legal citation. For that user the model really goes from useless to useful over a " +
    "short range of scale, whatever the per-token curve does. It matters less when partial " +
    "answers help (drafting, ranking, suggestions) or when the question is forecasting, where " +
    "the smooth metric is the one to extrapolate. Good answers separate 'the capability " +
    "appears suddenly' (a claim about the model) from 'the usefulness appears suddenly' (a " +
    "claim about the task and its grading). Ask who decides which metric a task deserves.",
  explanation: "An apparent jump is still real for users who need the whole answer right; it " +
    "is not a sign of a new mechanism in the model.",
  hint: "Think of a user who gets nothing from a 90 %-right answer, and one who gets a lot.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex11_1, ex11_2, ex11_3, ex11_4, ex11_5];
