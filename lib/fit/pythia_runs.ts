/**
 * Claim (a) on every published Pythia checkpoint (chapter 12): the 8 standard and 8
 * deduplicated models, each evaluated on LAMBADA (OpenAI) zero-shot at 27 checkpoints. The
 * files hold no training loss; the loss-like quantity is the LAMBADA NLL of the target word,
 * ln(perplexity), in nats. Every fit follows `lib/fit/protocol.ts`.
 *
 * @module
 */
import { loadPythiaEvals, PYTHIA_SIZES, type PythiaEvalRow } from "../data/pythia.ts";
import { trainingCompute } from "../math/training_compute.ts";
import type { PowerForm } from "./extrapolate.ts";
import {
  type Checkpoint,
  predictFinal,
  type ProtocolResult,
  windowNeeded,
  windowSweep,
  WITHIN_5_PERCENT,
} from "./protocol.ts";
import { maxOf } from "../math/extent.ts";

/** Pythia's learning-rate warm-up: 1 % of its 143,000 steps. The protocol starts after it. */
export const PYTHIA_WARMUP_STEPS = 1430;

/** One Pythia model's LAMBADA NLL over training. */
export interface PythiaRun {
  /** label, e.g. `"6.9b"` or `"6.9b-deduped"` */
  label: string;
  /** size, e.g. `"6.9b"` */
  size: string;
  /** trained on the deduplicated Pile */
  deduped: boolean;
  /** parameters */
  params: number;
  /** checkpoints after step 0: step, tokens seen, NLL = ln(perplexity) */
  run: Checkpoint[];
  /** standard error of the NLL at each checkpoint (delta method: se(ppl)/ppl), same order */
  nllStderr: number[];
}

/**
 * The 16 runs (standard then deduplicated, smallest first), zero-shot LAMBADA.
 *
 * @param rows rows of `data/pythia-evals.csv` (default: the whole file)
 * @returns one run per model
 * @throws {Error} if the data file is missing or malformed, or a model has no rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaRuns } from "./pythia_runs.ts";
 * const runs = pythiaRuns();
 * assert.equal(runs.length, 16);
 * assert.equal(runs[0].run.length, 26); // 27 checkpoints minus step 0
 * ```
 */
export function pythiaRuns(rows?: PythiaEvalRow[]): PythiaRun[] {
  const all = (rows ?? loadPythiaEvals()).filter((r) =>
    r.task === "lambada_openai" && r.metric === "perplexity" && r.shots === 0 && r.step > 0
  );
  const out: PythiaRun[] = [];
  for (const deduped of [false, true]) {
    for (const size of PYTHIA_SIZES) {
      const rs = all.filter((r) => r.model === `pythia-${size}` && (r.deduped === 1) === deduped)
        .sort((a, b) => a.step - b.step);
      if (rs.length === 0) throw new Error(`pythiaRuns: no rows for pythia-${size}`);
      out.push({
        label: deduped ? `${size}-deduped` : size,
        size,
        deduped,
        params: rs[0].params,
        run: rs.map((r) => ({ step: r.step, x: r.tokens, y: Math.log(r.value) })),
        nllStderr: rs.map((r) => r.stderr / r.value),
      });
    }
  }
  return out;
}

/** One row of the early-fit table. */
export interface PythiaFitRow extends ProtocolResult {
  /** model label */
  label: string;
}

/**
 * Claim (a) on each run: fit on the protocol's window (default the first 10 % of steps after
 * the warm-up), predict the final checkpoint, for both forms.
 *
 * @param runs output of {@link pythiaRuns}
 * @param window fraction of the steps (default 0.1)
 * @returns one row per run × form
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaEarlyFits, pythiaRuns } from "./pythia_runs.ts";
 * const rows = pythiaEarlyFits(pythiaRuns().slice(0, 1));
 * assert.equal(rows[0].fitPoints, 2); // steps 3,000 and 13,000
 * assert.ok(rows[1].failure !== null); // the floor form needs 4 points
 * ```
 */
export function pythiaEarlyFits(runs: PythiaRun[], window = 0.1): PythiaFitRow[] {
  return runs.flatMap((r) =>
    (["power", "power+floor"] as PowerForm[]).map((form) => ({
      label: r.label,
      ...predictFinal(r.run, form, { window, minStep: PYTHIA_WARMUP_STEPS }),
    }))
  );
}

/** Checkpoint-to-checkpoint noise near the end of one run. */
export interface EndNoiseRow {
  /** model label */
  label: string;
  /** steps compared (the last `count` checkpoints) */
  steps: number[];
  /** largest |ln(NLL_i / NLL_{i−1})| between consecutive checkpoints among them */
  maxStepLogRatio: number;
  /** largest |ln(NLL_i / NLL_final)| among them: how far a checkpoint sits from the final value */
  maxLogRatioToFinal: number;
  /** the evaluation's own standard error of the final NLL, as a fraction of it */
  finalRelStderr: number;
}

/**
 * How much the NLL moves between the last checkpoints of each run, beside the 5 % criterion:
 * if neighbouring checkpoints differ by more than ln 1.05, "within 5 % of the final value" is
 * finer than the run itself can resolve.
 *
 * @param runs output of {@link pythiaRuns}
 * @param count how many final checkpoints to compare (default 5: steps 103,000 … 143,000)
 * @returns one row per run
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { endNoise, pythiaRuns } from "./pythia_runs.ts";
 * const rows = endNoise(pythiaRuns());
 * assert.deepEqual(rows[0].steps, [103000, 113000, 123000, 133000, 143000]);
 * ```
 */
export function endNoise(runs: PythiaRun[], count = 5): EndNoiseRow[] {
  return runs.map((r) => {
    const tail = r.run.slice(-count);
    const final = tail[tail.length - 1].y;
    let maxStep = 0;
    for (let i = 1; i < tail.length; i++) {
      maxStep = Math.max(maxStep, Math.abs(Math.log(tail[i].y / tail[i - 1].y)));
    }
    return {
      label: r.label,
      steps: tail.map((c) => c.step),
      maxStepLogRatio: maxStep,
      maxLogRatioToFinal: maxOf(tail.map((c) => Math.abs(Math.log(c.y / final)))),
      finalRelStderr: r.nllStderr[r.nllStderr.length - 1] / final,
    };
  });
}

/** How much of each run a form needs. */
export interface NeededRow {
  /** model label */
  label: string;
  /** form */
  form: PowerForm;
  /** smallest window from which every wider window is within 5 %, or null */
  needed: number | null;
  /** windows tried */
  windows: number;
  /** windows whose floor fit collapsed to the pure law (floor form only) */
  collapsed: number;
  /** windows whose fit failed */
  failed: number;
}

/**
 * For each run and form, the share of the run needed before the final value is predicted
 * within 5 % (and stays so for every wider window).
 *
 * @param runs output of {@link pythiaRuns}
 * @returns one row per run × form
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaRuns, runNeeded } from "./pythia_runs.ts";
 * const rows = runNeeded(pythiaRuns().slice(6, 7));
 * assert.equal(rows[0].label, "6.9b");
 * ```
 */
export function runNeeded(runs: PythiaRun[]): NeededRow[] {
  return runs.flatMap((r) =>
    (["power", "power+floor"] as PowerForm[]).map((form) => {
      const sweep = windowSweep(r.run, form, PYTHIA_WARMUP_STEPS);
      return {
        label: r.label,
        form,
        needed: windowNeeded(sweep),
        windows: sweep.length,
        collapsed: sweep.filter((s) => s.floorCollapsed).length,
        failed: sweep.filter((s) => s.failure !== null).length,
      };
    })
  );
}

/**
 * Claim (a) across sizes: the final checkpoints of one family (standard or deduplicated)
 * against training compute 6·N·D; the fit sees the models within `window` of the 12B model's
 * compute (70M–1B at 10 %) and predicts the 12B model.
 *
 * @param runs output of {@link pythiaRuns}
 * @param deduped which family
 * @param window compute fraction (default 0.1)
 * @returns one row per form
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaRuns, sizeLadderFits } from "./pythia_runs.ts";
 * const rows = sizeLadderFits(pythiaRuns(), false);
 * assert.equal(rows[0].fitPoints, 4);
 * ```
 */
export function sizeLadderFits(runs: PythiaRun[], deduped: boolean, window = 0.1): PythiaFitRow[] {
  const ladder = runs.filter((r) => r.deduped === deduped).map((r) => {
    const last = r.run[r.run.length - 1];
    const c = trainingCompute(r.params, last.x);
    return { step: c, x: c, y: last.y };
  });
  return (["power", "power+floor"] as PowerForm[]).map((form) => ({
    label: deduped ? "70M–12B deduped, final checkpoints" : "70M–12B, final checkpoints",
    ...predictFinal(ladder, form, { window }),
  }));
}

export { WITHIN_5_PERCENT };
