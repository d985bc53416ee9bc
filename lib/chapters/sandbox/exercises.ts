/**
 * Exercises for chapter 14 (the emergence sandbox). Every answer is computed by the same
 * `lib/math` functions the sandbox draws with.
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { elbowLogCompute } from "../../math/elbow.ts";
import { exactMatchSlope, perTokenSlope } from "../../math/derivative.ts";
import { meanTokenLogLikelihood } from "../../math/loglik.ts";
import { perTokenAccuracy } from "../../math/sigmoid.ts";

/** Where the exact-match elbow lies for a 20-token answer. */
export const ex14_1: Exercise = {
  id: "14.1",
  question:
    "With x0 = 22 and s = 1.5, at what log10 compute x does exact match reach ½ for k = 20? " +
    "(Read it off the sandbox, then check: x = x0 + logit(½^(1/k))/s.) Two decimals.",
  answer: () => elbowLogCompute(20, 22, 1.5),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation:
    "½^(1/20) = 0.9659, whose logit is 3.345; divided by s = 1.5 that is 2.23 decades after " +
    "x0, so x ≈ 24.23, about 1.7 × 10²⁴ FLOPs.",
  hint: "Each of the 20 tokens must be right with probability ½^(1/20). At which x does the " +
    "per-token sigmoid reach that value?",
};

/** The elbow's shift halves when the per-token curve is twice as steep. */
export const ex14_2: Exercise = {
  id: "14.2",
  kind: "change-parameter",
  question:
    "In the sandbox, set s = 3 (twice as steep) with x0 = 22. By how many decades of compute does the elbow " +
    "move when k goes from 1 to 20? Two decimals.",
  answer: () => elbowLogCompute(20, 22, 3) - elbowLogCompute(1, 22, 3),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation:
    "The shift is logit(½^(1/k))/s: the same logit (3.345) divided by 3 instead of 1.5, so " +
    "1.11 decades, half of the 2.23 at s = 1.5.",
  hint: "At k = 1 the elbow is at x0. For k = 20 the logit of ½^(1/20) does not depend on s; " +
    "what does?",
};

/** What the smooth metric reads at the point where exact match jumps through ½. */
export const ex14_3: Exercise = {
  id: "14.3",
  question:
    "Switch the sandbox to mean token log-likelihood with k = 20, x0 = 22, s = 1.5. What is " +
    "ln p (in nats) at the exact-match elbow? Four decimals.",
  answer: () => meanTokenLogLikelihood(perTokenAccuracy(elbowLogCompute(20, 22, 1.5), 22, 1.5)),
  precision: { decimals: 4 },
  tolerance: 1e-4,
  explanation: "At the elbow p^20 = ½, so 20·ln p = ln ½ and ln p = −0.6931/20 = −0.0347 " +
    "nats: the smooth metric is already within a few hundredths of its ceiling of 0 there.",
  hint: "At the elbow p^k = ½. Take the natural log of both sides.",
};

/** How much steeper the exact-match curve is than the per-token curve at the elbow. */
export const ex14_4: Exercise = {
  id: "14.4",
  question:
    "At the elbow for k = 20 (x0 = 22, s = 1.5), how many times steeper is the exact-match " +
    "curve than the per-token curve, i.e. (dEM/dx) / (dp/dx) at that x? One decimal.",
  answer: () => {
    const x = elbowLogCompute(20, 22, 1.5);
    return exactMatchSlope(x, 22, 1.5, 20) / perTokenSlope(x, 22, 1.5);
  },
  precision: { decimals: 1 },
  tolerance: 0.1,
  explanation: "dEM/dx = k·p^(k−1)·dp/dx, so the ratio is k·p^(k−1) = 20 × ½ / 0.9659 ≈ 10.35. " +
    "The per-token curve is nearly flat up there (p ≈ 0.97), which is why the exact-match " +
    "curve is only modestly steeper in absolute terms.",
  hint: "Differentiate p(x)^k with the chain rule and divide by dp/dx; p^k = ½ at the elbow.",
};

/** Predict: is exact match steeper before the elbow? */
export const ex14_5: Exercise = {
  id: "14.5",
  kind: "predict",
  question: "In the sandbox with k = 20, x0 = 22 and s = 1.5, look at x = 23, a decade before " +
    "the exact-match elbow. Is the exact-match curve steeper, shallower or equally steep " +
    "there compared with the per-token curve?",
  prediction: { type: "direction", options: ["steeper", "shallower", "equally steep"] },
  answer: () => {
    const r = exactMatchSlope(23, 22, 1.5, 20) / perTokenSlope(23, 22, 1.5);
    return r > 1 ? "steeper" : r < 1 ? "shallower" : "equally steep";
  },
  explanation: "Shallower, less than half as steep: the ratio k·p^(k−1) = 20·0.818¹⁹ ≈ 0.44. " +
    "Before the elbow the long chain damps the per-token rise; only once p is close enough to " +
    "1 (here past about 0.85) does it amplify it. 'k times steeper' is wrong on both sides.",
  hint: "The ratio of slopes is k·p^(k−1). Compute p at x = 23 first.",
};

/** Discussion: making a jump look as sudden as possible. */
export const ex14_6: Exercise = {
  id: "14.6",
  kind: "discuss",
  question: "Set the sandbox so that the exact-match curve looks as sudden as you can make it " +
    "without touching the per-token curve. What did you change, and what would a reader of " +
    "your plot need to be told so as not to be misled?",
  answer: () =>
    "Students usually raise k, widen the x range (many decades on screen compress the rise), " +
    "use a linear y axis for exact match, and drop the per-token and log-likelihood curves. " +
    "The per-token curve is unchanged in all of these, so nothing about the model changed: " +
    "only the grading and the view. A reader needs the answer length k, the metric, the axis " +
    "scales, and ideally the per-token or log-likelihood curve of the same outputs. Discuss " +
    "which of these choices are legitimate for a given purpose (a user who needs whole answers) " +
    "and which only dramatise.",
  explanation: "Longer chains, a wide log-compute window and exact match alone make any " +
    "smooth per-token curve look sudden.",
  hint: "List every control that changes the picture but not the per-token curve.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex14_1, ex14_2, ex14_3, ex14_4, ex14_5, ex14_6];
