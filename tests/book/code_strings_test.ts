/**
 * Prose lives in Markdown cells: no code cell of any notebook holds more than 300 characters in
 * string literals (module specifiers such as `from "../lib/x.ts"` aside). A code cell may show a
 * computed number in a short sentence; paragraphs, captions and alt texts belong in Markdown
 * cells or with the figure's definition in `lib/figures/`.
 */
import { fileURLToPath } from "node:url";
import { assert } from "../assert.ts";
import { cellText, CHAPTER_FILE, type Notebook } from "../../lib/book/notebook.ts";
import { stringChars } from "../../lib/book/literals.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The most characters a code cell may hold in string literals. */
export const MAX_STRING_CHARS = 300;

/**
 * The code cells of a notebook whose string literals hold more than `limit` characters, each
 * as a message naming the notebook, the cell (1-based, as the build and nbtext count) and the
 * start of its source.
 *
 * @param nb the notebook
 * @param name its file name, for messages
 * @param limit the most characters allowed per cell
 * @returns one message per offending cell
 */
export function wordyCells(nb: Notebook, name: string, limit = MAX_STRING_CHARS): string[] {
  const found: string[] = [];
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type !== "code") return;
    const source = cellText(cell);
    let chars: number;
    try {
      chars = stringChars(source);
    } catch (e) {
      found.push(`${name} cell ${i + 1}: ${(e as Error).message}`);
      return;
    }
    if (chars > limit) {
      const start = source.slice(0, 60).replace(/\n/g, "⏎");
      found.push(
        `${name} cell ${i + 1}: ${chars} characters in strings (at most ${limit}): ${start}`,
      );
    }
  });
  return found;
}

const code = (...sources: string[]): Notebook => ({
  cells: sources.map((source) => ({ cell_type: "code", source })),
  metadata: {},
  nbformat: 4,
  nbformat_minor: 5,
});

Deno.test("detector: a paragraph in a template string is caught, with notebook, cell and start", () => {
  const paragraph = `await showMarkdown(\`${"word ".repeat(61)}\`);`; // 305 characters
  const nb = code('import { showMarkdown } from "../lib/book/display.ts";', paragraph);
  assert.deepEqual(wordyCells(nb, "01-x.ipynb"), [
    `01-x.ipynb cell 2: 305 characters in strings (at most 300): ${paragraph.slice(0, 60)}`,
  ]);
});

Deno.test("detector: 300 characters pass, split strings add up, import paths do not count", () => {
  const at = `show("${"x".repeat(150)}", '${"y".repeat(150)}');`;
  assert.deepEqual(wordyCells(code(at), "a.ipynb"), []);
  assert.equal(wordyCells(code(at.replace("xx", "xxx")), "a.ipynb").length, 1);
  const imports = Array.from({ length: 20 }, (_, k) => `import { f${k} } from "../lib/f${k}.ts";`);
  assert.deepEqual(wordyCells(code(imports.join("\n")), "a.ipynb"), []);
  const markdown: Notebook = {
    ...code(),
    cells: [{ cell_type: "markdown", source: "z".repeat(1000) }],
  };
  assert.deepEqual(wordyCells(markdown, "a.ipynb"), []);
});

Deno.test("detector: a cell the tokenizer cannot read is reported, not skipped", () => {
  assert.deepEqual(wordyCells(code('x;\nconst s = "open;'), "b.ipynb"), [
    "b.ipynb cell 1: string opened on line 2 is not closed on that line",
  ]);
});

Deno.test("no code cell of any notebook carries prose in strings (more than 300 characters)", () => {
  const names = [...Deno.readDirSync(`${ROOT}notebooks`)].map((e) => e.name)
    .filter((n) => CHAPTER_FILE.test(n)).sort(); // every chapter and appendix, no scratch copies
  assert.ok(names.length >= 20, `expected every notebook, found ${names.length}`);
  const problems = names.flatMap((name) =>
    wordyCells(JSON.parse(Deno.readTextFileSync(`${ROOT}notebooks/${name}`)), name)
  );
  assert.deepEqual(problems, []);
});
