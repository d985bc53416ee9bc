/**
 * Figures of published data (chapter 8): GPT-3 arithmetic exact match with the per-token
 * accuracy it implies, Pythia LAMBADA accuracy and perplexity against compute, and Wei et
 * al.'s emergence scales on one compute axis. Figures draw what `lib/` computed; curves are
 * told apart by line style, marker shape and direct labels.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { OKABE_ITO } from "../../figures/style.ts";
import { endLabels, pointLabels } from "../../figures/marks.ts";
import type { ImpliedArithmeticRow, SizePoint } from "../../fit/implied_arithmetic.ts";
import type { PythiaPlotPoint } from "./points.ts";
import { maxOf } from "../../math/extent.ts";

/**
 * Exact match and implied per-token accuracy of GPT-3 175B on addition and subtraction,
 * against k. Exact match: solid line, filled dots, Wilson interval bars; implied p: dashed
 * line, hollow dots, interval bars. Each line is labelled at its right end.
 *
 * @param rows output of `impliedArithmetic` (only addition and subtraction are drawn)
 * @param kLabel axis label for k, e.g. "answer digits k"
 * @returns a Plot SVG element
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt3Arithmetic } from "../../data/gpt3.ts";
 * import { impliedArithmetic } from "../../fit/implied_arithmetic.ts";
 * import { arithmeticFigure } from "./figures.ts";
 * const el = arithmeticFigure(impliedArithmetic(loadGpt3Arithmetic(), "answer-digits"), "answer digits k");
 * assert.ok(el.outerHTML.includes("stroke-dasharray"));
 * ```
 */
export function arithmeticFigure(rows: ImpliedArithmeticRow[], kLabel: string): SVGSVGElement {
  const ops = ["addition", "subtraction"];
  const series = ops.flatMap((op) => {
    const r = rows.filter((x) => x.operation === op).sort((a, b) => a.k - b.k);
    return [
      {
        key: `${op}: exact match`,
        dash: undefined,
        fill: "currentColor",
        pts: r.map((x) => ({ k: x.k, v: x.em, lo: x.emLower, hi: x.emUpper })),
      },
      {
        key: `${op}: implied p`,
        dash: "6,4",
        fill: "white",
        pts: r.map((x) => ({ k: x.k, v: x.p, lo: x.pLower, hi: x.pUpper })),
      },
    ];
  });
  const ks = [...new Set(rows.filter((r) => ops.includes(r.operation)).map((r) => r.k))].sort(
    (a, b) => a - b,
  );
  const strokes: Record<string, string> = {
    addition: OKABE_ITO.blue,
    subtraction: OKABE_ITO.vermillion,
  };
  return plot({
    marginRight: 170,
    marginBottom: 58,
    // Tasks with the same answer length share an x: each tick names its tasks.
    x: {
      label: `${kLabel} →`,
      grid: true,
      ticks: ks,
      tickFormat: (k: number) =>
        `${k}\n${
          rows.filter((r) => r.k === k && ops.includes(r.operation)).map((r) => r.task).join(" ")
        }`,
      labelOffset: 52,
    },
    y: { label: "↑ accuracy", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0]),
      ...series.flatMap((s) => {
        const stroke = strokes[s.key.split(":")[0]];
        return [
          Plot.line(s.pts, { x: "k", y: "v", stroke, strokeWidth: 2, strokeDasharray: s.dash }),
          Plot.ruleX(s.pts, { x: "k", y1: "lo", y2: "hi", stroke, strokeWidth: 1 }),
          Plot.dot(s.pts, {
            x: "k",
            y: "v",
            r: 4,
            stroke,
            fill: s.fill === "white" ? "white" : stroke,
          }),
        ];
      }),
      ...endLabels(
        series.map((s) => ({
          text: s.key,
          x: s.pts[s.pts.length - 1].k,
          y: s.pts[s.pts.length - 1].v,
          fill: strokes[s.key.split(":")[0]],
        })),
        { domain: [0, 1], height: 400, marginTop: 28, marginBottom: 44 },
        8,
        maxOf(rows.map((r) => r.k)),
      ),
    ],
  });
}

/**
 * GPT-3 arithmetic across model sizes, one panel per task (five columns, two rows): exact match
 * (solid line, filled dots) and the implied per-token accuracy p = EM\^(1/k) (dashed line, hollow
 * dots) against log10 training FLOPs, each with its Wilson interval as a vertical bar. Where EM
 * is 0 of n, p has no point estimate, only an upper bound: that bar is drawn dotted from 0 to
 * the bound and the p line skips the point. Each panel is labelled with its task, and the two
 * curves are labelled "EM" and "p" at the largest model.
 *
 * @param points output of `gpt3SizePoints` (any number of tasks, up to ten)
 * @returns a Plot SVG element
 * @throws {Error} if points is empty
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt3ArithmeticSizes, loadGpt3Compute } from "../../data/gpt3.ts";
 * import { gpt3SizePoints } from "../../fit/implied_arithmetic.ts";
 * import { arithmeticSizesFigure } from "./figures.ts";
 * const pts = gpt3SizePoints(loadGpt3ArithmeticSizes(), loadGpt3Compute(), "answer-digits");
 * const h = arithmeticSizesFigure(pts).outerHTML;
 * assert.ok(h.includes("stroke-dasharray") && h.includes("4D+"));
 * ```
 */
export function arithmeticSizesFigure(points: SizePoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("arithmeticSizesFigure: no points");
  const tasks = [...new Set(points.map((p) => p.task))];
  const cell = (task: string) => {
    const i = tasks.indexOf(task);
    return { col: i % 5, row: Math.floor(i / 5) };
  };
  const pts = points.map((p) => ({ ...p, ...cell(p.task), zero: p.successes === 0 }));
  const nonzero = pts.filter((p) => !p.zero);
  const fxfy = { fx: "col", fy: "row" } as const;
  return plot({
    width: 760,
    height: 480,
    marginTop: 44,
    marginRight: 20,
    fx: { axis: null, padding: 0.14 },
    fy: { axis: null, padding: 0.12 },
    x: {
      label: "log10 training FLOPs (Table D.1) →",
      grid: true,
      domain: [20, 23.7],
      ticks: [20, 21, 22, 23],
      tickFormat: "d",
    },
    y: { label: "↑ accuracy", domain: [0, 1.05], grid: true, ticks: [0, 0.5, 1] },
    marks: [
      Plot.ruleY([0]),
      Plot.frame({ strokeOpacity: 0.2 }),
      Plot.text(tasks.map((t) => ({ task: t, ...cell(t) })), {
        ...fxfy,
        text: "task",
        frameAnchor: "top-left",
        dx: 4,
        dy: 4,
        fontWeight: "bold",
      }),
      // exact match: solid line, filled dots, solid interval bars
      Plot.line(pts, { ...fxfy, x: "logCompute", y: "em", z: "task", strokeWidth: 1.8 }),
      Plot.ruleX(pts, { ...fxfy, x: "logCompute", y1: "emLower", y2: "emUpper", strokeWidth: 3 }),
      Plot.dot(pts, { ...fxfy, x: "logCompute", y: "em", r: 3, fill: "currentColor" }),
      // implied p: dashed line through the points with EM > 0, broken at sizes that scored 0 of
      // n (NaN breaks a Plot line), hollow dots
      Plot.line(pts, {
        ...fxfy,
        x: "logCompute",
        y: (d: { zero: boolean; p: number }) => d.zero ? NaN : d.p,
        z: "task",
        strokeWidth: 1.5,
        strokeDasharray: "5,3",
      }),
      Plot.ruleX(nonzero, { ...fxfy, x: "logCompute", y1: "pLower", y2: "pUpper" }),
      Plot.dot(nonzero, {
        ...fxfy,
        x: "logCompute",
        y: "p",
        r: 3,
        fill: "white",
        stroke: "currentColor",
      }),
      // EM = 0 of n: p is only bounded above; dotted bar from 0 to the bound
      Plot.ruleX(pts.filter((p) => p.zero), {
        ...fxfy,
        x: "logCompute",
        y1: 0,
        y2: "pUpper",
        strokeDasharray: "1,2",
      }),
      // The key sits above the panels, clear of every curve.
      Plot.text(["solid line, filled dots: exact match   dashed line, hollow dots: implied p"], {
        text: (d: string) => d,
        frameAnchor: "top-left",
        fx: () => 0,
        fy: () => 0,
        dy: -26,
        textAnchor: "start",
      }),
    ],
  });
}

/**
 * A Pythia point for the figures: the fields of `pythiaPoints` (`./points.ts`) that they draw
 * (label, log10 of 6·N·D, accuracy with its Wilson interval, perplexity).
 */
export type PythiaPoint = Pick<
  PythiaPlotPoint,
  "model" | "logCompute" | "acc" | "accLower" | "accUpper" | "ppl"
>;

/**
 * Pythia LAMBADA accuracy against compute: dots with Wilson intervals, a solid line, model
 * names as labels.
 *
 * @param points one per model
 * @returns a Plot SVG element
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaAccuracyFigure } from "./figures.ts";
 * const el = pythiaAccuracyFigure([{ model: "a", logCompute: 20, acc: 0.2, accLower: 0.19, accUpper: 0.21, ppl: 100 },
 *   { model: "b", logCompute: 21, acc: 0.5, accLower: 0.49, accUpper: 0.51, ppl: 10 }]);
 * assert.ok(el.outerHTML.startsWith("<svg"));
 * ```
 */
export function pythiaAccuracyFigure(points: PythiaPoint[]): SVGSVGElement {
  return plot({
    height: 340,
    x: { label: "log10 training compute 6·N·D (FLOPs) →", grid: true, inset: 16 },
    y: { label: "↑ LAMBADA accuracy (last word exactly right)", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0]),
      Plot.line(points, { x: "logCompute", y: "acc", strokeWidth: 2 }),
      Plot.ruleX(points, { x: "logCompute", y1: "accLower", y2: "accUpper", strokeWidth: 3 }),
      Plot.dot(points, { x: "logCompute", y: "acc", r: 3.5, fill: "currentColor" }),
      ...pointLabels(points, { x: "logCompute", y: "acc", text: "model", trend: "rising" }),
    ],
  });
}

/**
 * Pythia LAMBADA perplexity against compute on log–log axes (a straight line here is a power
 * law).
 *
 * @param points one per model
 * @returns a Plot SVG element
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaPerplexityFigure } from "./figures.ts";
 * const el = pythiaPerplexityFigure([{ model: "a", logCompute: 20, acc: 0.2, accLower: 0.19, accUpper: 0.21, ppl: 100 },
 *   { model: "b", logCompute: 21, acc: 0.5, accLower: 0.49, accUpper: 0.51, ppl: 10 }]);
 * assert.ok(el.outerHTML.startsWith("<svg"));
 * ```
 */
export function pythiaPerplexityFigure(points: PythiaPoint[]): SVGSVGElement {
  return plot({
    height: 340,
    x: { label: "log10 training compute 6·N·D (FLOPs) →", grid: true, inset: 16 },
    y: { label: "↑ LAMBADA perplexity (log scale)", type: "log", grid: true, inset: 24 },
    marks: [
      Plot.line(points, { x: "logCompute", y: "ppl", strokeWidth: 2, strokeDasharray: "6,4" }),
      Plot.dot(points, {
        x: "logCompute",
        y: "ppl",
        r: 3.5,
        fill: "white",
        stroke: "currentColor",
      }),
      ...pointLabels(points, { x: "logCompute", y: "ppl", text: "model", trend: "falling" }),
    ],
  });
}

/** A row for the emergence-scale figure. */
export interface ScalePoint {
  /** short ability name */
  label: string;
  /** log10 training FLOPs at which the ability emerged */
  logFlops: number;
  /** "few-shot prompting" or "augmented prompting" */
  kind: string;
  /** model and size, e.g. "GPT-3 13B" */
  model: string;
}

/**
 * Emergence scales on one compute axis: one row per ability, sorted by compute; a filled
 * circle for few-shot abilities and a hollow triangle for augmented prompting, each with the
 * model named beside it.
 *
 * @param points the abilities
 * @returns a Plot SVG element
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceScaleFigure } from "./figures.ts";
 * const el = emergenceScaleFigure([{ label: "a", logFlops: 22, kind: "few-shot prompting", model: "GPT-3 13B" }]);
 * assert.ok(el.outerHTML.startsWith("<svg"));
 * ```
 */
export function emergenceScaleFigure(points: ScalePoint[]): SVGSVGElement {
  const sorted = [...points].sort((a, b) => a.logFlops - b.logFlops);
  return plot({
    height: 80 + 18 * sorted.length,
    marginLeft: 290,
    marginRight: 110,
    x: { label: "log10 training FLOPs at emergence →", grid: true, domain: [19.5, 25] },
    y: { label: null, domain: sorted.map((p) => p.label) },
    symbol: {
      domain: ["few-shot prompting", "augmented prompting"],
      range: ["circle", "triangle"],
    },
    marks: [
      Plot.dot(sorted, {
        x: "logFlops",
        y: "label",
        symbol: "kind",
        r: 4,
        stroke: "currentColor",
        fill: (d: ScalePoint) => (d.kind === "few-shot prompting" ? "currentColor" : "white"),
      }),
      Plot.text(sorted, {
        x: "logFlops",
        y: "label",
        text: "model",
        dx: 8,
        textAnchor: "start",
      }),
    ],
  });
}
