/**
 * Each exercise's wording lives in one place, `lib/chapters/<slug>/exercises.ts`: the chapter notebook
 * shows it with `await showExercise(exNN_M)` and never restates it. Predictions are written
 * before the code that reveals the result runs, and checked after it.
 */
import assert from "node:assert/strict";
import { loadExercises } from "../../tools/answers.ts";
import { cellText, type Notebook } from "../../lib/book/notebook.ts";

const ROOT = new URL("../../", import.meta.url);
const chapters = await loadExercises(ROOT);
const notebooks = [...Deno.readDirSync(new URL("notebooks/", ROOT))]
  .map((e) => e.name).filter((n) => /^\d\d[a-z]?-.*\.ipynb$/.test(n)).sort();

/** Exported constant name of each exercise id, read from the chapter's module source. */
function constNames(file: string): Map<string, string> {
  const text = Deno.readTextFileSync(new URL(file, ROOT));
  const out = new Map<string, string>();
  for (const m of text.matchAll(/export const (\w+): Exercise = \{\s*id: "([^"]+)"/g)) {
    out.set(m[2], m[1]);
  }
  return out;
}

/** Every run of `n` consecutive words of a text, lower-cased, for overlap checks. */
export function wordRuns(text: string, n: number): string[] {
  const words = text.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  const runs: string[] = [];
  for (let i = 0; i + n <= words.length; i++) runs.push(words.slice(i, i + n).join(" "));
  return runs;
}

for (const ch of chapters) {
  const name = notebooks.find((n) => n.endsWith(`-${ch.slug}.ipynb`));
  if (!name) continue;
  Deno.test(`${name}: shows every exercise from lib, restates none`, () => {
    const nb: Notebook = JSON.parse(Deno.readTextFileSync(new URL(`notebooks/${name}`, ROOT)));
    const texts = nb.cells.map(cellText);
    const names = constNames(ch.file);
    const joined = texts.join("\n").toLowerCase().replace(/\s+/g, " ");
    for (const ex of ch.exercises) {
      const c = names.get(ex.id);
      assert.ok(c, `${ch.file}: no exported constant for ${ex.id}`);
      const show = texts.findIndex((t) => t.includes(`showExercise(${c})`));
      assert.ok(show >= 0, `${name}: exercise ${ex.id} is not shown with showExercise(${c})`);
      for (const run of wordRuns(ex.question, 8)) {
        assert.ok(!joined.includes(run), `${name}: restates exercise ${ex.id}: "${run}"`);
      }
      const check = texts.findIndex((t, i) => i > show && t.includes(`checkAnswer(${c},`));
      if (ex.kind === "discuss") {
        assert.equal(check, -1, `${name}: discussion ${ex.id} has a self-check`);
        continue;
      }
      assert.ok(check > show, `${name}: exercise ${ex.id} has no checkAnswer cell after it`);
      if (ex.kind === "predict") {
        const v = /checkAnswer\(\w+, (\w+)\)/.exec(texts[check])?.[1];
        const pred = texts.findIndex((t) => t.includes(`const ${v} = undefined`));
        assert.ok(show < pred && pred < check - 1, `${name}: ${ex.id}: prediction, run, check`);
        const run = texts.slice(pred + 1, check);
        assert.ok(run.every((t) => !t.includes(`const ${v}`)), `${name}: ${ex.id} reassigned`);
      }
      if (ex.kind === "change-parameter") {
        const between = texts.slice(show + 1, check).join("\n");
        assert.ok(
          /\/\/ change to /.test(between) || /\bsandbox\b/.test(ex.question),
          `${name}: ${ex.id} names the value to change (in a cell, or in the sandbox)`,
        );
      }
    }
    nb.cells.forEach((c, i) => {
      if (c.cell_type !== "markdown") return;
      assert.ok(
        !/^\*\*\d+[a-z]?\.\d+\*\*/m.test(texts[i]),
        `${name}: cell ${i + 1} restates an exercise in Markdown`,
      );
    });
  });
}

Deno.test("wordRuns", () => {
  assert.deepEqual(wordRuns("A b  c\nd", 3), ["a b c", "b c d"]);
  assert.deepEqual(wordRuns("a b", 3), []);
});
