/**
 * Exercises for the appendix "Claims in circulation, checked".
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { gompertzShift } from "../../math/gompertz.ts";
import { BESIROGLU_2024, tokensPerParameter } from "../../math/loss_law.ts";
import { weiChainOfThoughtScales } from "../../sim/prompt_format.ts";

/** Where a long answer's rise moves, in the Gompertz limit. */
export const ex19_1: Exercise = {
  id: "19.1",
  question: "In the sigmoid chain model with s = 1.5 per decade, about how many decades later " +
    "does a 100-token answer's exact-match curve rise than a 1-token answer's, by the Gompertz " +
    "limit ln k / s? Two decimals.",
  answer: () => gompertzShift(100, 1.5),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "ln 100 / 1.5 = 4.605 / 1.5 ≈ 3.07 decades. The curve moves; its 10 %→90 % width " +
    "stays near 3.08 / s ≈ 2.06 decades, so a long answer shifts the rise far more than it " +
    "steepens it.",
  hint: "For large k, σ(z)^k ≈ exp(−k·e^(−z)) = exp(−e^(−(z − ln k))).",
};

/** Tokens per parameter from the refitted Chinchilla constants. */
export const ex19_2: Exercise = {
  id: "19.2",
  question: "With the constants refitted by Besiroglu et al. (2024) (A = 482.01, B = 2085.43, " +
    "α = 0.3478, β = 0.3658) and C = 6ND, how many tokens per parameter are compute-optimal " +
    "at C = 10²⁴ FLOPs? One decimal.",
  answer: () => tokensPerParameter(1e24, BESIROGLU_2024),
  precision: { decimals: 1 },
  tolerance: 0.1,
  explanation: "About 18.1: N_opt = G·(C/6)^(β/(α+β)) with G = (αA/(βB))^(1/(α+β)), and " +
    "D/N = (C/6)/N_opt². The printed Hoffmann et al. constants give about 98 at the same " +
    "budget, which is why the ratio they imply drifts with the budget while the refit stays " +
    "near 20.",
  hint:
    "Use `tokensPerParameter(1e24, BESIROGLU_2024)` from lib/math/loss_law.ts, or the closed form.",
};

/** How far apart Wei et al.'s two chain-of-thought scales are. */
export const ex19_3: Exercise = {
  id: "19.3",
  question: "Wei et al.'s Table 1 lists chain of thought first beating standard prompting at " +
    "1.3·10²³ FLOPs (LaMDA 68B, math word problems) and at 2.9·10²³ FLOPs (PaLM 62B, " +
    "StrategyQA). How many decades apart are they? Two decimals.",
  answer: () => {
    const [a, b] = weiChainOfThoughtScales().map((c) => c.flops);
    return Math.log10(b / a);
  },
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "log10(2.9 / 1.3) ≈ 0.35 decades, and the smaller model sits at the larger " +
    "compute: one ability, two families, two tasks, two scales. No single model size marks it.",
  hint: "Take log10 of the ratio of the two compute values.",
};

/** All exercises of the appendix, in order. */
export const exercises: Exercise[] = [ex19_1, ex19_2, ex19_3];
