/**
 * Exercises for chapter 12 (can you extrapolate?).
 *
 * @module
 */
import type { Exercise } from "../../book/exercises.ts";
import { simulatedRunChecks } from "./simulated_checks.ts";
import { pythiaExtrapolationChecks } from "../../fit/pythia_extrapolation.ts";
import { elbowLogCompute } from "../../math/elbow.ts";

/** Error of the pure power law on the clean simulated run. */
export const ex12_1: Exercise = {
  id: "12.1",
  question: "In the clean simulated run (constant learning rate, no noise), a pure power law is " +
    "fitted on the first 10 % of tokens. By how many percent does it miss the final loss? Give " +
    "the signed relative error in percent, one decimal.",
  answer: () =>
    100 *
    simulatedRunChecks(undefined, [0.1]).find((r) =>
      r.condition === "constant LR, no noise" && r.form === "power"
    )!.relError,
  precision: { decimals: 1 },
  tolerance: 0.1,
  explanation: "About −9.0 %: the pure law keeps falling at the rate it had early on, while " +
    "the real curve bends towards its floor. The same data with a floor term is fitted exactly.",
  hint: "Read the row 'constant LR, no noise', 'first 10% of tokens', form 'power' of the table.",
};

/** Elbow of an 8-token chain. */
export const ex12_2: Exercise = {
  id: "12.2",
  question: "With per-token accuracy σ(1.5·(x − 22)), at what log10 compute does exact match " +
    "over k = 8 tokens reach ½? Two decimals.",
  answer: () => elbowLogCompute(8, 22, 1.5),
  precision: { decimals: 2 },
  tolerance: 0.01,
  explanation: "x = 22 + logit(0.5^(1/8))/1.5 ≈ 23.60: the elbow sits 1.6 decades to the " +
    "right of the per-token midpoint.",
  hint: "Solve σ(1.5(x − 22))^8 = 0.5: the per-token accuracy must be 0.5^(1/8).",
};

/** Pythia 6.9B, two-checkpoint extrapolation. */
export const ex12_3: Exercise = {
  id: "12.3",
  question: "Pythia 6.9B: the power law through the two checkpoints in the first 10 % of " +
    "training after the warm-up (steps 3,000 and 13,000) predicts the LAMBADA NLL at the final " +
    "step, 143,000. What is the log-ratio ln(predicted/actual)? Three decimals.",
  answer: () =>
    pythiaExtrapolationChecks().find((r) =>
      r.across === "checkpoints" && r.model === "6.9b" && r.form === "power"
    )!
      .logRatio,
  precision: { decimals: 3 },
  tolerance: 1e-3,
  explanation: "About −0.412: the prediction is e^−0.412 ≈ 0.66 of the real NLL. Early in a run " +
    "the curve falls steeply and the straight line in log–log space carries that steepness far " +
    "beyond where the real curve has flattened.",
  hint: "b = ln(y2/y1)/ln(x2/x1) with y = ln(ppl) and x = tokens; predict at 143,000/13,000 " +
    "times the second x, then take ln(predicted/actual).",
};

/** Relative error of the pure power law on the clean run, fitted on a window. */
function cleanPowerError(window: number): number {
  return simulatedRunChecks(undefined, [window]).find((r) =>
    r.condition === "constant LR, no noise" && r.form === "power"
  )!.relError;
}

/** ln(predicted/actual) of the pure power law for Pythia 6.9B, fitted on a share of the run. */
function pythiaLogRatio(window: number): number {
  return pythiaExtrapolationChecks(window).find((r) =>
    r.across === "checkpoints" && r.model === "6.9b" && r.form === "power"
  )!.logRatio;
}

/** Predict: a longer fit window on real checkpoints. */
export const ex12_4: Exercise = {
  id: "12.4",
  kind: "predict",
  question: "Exercise 12.3 fitted Pythia 6.9B's LAMBADA NLL on the checkpoints in the first " +
    "10 % of training. Fit the same pure power law on the first 30 % instead (four " +
    "checkpoints). Will its prediction of the final NLL come closer to the truth, move " +
    "farther from it, or stay the same?",
  prediction: { type: "direction", options: ["closer", "farther", "the same"] },
  answer: () => {
    const a = Math.abs(pythiaLogRatio(0.1));
    const b = Math.abs(pythiaLogRatio(0.3));
    return b < a ? "closer" : b > a ? "farther" : "the same";
  },
  explanation: "Closer, but still far off: ln(predicted/actual) goes from −0.41 to −0.27, so " +
    "the prediction is still about a quarter too low. A longer window sees more of the " +
    "flattening, yet a law without a floor keeps falling; 15 of the 16 Pythia runs behave the " +
    "same way.",
  hint: "Where is the curve steepest, and how much of the later, flatter part does each " +
    "window include?",
};

/** Change a parameter: the fit window. */
export const ex12_5: Exercise = {
  id: "12.5",
  kind: "change-parameter",
  question: "The cell below fits the pure power law on the first 10 % of the clean run and " +
    "prints its signed relative error on the final loss. Change the window to 0.5 (half the " +
    "run) and rerun it. What is the error now, in percent? One decimal.",
  answer: () => 100 * cleanPowerError(0.5),
  precision: { decimals: 1 },
  tolerance: 0.1,
  explanation: "About −3.1 %: even with half of the run in hand, the law without a floor " +
    "predicts a final loss three per cent too low. More data shrinks the error slowly; the " +
    "missing floor term is what causes it.",
  hint: "Rerun with windows [0.5] and read the 'constant LR, no noise', 'power' row.",
};

/** Discussion: how much to trust an extrapolation. */
export const ex12_6: Exercise = {
  id: "12.6",
  kind: "discuss",
  question: "A colleague fits a power law to the first tenth of a training run and promises the " +
    "final loss to two decimals. What would you ask before trusting the number?",
  answer: () =>
    "Questions worth asking: which functional form (with or without an irreducible floor; " +
    "chapter 12 shows the pure law undershoots); which learning-rate schedule (a cosine decay " +
    "or annealing bends the curve late, outside the fit window); how the fit window was " +
    "chosen and whether warm-up was excluded; what the spread of the prediction is over " +
    "windows and forms, not just one fit; and whether the method was ever checked on a run " +
    "whose end is known (a backtest, as the chapter does on Pythia). Two decimals of precision " +
    "promise more than a −9 % miss allows. Ask students to turn their questions into one " +
    "sentence of uncertainty the colleague should have written.",
  explanation: "Form, schedule, window and a backtest decide how far to trust the number.",
  hint: "List what the fit assumes that the first 10 % of the run cannot show.",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex12_1, ex12_2, ex12_3, ex12_4, ex12_5, ex12_6];
