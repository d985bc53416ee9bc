/**
 * Figure for the planning chapter: where three-rung ladders put the elbow, by ladder position
 * and fitted signal.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { OKABE_ITO } from "../../figures/style.ts";
import type { LadderStudyRow } from "../../sim/ladder_experiment.ts";
import { maxOf, minOf } from "../../math/extent.ts";

/** A row label for the chart: ladder position and signal. */
function rowLabel(r: LadderStudyRow): string {
  const pos = r.offset === 0
    ? "top rung at elbow"
    : `top rung ${Math.abs(r.offset)} dec ${r.offset < 0 ? "below" : "above"}`;
  return `${pos} · ${r.signal === "exact-match" ? "EM fit" : "per-token fit"}`;
}

/**
 * Interval chart of the predicted elbow: for each (ladder position, signal) a horizontal rule
 * from the 5th to the 95th percentile and a dot at the median; exact-match fits dashed,
 * per-token fits solid; a text at the right of each row says how many replicates located the
 * elbow; a vertical rule marks the true elbow.
 *
 * @param rows output of `ladderStudy`
 * @returns a Plot SVG element
 * @throws {Error} if rows is empty
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderStudy } from "../../sim/ladder_experiment.ts";
 * import { planningSpreadFigure } from "./figures.ts";
 * const el = planningSpreadFigure(ladderStudy({ x0: 22, s: 1.5, k: 8 }, [-2, 0], 200, 4, 1));
 * assert.ok(el.outerHTML.includes("stroke-dasharray") && el.outerHTML.includes("located"));
 * ```
 */
export function planningSpreadFigure(rows: readonly LadderStudyRow[]): SVGSVGElement {
  if (rows.length === 0) throw new Error("planningSpreadFigure: no rows");
  const data = rows.map((r) => ({
    label: rowLabel(r),
    signal: r.signal,
    p05: r.p05,
    p95: r.p95,
    median: r.median,
    note: r.located === 0
      ? `located 0/${r.replicates}: cannot locate`
      : `located ${r.located}/${r.replicates}`,
  }));
  const located = data.filter((d) => d.median !== null);
  const truth = rows[0].trueElbow;
  const xs = located.flatMap((d) => [d.p05!, d.p95!]).concat([truth]);
  const lo = Math.floor(minOf(xs) - 0.3);
  const hi = Math.ceil(maxOf(xs) + 0.3);
  return plot({
    height: 60 + 28 * rows.length,
    marginLeft: 230,
    marginRight: 190,
    x: { label: "predicted elbow, log10 training FLOPs (EM = ½) →", domain: [lo, hi], grid: true },
    y: { label: null, domain: data.map((d) => d.label) },
    marks: [
      Plot.ruleX([truth], { strokeWidth: 1.5, stroke: "black" }),
      Plot.text([{ x: truth, label: data[0].label }], {
        x: "x",
        y: "label",
        text: () => `true elbow ${truth.toFixed(2)}`,
        dy: -14,
        dx: 5,
        textAnchor: "start",
      }),
      Plot.ruleY(located.filter((d) => d.signal === "exact-match"), {
        y: "label",
        x1: "p05",
        x2: "p95",
        strokeWidth: 2.5,
        strokeDasharray: "5,3",
        stroke: OKABE_ITO.vermillion,
      }),
      Plot.ruleY(located.filter((d) => d.signal === "per-token"), {
        y: "label",
        x1: "p05",
        x2: "p95",
        strokeWidth: 2.5,
        stroke: OKABE_ITO.blue,
      }),
      Plot.dot(located, { x: "median", y: "label", r: 4, fill: "black" }),
      Plot.text(data, { x: hi, y: "label", text: "note", textAnchor: "start", dx: 8 }),
    ],
  });
}
