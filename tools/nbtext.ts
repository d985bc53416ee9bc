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
  const [cmd, input, output] = Deno.args;
  if (cmd === "to-ipynb" && input && output) {
    const nb = notebookFromCells(parsePercent(await Deno.readTextFile(input)));
    await Deno.writeTextFile(output, JSON.stringify(nb, null, 1) + "\n");
  } else if (cmd === "to-text" && input) {
    console.log(toPercent(JSON.parse(await Deno.readTextFile(input))));
  } else {
    console.error("usage: nbtext.ts to-ipynb IN.txt OUT.ipynb | to-text IN.ipynb");
    Deno.exit(2);
  }
}
