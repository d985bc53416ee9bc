/**
 * The often-quoted "first model that solved it" table next to what the papers report
 * (`data/first-emergence.csv`, one row per quoted row and matching paper entry, each with a
 * `source`).
 *
 * @module
 */
import { type CsvRow, type CsvSchema, loadCsvSync, parseCsv } from "./csv.ts";
import { pathName } from "./read.ts";

/** Schema of `data/first-emergence.csv`. */
export const FIRST_EMERGENCE_SCHEMA = {
  columns: {
    quoted_row: "integer" as const,
    quoted_task: "string" as const,
    quoted_model: "string" as const,
    quoted_flops_low: "number" as const,
    quoted_flops_high: "number" as const,
    paper_ability: "string" as const,
    paper_model: "string" as const,
    paper_params_b: "number" as const,
    paper_flops: "number?" as const,
    criterion: "string" as const,
    source: "string" as const,
  },
  key: ["quoted_row", "paper_ability"],
} satisfies CsvSchema;

/** A row of the data file. */
export type FirstEmergenceRow = CsvRow<typeof FIRST_EMERGENCE_SCHEMA>;

/** Default location of the data file. */
export const FIRST_EMERGENCE_CSV: URL = new URL("../../data/first-emergence.csv", import.meta.url);

/**
 * Loads and checks the first-emergence table: besides the schema, every `source` must be
 * non-empty and `quoted_flops_low ≤ quoted_flops_high`.
 *
 * @param path file path or URL (default {@link FIRST_EMERGENCE_CSV})
 * @param text optional file contents (parsed instead of reading `path`; for tests)
 * @returns the rows
 * @throws {Error} naming the file and line on a schema violation, empty source or bad range
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadFirstEmergence } from "./first_emergence.ts";
 * const rows = loadFirstEmergence();
 * assert.equal(rows[0].paper_flops, 2.3e22);
 * ```
 */
export function loadFirstEmergence(
  path: string | URL = FIRST_EMERGENCE_CSV,
  text?: string,
): FirstEmergenceRow[] {
  const name = pathName(path);
  const rows = text === undefined
    ? loadCsvSync(path, FIRST_EMERGENCE_SCHEMA)
    : parseCsv(text, FIRST_EMERGENCE_SCHEMA, name);
  rows.forEach((r, i) => {
    const where = `${name} line ${i + 2}`;
    if (String(r.source).trim() === "") throw new Error(`${where}: empty source`);
    if (r.quoted_flops_low > r.quoted_flops_high) {
      throw new Error(
        `${where}: quoted_flops_low ${r.quoted_flops_low} > quoted_flops_high ${r.quoted_flops_high}`,
      );
    }
  });
  return rows;
}

/** One comparison row for the chapter's table. */
export interface FirstEmergenceComparison {
  /** the task as quoted */
  task: string;
  /** the model(s) as quoted */
  quotedModel: string;
  /** the compute as quoted, as a range string */
  quotedCompute: string;
  /** the paper's ability and model */
  paper: string;
  /** the paper's compute, or "not reported" */
  paperCompute: string;
  /** log10(quoted midpoint / paper compute), or null: how many decades the quote is off */
  decadesOff: number | null;
  /** where the paper's value comes from */
  source: string;
}

function sci(x: number): string {
  const e = Math.floor(Math.log10(x));
  const m = x / 10 ** e;
  const ms = Math.abs(m - Math.round(m)) < 1e-9 ? String(Math.round(m)) : m.toFixed(1);
  return `${ms}e${e}`;
}

/**
 * Quoted vs paper, one row per paper entry. A quoted range is compared by its geometric
 * midpoint: decadesOff = log10(√(low·high) / paper).
 *
 * @param rows loaded rows
 * @returns comparison rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compareFirstEmergence, loadFirstEmergence } from "./first_emergence.ts";
 * const c = compareFirstEmergence(loadFirstEmergence());
 * assert.ok(Math.abs(c[0].decadesOff! - Math.log10(3 / 2.3)) < 1e-12);
 * ```
 */
export function compareFirstEmergence(
  rows: readonly FirstEmergenceRow[],
): FirstEmergenceComparison[] {
  return rows.map((r) => {
    const mid = Math.sqrt(r.quoted_flops_low * r.quoted_flops_high);
    return {
      task: r.quoted_task,
      quotedModel: r.quoted_model,
      quotedCompute: r.quoted_flops_low === r.quoted_flops_high
        ? `~${sci(r.quoted_flops_low)}`
        : `~${sci(r.quoted_flops_low)} to ${sci(r.quoted_flops_high)}`,
      paper: `${r.paper_ability}: ${r.paper_model} ${r.paper_params_b}B`,
      paperCompute: r.paper_flops === null ? "not reported" : sci(r.paper_flops),
      decadesOff: r.paper_flops === null ? null : Math.log10(mid / r.paper_flops),
      source: String(r.source),
    };
  });
}
