/**
 * Gotcha 4: contamination mimics emergence.
 *
 * Several sibling benchmarks share one structure (same chain length k, per-token midpoints
 * within a few tenths of a decade). On one of them a fraction f of the test items leaked into
 * training. A model memorises a leaked item with probability m(x) = σ((x − xm)·sm), which rises
 * steeply once the model has the capacity; a memorised item is answered right, otherwise the
 * item is answered like any other (p\^k). So the contaminated benchmark scores
 *
 *   EM_c(x) = f·[m(x) + (1 − m(x))·p(x)\^k] + (1 − f)·p(x)\^k,
 *
 * a jump on that benchmark only. The cross-check compares each benchmark at every rung with
 * the pooled score of its siblings (two-proportion z statistic); a benchmark that runs far
 * ahead of its siblings is flagged.
 *
 * @module
 */
import { finite, positive, positiveInteger, probability } from "../../validate.ts";
import { exactMatch } from "../../math/exact_match.ts";
import { perTokenAccuracy, sigmoid } from "../../math/sigmoid.ts";
import { Xoshiro128ss } from "../../sim/prng.ts";
import { binomial } from "../../sim/binomial.ts";
import { wilsonInterval } from "../../stats/wilson.ts";

/** One benchmark of a sibling family. */
export interface Benchmark {
  /** name shown in tables and charts */
  name: string;
  /** per-token midpoint of this benchmark, log10 FLOPs */
  x0: number;
  /** share of test items that leaked into training, in [0, 1] */
  leaked: number;
}

/** The family and how memorisation grows. */
export interface ContaminationSetup {
  /** the sibling benchmarks */
  benchmarks: readonly Benchmark[];
  /** per-token steepness per decade, shared */
  s: number;
  /** answer tokens, shared */
  k: number;
  /** log10 compute where a leaked item is memorised with probability ½ */
  memoriseX: number;
  /** steepness of memorisation per decade */
  memoriseS: number;
}

/**
 * Expected exact match of one benchmark at log-compute x, with contamination.
 *
 * @param setup the family
 * @param b the benchmark
 * @param x log10 compute
 * @returns f·[m + (1 − m)·p\^k] + (1 − f)·p\^k
 * @throws {RangeError} on bad parameters
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { expectedScore } from "./contamination.ts";
 * const setup = { benchmarks: [], s: 1.5, k: 8, memoriseX: 22, memoriseS: 4 };
 * // at the memorisation midpoint, half of a 30 % leak is answered by memory:
 * // 0.3·(0.5 + 0.5·(1/256)) + 0.7/256 = 0.153320...
 * const em = expectedScore(setup, { name: "A", x0: 22, leaked: 0.3 }, 22);
 * assert.ok(Math.abs(em - (0.3 * (0.5 + 0.5 / 256) + 0.7 / 256)) < 1e-12);
 * ```
 */
export function expectedScore(setup: ContaminationSetup, b: Benchmark, x: number): number {
  checkSetup(setup);
  checkBenchmark(b, "benchmark");
  finite("x", x, "expectedScore");
  const clean = exactMatch(perTokenAccuracy(x, b.x0, setup.s), setup.k);
  const m = sigmoid((x - setup.memoriseX) * setup.memoriseS);
  return b.leaked * (m + (1 - m) * clean) + (1 - b.leaked) * clean;
}

function checkBenchmark(b: Benchmark, where: string): void {
  if (b === null || typeof b !== "object") throw new TypeError(`${where} must be an object`);
  if (typeof b.name !== "string" || b.name === "") {
    throw new RangeError(`${where}.name must be a non-empty string, got ${JSON.stringify(b.name)}`);
  }
  finite(`${where}.x0`, b.x0, b.name);
  probability(`${where}.leaked`, b.leaked, b.name);
}

function checkSetup(setup: ContaminationSetup): void {
  if (!Array.isArray(setup?.benchmarks)) throw new TypeError("setup.benchmarks must be an array");
  positive("s", setup.s, "contamination setup");
  positiveInteger("k", setup.k, "contamination setup");
  finite("memoriseX", setup.memoriseX, "contamination setup");
  positive("memoriseS", setup.memoriseS, "contamination setup");
}

/** One benchmark at one rung. */
export interface BenchmarkScore {
  /** benchmark name */
  name: string;
  /** log10 compute */
  x: number;
  /** expected exact match */
  expected: number;
  /** questions */
  n: number;
  /** exact matches */
  successes: number;
  /** successes / n */
  measured: number;
  /** Wilson 95 % interval */
  lower: number;
  /** upper end */
  upper: number;
}

/**
 * Evaluates every benchmark of the family on a ladder, n questions each, from one seeded
 * xoshiro128** stream (rungs outer, benchmarks inner).
 *
 * @param setup the family
 * @param xs log10 compute of the rungs
 * @param n questions per benchmark per rung
 * @param seed PRNG seed
 * @returns one score per (rung, benchmark)
 * @throws {RangeError} on bad parameters, fewer than 2 benchmarks, duplicate names or empty xs
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { evaluateFamily } from "./contamination.ts";
 * const setup = { benchmarks: [{ name: "A", x0: 22, leaked: 0.3 }, { name: "B", x0: 22, leaked: 0 }],
 *   s: 1.5, k: 8, memoriseX: 22, memoriseS: 4 };
 * assert.equal(evaluateFamily(setup, [20, 23], 100, 1).length, 4);
 * ```
 */
export function evaluateFamily(
  setup: ContaminationSetup,
  xs: readonly number[],
  n: number,
  seed: number,
): BenchmarkScore[] {
  checkSetup(setup);
  if (setup.benchmarks.length < 2) {
    throw new RangeError(
      `a sibling cross-check needs at least 2 benchmarks, got ${setup.benchmarks.length}`,
    );
  }
  const names = new Set<string>();
  setup.benchmarks.forEach((b, i) => {
    checkBenchmark(b, `benchmarks[${i}]`);
    if (names.has(b.name)) {
      throw new RangeError(`benchmark name ${JSON.stringify(b.name)} appears twice`);
    }
    names.add(b.name);
  });
  if (!Array.isArray(xs) || xs.length === 0) throw new RangeError("xs must be a non-empty array");
  xs.forEach((x, i) => finite(`xs[${i}]`, x, "evaluateFamily"));
  positiveInteger("n", n, "evaluateFamily");
  const rng = new Xoshiro128ss(seed);
  const out: BenchmarkScore[] = [];
  for (const x of xs) {
    for (const b of setup.benchmarks) {
      const expected = expectedScore(setup, b, x);
      const successes = binomial(rng, n, expected);
      const ci = wilsonInterval(successes, n);
      out.push({
        name: b.name,
        x,
        expected,
        n,
        successes,
        measured: successes / n,
        lower: ci.lower,
        upper: ci.upper,
      });
    }
  }
  return out;
}

/** The cross-check verdict for one benchmark. */
export interface CrossCheck {
  /** benchmark name */
  name: string;
  /** largest z over the rungs: (this − pooled siblings) / pooled standard error */
  maxZ: number;
  /** log10 compute of that rung */
  atX: number;
  /** true when maxZ exceeds the threshold */
  flagged: boolean;
}

/**
 * Sibling cross-check: for each benchmark and rung, the two-proportion z statistic of the
 * benchmark's exact match against the pooled exact match of all its siblings at that rung,
 * z = (p̂₁ − p̂₂) / sqrt(p̄(1 − p̄)(1/n₁ + 1/n₂)) with p̄ the pooled proportion (z = 0 when
 * p̄ is 0 or 1). A benchmark whose largest z exceeds `threshold` is flagged as running ahead
 * of its siblings.
 *
 * @param scores output of {@link evaluateFamily}
 * @param threshold z above which to flag (default 5, so that with a handful of rungs and
 *   benchmarks a clean family is not flagged by chance)
 * @returns one verdict per benchmark, in order of first appearance
 * @throws {RangeError} on an empty list, a non-positive threshold, or a rung where a
 *   benchmark has no siblings
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { crossCheck } from "./contamination.ts";
 * const row = (name: string, successes: number) => ({ name, x: 23, expected: 0, n: 100,
 *   successes, measured: successes / 100, lower: 0, upper: 1 });
 * const v = crossCheck([row("A", 60), row("B", 10), row("C", 12)]);
 * assert.deepEqual(v.map((c) => c.flagged), [true, false, false]);
 * ```
 */
export function crossCheck(scores: readonly BenchmarkScore[], threshold = 5): CrossCheck[] {
  if (scores.length === 0) throw new RangeError("crossCheck: no scores");
  positive("threshold", threshold, "crossCheck");
  const names = [...new Set(scores.map((s) => s.name))];
  const xs = [...new Set(scores.map((s) => s.x))];
  return names.map((name) => {
    let best = { z: -Infinity, x: NaN };
    for (const x of xs) {
      const here = scores.filter((s) => s.x === x);
      const me = here.find((s) => s.name === name);
      if (!me) continue;
      const sib = here.filter((s) => s.name !== name);
      if (sib.length === 0) throw new RangeError(`crossCheck: ${name} has no siblings at x = ${x}`);
      const n2 = sib.reduce((a, s) => a + s.n, 0);
      const k2 = sib.reduce((a, s) => a + s.successes, 0);
      const pooled = (me.successes + k2) / (me.n + n2);
      const se = Math.sqrt(pooled * (1 - pooled) * (1 / me.n + 1 / n2));
      const z = se === 0 ? 0 : (me.successes / me.n - k2 / n2) / se;
      if (z > best.z) best = { z, x };
    }
    return { name, maxZ: best.z, atX: best.x, flagged: best.z > threshold };
  });
}

/**
 * The chapter's family: four sibling benchmarks (k = 8, s = 1.5 per decade, midpoints 21.95 to
 * 22.1), 30 % of benchmark "A" leaked, memorisation half-way at 10²² FLOPs with steepness 4.
 *
 * @returns the setup
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chapterFamily } from "./contamination.ts";
 * assert.equal(chapterFamily().benchmarks.filter((b) => b.leaked > 0).length, 1);
 * ```
 */
export function chapterFamily(): ContaminationSetup {
  return {
    benchmarks: [
      { name: "A (leaked)", x0: 22.0, leaked: 0.3 },
      { name: "B", x0: 21.95, leaked: 0 },
      { name: "C", x0: 22.05, leaked: 0 },
      { name: "D", x0: 22.1, leaked: 0 },
    ],
    s: 1.5,
    k: 8,
    memoriseX: 22,
    memoriseS: 4,
  };
}
