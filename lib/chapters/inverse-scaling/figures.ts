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
import { type FigureText } from "../../figures/text.ts";

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

/**
 * Caption and alt text of {@link inverseCurvesFigure} for a U-shaped and an inverse setting
 * (in that order): where the curves start and bottom out, where the U-shaped one crosses
 * chance again and where both end, read from the curves; how many of the measurements fall
 * inside their Wilson bars around the curve.
 *
 * @param series the U-shaped series first, then the inverse one, as drawn
 * @returns caption and alt text
 * @throws {Error} unless there are exactly two series
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorCurve, distractorPreset, simulateDistractor } from "../../sim/distractor.ts";
 * import { inverseCurvesText } from "./figures.ts";
 * const s = (label: string, m: ReturnType<typeof distractorPreset>) =>
 *   ({ label, curve: distractorCurve(m, 18, 25), measured: simulateDistractor(m, [18, 22, 25], 400, 1) });
 * const t = inverseCurvesText([s("U", distractorPreset("u-shaped")), s("inv", distractorPreset("inverse"))]);
 * assert.ok(t.alt.startsWith("Both curves start at chance (0.5) at 10^18 FLOPs"));
 * ```
 */
export function inverseCurvesText(series: readonly InverseSeries[]): FigureText {
  if (series.length !== 2) {
    throw new Error(`inverseCurvesText: 2 series expected, got ${series.length}`);
  }
  const [u, inv] = series.map((s) => s.curve);
  const lowest = u.reduce((a, b) => (b.accuracy < a.accuracy ? b : a));
  const cross = u.find((p) => p.x > lowest.x && p.accuracy >= 0.5);
  const [x0, x1] = [u[0].x, u.at(-1)!.x];
  const n = series[0].measured[0]?.n ?? 0;
  const rows = series.flatMap((s) => s.measured);
  const inside = rows.filter((r) => {
    const c = series.find((s) => s.measured.includes(r))!.curve;
    const near = c.reduce((a, b) => (Math.abs(b.x - r.x) < Math.abs(a.x - r.x) ? b : a));
    return near.accuracy >= r.interval.lower && near.accuracy <= r.interval.upper;
  }).length;
  const half = (x: number) => Math.round(2 * x) / 2;
  return {
    caption: "Accuracy of the distractor model on a two-choice task against log-compute: the " +
      "U-shaped setting (solid, open circles) and the inverse setting (dashed, filled circles), " +
      `each with simulated measurements on ${n} questions per model and 95 % Wilson bars; the ` +
      "dotted line is chance.",
    alt: `Both curves start at chance (${u[0].accuracy.toFixed(1)}) at 10^${x0} FLOPs and fall ` +
      `together to below ${(Math.ceil(10 * lowest.accuracy) / 10).toFixed(1)} around 10^${
        half(lowest.x)
      }. The U-shaped curve then rises steeply, ${
        cross ? `crossing chance near 10^${half(cross.x)} and ` : ""
      }reaching about ${u.at(-1)!.accuracy.toFixed(2)} at 10^${x1}. The inverse curve keeps ` +
      `falling slowly and ends near ${inv.at(-1)!.accuracy.toFixed(2)}. ${inside} of the ` +
      `${rows.length} simulated points have the curve inside their bars.`,
  };
}
