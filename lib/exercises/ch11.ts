/**
 * Exercises for chapter 11 (can you extrapolate?).
 *
 * @module
 */
import type { Exercise } from "../book/exercises.ts";
import { claimAPythia, claimARuns } from "../fit/claims.ts";
import { elbowLogCompute } from "../math/elbow.ts";

/** Error of the pure power law on the clean simulated run. */
export const ex11_1: Exercise = {
  id: "11.1",
  question: "In the clean simulated run (constant learning rate, no noise), a pure power law is " +
    "fitted on the first 10 % of tokens. By how many percent does it miss the final loss? Give " +
    "the signed relative error in percent, one decimal.",
  answer: () =>
    100 *
    claimARuns(undefined, [0.1]).find((r) =>
      r.condition === "constant LR, no noise" && r.form === "power"
    )!.relError,
  tolerance: 0.05,
  explanation: "About −9.0 %: the pure law keeps falling at the rate it had early on, while " +
    "the real curve bends towards its floor. The same data with a floor term is fitted exactly.",
  hint: "Read the row 'constant LR, no noise', 'first 10% of tokens', form 'power' of the table.",
};

/** Elbow of an 8-token chain. */
export const ex11_2: Exercise = {
  id: "11.2",
  question: "With per-token accuracy σ(1.5·(x − 22)), at what log10 compute does exact match " +
    "over k = 8 tokens reach ½? Two decimals.",
  answer: () => elbowLogCompute(8, 22, 1.5),
  tolerance: 5e-3,
  explanation: "x = 22 + logit(0.5^(1/8))/1.5 ≈ 23.60: the elbow sits 1.6 decades to the " +
    "right of the per-token midpoint.",
  hint: "Solve σ(1.5(x − 22))^8 = 0.5: the per-token accuracy must be 0.5^(1/8).",
};

/** Pythia 6.9B, two-checkpoint extrapolation. */
export const ex11_3: Exercise = {
  id: "11.3",
  question: "Pythia 6.9B: the power law through the two checkpoints in the first 10 % of " +
    "training after the warm-up (steps 3,000 and 13,000) predicts the LAMBADA NLL at the final " +
    "step, 143,000. What is the log-ratio ln(predicted/actual)? Three decimals.",
  answer: () =>
    claimAPythia().find((r) => r.data.startsWith("Pythia 6.9b over") && r.form === "power")!
      .logRatio,
  tolerance: 5e-4,
  explanation: "About −0.412: the prediction is e^−0.412 ≈ 0.66 of the real NLL. Early in a run " +
    "the curve falls steeply and the straight line in log–log space carries that steepness far " +
    "beyond where the real curve has flattened.",
  hint: "b = ln(y2/y1)/ln(x2/x1) with y = ln(ppl) and x = tokens; predict at 143,000/13,000 " +
    "times the second x, then take ln(predicted/actual).",
};

/** All exercises of the chapter, in order. */
export const exercises: Exercise[] = [ex11_1, ex11_2, ex11_3];
