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

/** Absolute URL of a file in `data/`. */
export function dataUrl(file: string): URL {
  return new URL(`../../data/${file}`, import.meta.url);
}

/** Schema of `data/gpt3-arithmetic.csv`. */
export const GPT3_ARITHMETIC_SCHEMA = {
  columns: {
    model: "string",
    params: "number",
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
    params: "number",
    tokens: "number",
    compute_reported_flops: "number?",
    source: "string",
    notes: "string",
  },
  key: ["model"],
} as const satisfies CsvSchema;

/** Schema of `data/pythia-lambada.csv` and `data/pythia-6.9b-lambada-steps.csv`. */
export const PYTHIA_SCHEMA = {
  columns: {
    model: "string",
    params: "number",
    step: "integer",
    tokens: "number",
    acc: "number",
    ppl: "number",
    n: "integer",
    source: "string",
    notes: "string",
  },
  key: ["model", "step"],
} as const satisfies CsvSchema;

/** Schema of `data/wei2022-emergence.csv`. */
export const WEI_SCHEMA = {
  columns: {
    ability: "string",
    kind: "string",
    train_flops: "number",
    params: "number",
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
/** A row of the Pythia files. */
export type PythiaRow = CsvRow<typeof PYTHIA_SCHEMA>;
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
 * Pythia LAMBADA (OpenAI) zero-shot accuracy and perplexity.
 *
 * @param file `"pythia-lambada.csv"` (final checkpoints, 70M…12B) or
 *   `"pythia-6.9b-lambada-steps.csv"` (one model across training)
 * @returns the rows
 * @throws {Error} if the file is missing, fails the schema, acc is outside [0, 1] or ppl < 1
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPythia } from "./published.ts";
 * assert.equal(loadPythia()[0].model, "pythia-70m");
 * ```
 */
export function loadPythia(
  file: "pythia-lambada.csv" | "pythia-6.9b-lambada-steps.csv" = "pythia-lambada.csv",
): PythiaRow[] {
  const rows = loadCsvSync(dataUrl(file), PYTHIA_SCHEMA);
  checkRange(rows, "acc", 0, 1, `data/${file}`);
  checkRange(rows, "ppl", 1, Infinity, `data/${file}`);
  return rows;
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
  /** Wilson 95 % interval of round(acc·n)/n */
  accLower: number;
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
