/**
 * Claim (a) of chapter 12 on simulations: does a power law fitted early predict the end? A
 * simulated training run under several schedules and noise levels, and a simulated
 * compute-optimal ladder. Both answer with the law they were built from, so their rows are
 * marked `real: false` and illustrate the claim without counting towards it.
 *
 * @module
 */
import { extrapolate, type PowerForm } from "../../fit/extrapolate.ts";
import { type ExtrapolationCheck, predictionErrors } from "../../fit/extrapolation_check.ts";
import { type Schedule, simulateTrainingRun } from "../../sim/training_run.ts";
import { computeOptimal } from "../../math/loss_law.ts";
import { rangeGrid } from "../../math/grid.ts";

/** One setting of the simulated run. */
export interface RunSetting {
  /** label, e.g. "constant LR, 0.5% noise" */
  condition: string;
  /** learning-rate schedule */
  schedule: Schedule;
  /** annealing bonus C (nats) */
  annealBonus: number;
  /** relative noise per checkpoint */
  noise: number;
}

/** The default settings: clean constant LR, noisy constant LR, cosine without and with bonus. */
export const RUN_SETTINGS: RunSetting[] = [
  { condition: "constant LR, no noise", schedule: "constant", annealBonus: 0, noise: 0 },
  { condition: "constant LR, 0.5% noise", schedule: "constant", annealBonus: 0, noise: 0.005 },
  { condition: "cosine to 10%, no bonus", schedule: "cosine", annealBonus: 0, noise: 0 },
  { condition: "cosine to 10%, bonus 0.05 nats", schedule: "cosine", annealBonus: 0.05, noise: 0 },
  { condition: "cosine to 10%, bonus 0.1 nats", schedule: "cosine", annealBonus: 0.1, noise: 0 },
];

/**
 * Early fits on a simulated run: a 1B-parameter model trained on 20B tokens (about 20 tokens
 * per parameter), 100 evenly spaced checkpoints; fit on the checkpoints within the first
 * `windows` fractions of the tokens, predict the final loss.
 *
 * For a single run at a fixed batch size, steps, tokens and compute are proportional, so
 * "10 %" means the same thing in all three; they differ only with batch-size ramps (steps vs
 * tokens) and across a ladder (compute).
 *
 * @param settings run conditions (default {@link RUN_SETTINGS})
 * @param windows fit windows as fractions of the run (default [0.1, 0.3])
 * @param seed PRNG seed for the noisy runs
 * @returns one row per setting × window × form
 * @throws {Error} from the fits if a window holds too few checkpoints
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulatedRunChecks } from "./simulated_checks.ts";
 * const rows = simulatedRunChecks(undefined, [0.1]);
 * const clean = rows.find((r) => r.condition === "constant LR, no noise" && r.form === "power+floor")!;
 * assert.ok(Math.abs(clean.relError) < 1e-6);
 * ```
 */
export function simulatedRunChecks(
  settings: RunSetting[] = RUN_SETTINGS,
  windows: number[] = [0.1, 0.3],
  seed = 11,
): ExtrapolationCheck[] {
  const rows: ExtrapolationCheck[] = [];
  for (const s of settings) {
    const run = simulateTrainingRun({
      params: 1e9,
      tokens: 2e10,
      steps: 10000,
      checkpoints: 100,
      schedule: s.schedule,
      annealBonus: s.annealBonus,
      noise: s.noise,
      seed,
    });
    const xs = run.map((c) => c.tokens);
    const ys = run.map((c) => c.loss);
    const actual = run[run.length - 1].trueLoss;
    for (const w of windows) {
      for (const form of ["power", "power+floor"] as PowerForm[]) {
        const r = extrapolate(xs, ys, w * 2e10 * (1 + 1e-12), form);
        const predicted = r.points[r.points.length - 1].predicted;
        rows.push({
          data: "simulated run",
          model: "1B params, 20B tokens",
          across: "checkpoints",
          condition: s.condition,
          window: `first ${Math.round(w * 100)}% of tokens`,
          windowFraction: w,
          fitPoints: r.fitPoints,
          form,
          target: "final checkpoint",
          predicted,
          actual,
          ...predictionErrors(predicted, actual),
          real: false,
          note: "",
        });
      }
    }
  }
  return rows;
}

/**
 * Early fits on a simulated compute-optimal ladder: models on the Chinchilla frontier at
 * C = 10\^18, 10\^18.5, …, 10\^24 FLOPs; fit loss against compute on the models up to a cutoff,
 * predict the largest model. A cutoff d decades short of 10\^24 is a window of 10\^−d of the
 * largest compute (`windowFraction`), the same measure as a Pythia size ladder's.
 *
 * @param cutoffs largest log10 compute the fit may use (default [23, 21, 20])
 * @returns one row per cutoff × form
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulatedLadderChecks } from "./simulated_checks.ts";
 * const rows = simulatedLadderChecks([23]);
 * assert.equal(rows.length, 2);
 * assert.ok(Math.abs(rows[0].windowFraction - 0.1) < 1e-15);
 * ```
 */
export function simulatedLadderChecks(cutoffs: number[] = [23, 21, 20]): ExtrapolationCheck[] {
  const cs = rangeGrid(18, 24, 12, "simulatedLadderChecks").map((e) => 10 ** e);
  const ys = cs.map((c) => computeOptimal(c).loss);
  const rows: ExtrapolationCheck[] = [];
  for (const cut of cutoffs) {
    for (const form of ["power", "power+floor"] as PowerForm[]) {
      const r = extrapolate(cs, ys, 10 ** cut * (1 + 1e-9), form);
      const last = r.points[r.points.length - 1];
      const short = 24 - cut;
      rows.push({
        data: "simulated compute-optimal ladder (Chinchilla law)",
        model: "frontier models, 1e18–1e24 FLOPs",
        across: "model sizes",
        condition: "no noise",
        window: `models up to 1e${cut} FLOPs (${short} decade${short === 1 ? "" : "s"} short)`,
        windowFraction: 10 ** -short,
        fitPoints: r.fitPoints,
        form,
        target: "1e24 FLOPs model",
        predicted: last.predicted,
        actual: last.y,
        ...predictionErrors(last.predicted, last.y),
        real: false,
        note: "",
      });
    }
  }
  return rows;
}
