/**
 * Chapter 4 figure: the three metrics of the eight-scale walkthrough on log-compute.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { styledLines } from "../../figures/styled_lines.ts";
import { OKABE_ITO } from "../../figures/style.ts";
import { PLOT_POINT_KEYS, type PlotPoint, seriesNames, seriesPoints } from "../../figures/point.ts";
import type { ScaleRow } from "./tables.ts";

/**
 * Per-token accuracy, exact match and the rescaled log-likelihood over log-compute, with the
 * eight checkpoints as dots on the exact-match and per-token curves.
 *
 * @param curves output of `metricCurves`
 * @param checkpoints output of `scaleRows` for the same k
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { metricCurves, scaleRows } from "./tables.ts";
 * import { scalesMetricsFigure } from "./figures.ts";
 * const el = scalesMetricsFigure(metricCurves(), scaleRows());
 * assert.ok(el.outerHTML.includes("exact match p^4"));
 * ```
 */
export function scalesMetricsFigure(
  curves: readonly PlotPoint[],
  checkpoints: readonly ScaleRow[],
): SVGSVGElement {
  if (curves.length === 0) throw new Error("scalesMetricsFigure: no points");
  const names = seriesNames(curves);
  const [em, pt, ll] = [names[1], names[0], names[2]];
  const at = (name: string, x: number) => {
    const q = seriesPoints(curves, name).reduce((a, b) =>
      Math.abs(b.x - x) < Math.abs(a.x - x) ? b : a
    );
    return { x: q.x, y: q.y };
  };
  const labels = [
    { ...at(pt, 21.6), series: pt, anchor: "start" as const, dx: 8, dy: 14 },
    { ...at(em, 23.4), series: em, anchor: "start" as const, dx: 8, dy: 10 },
    { ...at(ll, 22.3), series: ll, anchor: "end" as const, dx: -10, dy: -12 },
  ];
  return plot({
    marginRight: 20,
    x: { label: "log10 training compute (FLOPs) →", grid: true },
    y: { label: "↑ metric value", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0]),
      ...styledLines(curves, PLOT_POINT_KEYS, [em, pt, ll], labels),
      Plot.dot(checkpoints, { x: "x", y: "em", r: 3.5, fill: "white", stroke: "#000" }),
      Plot.dot(checkpoints, {
        x: "x",
        y: "p",
        r: 3.5,
        symbol: "square",
        fill: "white",
        stroke: OKABE_ITO.blue,
      }),
    ],
  });
}
