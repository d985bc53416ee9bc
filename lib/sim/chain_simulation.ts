/**
 * The Bernoulli chain simulator: a "model" at log-compute x answers each of k tokens
 * correctly with probability p(x) = σ((x − x0)·s), independently; an answer is an exact match
 * when all k tokens are right. For every scale the simulator grades n answers and reports
 * per-token accuracy, exact match and token log-likelihood: three metrics of one model.
 *
 * Two paths give the same distribution:
 *
 * - `"monte-carlo"`: draws every token. Trials are processed 32 at a time; token position j
 *   of 32 trials is one word of 32 Bernoulli(p) lanes ({@link Xoshiro128ss.bernoulliWord}),
 *   the AND of the k words marks the exact matches and popcounts count correct tokens.
 * - `"exact"`: no per-token draws. EM successes ~ Binomial(n, p\^k) and correct tokens ~
 *   Binomial(n·k, p), drawn independently (so the two counts' joint law differs from the
 *   Monte-Carlo one, where they are positively correlated; each marginal is exact). Cost does
 *   not depend on n, so n = 10⁹ is as cheap as n = 10.
 *
 * @module
 */
import { finite, positive, positiveInteger, probability } from "../validate.ts";
import { perTokenAccuracy } from "../math/sigmoid.ts";
import { exactMatch } from "../math/exact_match.ts";
import { type BinomialInterval, wilsonInterval } from "../stats/wilson.ts";
import { bernoulliBits, Xoshiro128ss } from "./prng.ts";
import { binomial } from "./binomial.ts";

/** Which sampling path {@link simulateChain} uses. */
export type SimulationPath = "monte-carlo" | "exact";

/** Arguments of {@link simulateChain}. */
export interface ChainSimulation {
  /** log10 training compute of each model on the ladder, in increasing order */
  xs: readonly number[];
  /** log10 compute where per-token accuracy is ½ */
  x0: number;
  /** sigmoid steepness per decade of compute (> 0) */
  s: number;
  /** answer length in tokens (chain length), a positive integer */
  k: number;
  /** number of test questions per scale, a positive integer */
  n: number;
  /** PRNG seed (xoshiro128**, SplitMix64-seeded), an integer in [0, 2\^53) */
  seed: number;
  /** sampling path; default `"monte-carlo"` */
  path?: SimulationPath;
}

/** One scale of a simulated ladder. */
export interface ChainRow {
  /** log10 compute */
  x: number;
  /** true per-token accuracy p(x) */
  p: number;
  /** chain length */
  k: number;
  /** questions graded */
  n: number;
  /** correct tokens out of n·k */
  tokenCorrect: number;
  /** n·k */
  tokenTrials: number;
  /** tokenCorrect / (n·k) */
  tokenAccuracy: number;
  /** Wilson 95 % interval of the per-token accuracy */
  tokenInterval: BinomialInterval;
  /** questions with all k tokens right */
  emSuccesses: number;
  /** emSuccesses / n (0 means any rate up to the upper end of {@link ChainRow.emInterval}) */
  exactMatch: number;
  /** Wilson 95 % interval of exact match */
  emInterval: BinomialInterval;
  /** the true exact match p\^k the sample estimates */
  expectedExactMatch: number;
  /**
   * mean log-probability the model gives the correct token, ln p: the smooth, loss-like
   * metric (in this model every token gets probability p, so it is exact, not sampled)
   */
  tokenLogLikelihood: number;
}

/**
 * Most token draws one {@link simulateChain} or {@link simulateChainAt} call may make on the
 * `"monte-carlo"` path: k·n·(number of scales) ≤ 10¹⁰, about 10 s to a few minutes of
 * drawing. Beyond it the call throws instead of running on silently; the `"exact"` path,
 * whose cost does not depend on n, has no such limit.
 */
export const MAX_MONTE_CARLO_TOKENS = 1e10;

/** ln σ(z), finite even where σ(z) underflows to 0. */
function logSigmoid(z: number): number {
  return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
}

function checkArgs(sim: ChainSimulation): void {
  if (!Array.isArray(sim.xs) || sim.xs.length === 0) {
    throw new RangeError(`xs must be a non-empty array of log10 compute values, got ${sim.xs}`);
  }
  sim.xs.forEach((x, i) => finite(`xs[${i}]`, x));
  finite("x0", sim.x0);
  positive("s", sim.s);
  positiveInteger("k", sim.k);
  positiveInteger("n", sim.n);
  if (!Number.isSafeInteger(sim.n * sim.k)) {
    throw new RangeError(`n·k must be a safe integer, got n=${sim.n}, k=${sim.k}`);
  }
  const path = sim.path ?? "monte-carlo";
  if (path !== "monte-carlo" && path !== "exact") {
    throw new RangeError(`path must be "monte-carlo" or "exact", got ${JSON.stringify(path)}`);
  }
  const work = sim.k * sim.n * sim.xs.length;
  if (path === "monte-carlo" && work > MAX_MONTE_CARLO_TOKENS) {
    throw new RangeError(
      `k·n = ${sim.k}·${sim.n} = ${sim.k * sim.n} token draws per scale × ${sim.xs.length} ` +
        `scale(s) = ${work} exceeds MAX_MONTE_CARLO_TOKENS = ${MAX_MONTE_CARLO_TOKENS}; ` +
        `lower n or k, or use path "exact" (its cost does not depend on n)`,
    );
  }
}

/**
 * Counts correct tokens and exact matches for n questions of k tokens at per-token accuracy
 * p, drawing every token (32 questions per machine word).
 *
 * @param rng the generator (consumed)
 * @param p per-token accuracy in [0, 1]
 * @param k tokens per answer
 * @param n questions
 * @returns `{ tokenCorrect, emSuccesses }`
 * @throws {RangeError} on p outside [0, 1] or a bad k or n
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Xoshiro128ss } from "./prng.ts";
 * import { drawChainCounts } from "./chain_simulation.ts";
 * const c = drawChainCounts(new Xoshiro128ss(1), 1, 8, 100);
 * assert.deepEqual(c, { tokenCorrect: 800, emSuccesses: 100 });
 * ```
 */
export function drawChainCounts(
  rng: Xoshiro128ss,
  p: number,
  k: number,
  n: number,
): { tokenCorrect: number; emSuccesses: number } {
  const bits = bernoulliBits(p);
  positiveInteger("k", k);
  positiveInteger("n", n);
  const [tokenCorrect, emSuccesses] = rng.chainCounts(bits, k, n);
  return { tokenCorrect, emSuccesses };
}

/**
 * Simulates a ladder of models graded three ways (per-token accuracy, exact match over k
 * tokens, token log-likelihood). Scales are simulated in the order given from one
 * xoshiro128** stream, so a fixed seed gives fixed numbers.
 *
 * @param sim scales `xs`, sigmoid `x0`, `s`, chain length `k`, questions `n`, `seed`, `path`
 * @returns one row per scale, in the order of `xs`
 * @throws {RangeError} if xs is empty or holds a non-finite value, s ≤ 0, k or n is not a
 *   positive integer, the seed is invalid, path is unknown, or on the `"monte-carlo"` path
 *   k·n·xs.length exceeds {@link MAX_MONTE_CARLO_TOKENS}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateChain } from "./chain_simulation.ts";
 * const rows = simulateChain({ xs: [20, 22, 24], x0: 22, s: 1.5, k: 8, n: 2000, seed: 1 });
 * assert.equal(rows.length, 3);
 * assert.ok(rows[1].p === 0.5 && rows[1].expectedExactMatch === 1 / 256);
 * // per-token accuracy at the midpoint: within 4 standard errors of ½
 * assert.ok(Math.abs(rows[1].tokenAccuracy - 0.5) < 4 * Math.sqrt(0.25 / 16000));
 * ```
 */
export function simulateChain(sim: ChainSimulation): ChainRow[] {
  checkArgs(sim);
  return simulateRows(
    sim.xs,
    sim.xs.map((x) => perTokenAccuracy(x, sim.x0, sim.s)),
    sim.xs.map((x) => logSigmoid((x - sim.x0) * sim.s)),
    sim,
  );
}

/** Arguments of {@link simulateChainAt}: the per-token accuracy of each model is given. */
export interface ChainAtSimulation {
  /** a label per model for the x axis (e.g. log10 parameters), finite */
  xs: readonly number[];
  /** per-token accuracy of each model, in [0, 1] */
  ps: readonly number[];
  /** answer length in tokens */
  k: number;
  /** questions per model */
  n: number;
  /** PRNG seed */
  seed: number;
  /** sampling path; default `"monte-carlo"` */
  path?: SimulationPath;
}

/**
 * Like {@link simulateChain} but with each model's per-token accuracy given directly (for
 * models not on the sigmoid, such as Schaeffer's p(N) = exp(−(N/c)\^α)).
 *
 * @param sim labels `xs`, accuracies `ps`, `k`, `n`, `seed`, `path`
 * @returns one row per model
 * @throws {RangeError} if xs and ps differ in length or are empty, a p is outside [0, 1],
 *   k, n, seed or path is invalid, or the work limit {@link MAX_MONTE_CARLO_TOKENS} is exceeded
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateChainAt } from "./chain_simulation.ts";
 * const [row] = simulateChainAt({ xs: [9], ps: [1], k: 8, n: 50, seed: 1 });
 * assert.equal(row.emSuccesses, 50);
 * ```
 */
export function simulateChainAt(sim: ChainAtSimulation): ChainRow[] {
  if (!Array.isArray(sim.ps) || sim.ps.length !== sim.xs?.length) {
    throw new RangeError(
      `ps must be an array with one accuracy per xs entry, got ${sim.ps?.length} for ${sim.xs?.length}`,
    );
  }
  checkArgs({ ...sim, x0: 0, s: 1 });
  sim.ps.forEach((p, i) => probability(`ps[${i}]`, p));
  return simulateRows(sim.xs, sim.ps, sim.ps.map((p) => Math.log(p)), sim);
}

function simulateRows(
  xs: readonly number[],
  ps: readonly number[],
  logLiks: readonly number[],
  sim: { k: number; n: number; seed: number; path?: SimulationPath },
): ChainRow[] {
  const rng = new Xoshiro128ss(sim.seed);
  const { k, n } = sim;
  const path = sim.path ?? "monte-carlo";
  return xs.map((x, i) => {
    const p = ps[i];
    const expected = exactMatch(p, k);
    let tokenCorrect: number, emSuccesses: number;
    if (path === "exact") {
      emSuccesses = binomial(rng, n, expected);
      tokenCorrect = binomial(rng, n * k, p);
    } else {
      ({ tokenCorrect, emSuccesses } = drawChainCounts(rng, p, k, n));
    }
    return {
      x,
      p,
      k,
      n,
      tokenCorrect,
      tokenTrials: n * k,
      tokenAccuracy: tokenCorrect / (n * k),
      tokenInterval: wilsonInterval(tokenCorrect, n * k),
      emSuccesses,
      exactMatch: emSuccesses / n,
      emInterval: wilsonInterval(emSuccesses, n),
      expectedExactMatch: expected,
      tokenLogLikelihood: logLiks[i],
    };
  });
}
