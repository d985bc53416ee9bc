/**
 * Converts between committed notebooks (`.ipynb`, no outputs) and a plain "percent" text form
 * that is easy to edit:
 *
 * ```text
 * // %% [markdown]
 * # Title
 * // %%
 * await showText("hi");
 * ```
 *
 * Usage:
 *   deno run -A tools/nbtext.ts to-ipynb chapter.txt notebooks/NN-name.ipynb
 *   deno run -A tools/nbtext.ts to-text notebooks/NN-name.ipynb > chapter.txt
 *
 * The `.ipynb` is the source of truth; the text form is a scratch format, not committed.
 *
 * @module
 */
import { type Notebook, type NotebookCell, notebookFromCells } from "../lib/book/notebook.ts";

const CELL_TYPES = ["code", "markdown", "raw"];

/**
 * Parses a notebook file's text, with a message naming the file when it is not a notebook.
 *
 * @param text the file's contents
 * @param name the file's name, for messages
 * @returns the notebook
 * @throws {Error} when the text is empty, not JSON, or not an nbformat-4 notebook
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseNotebook } from "./nbtext.ts";
 * assert.throws(() => parseNotebook("{}", "x.ipynb"), /x\.ipynb: not a notebook/);
 * ```
 */
export function parseNotebook(text: string, name: string): Notebook {
  if (text.trim() === "") throw new Error(`${name}: the file is empty, not a notebook`);
  let nb: unknown;
  try {
    nb = JSON.parse(text);
  } catch (e) {
    throw new Error(`${name}: not valid JSON (${(e as Error).message})`);
  }
  if (nb === null || typeof nb !== "object" || Array.isArray(nb)) {
    throw new Error(`${name}: not a notebook (the JSON is not an object)`);
  }
  const { cells, metadata } = nb as { cells?: unknown; metadata?: unknown };
  if (!Array.isArray(cells)) throw new Error(`${name}: not a notebook (no "cells" list)`);
  if (metadata === null || typeof metadata !== "object" || Array.isArray(metadata)) {
    throw new Error(`${name}: not a notebook (no "metadata" object)`);
  }
  cells.forEach((c: unknown, i) => {
    const cell = c as Partial<NotebookCell> | null;
    if (cell === null || typeof cell !== "object" || !CELL_TYPES.includes(String(cell.cell_type))) {
      throw new Error(`${name}: cell ${i + 1} has no cell_type of ${CELL_TYPES.join(", ")}`);
    }
    const src = cell.source;
    if (
      !(typeof src === "string" || (Array.isArray(src) && src.every((l) => typeof l === "string")))
    ) {
      throw new Error(`${name}: cell ${i + 1} has no source text`);
    }
    if (cell.outputs !== undefined && !Array.isArray(cell.outputs)) {
      throw new Error(`${name}: cell ${i + 1} has outputs that are not a list`);
    }
  });
  return nb as Notebook;
}

/**
 * Reads and parses a notebook file (see {@link parseNotebook}).
 *
 * @param path the file
 * @param name how to name it in messages (default: the path)
 * @returns the notebook
 * @throws {Error} naming the file when it cannot be read or is not a notebook
 */
export async function readNotebook(path: string, name = path): Promise<Notebook> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (e) {
    throw new Error(`${name}: cannot read (${(e as Error).message})`);
  }
  return parseNotebook(text, name);
}

/**
 * The notebook as it would be committed: outputs, execution counts and volatile metadata
 * (`execution` timings, `widgets` state) removed. A copy; the argument is left as it is.
 *
 * @param nb a notebook, perhaps with outputs saved by JupyterLab
 * @returns the stripped copy
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { notebookFromCells } from "../lib/book/notebook.ts";
 * import { strippedNotebook } from "./nbtext.ts";
 * const nb = notebookFromCells([{ cell_type: "code", source: "1" }]);
 * nb.cells[0].outputs = [{ output_type: "stream", name: "stdout", text: "1" }];
 * nb.cells[0].execution_count = 3;
 * assert.deepEqual(strippedNotebook(nb), notebookFromCells([{ cell_type: "code", source: "1" }]));
 * ```
 */
export function strippedNotebook(nb: Notebook): Notebook {
  const copy: Notebook = structuredClone(nb);
  delete copy.metadata.widgets;
  for (const c of copy.cells) {
    if (c.metadata) delete c.metadata.execution;
    if (c.cell_type === "code") {
      c.outputs = [];
      c.execution_count = null;
    }
  }
  return copy;
}

const MARKER = /^\/\/ %%( \[markdown\])?\s*$/;

/**
 * Parses the percent text form into cells.
 *
 * @param text the text
 * @returns the cells in order
 */
export function parsePercent(text: string): NotebookCell[] {
  const cells: NotebookCell[] = [];
  let current: NotebookCell | undefined;
  for (const line of text.split("\n")) {
    const m = MARKER.exec(line);
    if (m) {
      if (current) cells.push(current);
      current = { cell_type: m[1] ? "markdown" : "code", source: "" };
      continue;
    }
    if (!current) {
      if (line.trim() === "") continue;
      throw new Error(`text before the first "// %%" marker: ${line}`);
    }
    current.source += (current.source === "" ? "" : "\n") + line;
  }
  if (current) cells.push(current);
  return cells.map((c) => ({ ...c, source: String(c.source).replace(/\s+$/, "") }));
}

/**
 * Writes cells as the percent text form.
 *
 * @param nb a notebook
 * @returns the text
 */
export function toPercent(nb: Notebook): string {
  return nb.cells.map((c) => {
    const src = Array.isArray(c.source) ? c.source.join("") : c.source;
    return `// %%${c.cell_type === "markdown" ? " [markdown]" : ""}\n${src}\n`;
  }).join("\n");
}

if (import.meta.main) {
  try {
    await cli();
  } catch (e) {
    console.error(`nbtext: ${(e as Error).message}`);
    Deno.exit(1);
  }
}

async function cli(): Promise<void> {
  const [cmd, input, output] = Deno.args;
  if (cmd === "to-ipynb" && input && output) {
    const nb = notebookFromCells(parsePercent(await Deno.readTextFile(input)));
    await Deno.writeTextFile(output, JSON.stringify(nb, null, 1) + "\n");
  } else if (cmd === "to-text" && input) {
    console.log(toPercent(await readNotebook(input)));
  } else {
    console.error("usage: nbtext.ts to-ipynb IN.txt OUT.ipynb | to-text IN.ipynb");
    Deno.exit(2);
  }
}
