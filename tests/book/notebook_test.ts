import { fileURLToPath } from "node:url";
import { assert } from "../assert.ts";
import {
  cellText,
  CHAPTER_FILE,
  chapterLabel,
  executedProblems,
  joinOutputText,
  type Notebook,
  notebookFromCells,
  OUTPUT_TAG,
} from "../../lib/book/notebook.ts";
import { parsePercent, toPercent } from "../../tools/nbtext.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const committed = [...Deno.readDirSync(`${ROOT}notebooks`)]
  .filter((e) => e.name.endsWith(".ipynb") && !e.name.startsWith("_"))
  .map((e) => e.name)
  .sort();

// What git stores of each notebook (no outputs, the Deno kernel) is checked in
// committed_test.ts: the working copy may hold outputs a reader's Lab session saved.

Deno.test("every chapter opens with its title and what you will learn, and ends with self-checked exercises", () => {
  for (const name of committed) {
    assert.match(name, CHAPTER_FILE, `${name}: file name must be NN-slug.ipynb or NNx-slug.ipynb`);
    const nb: Notebook = JSON.parse(Deno.readTextFileSync(`${ROOT}notebooks/${name}`));
    const first = cellText(nb.cells[0]);
    assert.equal(nb.cells[0].cell_type, "markdown", `${name}: first cell must be Markdown`);
    assert.match(
      first,
      new RegExp(`^# ${chapterLabel(name)}\\. `),
      `${name}: title "# N. …"`,
    );
    assert.match(first, /what you will learn/i, `${name}: first cell says what you will learn`);
    const text = nb.cells.map(cellText).join("\n");
    assert.match(text, /^#+ .*Exercises?\b/m, `${name}: has an Exercises section`);
    assert.match(text, /checkAnswer\(/, `${name}: has a self-check cell`);
  }
});

function executed(outputsPerCell: number[]): Notebook {
  const nb = notebookFromCells(
    outputsPerCell.map((n, i) => ({
      cell_type: "code" as const,
      source: n >= 0 ? `await showText("${i}");` : `const x${i} = ${i};`,
    })),
  );
  nb.cells.forEach((c, i) => {
    const n = Math.max(0, outputsPerCell[i]);
    c.outputs = Array.from({ length: n }, () => ({
      output_type: "display_data",
      data: { "text/plain": "x" },
    }));
  });
  return nb;
}

Deno.test("detector: a displaying cell without output is caught", () => {
  assert.deepEqual(executedProblems(executed([1, -1, 1]), "a.ipynb"), []);
  assert.deepEqual(executedProblems(executed([1, -1, 0]), "a.ipynb"), [
    "a.ipynb: cell 3 should display something but has no output",
  ]);
});

Deno.test("detector: output landing on a cell that displays nothing is caught as misrouted", () => {
  const nb = executed([0, -1]);
  nb.cells[1].outputs = [{ output_type: "display_data", data: { "text/plain": "late" } }];
  const problems = executedProblems(nb, "b.ipynb");
  assert.ok(problems.includes("b.ipynb: cell 1 should display something but has no output"));
  assert.ok(problems.includes("b.ipynb: cell 2 displays nothing but received output (misrouted?)"));
});

Deno.test("detector: errors and stderr are reported with their text", () => {
  const nb = executed([1]);
  nb.cells[0].outputs!.push({ output_type: "error", ename: "RangeError", evalue: "p must lie" });
  nb.cells[0].outputs!.push({ output_type: "stream", name: "stderr", text: ["boom"] });
  assert.deepEqual(executedProblems(nb, "c.ipynb"), [
    "c.ipynb: cell 1 raised RangeError: p must lie",
    "c.ipynb: cell 1 wrote to stderr: boom",
  ]);
});

Deno.test("detector catches a removed output in a real executed chapter", () => {
  const path = `${ROOT}_build/executed/00-how-this-book-runs.ipynb`;
  let text: string;
  try {
    text = Deno.readTextFileSync(path);
  } catch {
    throw new Error(`${path} is missing: build the book first (npm run book)`);
  }
  const nb = joinOutputText(JSON.parse(text));
  assert.deepEqual(executedProblems(nb, "00"), [], "the built copy itself must be complete");
  assert.equal(typeof (nb.metadata.emergence as { outputs_sent: number }).outputs_sent, "number");
  const withOutput = nb.cells.map((c, i) => ({ c, i })).filter(({ c }) =>
    (c.outputs?.length ?? 0) > 0
  );
  assert.ok(withOutput.length >= 3);
  for (const { c, i } of withOutput) {
    const saved = c.outputs!;
    c.outputs = [];
    const problems = executedProblems(nb, "00");
    assert.ok(
      problems.includes(`00: cell ${i + 1} should display something but has no output`),
      problems.join("\n"),
    );
    assert.ok(problems.some((p) => /outputs but \d+ arrived/.test(p)), problems.join("\n"));
    c.outputs = saved;
  }
});

Deno.test("percent text form round-trips through ipynb", () => {
  const text = '// %% [markdown]\n# 1. T\n\ntext\n\n// %%\nconst a = 1;\nawait showText("a");\n';
  const cells = parsePercent(text);
  assert.deepEqual(cells.map((c) => c.cell_type), ["markdown", "code"]);
  const nb = notebookFromCells(cells);
  assert.deepEqual(parsePercent(toPercent(nb)).map(cellText), cells.map(cellText));
  assert.throws(() => parsePercent("stray\n// %%\nx"), /before the first/);
});

function tagged(cells: { cell: number; seq: number }[][], sent: number | null): Notebook {
  const nb = executed(cells.map((outs) => outs.length));
  nb.cells.forEach((c, i) => {
    c.outputs = cells[i].map((tag) => ({
      output_type: "display_data",
      data: { "text/plain": "x", [OUTPUT_TAG]: tag },
    }));
  });
  nb.metadata.emergence = { outputs_sent: sent };
  return nb;
}

Deno.test("detector: a lost output in a cell that still shows its other outputs is caught", () => {
  const ok = tagged([[{ cell: 1, seq: 1 }], [{ cell: 2, seq: 2 }, { cell: 2, seq: 3 }]], 3);
  assert.deepEqual(executedProblems(ok, "t"), []);
  // what a real build once produced: cell 2 sent two outputs, one never arrived
  const lost = tagged([[{ cell: 1, seq: 1 }], [{ cell: 2, seq: 3 }]], 3);
  assert.deepEqual(executedProblems(lost, "t"), [
    "t: output #2 is missing (next received is #3)",
    "t: the kernel sent 3 outputs but 2 arrived",
  ]);
  // the last output lost: only the kernel's count can tell
  const last = tagged([[{ cell: 1, seq: 1 }], [{ cell: 2, seq: 2 }]], 3);
  assert.deepEqual(executedProblems(last, "t"), ["t: the kernel sent 3 outputs but 2 arrived"]);
});

Deno.test("detector: an output on the wrong cell, or a lost closing count, is caught", () => {
  const moved = tagged([[{ cell: 1, seq: 1 }], [{ cell: 1, seq: 2 }, { cell: 2, seq: 3 }]], 3);
  assert.deepEqual(executedProblems(moved, "t"), [
    "t: cell 2 received output #2 sent by cell 1 (misrouted)",
  ]);
  const noCount = tagged([[{ cell: 1, seq: 1 }], [{ cell: 2, seq: 2 }]], null);
  assert.deepEqual(executedProblems(noCount, "t"), [
    "t: the kernel's closing output count was lost",
  ]);
});
