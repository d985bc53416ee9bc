/**
 * CSV loading with a small schema per file. Every data file of the book goes through
 * {@link loadCsv}: a missing column, an empty or non-numeric cell, a row with the wrong number
 * of cells, a duplicate key or an empty file is an `Error` that names the file, the line
 * (1-based, the header is line 1) and the column, never a silent `NaN`.
 *
 * Parsing is done by `d3-dsv` (RFC 4180 quoting). Quoted fields containing line breaks are
 * rejected, so that line numbers in messages are the lines you see in an editor.
 *
 * @module
 */
import { csvParseRows } from "d3-dsv";
import { pathName, readDataFile, readDataFileSync } from "./read.ts";

/**
 * Column types: `"number"` (finite), `"integer"`, `"positive"` (finite and > 0: parameter
 * counts, tokens, FLOPs), `"string"` (may be empty), and the optional forms
 * `"number?"`/`"integer?"`/`"positive?"` whose empty cells become `null` (for blanks in a
 * paper's table).
 */
export type ColumnType =
  | "number"
  | "integer"
  | "positive"
  | "string"
  | "number?"
  | "integer?"
  | "positive?";

/** What a file must contain. */
export interface CsvSchema {
  /** required columns and their types; other columns are kept as strings */
  columns: Record<string, ColumnType>;
  /** columns whose combined values must be unique (the duplicate-key check); optional */
  key?: readonly string[];
}

/** The TypeScript type of a parsed cell of column type `T`. */
export type CellOf<T extends ColumnType> = T extends "number" | "integer" | "positive" ? number
  : T extends "number?" | "integer?" | "positive?" ? number | null
  : string;

/** A parsed row: typed schema columns plus any extra columns as strings. */
export type CsvRow<S extends CsvSchema> =
  & { [K in keyof S["columns"]]: CellOf<S["columns"][K]> }
  & Record<string, string | number | null>;

function parseCell(
  type: ColumnType,
  raw: string,
  where: string,
): string | number | null {
  if (type === "string") return raw;
  const text = raw.trim();
  const optional = type.endsWith("?");
  if (text === "") {
    if (optional) return null;
    throw new Error(`${where}: empty cell, expected ${type}`);
  }
  // Number("") and Number(" ") are 0, Number("0x10") is 16: accept only decimal notation.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    throw new Error(`${where}: ${JSON.stringify(raw)} is not a number`);
  }
  const value = Number(text);
  if (!Number.isFinite(value)) {
    throw new Error(`${where}: ${JSON.stringify(raw)} is not a finite number`);
  }
  if (type.startsWith("integer") && !Number.isInteger(value)) {
    throw new Error(`${where}: ${JSON.stringify(raw)} is not an integer`);
  }
  if (type.startsWith("positive") && !(value > 0)) {
    throw new Error(`${where}: ${JSON.stringify(raw)} must be a number > 0`);
  }
  return value;
}

/**
 * Parses CSV text against a schema.
 *
 * @param text the CSV text (header line first; trailing newlines and blank lines are fine)
 * @param schema required columns with their types, and the key columns
 * @param name where the text came from (file path), used in every error message
 * @returns one typed object per data line
 * @throws {Error} naming `name`, the line and the column for: an empty file, no data rows, a
 *   missing or repeated header column, a row with the wrong number of cells, an empty or
 *   non-numeric cell in a numeric column, a zero or negative value in a `"positive"` column,
 *   a blank line between rows, a duplicate key, or a quoted line break
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseCsv } from "./csv.ts";
 * const rows = parseCsv("model,params,source\na,125e6,paper\n", {
 *   columns: { model: "string", params: "number", source: "string" },
 *   key: ["model"],
 * }, "inline.csv");
 * assert.equal(rows[0].params, 125e6);
 * assert.throws(() => parseCsv("model,params\na,x\n", { columns: { params: "number" } }, "f.csv"),
 *   /f\.csv line 2, column "params": "x" is not a number/);
 * ```
 */
export function parseCsv<S extends CsvSchema>(
  text: string,
  schema: S,
  name: string,
): CsvRow<S>[] {
  if (typeof text !== "string" || text.trim() === "") {
    throw new Error(`${name}: empty file (expected a header line and at least one row)`);
  }
  // Trailing blank lines (an editor's extra newline) end the table; they are not records.
  const body = text.replace(/^\uFEFF/, "").replace(
    /(\r\n?|\n)[ \t]*(?:(?:\r\n?|\n)[ \t]*)*$/,
    "\n",
  );
  const rows: string[][] = csvParseRows(body);
  // Physical line of each parsed row; reject quoted newlines so the count stays honest.
  const lines = body.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  if (lines.length !== rows.length) {
    throw new Error(
      `${name}: a quoted cell contains a line break (or a stray quote); ` +
        `${lines.length} lines but ${rows.length} CSV records`,
    );
  }
  const header = rows[0].map((h) => h.trim());
  const seen = new Set<string>();
  header.forEach((h, i) => {
    if (h === "") throw new Error(`${name} line 1: column ${i + 1} has an empty header`);
    if (seen.has(h)) throw new Error(`${name} line 1: column "${h}" appears twice`);
    seen.add(h);
  });
  for (const col of Object.keys(schema.columns)) {
    if (!seen.has(col)) {
      throw new Error(
        `${name} line 1: missing column "${col}" (found: ${header.join(", ")})`,
      );
    }
  }
  for (const col of schema.key ?? []) {
    if (!(col in schema.columns)) {
      throw new Error(`${name}: key column "${col}" is not in the schema`);
    }
  }
  const out: CsvRow<S>[] = [];
  const keys = new Map<string, number>();
  for (let r = 1; r < rows.length; r++) {
    const line = r + 1;
    const cells = rows[r];
    if (cells.length === 1 && cells[0].trim() === "") {
      throw new Error(`${name} line ${line}: blank line inside the table`);
    }
    if (cells.length !== header.length) {
      throw new Error(
        `${name} line ${line}: ${cells.length} cells, but the header has ${header.length}`,
      );
    }
    const row: Record<string, string | number | null> = {};
    header.forEach((h, i) => {
      const type = schema.columns[h] ?? "string";
      row[h] = parseCell(type, cells[i], `${name} line ${line}, column "${h}"`);
    });
    if (schema.key && schema.key.length > 0) {
      const key = JSON.stringify(schema.key.map((k) => row[k]));
      const first = keys.get(key);
      if (first !== undefined) {
        throw new Error(
          `${name} line ${line}: duplicate key ${
            schema.key.map((k) => `${k}=${JSON.stringify(row[k])}`).join(", ")
          } (first on line ${first})`,
        );
      }
      keys.set(key, line);
    }
    out.push(row as CsvRow<S>);
  }
  if (out.length === 0) {
    throw new Error(`${name}: header only, no data rows`);
  }
  return out;
}

/**
 * Reads a CSV file and parses it against a schema (see {@link parseCsv}).
 *
 * @param path file path or `file:` URL (relative paths resolve against the working directory)
 * @param schema required columns with their types, and the key columns
 * @returns typed rows
 * @throws {Error} if the file cannot be read (message names the path) or fails the schema
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadCsv } from "./csv.ts";
 * const path = await Deno.makeTempFile({ suffix: ".csv" });
 * await Deno.writeTextFile(path, "n,source\n3,test\n");
 * const rows = await loadCsv(path, { columns: { n: "integer", source: "string" } });
 * assert.equal(rows[0].n, 3);
 * await Deno.remove(path);
 * ```
 */
export async function loadCsv<S extends CsvSchema>(
  path: string | URL,
  schema: S,
): Promise<CsvRow<S>[]> {
  return parseCsv(await readDataFile(path), schema, pathName(path));
}

/**
 * Synchronous {@link loadCsv}, for exercise answers that must be computed without `await`.
 *
 * @param path file path or `file:` URL
 * @param schema required columns with their types, and the key columns
 * @returns typed rows
 * @throws {Error} as {@link loadCsv}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadCsvSync } from "./csv.ts";
 * const path = Deno.makeTempFileSync({ suffix: ".csv" });
 * Deno.writeTextFileSync(path, "n,source\n3,test\n");
 * assert.equal(loadCsvSync(path, { columns: { n: "integer" } })[0].n, 3);
 * Deno.removeSync(path);
 * ```
 */
export function loadCsvSync<S extends CsvSchema>(path: string | URL, schema: S): CsvRow<S>[] {
  return parseCsv(readDataFileSync(path), schema, pathName(path));
}
