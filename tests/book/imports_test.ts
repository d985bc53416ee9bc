/**
 * A chapter reads like a lesson from its first cell: a handful of imports, not a wall of them.
 * Each numbered notebook's first code cell imports the book's helpers from `lib/book/mod.ts`
 * and its library from its own chapter's `lib/chapters/<slug>/mod.ts`, which lists, module by
 * module, where each name is defined and tested.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { cellText, type Notebook } from "../../lib/book/notebook.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const NOTEBOOK = /^(\d+)-(.+)\.ipynb$/;
const notebooks = [...Deno.readDirSync(`${ROOT}notebooks`)].map((e) => e.name)
  .filter((n) => NOTEBOOK.test(n)).sort();

/** The import statements of a cell's source, one string each. */
export function importStatements(src: string): string[] {
  return [...src.matchAll(/^import\s[\s\S]*?from\s+"([^"]+)";/gm)].map((m) => m[1]);
}

Deno.test("importStatements finds single- and multi-line imports", () => {
  const src = 'import { a } from "./a.ts";\nimport {\n  b,\n  c,\n} from "./b.ts";\nconst x = 1;';
  assert.deepEqual(importStatements(src), ["./a.ts", "./b.ts"]);
});

Deno.test("every chapter opens with at most three imports: the book's helpers and its own library", () => {
  assert.ok(notebooks.length >= 20, `only ${notebooks.length} notebooks found`);
  const problems: string[] = [];
  for (const name of notebooks) {
    const slug = NOTEBOOK.exec(name)![2];
    const nb: Notebook = JSON.parse(Deno.readTextFileSync(`${ROOT}notebooks/${name}`));
    const first = nb.cells.find((c) => c.cell_type === "code");
    if (!first) continue;
    const specs = importStatements(cellText(first));
    if (specs.length > 3) problems.push(`${name}: ${specs.length} imports in the first code cell`);
    for (const s of specs) {
      if (
        s.startsWith("../lib/") && s !== "../lib/book/mod.ts" &&
        s !== `../lib/chapters/${slug}/mod.ts`
      ) {
        problems.push(
          `${name}: first cell imports ${s}; use lib/book/mod.ts or lib/chapters/${slug}/mod.ts`,
        );
      }
    }
  }
  assert.deepEqual(problems, []);
});
