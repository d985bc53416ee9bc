/**
 * Loader for the emergence scales of Wei et al. (2022, Table 1), `data/wei2022-emergence.csv`:
 * per ability, the scale at which it was reported to emerge (training FLOPs and parameters),
 * the model family, the paper that reported it and the row's `source`.
 *
 * @module
 */
import { type CsvRow, type CsvSchema, loadCsvSync } from "./csv.ts";
import { dataUrl } from "./read.ts";

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

/** A row of `wei2022-emergence.csv`. */
export type WeiRow = CsvRow<typeof WEI_SCHEMA>;

/**
 * Emergence scales from Wei et al. (2022), Table 1.
 *
 * @returns rows of `data/wei2022-emergence.csv`
 * @throws {Error} if the file is missing or fails the schema
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadWeiEmergence } from "./wei.ts";
 * const wic = loadWeiEmergence().find((r) => r.ability.startsWith("Word in Context"));
 * assert.equal(wic?.train_flops, 2.5e24);
 * ```
 */
export function loadWeiEmergence(): WeiRow[] {
  return loadCsvSync(dataUrl("wei2022-emergence.csv"), WEI_SCHEMA);
}
