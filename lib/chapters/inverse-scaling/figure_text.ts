/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import { type FigureText } from "../../figures/text.ts";
import type { InverseSeries } from "./figures.ts";

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
 * import { inverseCurvesText } from "./figure_text.ts";
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
