/**
 * The notebook file format as the book uses it (nbformat 4.5, Deno kernel), and the checks
 * the build and the tests run on notebooks: committed copies carry no outputs; executed
 * copies carry every output their cells promise.
 *
 * @module
 */

/** One cell of an nbformat-4 notebook (the fields the book uses). */
export interface NotebookCell {
  /** `"code"`, `"markdown"` or `"raw"` */
  cell_type: "code" | "markdown" | "raw";
  /** cell text (a string, or lines as nbformat allows) */
  source: string | string[];
  /** cell id (nbformat 4.5) */
  id?: string;
  /** cell metadata */
  metadata?: Record<string, unknown>;
  /** outputs of a code cell */
  outputs?: NotebookOutput[];
  /** execution count of a code cell */
  execution_count?: number | null;
}

/** One output of a code cell. */
export interface NotebookOutput {
  /** `"display_data"`, `"execute_result"`, `"stream"` or `"error"` */
  output_type: string;
  /** MIME bundle for display outputs */
  data?: Record<string, unknown>;
  /** stream name */
  name?: string;
  /** stream text */
  text?: string | string[];
  /** error name */
  ename?: string;
  /** error value */
  evalue?: string;
  /** any other nbformat field, kept as read */
  [key: string]: unknown;
}

/** An nbformat-4 notebook. */
export interface Notebook {
  /** cells in order */
  cells: NotebookCell[];
  /** notebook metadata (kernelspec, language_info) */
  metadata: Record<string, unknown>;
  /** 4 */
  nbformat: number;
  /** 5 */
  nbformat_minor: number;
}

/** The kernelspec every book notebook names. */
export const KERNELSPEC = { display_name: "Deno", language: "typescript", name: "deno" };

/**
 * Joins a cell's source into one string.
 *
 * @param cell a cell
 * @returns its text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cellText } from "./notebook.ts";
 * assert.ok(cellText({ source: ["a\n", "b"] }) === "a\nb");
 * ```
 */
export function cellText(cell: Pick<NotebookCell, "source">): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/**
 * Builds a committed-form notebook (no outputs) from cells, with stable cell ids derived from
 * the cell position so rebuilding the file gives the same bytes.
 *
 * @param cells cells with type and source
 * @returns the notebook
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { notebookFromCells } from "./notebook.ts";
 * const nb = notebookFromCells([{ cell_type: "markdown", source: "# Hi" }]);
 * assert.ok(nb.cells[0].id === "cell-01");
 * ```
 */
export function notebookFromCells(cells: NotebookCell[]): Notebook {
  return {
    cells: cells.map((c, i) => {
      const id = `cell-${String(i + 1).padStart(2, "0")}`;
      const source = cellText(c);
      return c.cell_type === "code"
        ? { cell_type: "code", execution_count: null, id, metadata: {}, outputs: [], source }
        : { cell_type: c.cell_type, id, metadata: {}, source };
    }),
    metadata: {
      kernelspec: KERNELSPEC,
      language_info: {
        codemirror_mode: "typescript",
        file_extension: ".ts",
        mimetype: "text/x.typescript",
        name: "typescript",
        nbconvert_exporter: "script",
        pygments_lexer: "typescript",
      },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/** Calls that display something; a code cell containing one must produce output. */
export const DISPLAY_CALL =
  /\b(showFigure|showTable|showMarkdown|showText|showHtml|displayBundle|checkAnswer|show[A-Z]\w*)\s*\(/;

/**
 * Problems in a committed notebook: outputs or execution counts left in, wrong kernel.
 *
 * @param nb the parsed notebook
 * @param name file name for messages
 * @returns one message per problem (empty when clean)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { committedProblems, notebookFromCells } from "./notebook.ts";
 * const nb = notebookFromCells([{ cell_type: "code", source: "1" }]);
 * assert.ok(committedProblems(nb, "x.ipynb").length === 0);
 * ```
 */
export function committedProblems(nb: Notebook, name: string): string[] {
  const problems: string[] = [];
  if ((nb.metadata?.kernelspec as { name?: string } | undefined)?.name !== KERNELSPEC.name) {
    problems.push(`${name}: kernelspec name must be "${KERNELSPEC.name}"`);
  }
  nb.cells.forEach((c, i) => {
    if (c.cell_type !== "code") return;
    if ((c.outputs?.length ?? 0) > 0) {
      problems.push(`${name}: cell ${i + 1} has ${c.outputs!.length} output(s) committed`);
    }
    if (c.execution_count !== null && c.execution_count !== undefined) {
      problems.push(`${name}: cell ${i + 1} has execution_count ${c.execution_count}`);
    }
  });
  return problems;
}

/** MIME type of the per-output tag written by `lib/book/display.ts` during a book build. */
export const OUTPUT_TAG = "application/vnd.emergence.output+json";

/**
 * Problems in an executed notebook: error outputs, a displaying cell with no output, or a
 * non-displaying cell that received output (a misrouted output from the kernel race).
 *
 * When the notebook was executed by the book build, every output carries a tag (the cell that
 * sent it and a running number) and the metadata holds how many outputs were sent. Then the
 * check is exact: each tagged output must sit on the cell that sent it, the running numbers
 * must be 1, 2, …, N with none missing, and N must equal the count the kernel reported. This
 * catches a lost output even in a cell that still shows its other outputs.
 *
 * @param nb the executed notebook
 * @param name file name for messages
 * @returns one message per problem (empty when every cell has what it should)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { executedProblems, notebookFromCells } from "./notebook.ts";
 * const nb = notebookFromCells([{ cell_type: "code", source: 'await showText("x")' }]);
 * assert.ok(executedProblems(nb, "x.ipynb")[0].includes("no output"));
 * ```
 */
export function executedProblems(nb: Notebook, name: string): string[] {
  const problems: string[] = [];
  const seqs: number[] = [];
  nb.cells.forEach((c, i) => {
    if (c.cell_type !== "code") return;
    const outputs = c.outputs ?? [];
    const label = `${name}: cell ${i + 1}`;
    for (const o of outputs) {
      if (o.output_type === "error") {
        problems.push(`${label} raised ${o.ename}: ${o.evalue}`);
      }
      if (o.output_type === "stream" && o.name === "stderr") {
        const text = Array.isArray(o.text) ? o.text.join("") : o.text ?? "";
        problems.push(`${label} wrote to stderr: ${text.slice(0, 200)}`);
      }
      const tag = o.data?.[OUTPUT_TAG] as { cell: number; seq: number } | undefined;
      if (tag) {
        seqs.push(tag.seq);
        if (tag.cell !== i + 1) {
          problems.push(
            `${label} received output #${tag.seq} sent by cell ${tag.cell} (misrouted)`,
          );
        }
      }
    }
    const src = cellText(c);
    const displays = DISPLAY_CALL.test(src) || /\bconsole\.log\s*\(/.test(src);
    if (displays && outputs.length === 0) {
      problems.push(`${label} should display something but has no output`);
    }
    if (!displays && outputs.some((o) => o.output_type !== "error")) {
      problems.push(`${label} displays nothing but received output (misrouted?)`);
    }
  });
  const meta = nb.metadata?.emergence as { outputs_sent?: number | null } | undefined;
  if (meta) {
    if (typeof meta.outputs_sent !== "number") {
      problems.push(`${name}: the kernel's closing output count was lost`);
    } else {
      seqs.forEach((seq, j) => {
        if (seq !== j + 1 && (j === 0 || seqs[j - 1] !== seq - 1)) {
          problems.push(`${name}: output #${j + 1} is missing (next received is #${seq})`);
        }
      });
      if (seqs.length !== meta.outputs_sent) {
        problems.push(
          `${name}: the kernel sent ${meta.outputs_sent} outputs but ${seqs.length} arrived`,
        );
      }
    }
  }
  return problems;
}

/**
 * Joins multi-line MIME values (nbformat stores text as a list of lines) so every
 * `data[mime]` and stream `text` is one string. Mutates and returns the notebook.
 *
 * @param nb a parsed notebook
 * @returns the same notebook, normalized
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { joinOutputText, type Notebook } from "./notebook.ts";
 * const nb: Notebook = {
 *   cells: [{ cell_type: "code", source: "", outputs: [{ output_type: "display_data", data: { "text/plain": ["a\n", "b"] } }] }],
 *   metadata: {}, nbformat: 4, nbformat_minor: 5,
 * };
 * assert.equal(joinOutputText(nb).cells[0].outputs![0].data!["text/plain"], "a\nb");
 * ```
 */
export function joinOutputText(nb: Notebook): Notebook {
  for (const c of nb.cells) {
    for (const o of c.outputs ?? []) {
      if (Array.isArray(o.text)) o.text = o.text.join("");
      for (const [k, v] of Object.entries(o.data ?? {})) {
        if (Array.isArray(v) && v.every((x) => typeof x === "string")) o.data![k] = v.join("");
      }
    }
  }
  return nb;
}

/**
 * File names of the book's chapters: two digits, an optional lowercase letter for a chapter
 * inserted after an existing one (`09b-…`), a dash and a slug.
 */
export const CHAPTER_FILE = /^\d\d[a-z]?-[a-z0-9-]+\.ipynb$/;

/**
 * The chapter label of a notebook file or stem: its number without the leading zero, plus the
 * letter of an inserted chapter ("09b-open-models" → "9b", "10-model-ladder" → "10"). Labels
 * sort like the file names.
 *
 * @param name file name or stem
 * @returns the label
 * @throws {Error} if the name does not start with a chapter prefix
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chapterLabel } from "./notebook.ts";
 * assert.equal(chapterLabel("09b-open-models.ipynb"), "9b");
 * assert.equal(chapterLabel("10-model-ladder"), "10");
 * ```
 */
export function chapterLabel(name: string): string {
  const m = /^(\d\d)([a-z]?)-/.exec(name);
  if (!m) {
    throw new Error(`${JSON.stringify(name)} is not a chapter file name (NN-slug or NNx-slug)`);
  }
  return `${Number(m[1])}${m[2]}`;
}
