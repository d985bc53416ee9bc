/**
 * Alt texts state numbers; where the figure's data come from a library function, the numbers in
 * the committed alt text must agree with that function's values at the precision written.
 */
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { cellText, type Notebook } from "../../lib/book/notebook.ts";
import { lossFrontier } from "../../lib/chapters/loss-vs-capabilities/tables.ts";
import { HOFFMANN_2022 } from "../../lib/math/loss_law.ts";
import { scaleRows } from "../../lib/chapters/eight-scales/tables.ts";
import { elbowLogCompute } from "../../lib/math/elbow.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The source of the code cell that shows figure `id`, from a committed notebook. */
function figureCell(notebook: string, id: string): string {
  const nb: Notebook = JSON.parse(Deno.readTextFileSync(`${ROOT}notebooks/${notebook}.ipynb`));
  const cell = nb.cells.find((c) => c.cell_type === "code" && cellText(c).includes(`"${id}"`));
  if (!cell) throw new Error(`${notebook}: no cell shows ${id}`);
  // join string literals split over lines: "a " +\n    "b" → "a b"
  const src = cellText(cell).replace(/["`]\s*\+\s*\n\s*["`]/g, "");
  return src.slice(src.indexOf("alt:"));
}

/** Asserts that `text` contains `pattern` and that its captured number equals `value` when
 * rounded to the decimals written. */
function agrees(text: string, pattern: RegExp, value: number, what: string): void {
  const m = pattern.exec(text);
  assert.ok(m, `${what}: ${pattern} not found in the alt text`);
  const written = m[1];
  const decimals = written.includes(".") ? written.split(".")[1].length : 0;
  assert.equal(value.toFixed(decimals), written, `${what}: alt says ${written}, data ${value}`);
}

Deno.test("chapter 1 frontier: alt-text losses at 10^18 and 10^26 and the floor", () => {
  const alt = figureCell("01-loss-vs-capabilities", "fig-loss-frontier");
  const f = lossFrontier();
  agrees(alt, /from about (\d+(?:\.\d+)?) at 10\^18/, f[0].loss, "loss at 1e18");
  agrees(alt, /to about (\d+(?:\.\d+)?) at 10\^26/, f.at(-1)!.loss, "loss at 1e26");
  agrees(alt, /floor at (\d+(?:\.\d+)?)/, HOFFMANN_2022.E, "E");
});

Deno.test("chapter 4 scales: alt-text exact-match values for k = 4 and k = 20", () => {
  const r4 = scaleRows(4), r20 = scaleRows(20);
  const at = (rows: typeof r4, x: number) => rows.find((r) => r.x === x)!.em;
  const a4 = figureCell("04-eight-scales", "fig-scales-metrics");
  agrees(a4, /until 10\^22, where it is (\d+(?:\.\d+)?)/, at(r4, 22), "EM k=4 at 1e22");
  agrees(a4, /through (\d+(?:\.\d+)?) at 10\^23/, at(r4, 23), "EM k=4 at 1e23");
  agrees(a4, /to (\d+(?:\.\d+)?) at 10\^25/, at(r4, 25), "EM k=4 at 1e25");
  const a20 = figureCell("04-eight-scales", "fig-scales-metrics-k20");
  agrees(a20, /reaches (\d+(?:\.\d+)?) at 10\^23\.5/, at(r20, 23.5), "EM k=20 at 1e23.5");
  agrees(a20, /(\d+(?:\.\d+)?) at 10\^24 and/, at(r20, 24), "EM k=20 at 1e24");
  agrees(a20, /(\d+(?:\.\d+)?) at 10\^25/, at(r20, 25), "EM k=20 at 1e25");
});

Deno.test("chapter 3 elbows: alt-text crossing points of one half", () => {
  const alt = figureCell("03-sudden-jump-math", "fig-jump-elbows");
  for (const k of [4, 8, 20]) {
    agrees(
      alt,
      new RegExp(`k = ${k} at (\\d+(?:\\.\\d+)?)`),
      elbowLogCompute(k, 22, 1.5),
      `elbow k=${k}`,
    );
  }
});

Deno.test("chapter 6 ladder: alt-text per-token accuracy at the ends of the ladder", () => {
  const alt = figureCell("06-monte-carlo", "fig-sim-ladder-n1000");
  const p = (x: number) => 1 / (1 + Math.exp(-1.5 * (x - 22)));
  agrees(alt, /from about (\d+(?:\.\d+)?) at 1e19/, p(19), "p at 1e19");
  agrees(alt, /to (\d+(?:\.\d+)?) at ?\s*1e25/, p(25), "p at 1e25");
});

Deno.test("the alt-text check fails on a wrong number", () => {
  assert.throws(
    () => agrees("from about 3.2 at 10^18", /from about (\d+(?:\.\d+)?) at 10\^18/, 3.535, "x"),
    /alt says 3\.2, data 3\.535/,
  );
});
