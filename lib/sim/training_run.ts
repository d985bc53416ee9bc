/**
 * A simulated training run for extrapolation tests: the loss of one model (N parameters) at
 * checkpoints along a run of D tokens, under a learning-rate schedule, with seeded noise.
 *
 * Loss model (an explicit assumption of this book, not a published law):
 *
 *   L(t) = E + A/N\^α + B/S(t)\^β − C·(1 − η(t)/η_max)
 *
 * with the Chinchilla constants of `lib/math/loss_law.ts`, S(t) = Σ_{i ≤ t} η_i/η_max · (tokens per
 * step) the learning-rate-weighted tokens seen, and C ≥ 0 an "annealing bonus": the loss drop
 * that comes from lowering the learning rate, largest at the end of a decayed schedule. With a
 * constant learning rate S(t) = D(t) and the bonus is 0, so L is the Chinchilla curve
 * L(N, D(t)) exactly. Under a cosine schedule the early checkpoints look like a constant-rate
 * run while the end does not, which is what makes early-run fits hard.
 *
 * Noise: each checkpoint is multiplied by (1 + σ·z), z standard normal by Box–Muller from the
 * xoshiro128** generator of `lib/sim/prng.ts` (seeded; same numbers on every machine).
 *
 * @module
 */
import { HOFFMANN_2022, type LossLaw } from "../math/loss_law.ts";
import { Xoshiro128ss } from "./prng.ts";
import { finite, nonNegativeInteger, positive, positiveInteger } from "../validate.ts";

/** Learning-rate schedules. */
export type Schedule = "constant" | "cosine";

/** Options of {@link simulateTrainingRun}. */
export interface TrainingRunOptions {
  /** parameters N */
  params: number;
  /** total training tokens D */
  tokens: number;
  /** number of optimizer steps (checkpoints are taken at steps evenly spaced) */
  steps: number;
  /** number of checkpoints (evenly spaced in steps, the last at the final step) */
  checkpoints: number;
  /** schedule; cosine decays from η_max to `minLrFraction`·η_max */
  schedule: Schedule;
  /** final learning rate as a fraction of the peak for cosine (default 0.1) */
  minLrFraction?: number;
  /** annealing bonus C in nats (default 0) */
  annealBonus?: number;
  /** relative noise σ per checkpoint (default 0) */
  noise?: number;
  /** PRNG seed (default 1) */
  seed?: number;
  /** loss constants (default Hoffmann et al. 2022) */
  law?: LossLaw;
}

/** One checkpoint. */
export interface Checkpoint {
  /** step index (1-based) */
  step: number;
  /** tokens seen */
  tokens: number;
  /** training compute so far, 6·N·tokens */
  compute: number;
  /** fraction of the run done */
  fraction: number;
  /** learning rate relative to the peak */
  lr: number;
  /** the noise-free loss */
  trueLoss: number;
  /** the loss with noise (what an evaluation would report) */
  loss: number;
}

/**
 * Learning rate relative to the peak at step t of T.
 *
 * @param schedule `"constant"` or `"cosine"`
 * @param t step (0 … T)
 * @param total T
 * @param minLrFraction final/peak for cosine
 * @returns η(t)/η_max
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { learningRate } from "./training_run.ts";
 * assert.equal(learningRate("cosine", 0, 100, 0.1), 1);
 * assert.ok(Math.abs(learningRate("cosine", 100, 100, 0.1) - 0.1) < 1e-12);
 * ```
 */
export function learningRate(
  schedule: Schedule,
  t: number,
  total: number,
  minLrFraction = 0.1,
): number {
  if (schedule === "constant") return 1;
  return minLrFraction + (1 - minLrFraction) * 0.5 * (1 + Math.cos(Math.PI * t / total));
}

/**
 * Simulates the checkpoints of a training run under the loss model of the module docs.
 *
 * @param o run options
 * @returns checkpoints in order
 * @throws {RangeError} on a non-positive size, a bad count, negative bonus or noise, or
 *   noise large enough to make a loss non-positive
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateTrainingRun } from "./training_run.ts";
 * import { chinchillaLoss } from "../math/loss_law.ts";
 * const run = simulateTrainingRun({ params: 1e9, tokens: 2e10, steps: 1000, checkpoints: 10, schedule: "constant" });
 * assert.ok(Math.abs(run[9].loss - chinchillaLoss(1e9, 2e10)) < 1e-12);
 * ```
 */
export function simulateTrainingRun(o: TrainingRunOptions): Checkpoint[] {
  const what = "simulateTrainingRun";
  positive("params", o.params, what);
  positive("tokens", o.tokens, what);
  positiveInteger("steps", o.steps, what);
  positiveInteger("checkpoints", o.checkpoints, what);
  if (o.checkpoints > o.steps) {
    throw new RangeError(`${what}: ${o.checkpoints} checkpoints but only ${o.steps} steps`);
  }
  const minLr = finite("minLrFraction", o.minLrFraction ?? 0.1, what);
  if (minLr <= 0 || minLr > 1) {
    throw new RangeError(`${what}: minLrFraction must lie in (0, 1], got ${minLr}`);
  }
  const bonus = finite("annealBonus", o.annealBonus ?? 0, what);
  const noise = finite("noise", o.noise ?? 0, what);
  if (bonus < 0) throw new RangeError(`${what}: annealBonus must be ≥ 0, got ${bonus}`);
  if (noise < 0) throw new RangeError(`${what}: noise must be ≥ 0, got ${noise}`);
  const seed = nonNegativeInteger("seed", o.seed ?? 1, what);
  const law = o.law ?? HOFFMANN_2022;
  const perStep = o.tokens / o.steps;
  const rng = new Xoshiro128ss(seed);
  const at = new Set(
    Array.from(
      { length: o.checkpoints },
      (_, i) => Math.round(((i + 1) * o.steps) / o.checkpoints),
    ),
  );
  const out: Checkpoint[] = [];
  let s = 0;
  for (let t = 1; t <= o.steps; t++) {
    // learning rate used during step t (midpoint rule)
    s += learningRate(o.schedule, t - 0.5, o.steps, minLr) * perStep;
    if (!at.has(t)) continue;
    const lr = learningRate(o.schedule, t, o.steps, minLr);
    const trueLoss = law.E + law.A / o.params ** law.alpha + law.B / s ** law.beta -
      bonus * (1 - lr);
    let loss = trueLoss;
    if (noise > 0) {
      const z = Math.sqrt(-2 * Math.log(rng.uniformPositive())) *
        Math.cos(2 * Math.PI * rng.uniform());
      loss = trueLoss * (1 + noise * z);
    }
    if (!(loss > 0)) {
      throw new RangeError(`${what}: loss ${loss} ≤ 0 at step ${t}; lower the noise`);
    }
    out.push({
      step: t,
      tokens: t * perStep,
      compute: 6 * o.params * t * perStep,
      fraction: t / o.steps,
      lr,
      trueLoss,
      loss,
    });
  }
  return out;
}
