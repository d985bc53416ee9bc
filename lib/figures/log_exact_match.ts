/**
 * Exact match on a logarithmic y axis with the measurement floor drawn: the view in which
 * exact match rises steadily for decades of compute before a linear axis shows anything
 * (Schaeffer, Miranda & Koyejo 2023). A score of 0 of n is drawn at the upper end of its
 * 95 % Wilson interval, 3.84 / (n + 3.84), as an open downward triangle with a dotted stem: a
 * bound, not a value. Used in chapters 3, 5 and 7.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { baseOptions, plot } from "./render.ts";
import { label, LIGHT_GREY, OKABE_ITO, REFERENCE_GREY, seriesStyle, textWidth } from "./style.ts";
import { endLabels, upperBoundMarks, zeroOfNBound } from "./marks.ts";
import { wilsonInterval } from "../stats/wilson.ts";
import { positiveInteger } from "../validate.ts";
import { maxOf, minOf } from "../math/extent.ts";
import { type PlotPoint, seriesNames, seriesPoints } from "./point.ts";

/** One measured model: exact matches out of n questions, at its x. */
export interface MeasuredCount {
  /** x (log10 compute or parameters) */
  x: number;
  /** questions answered exactly right */
  successes: number;
  /** questions */
  n: number;
}

/** What {@link logExactMatchFigure} draws. */
export interface LogExactMatchInput {
  /** smooth curves (y: exact match in [0, 1]), drawn as lines with end labels (at most seven) */
  curves: readonly PlotPoint[];
  /** measured models (optional); the floor uses their n */
  measured?: readonly MeasuredCount[];
  /** test-set size for the floor when nothing is measured */
  n: number;
  /** x-axis title */
  xLabel: string;
  /** bottom of the y axis (default 1e-6) */
  yMin?: number;
  /** name of the measured series (default "measured") */
  measuredLabel?: string;
}

/**
 * Exact match against x on a log y axis, with the floor of an n-question test: the 95 %
 * Wilson upper bound for 0 of n, drawn as a dotted line, and the region below it shaded.
 * Measured points carry Wilson bars; zeros are drawn as bounds.
 *
 * @param input curves, measurements, n and axis text
 * @returns a Plot SVG element
 * @throws {Error} if there are no curves; {RangeError} on a bad n or count
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logExactMatchFigure } from "./log_exact_match.ts";
 * const el = logExactMatchFigure({
 *   curves: [{ x: 20, y: 1e-5, series: "p^8" }, { x: 24, y: 0.5, series: "p^8" }],
 *   measured: [{ x: 20, successes: 0, n: 1000 }, { x: 24, successes: 500, n: 1000 }],
 *   n: 1000,
 *   xLabel: "log10 compute →",
 * });
 * assert.ok(el.outerHTML.includes("0/1000"));
 * ```
 */
export function logExactMatchFigure(input: LogExactMatchInput): SVGSVGElement {
  if (input.curves.length === 0) throw new Error("logExactMatchFigure: no curves");
  positiveInteger("n", input.n);
  const yMin = input.yMin ?? 1e-6;
  const floor = zeroOfNBound(input.n);
  const names = seriesNames(input.curves);
  const visible = input.curves.filter((c) => c.y >= yMin);
  const xs = input.curves.map((c) => c.x);
  const [xLo, xHi] = [minOf(xs), maxOf(xs)];
  const measured = (input.measured ?? []).map((m) => {
    const ci = wilsonInterval(m.successes, m.n);
    return { x: m.x, y: m.successes / m.n, lower: Math.max(ci.lower, yMin), upper: ci.upper, m };
  });
  const hits = measured.filter((d) => d.m.successes > 0);
  const zeros = measured.filter((d) => d.m.successes === 0).map((d) => ({
    x: d.x,
    bound: d.upper,
  }));
  const base = baseOptions();
  const scale = {
    domain: [yMin, 1] as const,
    height: base.height!,
    marginTop: base.marginTop!,
    marginBottom: base.marginBottom!,
    log: true,
  };
  const ends = names.map((name) => seriesPoints(visible, name).at(-1)!);
  const endTexts = ends.map((e, i) => ({
    text: e.series,
    x: e.x,
    y: e.y,
    fill: seriesStyle(i + (hits.length > 0 ? 1 : 0)).stroke,
  }));
  if (hits.length > 0) {
    const last = hits[hits.length - 1];
    endTexts.push({ text: input.measuredLabel ?? "measured", x: last.x, y: last.y, fill: "#000" });
  }
  // The floor is named in the right margin with the curves, pushed apart from their labels.
  endTexts.push({
    text: `floor 0/${input.n}: ${floor.toPrecision(2)}`,
    x: xHi,
    y: floor,
    fill: REFERENCE_GREY,
  });
  const widest = maxOf(endTexts.map((t) => textWidth(t.text)));
  return plot({
    marginLeft: 56,
    marginRight: Math.max(60, widest + 16),
    x: { label: input.xLabel, grid: true, domain: [xLo, xHi] },
    y: {
      type: "log",
      label: "↑ exact match (log scale)",
      domain: [yMin, 1],
      grid: true,
      ticks: Array.from(
        { length: Math.round(-Math.log10(yMin)) + 1 },
        (_, i) => 10 ** -i,
      ).filter((_, i, a) => a.length <= 7 || i % 2 === 0),
      tickFormat: (v: number) => (v >= 0.01 ? String(v) : `1e${Math.round(Math.log10(v))}`),
    },
    marks: [
      // Everything below the floor is out of reach of an n-question test.
      Plot.rectY([{ y1: yMin, y2: floor }], {
        x1: xLo,
        x2: xHi,
        y1: "y1",
        y2: "y2",
        fill: LIGHT_GREY,
        fillOpacity: 0.25,
        ariaDescription: "backdrop region below the measurement floor",
      }),
      Plot.ruleY([floor], { stroke: REFERENCE_GREY, strokeDasharray: "4,3" }),
      // The note on the band sits in its bottom-right corner, which rising curves leave empty.
      label([{ x: xHi, y: yMin }], {
        x: "x",
        y: "y",
        text: () => `not measurable with ${input.n} questions`,
        textAnchor: "end",
        dx: -4,
        dy: -9,
        fill: REFERENCE_GREY,
      }),
      ...names.map((name, i) =>
        Plot.line(seriesPoints(visible, name), {
          x: "x",
          y: "y",
          ...seriesStyle(i + (hits.length > 0 ? 1 : 0)),
        })
      ),
      Plot.ruleX(hits, { x: "x", y1: "lower", y2: "upper", stroke: OKABE_ITO.black }),
      Plot.dot(hits, { x: "x", y: "y", r: 3.5, fill: OKABE_ITO.black }),
      ...upperBoundMarks(zeros, { x: "x", y: "bound", floor: yMin }),
      ...endLabels(endTexts, scale, 8, xHi),
    ],
  });
}
