/**
 * Chapter 3 figures: exact-match curves and their elbows, slopes in log-compute, and the
 * ratio of EM slope to per-token slope.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { styledLines } from "../../figures/styled_lines.ts";
import { label, REFERENCE_GREY, seriesStyle } from "../../figures/style.ts";
import { endLabels } from "../../figures/marks.ts";
import { PLOT_POINT_KEYS, type PlotPoint, seriesNames, seriesPoints } from "../../figures/point.ts";
import type { ElbowRow } from "./tables.ts";

/**
 * EM(x) for several k with each curve's elbow (EM = target) marked and labelled.
 *
 * @param points output of `exactMatchCurves`
 * @param elbows rows of `elbowTable` for the same k (and one s)
 * @param target the EM level of the elbows
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { elbowTable, exactMatchCurves } from "./tables.ts";
 * import { jumpElbowFigure } from "./figures.ts";
 * const el = jumpElbowFigure(exactMatchCurves(), elbowTable(), 0.5);
 * assert.ok(el.outerHTML.includes("k = 8"));
 * ```
 */
export function jumpElbowFigure(
  points: readonly PlotPoint[],
  elbows: readonly ElbowRow[],
  target: number,
): SVGSVGElement {
  if (points.length === 0) throw new Error("jumpElbowFigure: no points");
  const names = seriesNames(points);
  // Labels in the right margin, in the curves' order (they all end near 1 and are pushed
  // apart), each in its curve's colour.
  const ends = names.map((n) => seriesPoints(points, n).at(-1)!);
  return plot({
    marginRight: 70,
    x: { label: "log10 training compute (FLOPs) →", grid: true },
    y: { label: "↑ exact match p(x)^k", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0]),
      Plot.ruleY([target], { strokeDasharray: "1,3", stroke: REFERENCE_GREY }),
      ...styledLines(points, PLOT_POINT_KEYS, names, []),
      Plot.dot(elbows, { x: "elbow", y: () => target, r: 4, fill: "white", stroke: "#000" }),
      ...endLabels(
        ends.map((e, i) => ({ text: names[i], x: e.x, y: e.y, fill: seriesStyle(i).stroke })),
        { domain: [0, 1], height: 400, marginTop: 28, marginBottom: 44 },
      ),
    ],
  });
}

/**
 * Slopes per decade: the per-token slope and the EM slopes for several k, peaks labelled.
 *
 * @param points output of `slopeCurves`
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slopeCurves } from "./tables.ts";
 * import { jumpSlopeFigure } from "./figures.ts";
 * assert.ok(jumpSlopeFigure(slopeCurves()).outerHTML.includes("per-token"));
 * ```
 */
export function jumpSlopeFigure(points: readonly PlotPoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("jumpSlopeFigure: no points");
  const names = seriesNames(points);
  const labels = names.map((n) => {
    const c = seriesPoints(points, n);
    const top = c.reduce((a, b) => (b.y > a.y ? b : a));
    return { series: n, x: top.x, y: top.y, anchor: "middle" as const, dx: 0, dy: -9 };
  });
  return plot({
    x: { label: "log10 training compute (FLOPs) →", grid: true },
    y: { label: "↑ slope per decade of compute", grid: true, domain: [0, 0.6] },
    marks: [
      Plot.ruleY([0]),
      ...styledLines(points, PLOT_POINT_KEYS, names, labels),
    ],
  });
}

/**
 * The ratio of EM slope to per-token slope, k·p\^(k−1), against p, with the line ratio = 1.
 *
 * @param points output of `slopeRatioCurves`
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slopeRatioCurves } from "./tables.ts";
 * import { jumpRatioFigure } from "./figures.ts";
 * assert.ok(jumpRatioFigure(slopeRatioCurves()).outerHTML.includes("k = 20"));
 * ```
 */
export function jumpRatioFigure(points: readonly PlotPoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("jumpRatioFigure: no points");
  const names = seriesNames(points);
  const labels = names.map((n) => {
    const c = seriesPoints(points, n);
    const end = c[c.length - 1];
    return { series: n, x: end.x, y: end.y, anchor: "start" as const, dx: 6 };
  });
  return plot({
    marginRight: 60,
    x: { label: "per-token accuracy p →", domain: [0, 1], grid: true },
    y: { label: "↑ (dEM/dx) / (dp/dx) = k·p^(k−1)", grid: true },
    marks: [
      Plot.ruleY([0]),
      Plot.ruleY([1], { strokeDasharray: "1,3", stroke: REFERENCE_GREY }),
      label([{ x: 0.02, y: 1 }], { x: "x", y: "y", text: () => "ratio 1: equal slopes", dy: -9 }),
      ...styledLines(points, PLOT_POINT_KEYS, names, labels),
    ],
  });
}
