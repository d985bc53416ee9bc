/**
 * Exercises for chapter 1 (loss is smooth, capabilities are not).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import {
  BESIROGLU_2024,
  chinchillaLoss,
  computeOptimal,
  tokensPerParameter,
} from "../math/loss.ts";
import { compareFirstEmergence, loadFirstEmergence } from "../tables/firstEmergence.ts";

/** Chinchilla's predicted loss from the parametric law. */
export const ex01_1: Exercise = {
  id: "01.1",
  question: "Using L(N, D) = 1.69 + 406.4/N^0.34 + 410.7/D^0.28, what loss does the law predict " +
    "for Chinchilla (N = 70·10⁹ parameters, D = 1.4·10¹² tokens)? Three decimals.",
  answer: () => chinchillaLoss(70e9, 1.4e12),
  tolerance: 1e-3,
  explanation: "1.69 + 0.0835 + 0.1632 ≈ 1.937 nats per token: most of the loss is the " +
    "irreducible E, and the rest shrinks smoothly with N and D.",
  hint: "Evaluate each term separately: 406.4 / (7e10)^0.34 and 410.7 / (1.4e12)^0.28.",
};

/** How far the often-quoted 3-digit-addition compute is from Wei et al.'s. */
export const ex01_2: Exercise = {
  id: "01.2",
  question: "The often-quoted table puts 3-digit addition at ~3×10²² FLOPs; Wei et al. (2022, " +
    "Table 1) list 2.3×10²² for GPT-3 13B. By how many decades (log10 of the ratio) does the " +
    "quoted value overstate it? Three decimals.",
  answer: () => compareFirstEmergence(loadFirstEmergence())[0].decadesOff as number,
  tolerance: 2e-3,
  explanation: "log10(3 / 2.3) ≈ 0.115 decades: small, but the quoted value rounds 2.3 up to 3, " +
    "which is not the nearest one-digit value.",
  hint: "Take log10 of 3e22 / 2.3e22.",
};

/** Compute-optimal size at 10²² FLOPs. */
export const ex01_3: Exercise = {
  id: "01.3",
  question: "With C = 6·N·D and the same law, what model size N (in billions of parameters) " +
    "minimises the loss at C = 10²² FLOPs? Two decimals.",
  answer: () => computeOptimal(1e22).n / 1e9,
  tolerance: 0.01,
  explanation:
    `About 5.16 B parameters trained on about 323 B tokens, ${
      Math.round(tokensPerParameter(1e22))
    } tokens per parameter: the closed form is N = G·(C/6)^(β/(α+β)) with ` +
    `G = (αA/(βB))^(1/(α+β)). The refit of Besiroglu et al. (2024) gives ${
      (computeOptimal(1e22, BESIROGLU_2024).n / 1e9).toFixed(1)
    } B parameters and ${
      Math.round(tokensPerParameter(1e22, BESIROGLU_2024))
    } tokens per parameter at the same budget, close to Hoffmann et al.'s other two approaches; ` +
    "the printed constants' ratio drifts with the budget (about 40 at 10²⁰, 153 at 10²⁶).",
  hint: "Substitute D = C/(6N) into L and set dL/dN = 0; or scan N on a log grid.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex01_1, ex01_2, ex01_3];
