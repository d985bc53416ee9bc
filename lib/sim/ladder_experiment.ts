/**
 * Ladder-fitting experiments: how well can a ladder of three model sizes locate the elbow of
 * an exact-match curve?
 *
 * The "world" is the book's chain model: per-token accuracy p(x) = σ((x − x0)·s), exact match
 * p\^k, with x = log10 compute. A ladder is three rungs (log-compute values). For each seeded
 * replicate we evaluate every rung on n questions with the chain simulator, then fit the
 * sigmoid to one signal and predict the elbow (the log-compute where EM = ½):
 *
 * - `"exact-match"`: fit EM = σ((x − x0)·s)\^k to the measured exact-match rates (k known);
 * - `"per-token"`: fit p = σ((x − x0)·s) to the measured per-token accuracies (n·k tokens
 *   per rung), then compute the elbow in closed form. In this model every token has
 *   probability p, so per-token accuracy and token NLL (−ln p) carry the same information;
 *   fitting either is fitting the smooth signal.
 *
 * A fit that fails (e.g. every rung at 0/n makes the parameters unidentifiable) or ends on a
 * parameter bound counts as "cannot locate". The spread of the predicted elbow over
 * replicates is what a planner would face.
 *
 * @module
 */
import { finite, positive, positiveInteger } from "../validate.ts";
import { elbowLogCompute } from "../math/elbow.ts";
import { simulateChain } from "./chain_simulation.ts";
import { fitSigmoid } from "../fit/sigmoid_fit.ts";

/** Which measured signal a ladder fit uses. */
export type LadderSignal = "exact-match" | "per-token";

/** The true world the ladders are drawn from. */
export interface World {
  /** per-token midpoint, log10 FLOPs */
  x0: number;
  /** steepness per decade (> 0) */
  s: number;
  /** chain length (positive integer) */
  k: number;
}

/** One ladder experiment. */
export interface LadderExperiment {
  /** the true curve and chain length every replicate is simulated from */
  world: World;
  /** log10 compute of the rungs, increasing (at least 3) */
  rungs: readonly number[];
  /** questions per rung */
  n: number;
  /** signal to fit */
  signal: LadderSignal;
  /** number of seeded replicates */
  replicates: number;
  /** base seed; replicate r uses seed `seed + r` */
  seed: number;
}

/** Outcome of one replicate. */
export interface ReplicateFit {
  /** replicate index */
  replicate: number;
  /** predicted elbow (log10 compute where EM = ½), or null when the fit could not locate it */
  elbow: number | null;
  /** why the elbow is null: the fit threw, or a parameter ended on its bound */
  failure?: "fit-failed" | "at-bound";
}

/** Summary over replicates. */
export interface LadderSummary {
  /** log10 compute where the world's exact match reaches ½, the value the fits aim at */
  trueElbow: number;
  /** replicates run */
  replicates: number;
  /** replicates whose fit located an elbow */
  located: number;
  /** replicates whose fit threw */
  failed: number;
  /** replicates whose fit ended on a bound */
  atBound: number;
  /** median predicted elbow among located ones (null if none) */
  median: number | null;
  /** 5th and 95th percentiles of the predicted elbow among located ones */
  p05: number | null;
  /** 95th percentile */
  p95: number | null;
  /** share of all replicates whose elbow is within ±0.25 decade of the truth */
  within025: number;
}

function checkWorld(w: World, where: string): void {
  finite("x0", w?.x0, where);
  positive("s", w?.s, where);
  positiveInteger("k", w?.k, where);
}

/**
 * A three-rung ladder one decade apart whose top rung sits `offset` decades from the true
 * elbow (negative: below it).
 *
 * @param world the true world
 * @param offset top rung minus true elbow, decades
 * @param spacing decades between rungs (default 1, so three rungs span two decades)
 * @returns the three rungs in increasing order
 * @throws {RangeError} on a bad world, offset or spacing
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderAround } from "./ladder_experiment.ts";
 * // k = 1: the elbow is x0 itself
 * assert.deepEqual(ladderAround({ x0: 22, s: 1.5, k: 1 }, -1), [19, 20, 21]);
 * ```
 */
export function ladderAround(world: World, offset: number, spacing = 1): number[] {
  checkWorld(world, "ladderAround");
  finite("offset", offset, "ladderAround");
  positive("spacing", spacing, "ladderAround");
  const top = elbowLogCompute(world.k, world.x0, world.s) + offset;
  return [top - 2 * spacing, top - spacing, top];
}

/**
 * Runs one ladder experiment: `replicates` seeded evaluations of the ladder, each fitted to
 * the chosen signal, each giving a predicted elbow or a failure.
 *
 * @param e the experiment
 * @returns one entry per replicate
 * @throws {RangeError} on a bad world, fewer than 3 rungs, a non-finite rung, bad n,
 *   replicates or seed, or an unknown signal
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runLadder } from "./ladder_experiment.ts";
 * const fits = runLadder({ world: { x0: 22, s: 1.5, k: 8 }, rungs: [22.6, 23.6, 24.6],
 *   n: 200, signal: "per-token", replicates: 5, seed: 1 });
 * assert.equal(fits.length, 5);
 * // rungs straddling the elbow: every replicate locates it within half a decade (true 23.60)
 * assert.ok(fits.every((f) => f.elbow !== null && Math.abs(f.elbow - 23.6) < 0.5));
 * ```
 */
export function runLadder(e: LadderExperiment): ReplicateFit[] {
  const where = "runLadder";
  checkWorld(e.world, where);
  if (!Array.isArray(e.rungs) || e.rungs.length < 3) {
    throw new RangeError(
      `${where}: rungs must hold at least 3 values, got ${JSON.stringify(e.rungs)}`,
    );
  }
  e.rungs.forEach((x, i) => finite(`rungs[${i}]`, x, where));
  positiveInteger("n", e.n, where);
  positiveInteger("replicates", e.replicates, where);
  if (e.signal !== "exact-match" && e.signal !== "per-token") {
    throw new RangeError(
      `${where}: signal must be "exact-match" or "per-token", got ${JSON.stringify(e.signal)}`,
    );
  }
  const { x0, s, k } = e.world;
  const xs = [...e.rungs];
  const lo = xs[0] - 6;
  const hi = xs[xs.length - 1] + 6;
  const out: ReplicateFit[] = [];
  for (let r = 0; r < e.replicates; r++) {
    const rows = simulateChain({ xs, x0, s, k, n: e.n, seed: e.seed + r, path: "exact" });
    try {
      const fit = e.signal === "exact-match"
        ? fitSigmoid(xs, rows.map((row) => row.exactMatch), {
          k,
          x0Bounds: [lo, hi],
          sBounds: [0.05, 20],
        })
        : fitSigmoid(xs, rows.map((row) => row.tokenAccuracy), {
          k: 1,
          x0Bounds: [lo, hi],
          sBounds: [0.05, 20],
        });
      if (fit.atBound.length > 0) {
        out.push({ replicate: r, elbow: null, failure: "at-bound" });
      } else {
        out.push({ replicate: r, elbow: elbowLogCompute(k, fit.x0, fit.s) });
      }
    } catch (err) {
      if (err instanceof RangeError) throw err;
      out.push({ replicate: r, elbow: null, failure: "fit-failed" });
    }
  }
  return out;
}

/**
 * The q-quantile of sorted values by linear interpolation between order statistics
 * (type 7, the default of R and numpy).
 *
 * @param sorted values in increasing order (non-empty)
 * @param q quantile in [0, 1]
 * @returns the quantile
 * @throws {RangeError} on an empty array or q outside [0, 1]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quantile } from "./ladder_experiment.ts";
 * assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
 * assert.equal(quantile([1, 2, 3, 4], 0.05), 1.15);
 * ```
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError("quantile: no values");
  finite("q", q, "quantile");
  if (q < 0 || q > 1) throw new RangeError(`quantile: q must lie in [0, 1], got ${q}`);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Summarises replicate fits against the true elbow.
 *
 * @param fits output of {@link runLadder}
 * @param trueElbow the true elbow, log10 compute
 * @returns counts, median, 5–95 % range and the share within ±0.25 decade
 * @throws {RangeError} if there are no fits or trueElbow is not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { summariseLadder } from "./ladder_experiment.ts";
 * const s = summariseLadder([{ replicate: 0, elbow: 23.5 }, { replicate: 1, elbow: null,
 *   failure: "fit-failed" }], 23.6);
 * assert.equal(s.located, 1);
 * assert.equal(s.within025, 0.5);
 * ```
 */
export function summariseLadder(fits: readonly ReplicateFit[], trueElbow: number): LadderSummary {
  if (fits.length === 0) throw new RangeError("summariseLadder: no fits");
  finite("trueElbow", trueElbow, "summariseLadder");
  const elbows = fits.map((f) => f.elbow).filter((e): e is number => e !== null).sort((a, b) =>
    a - b
  );
  const within = elbows.filter((e) => Math.abs(e - trueElbow) <= 0.25).length;
  return {
    trueElbow,
    replicates: fits.length,
    located: elbows.length,
    failed: fits.filter((f) => f.failure === "fit-failed").length,
    atBound: fits.filter((f) => f.failure === "at-bound").length,
    median: elbows.length ? quantile(elbows, 0.5) : null,
    p05: elbows.length ? quantile(elbows, 0.05) : null,
    p95: elbows.length ? quantile(elbows, 0.95) : null,
    within025: within / fits.length,
  };
}

/** One row of the ladder study: a ladder position, a signal, and the summary. */
export interface LadderStudyRow extends LadderSummary {
  /** top rung minus true elbow, decades */
  offset: number;
  /** log10 compute of the rungs, increasing */
  rungs: number[];
  /** the fitted signal */
  signal: LadderSignal;
}

/**
 * The chapter's study: for each ladder position (top rung `offset` decades from the true
 * elbow, rungs one decade apart) and each signal, run `replicates` seeded fits and summarise.
 *
 * @param world the true world
 * @param offsets top-rung offsets from the true elbow, decades
 * @param n questions per rung
 * @param replicates replicates per cell
 * @param seed base seed (each cell uses its own block of seeds)
 * @returns one row per (offset, signal)
 * @throws {RangeError} as {@link runLadder}, or on an empty offsets list
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderStudy } from "./ladder_experiment.ts";
 * const rows = ladderStudy({ x0: 22, s: 1.5, k: 8 }, [0], 200, 4, 7);
 * assert.deepEqual(rows.map((r) => r.signal), ["exact-match", "per-token"]);
 * ```
 */
export function ladderStudy(
  world: World,
  offsets: readonly number[],
  n: number,
  replicates: number,
  seed: number,
): LadderStudyRow[] {
  checkWorld(world, "ladderStudy");
  if (!Array.isArray(offsets) || offsets.length === 0) {
    throw new RangeError("ladderStudy: offsets must be a non-empty array");
  }
  const trueElbow = elbowLogCompute(world.k, world.x0, world.s);
  const rows: LadderStudyRow[] = [];
  offsets.forEach((offset, i) => {
    const rungs = ladderAround(world, offset);
    (["exact-match", "per-token"] as const).forEach((signal) => {
      // the same seeds for both signals: they see the same simulated evaluations
      const fits = runLadder({ world, rungs, n, signal, replicates, seed: seed + i * replicates });
      rows.push({ offset, rungs, signal, ...summariseLadder(fits, trueElbow) });
    });
  });
  return rows;
}

/**
 * A ladder given by model sizes trained compute-optimally (D = tokensPerParam · N tokens, so
 * training compute C = 6·N·D = 6·tokensPerParam·N², Hoffmann et al.'s rule of thumb of about
 * 20 tokens per parameter), placed so that a model of `paramsAtElbow` parameters sits exactly at
 * the world's elbow: x_i = x_e + log10(C_i / C_e) = x_e + 2·log10(N_i / N_e).
 *
 * @param world the true world (its elbow anchors the ladder)
 * @param params parameter counts of the rungs, increasing
 * @param paramsAtElbow parameter count of the model that reaches the elbow
 * @returns the rungs in log10 compute
 * @throws {RangeError} on a bad world, a non-positive or non-increasing parameter count
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderFromParameters } from "./ladder_experiment.ts";
 * const w = { x0: 22, s: 1.5, k: 1 }; // elbow at x0 = 22
 * const r = ladderFromParameters(w, [7e9, 70e9], 70e9);
 * assert.ok(Math.abs(r[0] - 20) < 1e-12 && r[1] === 22); // 10× fewer parameters = 100× less compute
 * ```
 */
export function ladderFromParameters(
  world: World,
  params: readonly number[],
  paramsAtElbow: number,
): number[] {
  checkWorld(world, "ladderFromParameters");
  positive("paramsAtElbow", paramsAtElbow, "ladderFromParameters");
  if (!Array.isArray(params) || params.length === 0) {
    throw new RangeError("ladderFromParameters: params must be a non-empty array");
  }
  params.forEach((n, i) => {
    positive(`params[${i}]`, n, "ladderFromParameters");
    if (i > 0 && !(n > params[i - 1])) {
      throw new RangeError(
        `ladderFromParameters: params must increase, got ${params[i - 1]} then ${n}`,
      );
    }
  });
  const xe = elbowLogCompute(world.k, world.x0, world.s);
  return params.map((n) => xe + 2 * Math.log10(n / paramsAtElbow));
}
