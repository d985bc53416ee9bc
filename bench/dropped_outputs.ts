/**
 * How often does the Deno kernel lose a displayed output when a notebook runs headless, and
 * how much does waiting after each display help? Executes a synthetic notebook of figure cells
 * (the largest outputs the book sends: SVG + PNG) several times under each waiting policy, in
 * one run, and counts lost or misrouted outputs with the book's own detector.
 *
 *   deno run -A bench/dropped_outputs.ts [--cells 9] [--runs 25]
 *
 * Needs the project venv and kernelspec (bash tools/setup.sh).
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { executedProblems, type Notebook, notebookFromCells } from "../lib/book/notebook.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");
const { values } = parseArgs({
  args: Deno.args,
  options: { cells: { type: "string", default: "9" }, runs: { type: "string", default: "25" } },
});
const cells = Number(values.cells);
const runs = Number(values.runs);

const POLICIES: { name: string; ms: number }[] = [
  { name: "no wait", ms: -1 },
  { name: "one macrotask (default)", ms: 0 },
  { name: "10 ms", ms: 10 },
];

/**
 * A notebook shaped like a chapter: an import cell, then cells that alternate a table, a
 * figure (SVG + PNG, the largest output) and a Markdown verdict, each computing a little first.
 */
function syntheticNotebook(flushMs: number): Notebook {
  const kinds = [
    (i: number) => `await showTable(scaleRows(${1 + (i % 8)}).map((r) => ({ x: r.x, em: r.em })));`,
    (i: number) =>
      `await showFigure("fig-bench-${i}", starterFigure(starterCurves(${
        1 + (i % 8)
      }, 22, 1.5)), { caption: "bench", alt: "benchmark figure ${i}" });`,
    (i: number) => `await showMarkdown("**cell ${i}**: " + exactMatch(0.9, ${1 + (i % 20)}));`,
  ];
  return notebookFromCells([
    {
      cell_type: "code",
      source: [
        `void (globalThis.__emergenceFlushMs = ${flushMs});`,
        'import { showFigure, showMarkdown, showTable } from "../lib/book/display.ts";',
        'import { starterCurves } from "../lib/chapters/how-this-book-runs/curves.ts";',
        'import { starterFigure } from "../lib/chapters/how-this-book-runs/figures.ts";',
        'import { scaleRows } from "../lib/chapters/eight-scales/tables.ts";',
        'import { exactMatch } from "../lib/math/exact_match.ts";',
      ].join("\n"),
    },
    ...Array.from({ length: cells }, (_, i) => ({
      cell_type: "code" as const,
      source: kinds[i % kinds.length](i),
    })),
  ]);
}

const rows: string[] = [];
for (const policy of POLICIES) {
  let lost = 0;
  let notebooksWithLoss = 0;
  let seconds = 0;
  for (let r = 0; r < runs; r++) {
    const input = `${ROOT}/bench/_dropped-${Deno.pid}.ipynb`;
    const output = `${ROOT}/bench/_dropped-${Deno.pid}-out.ipynb`;
    await Deno.writeTextFile(input, JSON.stringify(syntheticNotebook(policy.ms)));
    const t0 = performance.now();
    const result = await new Deno.Command(`${ROOT}/.venv/bin/python`, {
      args: ["tools/execute_one.py", input, output],
      cwd: ROOT,
      env: { JUPYTER_PATH: `${ROOT}/.venv/share/jupyter`, NO_COLOR: "1" },
      stdout: "null",
      stderr: "piped",
    }).output();
    seconds += (performance.now() - t0) / 1000;
    if (!result.success) throw new Error(new TextDecoder().decode(result.stderr));
    const nb: Notebook = JSON.parse(await Deno.readTextFile(output));
    const problems = executedProblems(nb, "bench");
    // a gap in the running numbers names each lost output; a short count with no gap means
    // the last one was lost; misrouted outputs count too
    const gaps = problems.filter((p) => /is missing|misrouted/.test(p)).length;
    const short = problems.some((p) => /but \d+ arrived/.test(p));
    lost += gaps + (short && gaps === 0 ? 1 : 0);
    if (problems.length) notebooksWithLoss++;
    if (Deno.env.get("BENCH_VERBOSE")) console.error(problems.join("\n"));
    await Deno.remove(input);
    await Deno.remove(output);
  }
  const total = cells * runs;
  rows.push(
    `| ${policy.name} | ${lost} / ${total} (${
      (100 * lost / total).toFixed(1)
    } %) | ${notebooksWithLoss} / ${runs} | ${(seconds / runs).toFixed(2)} s |`,
  );
  console.error(`${policy.name}: ${lost} of ${total} outputs lost`);
}
console.log(
  `Dropped outputs: ${runs} runs × ${cells} displaying cells per policy (tables, figures, Markdown), Deno kernel via nbclient\n`,
);
console.log(
  "| wait after each display | outputs lost or misrouted | runs with a loss | time per run |",
);
console.log("|---|---|---|---|");
for (const r of rows) console.log(r);
