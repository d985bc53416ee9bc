/**
 * Slide metadata for presenting the chapters with RISE inside JupyterLab, written into the
 * committed notebooks, which it also keeps in the exact form nbstripout (the notebooks' git
 * filter) writes, so that the filter changes nothing in them.
 *
 * The rule, the same for every chapter: a Markdown cell that opens with a `#` or `##` heading
 * starts a slide; every other cell is a subslide below it (one cell per screen, so a chart is
 * never pushed off the screen by the text before it); empty cells are skipped. The notebook's
 * `rise` metadata picks reveal.js's "white" theme (its fonts ship with RISE; the default
 * theme loads fonts from the network) and lets tall slides scroll.
 *
 *   deno run -A tools/slides.ts           write the metadata and the normal form
 *   deno run -A tools/slides.ts --check   list notebooks that are not up to date; exit 1 if any
 *
 * Running it twice changes nothing the second time.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { cellText, CHAPTER_FILE, type Notebook, type NotebookCell } from "../lib/book/notebook.ts";

/** RISE settings stored in each notebook's metadata. */
export const RISE_METADATA = { scroll: true, theme: "white", transition: "none" } as const;

/** The slide type of one cell, from its type and text. */
export type SlideType = "slide" | "subslide" | "fragment" | "skip" | "-";

/**
 * The slide type a cell gets.
 *
 * @param cell a notebook cell
 * @returns "slide" for a Markdown cell opening with a `#` or `##` heading, "skip" for an
 *   empty cell, "subslide" otherwise
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slideType } from "./slides.ts";
 * assert.equal(slideType({ cell_type: "markdown", source: "## Why\n\ntext" }), "slide");
 * assert.equal(slideType({ cell_type: "markdown", source: "### Detail" }), "subslide");
 * assert.equal(slideType({ cell_type: "code", source: "1 + 1" }), "subslide");
 * assert.equal(slideType({ cell_type: "code", source: "  \n" }), "skip");
 * ```
 */
export function slideType(cell: Pick<NotebookCell, "cell_type" | "source">): SlideType {
  const text = cellText(cell);
  if (text.trim() === "") return "skip";
  if (cell.cell_type === "markdown" && /^#{1,2} \S/.test(text.trimStart())) return "slide";
  return "subslide";
}

/**
 * Splits text into lines the way Python's `str.splitlines(keepends=True)` does, which is how
 * nbformat stores a cell's source.
 *
 * @param text any text
 * @returns the lines, each with its line break; `[]` for empty text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { splitLines } from "./slides.ts";
 * assert.deepEqual(splitLines("a\nb\r\nc"), ["a\n", "b\r\n", "c"]);
 * assert.deepEqual(splitLines(""), []);
 * ```
 */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  // deno-lint-ignore no-control-regex -- Python splits at these separators too
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push(text.slice(last, m.index! + m[0].length));
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => [k, sortKeys(o[k])]),
    );
  }
  return value;
}

/**
 * Serialises a notebook as nbformat (and so nbstripout) writes it: keys sorted, one-space
 * indent, sources as lists of lines, non-ASCII characters kept, a final newline.
 *
 * @param nb a notebook
 * @returns the file's text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { normalForm } from "./slides.ts";
 * const nb = { cells: [{ cell_type: "markdown" as const, id: "a", metadata: {}, source: "# T\nx" }],
 *   metadata: {}, nbformat: 4, nbformat_minor: 5 };
 * assert.ok(normalForm(nb).includes('"source": [\n    "# T\\n",\n    "x"\n   ]'));
 * assert.ok(normalForm(nb).endsWith("}\n"));
 * ```
 */
export function normalForm(nb: Notebook): string {
  const copy = structuredClone(nb);
  for (const cell of copy.cells) cell.source = splitLines(cellText(cell));
  return JSON.stringify(sortKeys(copy), null, 1) + "\n";
}

/**
 * Adds the slide metadata to a notebook (a copy; the input is not changed).
 *
 * @param nb a committed notebook
 * @returns the notebook with `slideshow.slide_type` on every cell, `rise` settings, and a
 *   fixed id on every cell that had none
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { withSlides } from "./slides.ts";
 * const nb = withSlides({ cells: [{ cell_type: "markdown", source: "# T", metadata: {} }],
 *   metadata: {}, nbformat: 4, nbformat_minor: 5 });
 * assert.deepEqual(nb.cells[0].metadata, { slideshow: { slide_type: "slide" } });
 * ```
 */
export function withSlides(nb: Notebook): Notebook {
  const out = structuredClone(nb);
  // A cell without an id would get a random one from nbformat (and so from the git filter)
  // on every save: give it a fixed one, "cell-NN" by position, unless that is taken.
  const taken = new Set(out.cells.map((c) => (c as { id?: string }).id).filter(Boolean));
  out.cells.forEach((cell, i) => {
    const c = cell as { id?: string };
    if (c.id) return;
    let id = `cell-${String(i + 1).padStart(2, "0")}`;
    for (let n = 2; taken.has(id); n++) id = `cell-${String(i + 1).padStart(2, "0")}-${n}`;
    taken.add(id);
    c.id = id;
  });
  for (const cell of out.cells) {
    const meta = (cell.metadata ?? {}) as Record<string, unknown>;
    cell.metadata = { ...meta, slideshow: { slide_type: slideType(cell) } };
  }
  out.metadata = { ...out.metadata, rise: { ...RISE_METADATA } };
  return out;
}

/**
 * The committed notebooks, sorted.
 *
 * @param dir the notebooks folder
 * @returns file names `NN-name.ipynb` (and `NNb-name.ipynb`)
 */
export function chapterFiles(dir: string): string[] {
  return [...Deno.readDirSync(dir)].map((e) => e.name)
    .filter((n) => CHAPTER_FILE.test(n)).sort();
}

if (import.meta.main) {
  const check = Deno.args.includes("--check");
  const unknown = Deno.args.filter((a) => a !== "--check");
  if (unknown.length) {
    console.error(`usage: deno run -A tools/slides.ts [--check] (unknown: ${unknown.join(" ")})`);
    Deno.exit(2);
  }
  const dir = fileURLToPath(new URL("../notebooks/", import.meta.url));
  const stale: string[] = [];
  for (const name of chapterFiles(dir)) {
    const path = `${dir}${name}`;
    const text = Deno.readTextFileSync(path);
    let nb: Notebook;
    try {
      nb = JSON.parse(text);
    } catch (err) {
      throw new Error(`notebooks/${name} is not valid JSON: ${(err as Error).message}`);
    }
    const want = normalForm(withSlides(nb));
    if (want === text) continue;
    stale.push(name);
    if (!check) Deno.writeTextFileSync(path, want);
  }
  if (check) {
    if (stale.length) {
      console.error(
        `slide metadata or normal form out of date in: ${stale.join(", ")}\n` +
          "run: deno run -A tools/slides.ts",
      );
      Deno.exit(1);
    }
    console.log("slides: every notebook is up to date");
  } else {
    console.log(`slides: wrote ${stale.length} notebook(s)`);
  }
}
