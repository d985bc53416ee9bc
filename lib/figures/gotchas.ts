/**
 * Figures for the gotchas chapter. Each draws what a `lib/gotchas` function returned.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "./render.ts";
import type { TwoReadingsRow } from "../gotchas/headline.ts";
import type { FitCurvePoint, MeasuredLadder } from "../gotchas/extrapolation.ts";
import type { BenchmarkScore, CrossCheck } from "../gotchas/contamination.ts";
import { wilsonInterval } from "../stats/wilson.ts";

const X_LABEL = "log10 training compute (FLOPs) →";

/**
 * Moves label positions apart vertically so that no two are closer than `gap` (in y units),
 * keeping their order; a layout helper for direct labels at the right end of curves.
 *
 * @param ys label y positions
 * @param gap minimum distance
 * @returns adjusted positions, in the input order
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spreadLabels } from "./gotchas.ts";
 * assert.deepEqual(spreadLabels([0.5, 0.5], 0.1), [0.45, 0.55]);
 * ```
 */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  // push down the line, then shift everything back by the mean displacement of the labels
  // that had to move, so a crowded group stays centred on its curves
  for (let j = 1; j < placed.length; j++) placed[j] = Math.max(placed[j], placed[j - 1] + gap);
  const moved = placed.map((p, j) => p - order[j].y);
  const groupShift = moved.some((d) => d > 0)
    ? moved.reduce((a, d) => a + d, 0) / placed.length
    : 0;
  for (let j = 0; j < placed.length; j++) placed[j] -= groupShift;
  const out = new Array<number>(ys.length);
  order.forEach((o, j) => (out[o.i] = Math.round(placed[j] * 1e12) / 1e12));
  return out;
}

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
 * import { twoReadings } from "../gotchas/headline.ts";
 * import { twoReadingsFigure } from "./gotchas.ts";
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
      Plot.line(nll, { x: "x", y: "y", strokeDasharray: "7,4", strokeWidth: 2, stroke: "#1b7837" }),
      Plot.dot(nll, { x: "x", y: "y", symbol: "square", r: 3, fill: "#1b7837" }),
      Plot.line(rows, { x: "x", y: "exactMatch", strokeWidth: 2, stroke: "#b2182b" }),
      Plot.ruleX(rows, { x: "x", y1: "emLower", y2: "emUpper", strokeWidth: 1.5 }),
      Plot.dot(rows, { x: "x", y: "exactMatch", r: 3.5, fill: "white", stroke: "black" }),
      Plot.text([{ x: last.x, y: last.exactMatch }], {
        x: "x",
        y: "y",
        text: () => "exact match (95% bars)",
        textAnchor: "start",
        dx: 8,
        dy: last.exactMatch > 0.5 ? 10 : -10,
      }),
      Plot.text([nll[nll.length - 1]], {
        x: "x",
        y: "y",
        text: () => "NLL/token ÷ first rung",
        textAnchor: "start",
        dx: 8,
        dy: last.exactMatch > 0.5 ? -4 : 10,
      }),
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
 * import { assumedKFits, fitCurves, measureLadder } from "../gotchas/extrapolation.ts";
 * import { oneLadderFigure } from "./gotchas.ts";
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
  const dashes = ["2,3", "6,3", "10,4", "4,2,1,2", "12,3,3,3", "1,5"];
  const pts = ladder.xs.map((x, i) => {
    const ci = wilsonInterval(ladder.successes[i], ladder.n);
    return { x, em: ladder.successes[i] / ladder.n, lo: ci.lower, hi: ci.upper };
  });
  const ends = labels.map((l) => fits.filter((f) => f.label === l).at(-1)!);
  const tEnd = truth[truth.length - 1];
  const raw = [...ends.map((e) => ({ x: e.x, y: e.em, label: e.label })), {
    x: tEnd.x,
    y: tEnd.em,
    label: "truth",
  }];
  const ys = spreadLabels(raw.map((r) => r.y), 0.045);
  const labelled = raw.map((r, i) => ({ ...r, y: ys[i] }));
  return plot({
    marginRight: 80,
    marginTop: 40,
    x: { label: X_LABEL, grid: true },
    y: { label: "↑ exact match", domain: [0, 1], grid: true },
    marks: [
      Plot.line(truth, { x: "x", y: "em", strokeWidth: 4, stroke: "#bbbbbb" }),
      ...labels.map((l, i) =>
        Plot.line(fits.filter((f) => f.label === l), {
          x: "x",
          y: "em",
          strokeDasharray: dashes[i % dashes.length],
          strokeWidth: 1.5,
          stroke: "black",
        })
      ),
      Plot.text(labelled, { x: "x", y: "y", text: "label", textAnchor: "start", dx: 6 }),
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
 * import { formatCurves } from "../gotchas/scaffold.ts";
 * import { scaffoldFigure } from "./gotchas.ts";
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
        Plot.ruleX([crossoverX], { strokeDasharray: "1,3", stroke: "black" }),
        Plot.text([{ x: crossoverX, y: 0.95 }], {
          x: "x",
          y: "y",
          text: () => crossoverText,
          textAnchor: "end",
          dx: -6,
        }),
      ]),
      ...labels.map((l, i) =>
        Plot.line(curves.filter((c) => c.label === l), {
          x: "x",
          y: "em",
          strokeWidth: 2,
          strokeDasharray: i === 0 ? undefined : "7,4",
          stroke: i === 0 ? "#2166ac" : "#b2182b",
        })
      ),
      ...ends.map((e, i) =>
        Plot.text([e], {
          x: "x",
          y: "em",
          text: "label",
          textAnchor: "start",
          dx: 6,
          dy: i === 0 ? 8 : -8,
        })
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
 * import { chapterFamily, crossCheck, evaluateFamily } from "../gotchas/contamination.ts";
 * import { contaminationFigure } from "./gotchas.ts";
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
  const ys = spreadLabels(ends.map((e) => e.measured), 0.045);
  const labelled = ends.map((e, i) => ({ x: e.x, y: ys[i], name: e.name }));
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
          stroke: flagged.has(n) ? "#b2182b" : "#555555",
        })
      ),
      Plot.ruleX(scores, { x: "x", y1: "lower", y2: "upper", strokeOpacity: 0.6 }),
      Plot.dot(scores, { x: "x", y: "measured", r: 2.5, fill: "black" }),
      Plot.text(labelled, { x: "x", y: "y", text: "name", textAnchor: "start", dx: 6 }),
      Plot.text(notes, { x: "x", y: "y", text: "text", textAnchor: "end", dx: -8, dy: -6 }),
    ],
  });
}
