/**
 * Chapter 2 figure: exact match p\^k against per-token accuracy p for several chain lengths.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { styledLines } from "../../figures/styled_lines.ts";
import { PLOT_POINT_KEYS, type PlotPoint, seriesNames, seriesPoints } from "../../figures/point.ts";

/**
 * p\^k against p, one line style per k, each labelled on its curve.
 *
 * @param points output of `powerCurves`: x = p, y = p\^k, one series per k
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { powerCurves } from "./tables.ts";
 * import { chainPowerFigure } from "./figures.ts";
 * const el = chainPowerFigure(powerCurves());
 * assert.ok(el.outerHTML.includes("k = 20"));
 * ```
 */
export function chainPowerFigure(points: readonly PlotPoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("chainPowerFigure: no points");
  const names = seriesNames(points);
  // label each curve just right of where it crosses EM = 0.3 (the longest at 0.5)
  const labels = names.map((name, i) => {
    const c = seriesPoints(points, name);
    const level = i === names.length - 1 ? 0.5 : 0.3;
    const at = c.find((q) => q.y >= level) ?? c[c.length - 1];
    return { series: name, x: at.x, y: at.y, anchor: "start" as const, dx: 7, dy: 4 };
  });
  return plot({
    marginRight: 50,
    x: { label: "per-token accuracy p →", domain: [0, 1], grid: true },
    y: { label: "↑ exact match p^k", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0]),
      ...styledLines(points, PLOT_POINT_KEYS, names, labels),
    ],
  });
}
