/**
 * Figures for the gotchas chapter. Each draws what the chapter's simulations return.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import type { TwoReadingsRow } from "../../sim/two_readings.ts";
import type { FitCurvePoint, MeasuredLadder } from "../../sim/assumed_chain_length.ts";
import type { BenchmarkScore, CrossCheck } from "./contamination.ts";
import { wilsonInterval } from "../../stats/wilson.ts";
import { LIGHT_GREY, OKABE_ITO, REFERENCE_GREY, seriesStyle } from "../../figures/style.ts";
import { endLabels, type VerticalScale } from "../../figures/marks.ts";
import { maxOf } from "../../math/extent.ts";

const X_LABEL = "log10 training compute (FLOPs) →";
/** The y scale of the 0 … 1 figures here, for spacing end labels. */
const UNIT: VerticalScale = { domain: [0, 1], height: 400, marginTop: 28, marginBottom: 44 };

/**
 * Two readings of one ladder on one axis: exact match (dots with Wilson 95 % bars, solid
 * line) and answer NLL per token divided by its value at the first rung (dashed line), each
 * labelled at its right end. Dividing by the first rung puts both on [0, 1] without hiding
 * how far the NLL moved.
 *
 * @param rows output of `twoReadings`
 * @returns a Plot SVG element
 * @throws {Error} if rows is empty
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { twoReadings } from "../../sim/two_readings.ts";
 * import { twoReadingsFigure } from "./figures.ts";
 * const el = twoReadingsFigure(twoReadings({ x0: 22, s: 1.5, k: 8 }, [18, 20, 21], 200, 1));
 * assert.ok(el.outerHTML.includes("stroke-dasharray") && el.outerHTML.includes("exact match"));
 * ```
 */
export function twoReadingsFigure(rows: readonly TwoReadingsRow[]): SVGSVGElement {
  if (rows.length === 0) throw new Error("twoReadingsFigure: no rows");
  const first = rows[0].nllPerToken;
  const nll = rows.map((r) => ({ x: r.x, y: r.nllPerToken / first }));
  const last = rows[rows.length - 1];
  return plot({
    marginRight: 200,
    x: { label: X_LABEL, grid: true },
    y: { label: "↑ value", domain: [0, 1.05], grid: true },
    marks: [
      Plot.line(nll, { x: "x", y: "y", ...seriesStyle(1) }),
      Plot.dot(nll, { x: "x", y: "y", symbol: "square", r: 3, fill: seriesStyle(1).stroke }),
      Plot.line(rows, { x: "x", y: "exactMatch", ...seriesStyle(0) }),
      Plot.ruleX(rows, { x: "x", y1: "emLower", y2: "emUpper", strokeWidth: 1.5 }),
      Plot.dot(rows, { x: "x", y: "exactMatch", r: 3.5, fill: "white", stroke: "black" }),
      ...endLabels(
        [
          { text: "exact match (95% bars)", x: last.x, y: last.exactMatch, fill: OKABE_ITO.black },
          {
            text: "NLL/token ÷ first rung",
            x: nll[nll.length - 1].x,
            y: nll[nll.length - 1].y,
            fill: seriesStyle(1).stroke,
          },
        ],
        { ...UNIT, domain: [0, 1.05] },
      ),
    ],
  });
}

/**
 * One ladder, several fits: the measured rungs (dots with Wilson bars), the fitted curves
 * under each assumed k (distinct dash patterns, labelled at the right), and the true curve
 * (thick solid, labelled "truth").
 *
 * @param ladder the measured ladder
 * @param fits curves from `fitCurves`
 * @param truth the true curve as `{ x, em }` points
 * @returns a Plot SVG element
 * @throws {Error} if there are no fit curves
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { assumedKFits, fitCurves, measureLadder } from "../../sim/assumed_chain_length.ts";
 * import { oneLadderFigure } from "./figures.ts";
 * const m = measureLadder({ x0: 22, s: 1.5, k: 8 }, [21.5, 22, 22.5], 1000, 3);
 * const el = oneLadderFigure(m, fitCurves(assumedKFits(m, [1, 8], 24), 21, 25), [{ x: 21, em: 0 }, { x: 25, em: 0.9 }]);
 * assert.ok(el.outerHTML.includes("k = 1") && el.outerHTML.includes("truth"));
 * ```
 */
export function oneLadderFigure(
  ladder: MeasuredLadder,
  fits: readonly FitCurvePoint[],
  truth: readonly { x: number; em: number }[],
): SVGSVGElement {
  if (fits.length === 0) throw new Error("oneLadderFigure: no fit curves");
  const labels = [...new Set(fits.map((f) => f.label))];
  const pts = ladder.xs.map((x, i) => {
    const ci = wilsonInterval(ladder.successes[i], ladder.n);
    return { x, em: ladder.successes[i] / ladder.n, lo: ci.lower, hi: ci.upper };
  });
  const ends = labels.map((l) => fits.filter((f) => f.label === l).at(-1)!);
  const tEnd = truth[truth.length - 1];
  const xEnd = Math.max(tEnd.x, maxOf(ends.map((e) => e.x)));
  return plot({
    marginRight: 80,
    x: { label: X_LABEL, grid: true },
    y: { label: "↑ exact match", domain: [0, 1], grid: true },
    marks: [
      Plot.line(truth, { x: "x", y: "em", strokeWidth: 5, stroke: LIGHT_GREY }),
      // each assumed k its own dash pattern and Okabe–Ito colour, labelled at its end
      ...labels.map((l, i) =>
        Plot.line(fits.filter((f) => f.label === l), { x: "x", y: "em", ...seriesStyle(i) })
      ),
      ...endLabels(
        [
          ...ends.map((e, i) => ({ text: e.label, x: e.x, y: e.em, fill: seriesStyle(i).stroke })),
          { text: "truth", x: tEnd.x, y: tEnd.em, fill: REFERENCE_GREY },
        ],
        UNIT,
        8,
        xEnd,
      ),
      Plot.ruleX(pts, { x: "x", y1: "lo", y2: "hi", strokeWidth: 2 }),
      Plot.dot(pts, { x: "x", y: "em", r: 4, fill: "white", stroke: "black" }),
    ],
  });
}

/**
 * Two prompt formats: exact match of each (direct solid, scaffold dashed) against compute,
 * a vertical rule at their crossover with a text label, and each curve labelled at its right.
 *
 * @param curves points `{ label, x, em }` from `formatCurves` (two labels)
 * @param crossoverX where the two tie (log10 compute), or null to omit
 * @param crossoverText label of the crossover rule
 * @returns a Plot SVG element
 * @throws {Error} if there are no curves
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatCurves } from "../../sim/prompt_format.ts";
 * import { scaffoldFigure } from "./figures.ts";
 * const c = formatCurves([{ label: "direct", format: { k: 1, x0: 24.5, s: 1.5 } },
 *   { label: "CoT", format: { k: 6, x0: 22.57, s: 1.5 } }], 20, 26);
 * assert.ok(scaffoldFigure(c, 23.11, "tie").outerHTML.includes("CoT"));
 * ```
 */
export function scaffoldFigure(
  curves: readonly { label: string; x: number; em: number }[],
  crossoverX: number | null,
  crossoverText: string,
): SVGSVGElement {
  if (curves.length === 0) throw new Error("scaffoldFigure: no curves");
  const labels = [...new Set(curves.map((c) => c.label))];
  const ends = labels.map((l) => curves.filter((c) => c.label === l).at(-1)!);
  return plot({
    marginRight: 150,
    x: { label: X_LABEL, grid: true },
    y: { label: "↑ exact match", domain: [0, 1], grid: true },
    marks: [
      ...(crossoverX === null ? [] : [
        Plot.ruleX([crossoverX], { strokeDasharray: "1,3", stroke: REFERENCE_GREY }),
        Plot.text([{ x: crossoverX, y: 0.95 }], {
          x: "x",
          y: "y",
          text: () => crossoverText,
          textAnchor: "end",
          dx: -6,
        }),
      ]),
      ...labels.map((l, i) =>
        Plot.line(curves.filter((c) => c.label === l), { x: "x", y: "em", ...seriesStyle(i) })
      ),
      ...endLabels(
        ends.map((e, i) => ({ text: e.label, x: e.x, y: e.em, fill: seriesStyle(i).stroke })),
        UNIT,
      ),
    ],
  });
}

/**
 * A family of benchmarks on one ladder: measured exact match with Wilson bars, the flagged
 * benchmark(s) solid and thick, siblings dashed and thin, each labelled at its right end; the
 * flagged benchmark's largest z is written beside its worst rung.
 *
 * @param scores output of `evaluateFamily`
 * @param checks output of `crossCheck`
 * @returns a Plot SVG element
 * @throws {Error} if scores is empty
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chapterFamily, crossCheck, evaluateFamily } from "./contamination.ts";
 * import { contaminationFigure } from "./figures.ts";
 * const sc = evaluateFamily(chapterFamily(), [20, 22, 24], 300, 1);
 * assert.ok(contaminationFigure(sc, crossCheck(sc)).outerHTML.includes("z ="));
 * ```
 */
export function contaminationFigure(
  scores: readonly BenchmarkScore[],
  checks: readonly CrossCheck[],
): SVGSVGElement {
  if (scores.length === 0) throw new Error("contaminationFigure: no scores");
  const names = [...new Set(scores.map((s) => s.name))];
  const flagged = new Set(checks.filter((c) => c.flagged).map((c) => c.name));
  const ends = names.map((n) => scores.filter((s) => s.name === n).at(-1)!);
  const notes = checks.filter((c) => c.flagged).map((c) => {
    const s = scores.find((r) => r.name === c.name && r.x === c.atX)!;
    return { x: s.x, y: s.measured, text: `z = ${c.maxZ.toFixed(1)} vs siblings` };
  });
  return plot({
    marginRight: 110,
    x: { label: X_LABEL, grid: true },
    y: { label: "↑ exact match", domain: [0, 1], grid: true },
    marks: [
      ...names.map((n) =>
        Plot.line(scores.filter((s) => s.name === n), {
          x: "x",
          y: "measured",
          strokeWidth: flagged.has(n) ? 2.5 : 1.2,
          strokeDasharray: flagged.has(n) ? undefined : "5,3",
          stroke: flagged.has(n) ? OKABE_ITO.vermillion : REFERENCE_GREY,
        })
      ),
      Plot.ruleX(scores, { x: "x", y1: "lower", y2: "upper", strokeOpacity: 0.6 }),
      Plot.dot(scores, { x: "x", y: "measured", r: 2.5, fill: "black" }),
      ...endLabels(
        ends.map((e) => ({
          text: e.name,
          x: e.x,
          y: e.measured,
          fill: flagged.has(e.name) ? OKABE_ITO.vermillion : OKABE_ITO.black,
        })),
        UNIT,
      ),
      Plot.text(notes, { x: "x", y: "y", text: "text", textAnchor: "end", dx: -8, dy: -6 }),
    ],
  });
}
