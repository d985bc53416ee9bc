/**
 * Chapter 1 figures: the smooth Chinchilla loss frontier, and the often-quoted "first model" compute
 * next to the papers' values.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { label, LIGHT_GREY, OKABE_ITO, REFERENCE_GREY } from "../../figures/style.ts";
import type { PlotPoint } from "../../figures/point.ts";
import type { RunLoss } from "./tables.ts";
import type { FirstEmergenceRow } from "../../data/first_emergence.ts";
import { maxOf } from "../../math/extent.ts";

/**
 * Predicted loss along the compute-optimal frontier (solid), the irreducible floor E (dotted),
 * and three published runs as labelled dots.
 *
 * @param frontier output of `lossFrontier` (one series, its name the curve's label)
 * @param runs output of `runLosses`
 * @param floor the irreducible loss E
 * @returns a Plot SVG element
 * @throws {Error} if the frontier is empty
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lossFrontier, runLosses } from "./tables.ts";
 * import { lossFrontierFigure } from "./figures.ts";
 * const el = lossFrontierFigure(lossFrontier(), runLosses(), 1.69);
 * assert.ok(el.outerHTML.includes("Chinchilla"));
 * ```
 */
export function lossFrontierFigure(
  frontier: readonly PlotPoint[],
  runs: readonly RunLoss[],
  floor: number,
): SVGSVGElement {
  if (frontier.length === 0) throw new Error("lossFrontierFigure: empty frontier");
  // The y axis spans the whole curve (it starts above 3.5 at 10^18 FLOPs) and the floor.
  const top =
    Math.ceil(Math.max(maxOf(frontier.map((f) => f.y)), maxOf(runs.map((r) => r.loss))) * 5) /
    5;
  const bottom = Math.floor((floor - 0.1) * 5) / 5;
  // The first two runs sit just above the curve: labels above-left and above-right; the last
  // lies on it: label below-left, where the falling curve is higher, not lower.
  const place = [
    { textAnchor: "end" as const, dx: -7, dy: -12 },
    { textAnchor: "start" as const, dx: 7, dy: -12 },
    { textAnchor: "end" as const, dx: -8, dy: 16 },
  ];
  return plot({
    marginRight: 30,
    marginLeft: 50,
    x: { label: "log10 training compute C (FLOPs) →", grid: true },
    y: { label: "↑ predicted loss (nats per token)", grid: true, domain: [bottom, top] },
    marks: [
      Plot.ruleY([floor], { strokeDasharray: "2,3", stroke: REFERENCE_GREY }),
      label([{ x: frontier[0].x, y: floor }], {
        x: "x",
        y: "y",
        text: () => `irreducible loss E = ${floor}`,
        dy: -9,
      }),
      Plot.line(frontier, { x: "x", y: "y", strokeWidth: 2.5, stroke: OKABE_ITO.black }),
      label([frontier[Math.floor(frontier.length * 0.25)]], {
        x: "x",
        y: "y",
        text: "series",
        dx: 10,
        dy: -12,
      }),
      Plot.dot(runs, { x: "x", y: "loss", r: 4, fill: OKABE_ITO.vermillion, stroke: "#000" }),
      ...runs.map((r, i) => label([r], { x: "x", y: "loss", text: "model", ...place[i % 3] })),
    ],
  });
}

/**
 * The quoted compute for each task (open square, or a bar for a range) against the papers'
 * values (filled dots labelled with the model), on log10 compute. Tasks are rows.
 *
 * @param rows rows of `data/first-emergence.csv`
 * @returns a Plot SVG element
 * @throws {Error} if there are no rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadFirstEmergence } from "../../data/first_emergence.ts";
 * import { lossFirstEmergenceFigure } from "./figures.ts";
 * const el = lossFirstEmergenceFigure(loadFirstEmergence());
 * assert.ok(el.outerHTML.includes("FLAN"));
 * ```
 */
export function lossFirstEmergenceFigure(rows: readonly FirstEmergenceRow[]): SVGSVGElement {
  if (rows.length === 0) throw new Error("lossFirstEmergenceFigure: no rows");
  const seen = new Set<number>();
  const quoted = rows.filter((r) => !seen.has(r.quoted_row) && seen.add(r.quoted_row)).map((r) => ({
    task: `${r.quoted_row}. ${r.quoted_task}`,
    lo: Math.log10(r.quoted_flops_low),
    hi: Math.log10(r.quoted_flops_high),
  }));
  const perTask = new Map<number, number>();
  const paper = rows.filter((r) => r.paper_flops !== null).map((r) => {
    const j = perTask.get(r.quoted_row) ?? 0;
    perTask.set(r.quoted_row, j + 1);
    return {
      task: `${r.quoted_row}. ${r.quoted_task}`,
      x: Math.log10(r.paper_flops as number),
      label: `${r.paper_model} ${r.paper_params_b}B`,
      dy: j === 1 ? 15 : -12,
      dx: j === 0 ? 6 : j === 2 ? -6 : 0,
      anchor: j === 0 ? "end" : j === 2 ? "start" : "middle",
    };
  });
  return plot({
    width: 800,
    height: 400,
    marginTop: 48,
    marginLeft: 330,
    marginRight: 20,
    x: { label: "log10 training compute (FLOPs) →", grid: true, domain: [22, 25.3] },
    y: { label: null, domain: quoted.map((s) => s.task) },
    marks: [
      Plot.ruleY(quoted, { y: "task", x1: "lo", x2: "hi", strokeWidth: 7, stroke: LIGHT_GREY }),
      Plot.dot(quoted, {
        y: "task",
        x: "lo",
        symbol: "square",
        r: 5,
        stroke: "#000",
        fill: "white",
      }),
      Plot.dot(quoted, {
        y: "task",
        x: "hi",
        symbol: "square",
        r: 5,
        stroke: "#000",
        fill: "white",
      }),
      Plot.dot(paper, { y: "task", x: "x", r: 4.5, fill: OKABE_ITO.blue, stroke: "#000" }),
      ...paper.map((q) =>
        Plot.text([q], {
          y: "task",
          x: "x",
          text: "label",
          dy: q.dy,
          dx: q.dx,
          textAnchor: q.anchor as "start" | "middle" | "end",
        })
      ),
      // The key sits above the plot, clear of the rows.
      Plot.text(["● paper's compute   □ quoted compute (grey bar: a range)"], {
        text: (d: string) => d,
        frameAnchor: "top-right",
        dy: -22,
        textAnchor: "end",
      }),
    ],
  });
}
