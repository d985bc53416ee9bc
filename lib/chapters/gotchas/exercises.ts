/**
 * Exercises for chapter 17 (five gotchas).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { meanTokenLogLikelihood } from "../../math/loglik.ts";
import { perTokenAccuracy } from "../../math/sigmoid.ts";
import {
  elbowShiftFromChainLength,
  scaffoldStudy,
  weiChainOfThoughtScales,
} from "../../sim/prompt_format.ts";
import { chapterFamily, expectedScore } from "./contamination.ts";

/** NLL fold drop below the elbow. */
export const ex17_1: Exercise = {
  id: "17.1",
  question:
    "With x0 = 22 and s = 1.5, by what factor does the answer NLL per token (−ln p) fall between 10¹⁸ and 10^21.5 FLOPs? Two decimals.",
  answer: () =>
    meanTokenLogLikelihood(perTokenAccuracy(18, 22, 1.5)) /
    meanTokenLogLikelihood(perTokenAccuracy(21.5, 22, 1.5)),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation:
    "About five-fold, over a range where an 8-token exact match reads 0/200 at every rung.",
  hint: "−ln σ(z) = ln(1 + e^(−z)); evaluate it at z = (18 − 22)·1.5 and z = (21.5 − 22)·1.5.",
};

/** Elbow shift from k. */
export const ex17_2: Exercise = {
  id: "17.2",
  question:
    "A scaffold makes the model write 8 tokens that must all be right instead of 1, with the per-token curve unchanged (s = 1.5). How many decades later is the elbow? Two decimals.",
  answer: () => elbowShiftFromChainLength({ k: 1, x0: 22, s: 1.5 }, 8),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "logit(½^(1/8))/1.5 ≈ 2.40/1.5 ≈ 1.6 decades later, whatever x0 is.",
  hint: "The elbow sits at x0 + logit(½^(1/k))/s; subtract the k = 1 value from the k = 8 value.",
};

/** CoT elbow shift calibrated to Wei et al.'s emergence scale. */
export const ex17_3: Exercise = {
  id: "17.3",
  question:
    "Calibrate a 6-step CoT scaffold to tie with a direct prompt (k = 1, x0 = 24.5, s = 1.5) at Wei et al.'s 1.3·10²³ FLOPs. How many decades earlier than the direct prompt's elbow is the scaffold's? Two decimals.",
  answer: () =>
    scaffoldStudy([24.5], 1.5, 6, Math.log10(weiChainOfThoughtScales()[0].flops))[0].decadesEarlier,
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation:
    "About half a decade, not the full decade often claimed. The shift grows with how far the direct prompt's elbow lies beyond the tie.",
  hint:
    "Use `calibrateScaffold` (or `scaffoldStudy`) with crossover log10(1.3e23), then subtract the two elbows.",
};

/** Contamination gain. */
export const ex17_4: Exercise = {
  id: "17.4",
  question:
    "In the chapter's family, how much exact match (expected, as a fraction) does the 30 % leak add to benchmark A at x = 22.5? Three decimals.",
  answer: () => {
    const fam = chapterFamily();
    const a = fam.benchmarks[0];
    return expectedScore(fam, a, 22.5) - expectedScore(fam, { ...a, leaked: 0 }, 22.5);
  },
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation:
    "f·m·(1 − p^k) with f = 0.3, m = σ(2) ≈ 0.88 and p^k ≈ 0.045: about a quarter of all questions, on this benchmark only.",
  hint: "The leak adds f·m(x)·(1 − p^k): memorised items that would otherwise have been missed.",
};

/** Contamination gain on benchmark A at log-compute x for leak fraction f. */
function leakGain(x: number, leaked?: number): number {
  const fam = chapterFamily();
  const a = fam.benchmarks[0];
  const withLeak = leaked === undefined ? a : { ...a, leaked };
  return expectedScore(fam, withLeak, x) - expectedScore(fam, { ...a, leaked: 0 }, x);
}

/** Predict: does the leak help more or less past the elbow? */
export const ex17_5: Exercise = {
  id: "17.5",
  kind: "predict",
  question: "Exercise 17.4 measured what the 30 % leak adds to benchmark A at x = 22.5. At x = " +
    "24, a larger model, will the leak add more, less or the same?",
  prediction: { type: "direction", options: ["more", "less", "the same"] },
  answer: () => {
    const a = leakGain(22.5);
    const b = leakGain(24);
    return b > a ? "more" : b < a ? "less" : "the same";
  },
  explanation: "Less (about 0.10 instead of 0.25), although the larger model memorises more: " +
    "the gain is f·m·(1 − p^k), and past the elbow the model answers most leaked questions " +
    "right anyway. Contamination flatters the middle of the curve most, exactly where an " +
    "emergence claim is made.",
  hint: "Write the gain as f·m(x)·(1 − p^k). Which factor shrinks as x grows?",
};

/** Change a parameter: a smaller leak. */
export const ex17_6: Exercise = {
  id: "17.6",
  kind: "change-parameter",
  question: "The cell below computes what the leak adds to benchmark A at x = 22.5. Change the " +
    "leaked fraction from 0.3 to 0.1 and rerun it. What does the leak add now? Three decimals.",
  answer: () => leakGain(22.5, 0.1),
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "About 0.084, a third of 0.252: the gain is proportional to the leaked fraction. " +
    "Even a 10 % leak adds more than the 0.045 the model earns honestly at this scale, so a " +
    "small leak can still dominate the early part of the curve.",
  hint: "The gain is f·m·(1 − p^k); only f changed.",
};

/** Discussion: which gotcha would catch you? */
export const ex17_7: Exercise = {
  id: "17.7",
  kind: "discuss",
  question: "Which of the five gotchas would be most likely to fool you in your own work, and " +
    "what habit or check would catch it before you published a curve?",
  answer: () =>
    "Any choice is fine if it is tied to a concrete check. Typical pairings: headline metric " +
    "hides learning → always plot a continuous metric (token NLL) of the same outputs next to " +
    "the headline; extrapolating from one ladder → report the spread over plausible k and " +
    "model forms, not one fit; prompt scaffold → fix and report the prompt, and compare " +
    "scaffolds at equal compute; contamination → test for leaked items (canary strings, " +
    "n-gram overlap, a held-out rewritten set); saturation → check the ceiling and the " +
    "label-noise rate before reading a flat top as 'no more progress'. Ask students to say " +
    "when in their workflow the check runs, and what it costs.",
  explanation: "Each gotcha has a cheap check; the habit is to run it before drawing the curve.",
  hint: "Pick one gotcha and describe the plot or number that would have exposed it.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex17_1, ex17_2, ex17_3, ex17_4, ex17_5, ex17_6, ex17_7];
