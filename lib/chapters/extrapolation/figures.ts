/**
 * Figures for chapter 12: an extrapolation test drawn as observed points (dots; filled inside
 * the fit window, hollow beyond it) and the fitted laws continued past the window (dashed for
 * the pure power law, dash-dot for the law with a floor), each labelled at its right end; and
 * exact-match curves for several chain lengths with their elbows marked.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { REFERENCE_GREY, seriesStyle } from "../../figures/style.ts";
import { endLabels } from "../../figures/marks.ts";
import type { ExtrapolationResult } from "../../fit/extrapolate.ts";

/**
 * Draws one or two extrapolation results over the same data.
 *
 * @param results results of `extrapolate` on the same xs/ys (pure and/or floor form)
 * @param xLabel x-axis label (the axis is logarithmic)
 * @param yLabel y-axis label
 * @param cutoffLabel text shown at the cutoff rule
 * @returns a Plot SVG element
 * @throws {Error} if no result is given
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extrapolate } from "../../fit/extrapolate.ts";
 * import { extrapolationFigure } from "./figures.ts";
 * const xs = [1, 2, 4, 8, 16, 32, 64], ys = xs.map((x) => 2 + 3 * x ** -0.5);
 * const el = extrapolationFigure([extrapolate(xs, ys, 8, "power"), extrapolate(xs, ys, 8, "power+floor")], "x", "y", "fit window");
 * assert.ok(el.outerHTML.includes("stroke-dasharray"));
 * ```
 */
export function extrapolationFigure(
  results: ExtrapolationResult[],
  xLabel: string,
  yLabel: string,
  cutoffLabel: string,
): SVGSVGElement {
  if (results.length === 0) throw new Error("extrapolationFigure: no results");
  const obs = results[0].points;
  const dash: Record<string, string> = { "power": "7,4", "power+floor": "10,3,2,3" };
  const name: Record<string, string> = {
    "power": "pure power law",
    "power+floor": "power law + floor",
  };
  const lines = results.map((r) => r.points.map((p) => ({ x: p.x, y: p.predicted, form: r.form })));
  return plot({
    marginRight: 130,
    x: { label: `${xLabel} →`, type: "log", grid: true },
    y: { label: `↑ ${yLabel}`, grid: true },
    marks: [
      Plot.ruleX([results[0].cutoff], { strokeOpacity: 0.5 }),
      Plot.text([results[0].cutoff], {
        x: (d: number) => d,
        frameAnchor: "top",
        text: () => cutoffLabel,
        dx: 4,
        textAnchor: "start",
        dy: 6,
      }),
      ...lines.map((l) =>
        Plot.line(l, { x: "x", y: "y", strokeWidth: 2, strokeDasharray: dash[l[0].form] })
      ),
      ...lines.map((l) =>
        Plot.text([l[l.length - 1]], {
          x: "x",
          y: "y",
          text: (d: { form: string }) => name[d.form],
          dx: 6,
          textAnchor: "start",
        })
      ),
      Plot.dot(obs, {
        x: "x",
        y: "y",
        r: 3,
        stroke: "currentColor",
        fill: (p: { inFit: boolean }) => (p.inFit ? "currentColor" : "white"),
      }),
    ],
  });
}

/** A curve point for {@link elbowFigure}. */
export interface ElbowCurvePoint {
  /** log10 compute */
  x: number;
  /** exact match */
  em: number;
  /** chain length */
  k: number;
}

/**
 * Exact-match curves for several chain lengths, each a different dash pattern, labelled
 * "k = …" at its right end; a dot marks each curve's elbow, where EM = ½.
 *
 * @param curves points of all curves
 * @param elbows elbow x per k
 * @returns a Plot SVG element
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { elbowFigure } from "./figures.ts";
 * const el = elbowFigure([{ x: 20, em: 0, k: 1 }, { x: 24, em: 1, k: 1 }], [{ k: 1, elbow: 22 }]);
 * assert.ok(el.outerHTML.startsWith("<svg"));
 * ```
 */
export function elbowFigure(
  curves: ElbowCurvePoint[],
  elbows: { k: number; elbow: number }[],
): SVGSVGElement {
  const ks = [...new Set(curves.map((c) => c.k))];
  const ends = ks.map((k) => curves.filter((c) => c.k === k).at(-1)!);
  return plot({
    marginRight: 70,
    x: { label: "log10 training compute (FLOPs) →", grid: true },
    y: { label: "↑ exact match", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0.5], { strokeOpacity: 0.4 }),
      ...ks.map((k, i) =>
        Plot.line(curves.filter((c) => c.k === k), { x: "x", y: "em", ...seriesStyle(i) })
      ),
      Plot.dot(elbows, { x: "elbow", y: () => 0.5, r: 3.5, fill: "currentColor" }),
      // Labels in the right margin, in the curves' order, each in its curve's colour.
      ...endLabels(
        ends.map((e, i) => ({ text: `k = ${e.k}`, x: e.x, y: e.em, fill: seriesStyle(i).stroke })),
        { domain: [0, 1], height: 400, marginTop: 28, marginBottom: 44 },
      ),
    ],
  });
}

/** One row of {@link runNeededFigure}: a model, a form, and the share of its run needed. */
export interface RunNeededPoint {
  /** model label, e.g. `"6.9b-deduped"` */
  label: string;
  /** `"power"` or `"power+floor"` */
  form: string;
  /** window fraction from which every wider window predicts within 5 %, or null for never */
  needed: number | null;
}

/**
 * How much of each run a fit form needs before it predicts the final value within 5 %: one
 * row per model, a filled circle for the law with a floor and a hollow square for the pure
 * law; "never" sits at the right edge (x = 1) and is written out.
 *
 * @param points one per model and form
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runNeededFigure } from "./figures.ts";
 * const el = runNeededFigure([{ label: "70m", form: "power", needed: null },
 *   { label: "70m", form: "power+floor", needed: 0.5 }]);
 * assert.ok(el.outerHTML.includes("never"));
 * ```
 */
export function runNeededFigure(points: RunNeededPoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("runNeededFigure: no points");
  const labels = [...new Set(points.map((p) => p.label))];
  const at = points.map((p) => ({ ...p, x: p.needed ?? 1 }));
  const never = labels.map((label) => {
    const forms = points.filter((p) => p.label === label && p.needed === null).map((p) => p.form);
    return {
      label,
      text: forms.length === 2
        ? "never (both)"
        : forms.length === 1
        ? `never (${forms[0] === "power" ? "pure" : "floor"})`
        : "",
    };
  }).filter((d) => d.text !== "");
  return plot({
    height: 90 + 20 * labels.length,
    marginTop: 44,
    marginLeft: 130,
    marginRight: 110,
    x: { label: "share of the run's steps the fit needs →", domain: [0, 1], grid: true },
    y: { label: null, domain: labels },
    symbol: { domain: ["power+floor", "power"], range: ["circle", "square"] },
    marks: [
      Plot.ruleX([1], { stroke: REFERENCE_GREY, strokeOpacity: 0.4 }),
      Plot.dot(at, {
        x: "x",
        y: "label",
        symbol: "form",
        r: 4,
        stroke: "currentColor",
        fill: (p: RunNeededPoint) => (p.form === "power+floor" ? "currentColor" : "white"),
      }),
      Plot.text(never, {
        x: () => 1,
        y: "label",
        text: "text",
        dx: 8,
        textAnchor: "start",
      }),
      // the key sits above the rows, in the top margin
      Plot.text(["● power law + floor    □ pure power law"], {
        text: (d: string) => d,
        frameAnchor: "top-left",
        textAnchor: "start",
        dy: -24,
      }),
    ],
  });
}
