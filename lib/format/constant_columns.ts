/**
 * Narrower tables: a column whose value is the same in every row says nothing row by row, so it
 * moves into the caption ("In every row: fit window: first 10% of tokens; points: 10.") and the
 * table keeps only the columns that vary.
 *
 * @module
 */

/** A table cell: what a table shows in one column of one row. */
export type TableCell = string | number | boolean | null | undefined;

/** Rows and the caption that goes with them. */
export interface CaptionedTable {
  /** the rows, without the constant columns */
  rows: Record<string, TableCell>[];
  /** the title, then the constant columns as "name: value" */
  caption: string;
}

/**
 * Moves the columns that hold one value in every row into the caption. Columns that are empty
 * ("", null or undefined) in every row are dropped without a word.
 *
 * @param rows the table (every row has the same columns, in the order of the first row)
 * @param title the caption's first sentence
 * @param keep columns that stay in the table even when constant
 * @returns the narrower rows and the caption
 * @throws {Error} if there are no rows or a row lacks a column of the first row
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { constantColumnsToCaption } from "./constant_columns.ts";
 * const t = constantColumnsToCaption(
 *   [{ form: "power", window: "10%", note: "", error: 0.1 }, { form: "floor", window: "10%", note: "", error: 0.02 }],
 *   "Errors",
 * );
 * assert.deepEqual(t.rows, [{ form: "power", error: 0.1 }, { form: "floor", error: 0.02 }]);
 * assert.equal(t.caption, "Errors. In every row: window: 10%.");
 * ```
 */
export function constantColumnsToCaption(
  rows: readonly Record<string, TableCell>[],
  title: string,
  keep: readonly string[] = [],
): CaptionedTable {
  if (rows.length === 0) throw new Error(`constantColumnsToCaption: no rows for "${title}"`);
  const columns = Object.keys(rows[0]);
  rows.forEach((r, i) => {
    for (const c of columns) {
      if (!(c in r)) {
        throw new Error(`constantColumnsToCaption: row ${i} of "${title}" has no column "${c}"`);
      }
    }
  });
  const empty = (v: TableCell) => v === "" || v === null || v === undefined;
  const constant = columns.filter((c) =>
    !keep.includes(c) && rows.every((r) => Object.is(r[c], rows[0][c]))
  );
  const moved = constant.filter((c) => !empty(rows[0][c]));
  const narrow = rows.map((r) =>
    Object.fromEntries(columns.filter((c) => !constant.includes(c)).map((c) => [c, r[c]]))
  );
  const head = /[.!?]$/.test(title) ? title : `${title}.`;
  const caption = moved.length === 0
    ? head
    : `${head} In every row: ${moved.map((c) => `${c}: ${rows[0][c]}`).join("; ")}.`;
  return { rows: narrow, caption };
}
