/**
 * Figures for the re-scoring chapter: emergence scores per metric and the published
 * meta-analysis shares (its metric curves are drawn by `lib/figures/metric_ladder.ts`).
 * They draw what `lib/sim` and `lib/metrics` return and compute nothing.
 * Series are told apart by dash pattern, marker symbol and a direct label; colour (Okabe–Ito)
 * is only a second cue.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { greyBars } from "../../figures/marks.ts";
import { maxOf } from "../../math/extent.ts";

/** One bar of {@link emergenceScoreFigure}. */
export interface ScoreBar {
  /** metric name */
  metric: string;
  /** emergence score (may be ±Infinity) */
  score: number;
}

/**
 * Horizontal bars of emergence scores, one per metric, each labelled with its value; an
 * infinite score (median step 0) is drawn to the axis end and labelled "∞ (median step 0)".
 *
 * @param bars metric names and scores
 * @returns a Plot SVG element
 * @throws {Error} if there are no bars or a score is NaN
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceScoreFigure } from "./figures.ts";
 * const el = emergenceScoreFigure([{ metric: "EM", score: Infinity }, { metric: "NLL", score: 3 }]);
 * assert.ok(el.outerHTML.includes("∞"));
 * ```
 */
export function emergenceScoreFigure(bars: readonly ScoreBar[]): SVGSVGElement {
  if (bars.length === 0) throw new Error("emergenceScoreFigure: no bars");
  for (const b of bars) {
    if (Number.isNaN(b.score)) throw new Error(`emergenceScoreFigure: ${b.metric} score is NaN`);
  }
  const finiteMax = Math.max(
    1,
    maxOf(bars.filter((b) => Number.isFinite(b.score)).map((b) => b.score)),
  );
  const cap = finiteMax * 1.25;
  const data = bars.map((b) => ({
    metric: b.metric,
    shown: Number.isFinite(b.score) ? Math.max(b.score, 0) : cap,
    label: Number.isFinite(b.score) ? b.score.toFixed(1) : "∞ (median step 0)",
    infinite: !Number.isFinite(b.score),
  }));
  return plot({
    marginLeft: 270,
    marginRight: 130,
    height: 60 + 34 * bars.length,
    x: { label: "emergence score →", grid: true, domain: [0, cap] },
    y: { label: null, domain: bars.map((b) => b.metric) },
    marks: greyBars(
      data.map((d) => ({ row: d.metric, value: d.shown, text: d.label, outline: d.infinite })),
    ),
  });
}

/** One slice of the meta-analysis. */
export interface ShareBar {
  /** metric name */
  metric: string;
  /** percent of emergent task–metric pairs */
  percent: number;
  /** label text, e.g. "≈ 76 %" */
  label: string;
}

/**
 * Horizontal bars of the share of emergent task–metric pairs per metric, labelled.
 *
 * @param bars metric, percent and label
 * @returns a Plot SVG element
 * @throws {Error} if there are no bars
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shareFigure } from "./figures.ts";
 * const el = shareFigure([{ metric: "multiple-choice grade", percent: 76, label: "≈ 76 %" }]);
 * assert.ok(el.outerHTML.includes("76"));
 * ```
 */
export function shareFigure(bars: readonly ShareBar[]): SVGSVGElement {
  if (bars.length === 0) throw new Error("shareFigure: no bars");
  return plot({
    marginLeft: 220,
    marginRight: 80,
    height: 60 + 52 * bars.length,
    x: { label: "share of emergent task–metric pairs (%) →", domain: [0, 100], grid: true },
    y: { label: null, domain: bars.map((b) => b.metric) },
    marks: [
      Plot.axisY({ lineWidth: 15, label: null }),
      ...greyBars(bars.map((b) => ({ row: b.metric, value: b.percent, text: b.label }))),
    ],
  });
}
