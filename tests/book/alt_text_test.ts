/**
 * Alt texts state numbers. Each figure's caption and alt text come from a text function beside
 * the figure (in `lib/chapters/<slug>/figures.ts`), computed from the figure's inputs; the chapter's figure cell
 * must use that function, and the numbers it writes must agree with the library's values at
 * the precision written.
 */
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { cellText, type Notebook } from "../../lib/book/notebook.ts";
import { lossFrontier, runLosses } from "../../lib/chapters/loss-vs-capabilities/tables.ts";
import { HOFFMANN_2022 } from "../../lib/math/loss_law.ts";
import { scaleRows } from "../../lib/chapters/eight-scales/tables.ts";
import { elbowLogCompute } from "../../lib/math/elbow.ts";
import { lossFrontierText } from "../../lib/chapters/loss-vs-capabilities/figure_text.ts";
import { scalesMetricsText } from "../../lib/chapters/eight-scales/figure_text.ts";
import { jumpElbowText } from "../../lib/chapters/sudden-jump-math/figure_text.ts";
import { chainLadderText } from "../../lib/chapters/monte-carlo/figure_text.ts";
import { simulateChain } from "../../lib/sim/chain_simulation.ts";
import { contrastCurves, summariseCurve } from "../../lib/chapters/real-vs-apparent/curves.ts";
import { contrastText } from "../../lib/chapters/real-vs-apparent/figure_text.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Asserts that the code cell showing figure `id` takes its words from `textFunction`. */
function usesText(
  notebook: string,
  id: string,
  textFunction: string,
  nb: Notebook = JSON.parse(Deno.readTextFileSync(`${ROOT}notebooks/${notebook}.ipynb`)),
): void {
  const cell = nb.cells.find((c) => c.cell_type === "code" && cellText(c).includes(`"${id}"`));
  assert.ok(cell, `${notebook}: no cell shows ${id}`);
  assert.ok(
    cellText(cell).includes(`${textFunction}(`),
    `${notebook}: the cell showing ${id} does not take its caption and alt text from ${textFunction}`,
  );
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
  usesText("01-loss-vs-capabilities", "fig-loss-frontier", "lossFrontierText");
  const f = lossFrontier();
  const { alt } = lossFrontierText(f, runLosses(), HOFFMANN_2022.E);
  agrees(alt, /from about (\d+(?:\.\d+)?) at 10\^18/, f[0].y, "loss at 1e18");
  agrees(alt, /to about (\d+(?:\.\d+)?) at 10\^26/, f.at(-1)!.y, "loss at 1e26");
  agrees(alt, /floor at (\d+(?:\.\d+)?)/, HOFFMANN_2022.E, "E");
});

Deno.test("chapter 4 scales: alt-text exact-match values for k = 4 and k = 20", () => {
  const r4 = scaleRows(4), r20 = scaleRows(20);
  const at = (rows: typeof r4, x: number) => rows.find((r) => r.x === x)!.em;
  usesText("04-eight-scales", "fig-scales-metrics", "scalesMetricsText");
  usesText("04-eight-scales", "fig-scales-metrics-k20", "scalesMetricsText");
  const a4 = scalesMetricsText(r4, 4).alt;
  agrees(a4, /until 10\^22, where it is (\d+(?:\.\d+)?)/, at(r4, 22), "EM k=4 at 1e22");
  agrees(a4, /through (\d+(?:\.\d+)?) at 10\^23/, at(r4, 23), "EM k=4 at 1e23");
  agrees(a4, /to (\d+(?:\.\d+)?) at 10\^25/, at(r4, 25), "EM k=4 at 1e25");
  const a20 = scalesMetricsText(r20, 20, 4).alt;
  agrees(a20, /reaches (\d+(?:\.\d+)?) at 10\^23\.5/, at(r20, 23.5), "EM k=20 at 1e23.5");
  agrees(a20, /(\d+(?:\.\d+)?) at 10\^24 and/, at(r20, 24), "EM k=20 at 1e24");
  agrees(a20, /(\d+(?:\.\d+)?) at 10\^25/, at(r20, 25), "EM k=20 at 1e25");
});

Deno.test("chapter 3 elbows: alt-text crossing points of one half", () => {
  usesText("03-sudden-jump-math", "fig-jump-elbows", "jumpElbowText");
  const { alt } = jumpElbowText([1, 4, 8, 20], 22, 1.5);
  for (const k of [4, 8, 20]) {
    agrees(
      alt,
      new RegExp(`k = ${k} at (\\d+(?:\\.\\d+)?)`),
      elbowLogCompute(k, 22, 1.5),
      `elbow k=${k}`,
    );
  }
});

Deno.test("chapter 5 ladder: alt-text per-token accuracy at the ends of the ladder", () => {
  usesText("05-monte-carlo", "fig-sim-ladder-n1000", "chainLadderText");
  const sim = { xs: [19, 20, 21, 22, 23, 24, 25], x0: 22, s: 1.5, k: 8, n: 1000, seed: 2026 };
  const { alt } = chainLadderText(simulateChain(sim), sim);
  const p = (x: number) => 1 / (1 + Math.exp(-1.5 * (x - 22)));
  agrees(alt, /from about (\d+(?:\.\d+)?) at 1e19/, p(19), "p at 1e19");
  agrees(alt, /to (\d+(?:\.\d+)?) at ?\s*1e25/, p(25), "p at 1e25");
});

Deno.test("chapter 11 contrast: alt-text values of both log-likelihood curves", () => {
  usesText("11-real-vs-apparent", "fig-real-vs-apparent", "contrastText");
  const pts = contrastCurves();
  const { alt } = contrastText(pts);
  const smooth = summariseCurve(pts, "metric-driven", "log-likelihood per token");
  const shift = summariseCurve(pts, "strategy shift", "log-likelihood per token");
  const em = summariseCurve(pts, "strategy shift", "exact match");
  agrees(
    alt,
    /rises without a dip from (\d+(?:\.\d+)?) at 18/,
    smooth.first.value,
    "LL left at 18",
  );
  agrees(alt, /falls from (\d+(?:\.\d+)?) at 18/, shift.first.value, "LL right at 18");
  agrees(alt, /to its lowest, (\d+(?:\.\d+)?) at/, shift.lowest.value, "LL right, lowest");
  agrees(alt, /to its lowest, \d+\.\d+ at (\d+(?:\.\d+)?)/, shift.lowest.x, "where lowest");
  agrees(alt, /then rises to (\d+(?:\.\d+)?) at 26/, shift.last.value, "LL right at 26");
  agrees(alt, /crosses 0\.5 at (\d+(?:\.\d+)?) and reaches 0\.59/, em.half!.x, "EM right ½");
});

Deno.test("the alt-text check fails on a wrong number", () => {
  assert.throws(
    () => agrees("from about 3.2 at 10^18", /from about (\d+(?:\.\d+)?) at 10\^18/, 3.535, "x"),
    /alt says 3\.2, data 3\.535/,
  );
});

Deno.test("the check fails on a figure cell that writes its own alt text", () => {
  const nb: Notebook = {
    cells: [{
      cell_type: "code",
      source: 'await showFigure("fig-x", xFigure(), { caption: "c", alt: "a" });',
    }],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  };
  assert.throws(() => usesText("nb", "fig-x", "xText", nb), /does not take its caption/);
  assert.throws(() => usesText("nb", "fig-y", "xText", nb), /no cell shows fig-y/);
});
