/**
 * Exercises for chapter 16 (five gotchas).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { meanTokenLogLikelihood } from "../math/loglik.ts";
import { perTokenAccuracy } from "../math/sigmoid.ts";
import {
  elbowShiftFromChainLength,
  scaffoldStudy,
  weiChainOfThoughtScales,
} from "../gotchas/scaffold.ts";
import { chapterFamily, expectedScore } from "../gotchas/contamination.ts";

/** NLL fold drop below the elbow. */
export const ex16_1: Exercise = {
  id: "16.1",
  question:
    "With x0 = 22 and s = 1.5, by what factor does the answer NLL per token (−ln p) fall between 10¹⁸ and 10^21.5 FLOPs?",
  answer: () =>
    meanTokenLogLikelihood(perTokenAccuracy(18, 22, 1.5)) /
    meanTokenLogLikelihood(perTokenAccuracy(21.5, 22, 1.5)),
  relativeTolerance: 0.01,
  explanation:
    "About five-fold, over a range where an 8-token exact match reads 0/200 at every rung.",
  hint: "−ln σ(z) = ln(1 + e^(−z)); evaluate it at z = (18 − 22)·1.5 and z = (21.5 − 22)·1.5.",
};

/** Elbow shift from k. */
export const ex16_2: Exercise = {
  id: "16.2",
  question:
    "A scaffold makes the model write 8 tokens that must all be right instead of 1, with the per-token curve unchanged (s = 1.5). How many decades later is the elbow?",
  answer: () => elbowShiftFromChainLength({ k: 1, x0: 22, s: 1.5 }, 8),
  tolerance: 0.01,
  explanation: "logit(½^(1/8))/1.5 ≈ 2.40/1.5 ≈ 1.6 decades later, whatever x0 is.",
  hint: "The elbow sits at x0 + logit(½^(1/k))/s; subtract the k = 1 value from the k = 8 value.",
};

/** CoT elbow shift calibrated to Wei et al.'s emergence scale. */
export const ex16_3: Exercise = {
  id: "16.3",
  question:
    "Calibrate a 6-step CoT scaffold to tie with a direct prompt (k = 1, x0 = 24.5, s = 1.5) at Wei et al.'s 1.3·10²³ FLOPs. How many decades earlier than the direct prompt's elbow is the scaffold's?",
  answer: () =>
    scaffoldStudy([24.5], 1.5, 6, Math.log10(weiChainOfThoughtScales()[0].flops))[0].decadesEarlier,
  tolerance: 0.01,
  explanation:
    "About half a decade, not the full decade often claimed. The shift grows with how far the direct prompt's elbow lies beyond the tie.",
  hint:
    "Use `calibrateScaffold` (or `scaffoldStudy`) with crossover log10(1.3e23), then subtract the two elbows.",
};

/** Contamination gain. */
export const ex16_4: Exercise = {
  id: "16.4",
  question:
    "In the chapter's family, how much exact match (expected, as a fraction) does the 30 % leak add to benchmark A at x = 22.5? Three decimals.",
  answer: () => {
    const fam = chapterFamily();
    const a = fam.benchmarks[0];
    return expectedScore(fam, a, 22.5) - expectedScore(fam, { ...a, leaked: 0 }, 22.5);
  },
  tolerance: 0.001,
  explanation:
    "f·m·(1 − p^k) with f = 0.3, m = σ(2) ≈ 0.88 and p^k ≈ 0.045: about a quarter of all questions, on this benchmark only.",
  hint: "The leak adds f·m(x)·(1 − p^k): memorised items that would otherwise have been missed.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex16_1, ex16_2, ex16_3, ex16_4];
