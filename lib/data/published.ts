/**
 * Loaders for the published numbers in `data/`: GPT-3 arithmetic (Brown et al. 2020), GPT-3
 * model sizes, Pythia LAMBADA (Biderman et al. 2023, the project's evaluation files) and the
 * emergence scales of Wei et al. (2022, Table 1). Each file has a schema; every row keeps its
 * `source` (and, where a value could not be confirmed, a `notes` column saying so).
 *
 * Paths resolve from this module, so the loaders work from the repository root, from
 * `notebooks/` and from tests alike.
 *
 * @module
 */
import { type CsvRow, type CsvSchema, loadCsvSync } from "./csv.ts";
import { positive } from "../validate.ts";
import { wilsonInterval } from "../stats/wilson.ts";
import { loadPythiaEvals, PYTHIA_FINAL_STEP } from "./pythia.ts";
import {
  impliedArithmetic,
  type ImpliedArithmeticRow,
  type KRule,
} from "../fit/implied_arithmetic.ts";

/** Absolute URL of a file in `data/`. */
export function dataUrl(file: string): URL {
  return new URL(`../../data/${file}`, import.meta.url);
}

/** Schema of `data/gpt3-arithmetic.csv`. */
export const GPT3_ARITHMETIC_SCHEMA = {
  columns: {
    model: "string",
    params: "positive",
    setting: "string",
    task: "string",
    operation: "string",
    operand_digits: "integer",
    answer_digits_max: "integer",
    accuracy_pct: "number",
    n: "integer",
    source: "string",
    notes: "string",
  },
  key: ["model", "setting", "task"],
} as const satisfies CsvSchema;

/** Schema of `data/gpt3-models.csv`. */
export const GPT3_MODELS_SCHEMA = {
  columns: {
    model: "string",
    params: "positive",
    tokens: "positive",
    compute_reported_flops: "positive?",
    source: "string",
    notes: "string",
  },
  key: ["model"],
} as const satisfies CsvSchema;

/** Schema of `data/gpt3-compute.csv` (Brown et al. 2020, Table D.1). */
export const GPT3_COMPUTE_SCHEMA = {
  columns: {
    model: "string",
    params_millions: "positive",
    tokens_billions: "positive",
    compute_pf_days: "positive",
    compute_flops: "positive",
    source: "string",
  },
  key: ["model"],
} as const satisfies CsvSchema;

/** Schema of `data/wei2022-emergence.csv`. */
export const WEI_SCHEMA = {
  columns: {
    ability: "string",
    kind: "string",
    train_flops: "positive",
    params: "positive",
    model: "string",
    reference: "string",
    source: "string",
  },
  key: ["ability"],
} as const satisfies CsvSchema;

/** A row of `gpt3-arithmetic.csv`. */
export type Gpt3ArithmeticRow = CsvRow<typeof GPT3_ARITHMETIC_SCHEMA>;
/** A row of `gpt3-models.csv`. */
export type Gpt3ModelRow = CsvRow<typeof GPT3_MODELS_SCHEMA>;
/** A row of `gpt3-compute.csv`. */
export type Gpt3ComputeRow = CsvRow<typeof GPT3_COMPUTE_SCHEMA>;
/** One Pythia checkpoint on LAMBADA (OpenAI), zero-shot: accuracy and perplexity. */
export interface PythiaRow {
  /** model name, e.g. `"pythia-70m"` (standard, not deduplicated) */
  model: string;
  /** parameters N */
  params: number;
  /** optimizer step of the checkpoint */
  step: number;
  /** training tokens D seen at that step */
  tokens: number;
  /** LAMBADA accuracy */
  acc: number;
  /** LAMBADA perplexity */
  ppl: number;
  /** test-set size */
  n: number;
  /** the evaluation file it was read from (path in github.com/EleutherAI/pythia) */
  source: string;
}
/** A row of `wei2022-emergence.csv`. */
export type WeiRow = CsvRow<typeof WEI_SCHEMA>;

function checkRange(
  rows: Record<string, unknown>[],
  column: string,
  lo: number,
  hi: number,
  file: string,
): void {
  rows.forEach((r, i) => {
    const v = r[column] as number;
    if (!(v >= lo && v <= hi)) {
      throw new RangeError(
        `${file} line ${i + 2}, column "${column}": ${v} is outside [${lo}, ${hi}]`,
      );
    }
  });
}

/**
 * GPT-3 arithmetic accuracies (percent) with the test-set size n.
 *
 * @returns rows of `data/gpt3-arithmetic.csv`
 * @throws {Error} if the file is missing, fails the schema, or an accuracy is outside [0, 100]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt3Arithmetic } from "./published.ts";
 * const rows = loadGpt3Arithmetic();
 * assert.equal(rows.find((r) => r.task === "2Dx")?.accuracy_pct, 29.2);
 * ```
 */
export function loadGpt3Arithmetic(): Gpt3ArithmeticRow[] {
  const rows = loadCsvSync(dataUrl("gpt3-arithmetic.csv"), GPT3_ARITHMETIC_SCHEMA);
  checkRange(rows, "accuracy_pct", 0, 100, "data/gpt3-arithmetic.csv");
  return rows;
}

/**
 * GPT-3 model sizes and training tokens.
 *
 * @returns rows of `data/gpt3-models.csv`
 * @throws {Error} if the file is missing or fails the schema
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt3Models } from "./published.ts";
 * assert.equal(loadGpt3Models().length, 8);
 * ```
 */
export function loadGpt3Models(): Gpt3ModelRow[] {
  return loadCsvSync(dataUrl("gpt3-models.csv"), GPT3_MODELS_SCHEMA);
}

/**
 * GPT-3 arithmetic exact match (percent) for every model size: the few-shot scores of Brown et
 * al. (2020) Table H.1 (the numbers behind Figure 3.10) and the 175B zero- and one-shot scores of
 * Table 3.9. Same columns and schema as `data/gpt3-arithmetic.csv`, so
 * {@link impliedArithmetic} reads it directly.
 *
 * @param file the file in `data/` (tests pass a fixture)
 * @returns rows of `data/gpt3-arithmetic-sizes.csv`
 * @throws {Error} if the file is missing, fails the schema (missing column, non-numeric cell,
 *   duplicate model/setting/task), or an accuracy is outside [0, 100]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt3ArithmeticSizes } from "./published.ts";
 * const r = loadGpt3ArithmeticSizes().find((x) =>
 *   x.model === "GPT-3 13B" && x.setting === "few-shot" && x.task === "2D+"
 * );
 * assert.equal(r?.accuracy_pct, 55.5);
 * ```
 */
export function loadGpt3ArithmeticSizes(file = "gpt3-arithmetic-sizes.csv"): Gpt3ArithmeticRow[] {
  const rows = loadCsvSync(dataUrl(file), GPT3_ARITHMETIC_SCHEMA);
  checkRange(rows, "accuracy_pct", 0, 100, `data/${file}`);
  return rows;
}

/** FLOPs in one petaflop/s-day: 1e15 FLOP/s × 86,400 s = 8.64e19 (Brown et al., Table D.1). */
export const PF_DAY_FLOPS = 8.64e19;

/**
 * Converts petaflop/s-days to FLOPs: C = PF-days · 8.64e19.
 *
 * @param pfDays compute in petaflop/s-days
 * @returns FLOPs
 * @throws {RangeError} if pfDays is not a finite positive number
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pfDaysToFlops } from "./published.ts";
 * assert.ok(Math.abs(pfDaysToFlops(3640) / 3.14e23 - 1) < 0.002);
 * ```
 */
export function pfDaysToFlops(pfDays: number): number {
  positive("pfDays", pfDays, "pfDaysToFlops");
  return pfDays * PF_DAY_FLOPS;
}

/**
 * GPT-3 training compute per model size, Brown et al. (2020) Table D.1: parameters, tokens,
 * PF-days and the FLOPs the table prints. Checks that the two compute columns agree
 * (PF-days · 8.64e19 within 1 % of the printed FLOPs; both are rounded to three digits).
 *
 * @param file the file in `data/` (tests pass a fixture)
 * @returns rows of `data/gpt3-compute.csv`, smallest model first
 * @throws {Error} if the file is missing, fails the schema, or a row's PF-days and FLOPs disagree
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt3Compute } from "./published.ts";
 * const rows = loadGpt3Compute();
 * assert.equal(rows.length, 8);
 * assert.equal(rows[6].compute_flops, 2.31e22);
 * ```
 */
export function loadGpt3Compute(file = "gpt3-compute.csv"): Gpt3ComputeRow[] {
  const rows = loadCsvSync(dataUrl(file), GPT3_COMPUTE_SCHEMA);
  rows.forEach((r, i) => {
    const flops = pfDaysToFlops(r.compute_pf_days);
    if (Math.abs(flops / r.compute_flops - 1) > 0.01) {
      throw new Error(
        `data/${file} line ${i + 2}: ${r.compute_pf_days} PF-days = ${
          flops.toPrecision(3)
        } FLOPs, ` +
          `but column "compute_flops" says ${r.compute_flops}`,
      );
    }
  });
  return rows.sort((a, b) => a.compute_pf_days - b.compute_pf_days);
}

/** One task at one model size: exact match and implied per-token accuracy, on a compute axis. */
export interface SizePoint extends ImpliedArithmeticRow {
  /** model name, e.g. "GPT-3 13B" */
  model: string;
  /** short size label, e.g. "13B" */
  size: string;
  /** training FLOPs from Table D.1 (PF-days · 8.64e19) */
  flops: number;
  /** log10 of flops */
  logCompute: number;
}

/**
 * Joins per-size arithmetic scores with Table D.1 compute and reads each through the chain
 * model (p = EM\^(1/k), Wilson interval of EM carried over; see `lib/fit/implied_arithmetic.ts`).
 *
 * @param rows rows of `data/gpt3-arithmetic-sizes.csv`
 * @param compute rows of `data/gpt3-compute.csv`
 * @param rule how to count k (`"answer-digits"` or `"operand-digits"`)
 * @param setting which setting to keep, default `"few-shot"`
 * @returns one point per (task, size), grouped by task in file order, smallest model first
 * @throws {Error} if a model has no compute row, or no row matches the setting
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gpt3SizePoints, loadGpt3ArithmeticSizes, loadGpt3Compute } from "./published.ts";
 * const pts = gpt3SizePoints(loadGpt3ArithmeticSizes(), loadGpt3Compute(), "answer-digits");
 * const r = pts.find((x) => x.task === "4D+" && x.size === "175B")!;
 * assert.equal(r.successes, 510);
 * assert.ok(Math.abs(r.p - 0.255 ** (1 / 5)) < 1e-12);
 * ```
 */
export function gpt3SizePoints(
  rows: Gpt3ArithmeticRow[],
  compute: Gpt3ComputeRow[],
  rule: KRule,
  setting = "few-shot",
): SizePoint[] {
  const kept = rows.filter((r) => r.setting === setting);
  if (kept.length === 0) throw new Error(`gpt3SizePoints: no rows with setting "${setting}"`);
  const flopsOf = new Map(compute.map((c) => [c.model, pfDaysToFlops(c.compute_pf_days)]));
  const implied = impliedArithmetic(kept, rule);
  return kept.map((r, i) => {
    const flops = flopsOf.get(r.model);
    if (flops === undefined) {
      throw new Error(`gpt3SizePoints: model "${r.model}" has no row in the compute table`);
    }
    return {
      ...implied[i],
      model: r.model,
      size: r.model.replace(/^GPT-3 /, ""),
      flops,
      logCompute: Math.log10(flops),
    };
  }).sort((a, b) =>
    a.task === b.task ? a.flops - b.flops : kept.findIndex((r) => r.task === a.task) -
      kept.findIndex((r) => r.task === b.task)
  );
}

/**
 * Pythia LAMBADA (OpenAI) zero-shot accuracy and perplexity of the standard (not deduplicated)
 * models, from `data/pythia-evals.csv` (see `lib/data/pythia.ts`).
 *
 * @param which `"final"`: the last checkpoint (step 143,000) of the eight sizes, 70M…12B;
 *   or a model name such as `"pythia-6.9b"`: that model at every published checkpoint
 * @returns the rows, smallest model or earliest step first
 * @throws {Error} if the data file is missing or malformed, or no row matches
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPythia } from "./published.ts";
 * assert.equal(loadPythia()[0].model, "pythia-70m");
 * assert.equal(loadPythia("pythia-6.9b").length, 27);
 * ```
 */
export function loadPythia(which: string = "final"): PythiaRow[] {
  const rows = loadPythiaEvals((r) =>
    r.deduped === 0 && r.shots === 0 && r.task === "lambada_openai" &&
    (which === "final" ? r.step === PYTHIA_FINAL_STEP : r.model === which)
  );
  const out: PythiaRow[] = [];
  for (const r of rows) {
    if (r.metric !== "acc") continue;
    const ppl = rows.find((x) =>
      x.metric === "perplexity" && x.model === r.model && x.step === r.step
    );
    if (!ppl) throw new Error(`data/pythia-evals.csv: ${r.model} step ${r.step} has no perplexity`);
    out.push({
      model: r.model,
      params: r.params,
      step: r.step,
      tokens: r.tokens,
      acc: r.value,
      ppl: ppl.value,
      n: r.n,
      source: r.source,
    });
  }
  if (out.length === 0) throw new Error(`loadPythia: no rows for "${which}"`);
  return out;
}

/**
 * Emergence scales from Wei et al. (2022), Table 1.
 *
 * @returns rows of `data/wei2022-emergence.csv`
 * @throws {Error} if the file is missing or fails the schema
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadWeiEmergence } from "./published.ts";
 * const wic = loadWeiEmergence().find((r) => r.ability.startsWith("Word in Context"));
 * assert.equal(wic?.train_flops, 2.5e24);
 * ```
 */
export function loadWeiEmergence(): WeiRow[] {
  return loadCsvSync(dataUrl("wei2022-emergence.csv"), WEI_SCHEMA);
}

/**
 * Training compute by the usual estimate C = 6·N·D (forward + backward pass ≈ 6 FLOPs per
 * parameter per token; attention FLOPs ignored).
 *
 * @param params N, parameters
 * @param tokens D, training tokens
 * @returns C in FLOPs
 * @throws {RangeError} if N or D is not a finite positive number
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { trainingCompute } from "./published.ts";
 * assert.equal(trainingCompute(175e9, 300e9), 3.15e23);
 * ```
 */
export function trainingCompute(params: number, tokens: number): number {
  positive("params", params, "trainingCompute");
  positive("tokens", tokens, "trainingCompute");
  return 6 * params * tokens;
}

/** A Pythia row prepared for plotting: compute, accuracy with Wilson interval, perplexity. */
export interface PythiaPlotPoint {
  /** model name */
  model: string;
  /** log10 of 6·N·D */
  logCompute: number;
  /** accuracy */
  acc: number;
  /** lower end of the Wilson 95 % interval of round(acc·n)/n */
  accLower: number;
  /** upper end of the Wilson 95 % interval of round(acc·n)/n */
  accUpper: number;
  /** perplexity */
  ppl: number;
  /** correct answers round(acc·n) */
  successes: number;
  /** test set size */
  n: number;
}

/**
 * Pythia rows with compute 6·N·D and the Wilson interval of each accuracy.
 *
 * @param rows rows of a Pythia file
 * @returns plot points in file order
 * @throws {RangeError} on bad counts
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPythia, pythiaPoints } from "./published.ts";
 * const p = pythiaPoints(loadPythia())[0];
 * assert.equal(p.successes, 951);
 * assert.ok(p.accLower < p.acc && p.acc < p.accUpper);
 * ```
 */
export function pythiaPoints(rows: PythiaRow[]): PythiaPlotPoint[] {
  return rows.map((r) => {
    const successes = Math.round(r.acc * r.n);
    const ci = wilsonInterval(successes, r.n);
    return {
      model: r.model.replace(/^pythia-/, ""),
      logCompute: Math.log10(trainingCompute(r.params, r.tokens)),
      acc: r.acc,
      accLower: ci.lower,
      accUpper: ci.upper,
      ppl: r.ppl,
      successes,
      n: r.n,
    };
  });
}

/**
 * Wei et al. rows prepared for the emergence-scale figure: short label, log10 FLOPs, kind and
 * "model size" text.
 *
 * @param rows rows of `data/wei2022-emergence.csv`
 * @returns one point per ability
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadWeiEmergence, weiPoints } from "./published.ts";
 * const p = weiPoints(loadWeiEmergence())[0];
 * assert.equal(p.model, "GPT-3 13B");
 * assert.ok(Math.abs(p.logFlops - Math.log10(2.3e22)) < 1e-12);
 * ```
 */
export function weiPoints(
  rows: WeiRow[],
): { label: string; logFlops: number; kind: string; model: string }[] {
  const size = (p: number) =>
    p >= 1e9 ? `${+(p / 1e9).toPrecision(3)}B` : `${+(p / 1e6).toPrecision(3)}M`;
  return rows.map((r) => ({
    label: r.ability,
    logFlops: Math.log10(r.train_flops),
    kind: r.kind,
    model: `${r.model} ${size(r.params)}`,
  }));
}
