/**
 * Exercises for chapter 4 (eight scales).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { foldChanges, scaleRows } from "./tables.ts";
import { exactMatch } from "../../math/exact_match.ts";
import { elbowLogCompute } from "../../math/elbow.ts";
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import { rankingText } from "../../book/predictions.ts";

const row = (k: number, x: number) => scaleRows(k, [x])[0];

/** Exact EM at 10\^23.5. */
export const ex4_1: Exercise = {
  id: "4.1",
  question: "Without rounding p first, what is the 4-digit exact match at x = 23.5 " +
    "(p = σ(2.25))? Four decimals.",
  answer: () => row(4, 23.5).em,
  precision: { decimals: 4 },
  tolerance: 1e-4,
  explanation: "σ(2.25)⁴ = 0.90465⁴ ≈ 0.6698. Rounding p to 0.905 first would give 0.6708: " +
    "the rounding error of p, multiplied by 4.",
  hint: "Compute σ(2.25) = 1/(1 + e^(−2.25)) to at least five digits, then raise it to the 4th " +
    "power.",
};

/** Exact EM fold-change. */
export const ex4_2: Exercise = {
  id: "4.2",
  question: "By what factor does 4-digit exact match grow from 10²⁰ to 10²⁵ FLOPs, computed " +
    "from unrounded p? Give it to three significant digits.",
  answer: () => foldChanges(scaleRows(4)).exactMatch,
  precision: { significant: 3 },
  tolerance: 1000,
  explanation: "(σ(4.5)/σ(−3))⁴ ≈ 20.854⁴ ≈ 189,000. From p rounded to 0.047 and 0.989 first " +
    "it would be (0.989/0.047)⁴ ≈ 196,000: rounding lowers the starting value's fourth power " +
    "by 3.5 % and so raises the ratio by 3.7 %.",
  hint: "The EM fold-change is the per-token fold-change to the 4th power.",
};

/** k = 20 at 10\^22.5. */
export const ex4_3: Exercise = {
  id: "4.3",
  question: "For the 20-token variant, what is exact match at x = 22.5? Give it to 3 " +
    "significant digits.",
  answer: () => row(20, 22.5).em,
  precision: { significant: 3 },
  tolerance: 1e-6,
  explanation: "σ(0.75)²⁰ ≈ 0.000436; from p rounded to 0.679 first, 0.679²⁰ ≈ 0.000434 " +
    "(0.5 % low: twenty times the 0.026 % rounding of p).",
  hint: "Work in logs: 20·ln(0.67918) ≈ −7.74.",
};

/** Predict: which chain length rises most between 10²² and 10²³. */
export const ex4_4: Exercise = {
  id: "4.4",
  kind: "predict",
  question: "Between x = 22 and x = 23 (same p = σ(1.5·(x − 22))), rank by how much exact " +
    "match rises in absolute terms, largest first: answers of 1 token (per-token accuracy), " +
    "2 tokens, 8 tokens and 50 tokens.",
  prediction: { type: "ranking", items: ["k = 1", "k = 2", "k = 8", "k = 50"] },
  answer: () => {
    const rise = (k: number) =>
      exactMatch(perTokenAccuracy(23, 22, 1.5), k) - exactMatch(perTokenAccuracy(22, 22, 1.5), k);
    const rows: [string, number][] = [1, 2, 8, 50].map((k) => [`k = ${k}`, rise(k)]);
    return rankingText(rows.sort((a, b) => b[1] - a[1]).map((r) => r[0]));
  },
  explanation: "k = 2 (+0.42) > k = 1 (+0.32) > k = 8 (+0.20) > k = 50 (+0.00004). A short " +
    "chain amplifies the rise of p once p passes ½; a long chain hides it until p is close to " +
    "1. Over this decade the 50-token score is still flat, although the model is the same.",
  hint: "p(22) = 0.5 and p(23) = σ(1.5) ≈ 0.818; compute p^k at both for each k.",
};

/** Change a parameter: a shallower per-token curve. */
export const ex4_5: Exercise = {
  id: "4.5",
  kind: "change-parameter",
  question: "The cell below finds where 4-digit exact match reaches ½ for s = 1.5. Change s to " +
    "0.75 (half as steep) and rerun it. Where does exact match reach ½ now? Two decimals.",
  answer: () => elbowLogCompute(4, 22, 0.75),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "x ≈ 24.22, twice as far beyond x0 as the 23.11 at s = 1.5: a shallower " +
    "per-token curve stretches everything, the distance to the elbow included.",
  hint: "x = x0 + logit(½^(1/4))/s.",
};

/** Discussion: which metric to show. */
export const ex4_6: Exercise = {
  id: "4.6",
  kind: "discuss",
  question: "You have the eight-scale table for one model family. Which of the three metrics " +
    "would you show someone deciding whether to fund a larger model, and which would you show " +
    "someone deciding whether to ship the current one to users? Why might the answers differ?",
  answer: () =>
    "The funding decision is a forecast: it needs the metric that moves smoothly and can be " +
    "extrapolated (per-token accuracy or log-likelihood), because exact match sits at zero for " +
    "decades and gives a fit nothing to work with. The shipping decision is about what users " +
    "experience: if users need the whole answer right, exact match on the real task is the " +
    "honest number, with its Wilson interval. Good answers notice that both come from the " +
    "same evaluation and that the disagreement is about the question asked, not about which " +
    "metric is true. Watch for students who call exact match 'misleading' in general.",
  explanation: "Forecasting needs a smooth metric; judging usefulness needs the metric users " +
    "experience.",
  hint: "Ask what each person needs to predict or judge, and which metric moves before the jump.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex4_1, ex4_2, ex4_3, ex4_4, ex4_5, ex4_6];
