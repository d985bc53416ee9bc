/**
 * Exercises for chapter 1 (loss is smooth, capabilities are not).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import {
  BESIROGLU_2024,
  chinchillaLoss,
  computeOptimal,
  tokensPerParameter,
} from "../../math/loss_law.ts";
import { compareFirstEmergence, loadFirstEmergence } from "../../data/first_emergence.ts";

/** Chinchilla's predicted loss from the parametric law. */
export const ex1_1: Exercise = {
  id: "1.1",
  question: "Using L(N, D) = 1.69 + 406.4/N^0.34 + 410.7/D^0.28, what loss does the law predict " +
    "for Chinchilla (N = 70·10⁹ parameters, D = 1.4·10¹² tokens)? Three decimals.",
  answer: () => chinchillaLoss(70e9, 1.4e12),
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "1.69 + 0.0835 + 0.1632 ≈ 1.937 nats per token: most of the loss is the " +
    "irreducible E, and the rest shrinks smoothly with N and D.",
  hint: "Evaluate each term separately: 406.4 / (7e10)^0.34 and 410.7 / (1.4e12)^0.28.",
};

/** How far the often-quoted 3-digit-addition compute is from Wei et al.'s. */
export const ex1_2: Exercise = {
  id: "1.2",
  question: "The often-quoted table puts 3-digit addition at ~3×10²² FLOPs; Wei et al. (2022, " +
    "Table 1) list 2.3×10²² for GPT-3 13B. By how many decades (log10 of the ratio) does the " +
    "quoted value overstate it? Three decimals.",
  answer: () => compareFirstEmergence(loadFirstEmergence())[0].decadesOff as number,
  precision: { decimals: 3 },
  tolerance: 2e-3,
  explanation: "log10(3 / 2.3) ≈ 0.115 decades: small, but the quoted value rounds 2.3 up to 3, " +
    "which is not the nearest one-digit value.",
  hint: "Take log10 of 3e22 / 2.3e22.",
};

/** Compute-optimal size at 10²² FLOPs. */
export const ex1_3: Exercise = {
  id: "1.3",
  question: "With C = 6·N·D and the same law, what model size N (in billions of parameters) " +
    "minimises the loss at C = 10²² FLOPs? Two decimals.",
  answer: () => computeOptimal(1e22).n / 1e9,
  precision: { decimals: 2 },
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

/** Predict: what happens to loss off the compute-optimal split. */
export const ex1_4: Exercise = {
  id: "1.4",
  kind: "predict",
  question: "At C = 10²² FLOPs, take the compute-optimal model and instead train a model twice " +
    "as large on half as many tokens (same compute). Will the law's predicted loss be higher, " +
    "lower or the same?",
  prediction: { type: "direction", options: ["higher", "lower", "the same"] },
  answer: () => {
    const o = computeOptimal(1e22);
    const off = chinchillaLoss(2 * o.n, o.d / 2);
    return off > o.loss + 1e-12 ? "higher" : off < o.loss - 1e-12 ? "lower" : "the same";
  },
  explanation: "Higher, if only slightly (about 0.01 nats): the optimum is a minimum over the " +
    "split of a fixed budget, so any other split, bigger or smaller, costs loss. The curve is " +
    "flat near the optimum, which is why labs can trade a little loss for a smaller model.",
  hint: "The compute-optimal point minimises L(N, C/(6N)) over N. What is true of every other " +
    "point on that curve?",
};

/** Change a parameter: ten times more compute per decade. */
export const ex1_5: Exercise = {
  id: "1.5",
  kind: "change-parameter",
  question: "The cell below computes the compute-optimal model at C = 10²² FLOPs. Change C to " +
    "10²⁴ and rerun it. By what factor did the optimal N grow? Two decimals.",
  answer: () => computeOptimal(1e24).n / computeOptimal(1e22).n,
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "About 8: N grows as C^(β/(α+β)) = C^0.45, so 100 times the compute buys 8 times " +
    "the parameters and 12.5 times the tokens. The split barely moves; the loss falls smoothly.",
  hint: "Divide the new N by the old one; compare with 100^(0.28/0.62).",
};

/** Discussion: from a loss curve to a capability forecast. */
export const ex1_6: Exercise = {
  id: "1.6",
  kind: "discuss",
  question: "A manager has a smooth loss curve for the next model and asks whether it will do " +
    "3-digit addition. What does the loss curve let you say, and what else would you need to " +
    "know before answering?",
  answer: () =>
    "Good answers separate what the loss law predicts (average per-token loss, smoothly, " +
    "across all text) from what the manager asks (one task, graded all-or-nothing). They " +
    "should ask for: how per-token accuracy on this task relates to the average loss (tasks " +
    "differ), how many tokens the answer has (k, chapter 2), how the task is graded (exact " +
    "match turns a smooth p into an abrupt p^k), and how many test questions there are (0/n " +
    "is not zero, chapter 11). Push students to say which of these they could measure on " +
    "smaller models now. A weak answer reads a capability threshold off the loss curve.",
  explanation: "The loss curve predicts loss; the task needs a link from loss to per-token " +
    "accuracy on that task, the answer length and the grading rule.",
  hint: "List what stands between an average loss on text and a right/wrong grade on one task.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex1_1, ex1_2, ex1_3, ex1_4, ex1_5, ex1_6];
