/**
 * Figure for the inverse-scaling chapter: accuracy of the distractor model against
 * log-compute for the U-shaped and the inverse settings, with simulated measurements.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { REFERENCE_GREY, seriesStyle } from "../../figures/style.ts";
import { endLabels } from "../../figures/marks.ts";
import type { DistractorPoint, DistractorRow } from "../../sim/distractor.ts";
import { maxOf, minOf } from "../../math/extent.ts";

/** One labelled curve with its simulated measurements. */
export interface InverseSeries {
  /** label drawn at the right end of the curve */
  label: string;
  /** the model curve */
  curve: DistractorPoint[];
  /** simulated measurements with Wilson intervals */
  measured: DistractorRow[];
}

/**
 * Line chart: each series' true accuracy as a line (first solid, second dashed, further
 * dotted), its measurements as dots with Wilson 95 % bars, a chance line at ½, and each curve
 * labelled at its right end.
 *
 * @param series the curves (1–3)
 * @returns a Plot SVG element
 * @throws {Error} if no series is given
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorCurve, distractorPreset, simulateDistractor } from "../../sim/distractor.ts";
 * import { inverseCurvesFigure } from "./figures.ts";
 * const m = distractorPreset("u-shaped");
 * const el = inverseCurvesFigure([{ label: "U-shaped", curve: distractorCurve(m, 18, 25),
 *   measured: simulateDistractor(m, [18, 21, 25], 400, 1) }]);
 * assert.ok(el.outerHTML.includes("U-shaped") && el.outerHTML.includes("chance"));
 * ```
 */
export function inverseCurvesFigure(series: readonly InverseSeries[]): SVGSVGElement {
  if (series.length === 0) throw new Error("inverseCurvesFigure: no series");
  const xMax = maxOf(series.flatMap((s) => s.curve.map((p) => p.x)));
  const xMin = minOf(series.flatMap((s) => s.curve.map((p) => p.x)));
  return plot({
    marginRight: 120,
    x: { label: "log10 training compute (FLOPs) →", grid: true, domain: [xMin, xMax] },
    y: { label: "↑ accuracy (two choices)", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0.5], { strokeDasharray: "1,3", stroke: REFERENCE_GREY }),
      ...series.flatMap((s, i) => [
        Plot.line(s.curve, { x: "x", y: "accuracy", ...seriesStyle(i) }),
        Plot.ruleX(s.measured, {
          x: "x",
          y1: (d: DistractorRow) => d.interval.lower,
          y2: (d: DistractorRow) => d.interval.upper,
        }),
        Plot.dot(s.measured, {
          x: "x",
          y: "measured",
          r: 3,
          fill: i === 0 ? "white" : "black",
          stroke: "black",
        }),
      ]),
      // Curve names and "chance" in the right margin, pushed apart.
      ...endLabels(
        [
          ...series.map((s, i) => {
            const end = s.curve[s.curve.length - 1];
            return { text: s.label, x: end.x, y: end.accuracy, fill: seriesStyle(i).stroke };
          }),
          { text: "chance", x: xMax, y: 0.5, fill: REFERENCE_GREY },
        ],
        { domain: [0, 1], height: 400, marginTop: 28, marginBottom: 44 },
      ),
    ],
  });
}
