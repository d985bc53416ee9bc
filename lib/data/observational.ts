/**
 * The open-model evaluations of Ruan, Maddison & Hashimoto (2024, "Observational Scaling Laws
 * and the Predictability of Language Model Performance"), as copied into `data/` from their
 * repository (ryoungj/ObsScaling): model metadata and eight standard benchmarks
 * (`data/obsscaling-benchmarks.csv`), few-shot arithmetic exact match
 * (`data/obsscaling-arithmetic.csv`), and the answer lengths of the four arithmetic task files
 * of Brown et al. (2020) (`data/arithmetic-answer-lengths.csv`).
 *
 * @module
 */
import { type CsvRow, type CsvSchema, loadCsvSync } from "./csv.ts";
import { dataUrl } from "./read.ts";

/** The eight standard benchmarks, in the order of the source file. */
export const BENCHMARKS = [
  "mmlu",
  "arc_c",
  "hellaswag",
  "winogrande",
  "truthfulqa",
  "gsm8k",
  "xwinograd",
  "humaneval",
] as const;
/** One of {@link BENCHMARKS}. */
export type Benchmark = typeof BENCHMARKS[number];

/** The four arithmetic tasks (Brown et al. 2020 names: two-digit addition, multiplication, …). */
export const ARITHMETIC_TASKS = ["2D+", "2Dx", "3D+", "3D-"] as const;
/** One of {@link ARITHMETIC_TASKS}. */
export type ArithmeticTask = typeof ARITHMETIC_TASKS[number];

/** Schema of `data/obsscaling-benchmarks.csv`. */
export const OBS_BENCHMARK_SCHEMA = {
  columns: {
    model: "string",
    family: "string",
    params_b: "number",
    tokens_t: "number?",
    flops_1e21: "number?",
    mmlu: "number?",
    arc_c: "number?",
    hellaswag: "number?",
    winogrande: "number?",
    truthfulqa: "number?",
    gsm8k: "number?",
    xwinograd: "number?",
    humaneval: "number?",
    source: "string",
  },
  key: ["model"],
} as const satisfies CsvSchema;

/** Schema of `data/obsscaling-arithmetic.csv`. */
export const OBS_ARITHMETIC_SCHEMA = {
  columns: {
    model: "string",
    task: "string",
    n: "integer",
    correct: "integer",
    exact_match: "number",
    source: "string",
  },
  key: ["model", "task"],
} as const satisfies CsvSchema;

/** Schema of `data/arithmetic-answer-lengths.csv`. */
export const ANSWER_LENGTH_SCHEMA = {
  columns: {
    task: "string",
    answer_chars: "integer",
    count: "integer",
    n: "integer",
    source: "string",
  },
  key: ["task", "answer_chars"],
} as const satisfies CsvSchema;

/** GSM8K test-set size (Cobbe et al. 2021: 1,319 problems), the n behind its accuracies. */
export const GSM8K_N = 1319;

/** A count of successes out of n. */
export interface Score {
  /** problems answered correctly, an integer in [0, n] */
  correct: number;
  /** problems scored (for GSM8K, {@link GSM8K_N}) */
  n: number;
  /** correct / n */
  em: number;
}

/** One open model with everything the chapter uses. */
export interface OpenModel {
  /** Hugging Face name */
  model: string;
  /** family as the source groups it */
  family: string;
  /** parameters, billions */
  paramsB: number;
  /** training FLOPs (absolute), null where the source gives none */
  flops: number | null;
  /** log10 of training FLOPs, null where unknown */
  logFlops: number | null;
  /** standard benchmark accuracies (null where missing) */
  benchmarks: Record<Benchmark, number | null>;
  /** arithmetic exact match per task (absent where the source has no value) */
  arithmetic: Partial<Record<ArithmeticTask, Score>>;
  /** GSM8K as a count out of {@link GSM8K_N}, null where missing */
  gsm8k: Score | null;
}

/**
 * Joins the two ObsScaling tables into one record per model. Checks that every arithmetic row
 * names a model of the benchmark table, that correct/n equals the stored exact match, and that
 * every accuracy lies in [0, 1].
 *
 * @param bench rows of `obsscaling-benchmarks.csv`
 * @param arith rows of `obsscaling-arithmetic.csv`
 * @param where file names for messages
 * @returns one record per model, in the benchmark table's order
 * @throws {Error} naming the model and column on an inconsistent value
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { joinOpenModels } from "./observational.ts";
 * const m = joinOpenModels(
 *   [{ model: "a", family: "F", params_b: 1, tokens_t: 1, flops_1e21: 6, mmlu: 0.3, arc_c: 0.3,
 *      hellaswag: 0.5, winogrande: 0.6, truthfulqa: 0.4, gsm8k: 0.01, xwinograd: 0.6,
 *      humaneval: 0, source: "s" }],
 *   [{ model: "a", task: "2D+", n: 2000, correct: 20, exact_match: 0.01, source: "s" }],
 * );
 * assert.equal(m[0].logFlops, Math.log10(6e21));
 * assert.equal(m[0].arithmetic["2D+"]?.correct, 20);
 * ```
 */
export function joinOpenModels(
  bench: readonly CsvRow<typeof OBS_BENCHMARK_SCHEMA>[],
  arith: readonly CsvRow<typeof OBS_ARITHMETIC_SCHEMA>[],
  where = { bench: "benchmarks", arith: "arithmetic" },
): OpenModel[] {
  const byName = new Map<string, OpenModel>();
  const out: OpenModel[] = [];
  for (const r of bench) {
    const benchmarks = {} as Record<Benchmark, number | null>;
    for (const b of BENCHMARKS) {
      const v = r[b] as number | null;
      if (v !== null && !(v >= 0 && v <= 1)) {
        throw new RangeError(`${where.bench}: ${r.model} ${b} = ${v} is not in [0, 1]`);
      }
      benchmarks[b] = v;
    }
    const f = r.flops_1e21;
    if (f !== null && !(f > 0)) {
      throw new RangeError(`${where.bench}: ${r.model} flops_1e21 = ${f} must be > 0`);
    }
    const flops = f === null ? null : f * 1e21;
    const gsm = benchmarks.gsm8k;
    const m: OpenModel = {
      model: r.model,
      family: r.family,
      paramsB: r.params_b,
      flops,
      logFlops: flops === null ? null : Math.log10(flops),
      benchmarks,
      arithmetic: {},
      gsm8k: gsm === null ? null : {
        correct: Math.round(gsm * GSM8K_N),
        n: GSM8K_N,
        em: gsm,
      },
    };
    byName.set(r.model, m);
    out.push(m);
  }
  for (const r of arith) {
    const m = byName.get(r.model);
    if (!m) throw new Error(`${where.arith}: model ${r.model} is not in ${where.bench}`);
    if (!(ARITHMETIC_TASKS as readonly string[]).includes(r.task)) {
      throw new Error(`${where.arith}: ${r.model}: unknown task ${JSON.stringify(r.task)}`);
    }
    if (r.correct > r.n || Math.abs(r.correct / r.n - r.exact_match) > 1e-9) {
      throw new RangeError(
        `${where.arith}: ${r.model} ${r.task}: correct ${r.correct} / n ${r.n} ≠ exact_match ${r.exact_match}`,
      );
    }
    m.arithmetic[r.task as ArithmeticTask] = { correct: r.correct, n: r.n, em: r.exact_match };
  }
  return out;
}

/**
 * Loads the committed ObsScaling tables (see the module note).
 *
 * @returns one record per model
 * @throws {Error} if a file is missing, fails its schema or is inconsistent
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOpenModels } from "./observational.ts";
 * const m = loadOpenModels();
 * assert.equal(m.find((x) => x.model === "meta-llama/Llama-2-7b-hf")?.arithmetic["2Dx"]?.correct, 831);
 * ```
 */
export function loadOpenModels(): OpenModel[] {
  const bench = loadCsvSync(dataUrl("obsscaling-benchmarks.csv"), OBS_BENCHMARK_SCHEMA);
  const arith = loadCsvSync(dataUrl("obsscaling-arithmetic.csv"), OBS_ARITHMETIC_SCHEMA);
  return joinOpenModels(bench, arith, {
    bench: "data/obsscaling-benchmarks.csv",
    arith: "data/obsscaling-arithmetic.csv",
  });
}

/** How many answers of each length (characters, minus sign included) a task file holds. */
export type LengthDistribution = { length: number; count: number }[];

/**
 * Loads the answer-length distributions of the four arithmetic task files.
 *
 * @returns per task, the lengths and their counts (ascending length)
 * @throws {Error} if the file is missing, or the counts of a task do not add up to its n
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadAnswerLengths } from "./observational.ts";
 * const d = loadAnswerLengths();
 * assert.deepEqual(d["2D+"].map((x) => x.length), [1, 2, 3]);
 * ```
 */
export function loadAnswerLengths(): Record<ArithmeticTask, LengthDistribution> {
  const rows = loadCsvSync(dataUrl("arithmetic-answer-lengths.csv"), ANSWER_LENGTH_SCHEMA);
  const out = {} as Record<ArithmeticTask, LengthDistribution>;
  for (const t of ARITHMETIC_TASKS) {
    const mine = rows.filter((r) => r.task === t).sort((a, b) => a.answer_chars - b.answer_chars);
    if (mine.length === 0) throw new Error(`data/arithmetic-answer-lengths.csv: no rows for ${t}`);
    const total = mine.reduce((s, r) => s + r.count, 0);
    if (total !== mine[0].n) {
      throw new Error(
        `data/arithmetic-answer-lengths.csv: ${t} counts add up to ${total}, not n = ${mine[0].n}`,
      );
    }
    out[t] = mine.map((r) => ({ length: r.answer_chars, count: r.count }));
  }
  return out;
}
