/**
 * Loaders for GPT-3's published numbers (Brown et al. 2020): the arithmetic scores of the 175B
 * model (`data/gpt3-arithmetic.csv`, Table 3.9) and of every size
 * (`data/gpt3-arithmetic-sizes.csv`, Table H.1), the model sizes and training tokens
 * (`data/gpt3-models.csv`, Table 2.1) and the training compute (`data/gpt3-compute.csv`,
 * Table D.1). Each file has one schema; every row keeps its
 * `source` (and, where a value could not be confirmed, a `notes` column saying so).
 *
 * The loaders only read and check; reading the arithmetic through the chain model is
 * `lib/fit/implied_arithmetic.ts`.
 *
 * @module
 */
import { type CsvRow, type CsvSchema, loadCsvSync } from "./csv.ts";
import { dataUrl } from "./read.ts";
import { pfDaysToFlops } from "../math/training_compute.ts";

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

/** A row of `gpt3-arithmetic.csv`. */
export type Gpt3ArithmeticRow = CsvRow<typeof GPT3_ARITHMETIC_SCHEMA>;
/** A row of `gpt3-models.csv`. */
export type Gpt3ModelRow = CsvRow<typeof GPT3_MODELS_SCHEMA>;
/** A row of `gpt3-compute.csv`. */
export type Gpt3ComputeRow = CsvRow<typeof GPT3_COMPUTE_SCHEMA>;

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
 * import { loadGpt3Arithmetic } from "./gpt3.ts";
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
 * import { loadGpt3Models } from "./gpt3.ts";
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
 * `impliedArithmetic` (`lib/fit/implied_arithmetic.ts`) reads it directly.
 *
 * @param file the file in `data/` (tests pass a fixture)
 * @returns rows of `data/gpt3-arithmetic-sizes.csv`
 * @throws {Error} if the file is missing, fails the schema (missing column, non-numeric cell,
 *   duplicate model/setting/task), or an accuracy is outside [0, 100]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt3ArithmeticSizes } from "./gpt3.ts";
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
 * import { loadGpt3Compute } from "./gpt3.ts";
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
