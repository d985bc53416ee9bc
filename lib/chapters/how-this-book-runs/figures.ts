/**
 * Figure for the starter chapter: per-token accuracy and exact match over log-compute.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { label, seriesStyle } from "../../figures/style.ts";
import { type PlotPoint, seriesNames, seriesPoints } from "../../figures/point.ts";

/**
 * Line chart of per-token accuracy (dashed) and exact match for one or more chain lengths
 * (solid, then dotted …), each labelled directly in the right margin; no legend, no reliance
 * on colour.
 *
 * @param points output of {@link starterCurves}
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { starterCurves } from "./curves.ts";
 * import { starterFigure } from "./figures.ts";
 * const el = starterFigure(starterCurves([4, 20], 22, 1.5));
 * assert.ok(el.outerHTML.includes("stroke-dasharray") && el.outerHTML.includes("p^20"));
 * ```
 */
export function starterFigure(points: readonly PlotPoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("starterFigure: no points");
  const metrics = seriesNames(points);
  // exact match solid (then dotted for a longer chain), per-token dashed
  const styleOf = (i: number) =>
    i === 0 ? seriesStyle(1) : i === 1 ? seriesStyle(0) : seriesStyle(2);
  const ends = metrics.map((m) => seriesPoints(points, m).at(-1)!);
  // Each label sits beside its curve where the neighbouring curve is far away: per-token
  // accuracy left of its curve at 0.75, the first exact-match curve left of its curve at 0.12
  // (the per-token curve is well left there), a longer chain right of its curve at 0.5.
  const place = (i: number) =>
    i === 0
      ? { level: 0.75, anchor: "end" as const }
      : i === 1
      ? { level: 0.12, anchor: "end" as const }
      : { level: 0.5, anchor: "start" as const };
  const at = (m: string, level: number) =>
    points.find((p) => p.series === m && p.y >= level) ?? ends[metrics.indexOf(m)];
  return plot({
    marginRight: 30,
    x: { label: "log10 training compute (FLOPs) →", grid: true },
    y: { label: "↑ accuracy", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0]),
      ...metrics.map((m, i) =>
        Plot.line(seriesPoints(points, m), { x: "x", y: "y", ...styleOf(i) })
      ),
      ...metrics.map((m, i) =>
        label([at(m, place(i).level)], {
          x: "x",
          y: "y",
          text: "series",
          textAnchor: place(i).anchor,
          dx: place(i).anchor === "end" ? -8 : 8,
          fill: styleOf(i).stroke,
        })
      ),
    ],
  });
}
