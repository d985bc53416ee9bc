/**
 * When the per-token fit goes wrong: answer positions of unequal difficulty.
 *
 * The ladder study ({@link ../planning/ladder.ts}) assumes every answer token has the same
 * accuracy p(x). Real answers do not (a carry digit is harder than a units digit). Here token
 * position i has its own midpoint, p_i(x) = σ((x − x0_i)·s), exact match is Π p_i(x), and the
 * measured per-token accuracy is the average of the p_i. A planner who fits one sigmoid to the
 * per-token accuracy and computes the elbow as if all k positions were alike gets a biased
 * answer; this module measures the bias.
 *
 * @module
 */
import { finite, positive, positiveInteger } from "../../validate.ts";
import { sigmoid } from "../../math/sigmoid.ts";
import { elbowLogCompute } from "../../math/elbow.ts";
import { Xoshiro128ss } from "../../sim/prng.ts";
import { binomial } from "../../sim/binomial.ts";
import { fitSigmoid } from "../../fit/sigmoid_fit.ts";
import type { LadderSignal, ReplicateFit } from "../../sim/ladder_experiment.ts";
import { maxOf, minOf } from "../../math/extent.ts";

/** A world whose k answer positions differ in difficulty. */
export interface UnequalWorld {
  /** per-position midpoints, log10 FLOPs (k = length) */
  x0s: readonly number[];
  /** shared steepness per decade (> 0) */
  s: number;
}

function check(w: UnequalWorld, where: string): void {
  if (!Array.isArray(w?.x0s) || w.x0s.length === 0) {
    throw new RangeError(`${where}: x0s must be a non-empty array`);
  }
  w.x0s.forEach((v, i) => finite(`x0s[${i}]`, v, where));
  positive("s", w.s, where);
}

/**
 * Exact match Π σ((x − x0_i)·s) and mean per-token accuracy at one log-compute.
 *
 * @param w the world
 * @param x log10 compute
 * @returns `{ em, meanP }`
 * @throws {RangeError} on a bad world or x
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { unequalAt } from "./heterogeneous.ts";
 * const r = unequalAt({ x0s: [22, 22], s: 1 }, 22);
 * assert.equal(r.em, 0.25);
 * assert.equal(r.meanP, 0.5);
 * ```
 */
export function unequalAt(w: UnequalWorld, x: number): { em: number; meanP: number } {
  check(w, "unequalAt");
  finite("x", x, "unequalAt");
  const ps = w.x0s.map((x0) => sigmoid((x - x0) * w.s));
  return {
    em: ps.reduce((a, p) => a * p, 1),
    meanP: ps.reduce((a, p) => a + p, 0) / ps.length,
  };
}

/**
 * The true elbow of an unequal world: the x where Π p_i(x) = ½, by bisection (exact match is
 * increasing in x), to 1e-10.
 *
 * @param w the world
 * @returns log10 compute of the elbow
 * @throws {RangeError} on a bad world
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { unequalElbow } from "./heterogeneous.ts";
 * assert.ok(Math.abs(unequalElbow({ x0s: [22], s: 1.5 }) - 22) < 1e-9);
 * ```
 */
export function unequalElbow(w: UnequalWorld): number {
  check(w, "unequalElbow");
  let lo = minOf(w.x0s) - 5;
  let hi = maxOf(w.x0s) + 50 / w.s;
  while (hi - lo > 1e-10) {
    const mid = (lo + hi) / 2;
    if (unequalAt(w, mid).em < 0.5) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Runs seeded replicates of a three-rung ladder in an unequal world and predicts the elbow as a
 * planner who assumes equal positions would: fit one sigmoid (k = 1) to the mean per-token
 * accuracy and use x0 + logit(½\^(1/k))/s, or fit σ((x − x0)s)\^k to exact match.
 *
 * Counts per rung: exact matches ~ Binomial(n, Π p_i); correct tokens = Σ_i Binomial(n, p_i)
 * (positions drawn independently; tokens of one question are independent in this model).
 *
 * @param w the world
 * @param rungs log10 compute of the rungs (at least 3)
 * @param n questions per rung
 * @param signal which signal to fit
 * @param replicates number of replicates
 * @param seed base seed; replicate r uses `seed + r`
 * @returns one fit per replicate (null elbow when the fit could not locate it)
 * @throws {RangeError} on bad arguments
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runUnequalLadder } from "./heterogeneous.ts";
 * const fits = runUnequalLadder({ x0s: [22, 22], s: 1.5 }, [21, 22, 23], 500, "per-token", 3, 1);
 * assert.equal(fits.length, 3);
 * ```
 */
export function runUnequalLadder(
  w: UnequalWorld,
  rungs: readonly number[],
  n: number,
  signal: LadderSignal,
  replicates: number,
  seed: number,
): ReplicateFit[] {
  const where = "runUnequalLadder";
  check(w, where);
  if (!Array.isArray(rungs) || rungs.length < 3) {
    throw new RangeError(`${where}: rungs must hold at least 3 values`);
  }
  rungs.forEach((x, i) => finite(`rungs[${i}]`, x, where));
  positiveInteger("n", n, where);
  positiveInteger("replicates", replicates, where);
  if (signal !== "exact-match" && signal !== "per-token") {
    throw new RangeError(
      `${where}: signal must be "exact-match" or "per-token", got ${JSON.stringify(signal)}`,
    );
  }
  const k = w.x0s.length;
  const xs = [...rungs];
  const bounds = {
    x0Bounds: [xs[0] - 6, xs[xs.length - 1] + 6] as [number, number],
    sBounds: [0.05, 20] as [number, number],
  };
  const out: ReplicateFit[] = [];
  for (let r = 0; r < replicates; r++) {
    const rng = new Xoshiro128ss(seed + r);
    const em: number[] = [];
    const tok: number[] = [];
    for (const x of xs) {
      const ps = w.x0s.map((x0) => sigmoid((x - x0) * w.s));
      em.push(binomial(rng, n, ps.reduce((a, p) => a * p, 1)) / n);
      tok.push(ps.reduce((a, p) => a + binomial(rng, n, p), 0) / (n * k));
    }
    try {
      const fit = signal === "exact-match"
        ? fitSigmoid(xs, em, { k, ...bounds })
        : fitSigmoid(xs, tok, { k: 1, ...bounds });
      out.push(
        fit.atBound.length > 0
          ? { replicate: r, elbow: null, failure: "at-bound" }
          : { replicate: r, elbow: elbowLogCompute(k, fit.x0, fit.s) },
      );
    } catch (e) {
      if (e instanceof RangeError) throw e;
      out.push({ replicate: r, elbow: null, failure: "fit-failed" });
    }
  }
  return out;
}

/** One row of {@link unequalStudy}. */
export interface UnequalStudyRow {
  /** label of the world */
  label: string;
  /** the world's true elbow */
  trueElbow: number;
  /** rungs used */
  rungs: number[];
  /** replicates that located an elbow */
  located: number;
  /** replicates run */
  replicates: number;
  /** median predicted elbow (null if none located) */
  median: number | null;
  /** 5th percentile */
  p05: number | null;
  /** 95th percentile */
  p95: number | null;
  /** median − truth, decades (null if none located) */
  bias: number | null;
}

/**
 * For each labelled world, a three-rung ladder (one decade apart) whose top rung sits `offset`
 * decades from that world's true elbow, fitted on per-token accuracy as if all positions were
 * alike; summarised over replicates.
 *
 * @param worlds labelled worlds
 * @param offset top rung minus true elbow, decades
 * @param n questions per rung
 * @param replicates replicates per world
 * @param seed base seed
 * @returns one row per world
 * @throws {RangeError} on bad arguments
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { unequalStudy } from "./heterogeneous.ts";
 * const [row] = unequalStudy([{ label: "equal", world: { x0s: [22, 22, 22, 22], s: 1.5 } }], -1, 200, 5, 1);
 * assert.ok(row.located === 5 && Math.abs(row.bias!) < 0.2);
 * ```
 */
export function unequalStudy(
  worlds: readonly { label: string; world: UnequalWorld }[],
  offset: number,
  n: number,
  replicates: number,
  seed: number,
): UnequalStudyRow[] {
  finite("offset", offset, "unequalStudy");
  return worlds.map(({ label, world }) => {
    const trueElbow = unequalElbow(world);
    const top = trueElbow + offset;
    const rungs = [top - 2, top - 1, top];
    const fits = runUnequalLadder(world, rungs, n, "per-token", replicates, seed);
    const elbows = fits.map((f) => f.elbow).filter((e): e is number => e !== null).sort((a, b) =>
      a - b
    );
    const q = (p: number) => {
      const h = (elbows.length - 1) * p;
      const lo = Math.floor(h);
      const hi = Math.min(lo + 1, elbows.length - 1);
      return elbows[lo] + (h - lo) * (elbows[hi] - elbows[lo]);
    };
    const median = elbows.length ? q(0.5) : null;
    return {
      label,
      trueElbow,
      rungs,
      located: elbows.length,
      replicates,
      median,
      p05: elbows.length ? q(0.05) : null,
      p95: elbows.length ? q(0.95) : null,
      bias: median === null ? null : median - trueElbow,
    };
  });
}

/**
 * The chapter's worlds: eight positions at midpoint 10²² (equal), and three unequal variants
 * (one position 1.5 or 3 decades harder; two positions 3 decades easier), s = 1.5.
 *
 * @returns labelled worlds
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chapterUnequalWorlds } from "./heterogeneous.ts";
 * assert.equal(chapterUnequalWorlds().length, 4);
 * ```
 */
export function chapterUnequalWorlds(): { label: string; world: UnequalWorld }[] {
  const eq = [22, 22, 22, 22, 22, 22, 22, 22];
  return [
    { label: "all 8 positions alike", world: { x0s: eq, s: 1.5 } },
    { label: "one position 1.5 decades harder", world: { x0s: [...eq.slice(1), 23.5], s: 1.5 } },
    { label: "one position 3 decades harder", world: { x0s: [...eq.slice(1), 25], s: 1.5 } },
    { label: "two positions 3 decades easier", world: { x0s: [19, 19, ...eq.slice(2)], s: 1.5 } },
  ];
}
