/**
 * Figures of the open-model chapter (Ruan, Maddison & Hashimoto 2024 data): exact match against
 * training compute per family, and the held-out errors of the three routes and the baseline.
 * Families and routes are told apart by line style and marker shape with direct labels;
 * Okabe–Ito colours are only a second cue.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { REFERENCE_GREY, SERIES_COLOURS, SERIES_DASHES, textWidth } from "../../figures/style.ts";

/** One model's score on one task, for {@link familyFigure}. */
export interface FamilyPoint {
  /** task (one panel each) */
  task: string;
  /** model family */
  family: string;
  /** log10 training FLOPs */
  logFlops: number;
  /** exact match */
  em: number;
}

/**
 * Exact match against log10 training FLOPs, one panel per task. The `highlight` families are
 * drawn as lines with their own dash pattern, marker and colour and labelled at their largest
 * model in the panel `labelTask` (default the first; labels are pushed apart vertically so they
 * do not overlap); every other model is a small grey dot. A vertical dotted rule marks `cutoff`
 * (log10 FLOPs).
 *
 * @param points one per model and task
 * @param highlight families drawn as lines (at most six)
 * @param cutoff log10 FLOPs of the rule
 * @param labelTask the panel that carries the family labels
 * @returns a Plot SVG element
 * @throws {Error} with no points or more than six highlighted families
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { familyFigure } from "./figures.ts";
 * const pts = [20, 21, 22].map((x, i) => ({ task: "2D+", family: "A", logFlops: x, em: i / 2 }));
 * assert.ok(familyFigure(pts, ["A"], 21.5).outerHTML.includes("<svg"));
 * ```
 */
export function familyFigure(
  points: FamilyPoint[],
  highlight: string[],
  cutoff: number,
  labelTask?: string,
): SVGSVGElement {
  if (points.length === 0) throw new Error("familyFigure: no points");
  if (highlight.length > 6) throw new Error("familyFigure: at most six highlighted families");
  const tasks = [...new Set(points.map((p) => p.task))];
  const symbols = ["circle", "square", "triangle", "diamond", "cross", "star"];
  const other = points.filter((p) => !highlight.includes(p.family));
  const marks: Plot.Markish[] = [
    Plot.frame({ strokeOpacity: 0.2 }),
    Plot.ruleX([cutoff], { strokeDasharray: "1,3", stroke: REFERENCE_GREY }),
    Plot.dot(other, { x: "logFlops", y: "em", fx: "task", r: 2, fill: "#999" }),
  ];
  highlight.forEach((f, i) => {
    const mine = points.filter((p) => p.family === f).sort((a, b) => a.logFlops - b.logFlops);
    marks.push(
      Plot.line(mine, {
        x: "logFlops",
        y: "em",
        fx: "task",
        z: "task",
        stroke: SERIES_COLOURS[i],
        strokeDasharray: SERIES_DASHES[i],
        strokeWidth: 1.6,
      }),
      Plot.dot(mine, {
        x: "logFlops",
        y: "em",
        fx: "task",
        symbol: () => symbols[i],
        stroke: SERIES_COLOURS[i],
        fill: "white",
        r: 3,
      }),
    );
  });
  // The families are named in a key above the panels (marker, name, in the family's colour):
  // labels inside a panel sat on other families' curves.
  const glyphs = ["○", "□", "△", "◇", "+", "☆"];
  let offset = 0;
  highlight.forEach((f, i) => {
    const text = `${glyphs[i]} ${f}`;
    marks.push(
      Plot.text([text], {
        text: (d: string) => d,
        fx: () => tasks[0],
        frameAnchor: "top-left",
        textAnchor: "start",
        dx: offset,
        dy: -30,
        fill: SERIES_COLOURS[i],
      }),
    );
    offset += textWidth(text) + 10;
  });
  void labelTask;
  // 760 px wide: the site shows figures about 740 px wide, so 12 px text stays above 11 px
  return plot({
    width: 760,
    height: 340,
    marginTop: 60,
    marginLeft: 50,
    marginRight: 20,
    fx: { domain: tasks, label: null, padding: 0.12 },
    x: {
      label: "log10 training FLOPs →",
      domain: [20, 25.8],
      ticks: [20, 22, 24],
      tickFormat: "d",
      grid: true,
    },
    y: {
      label: "↑ exact match",
      labelAnchor: "center",
      domain: [0, 1],
      grid: true,
      ticks: [0, 0.5, 1],
    },
    marks,
  });
}

/** One route's held-out error on one task and split, for {@link heldOutFigure}. */
export interface ErrorPoint {
  /** task */
  task: string;
  /** split label (one panel each) */
  split: string;
  /** route label */
  route: string;
  /** mean absolute error on the held-out models */
  mae: number;
}

/**
 * Held-out mean absolute error as lollipops: one row of panels per task, one column per split,
 * one line per route (named on the y axis, so every marker is labelled directly), with a marker
 * shape per route.
 *
 * @param points one per route, task and split
 * @returns a Plot SVG element
 * @throws {Error} with no points or more than six routes
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { heldOutFigure } from "./figures.ts";
 * const el = heldOutFigure([{ task: "2D+", split: "a", route: "r", mae: 0.1 }]);
 * assert.ok(el.outerHTML.includes("<svg"));
 * ```
 */
export function heldOutFigure(points: ErrorPoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("heldOutFigure: no points");
  const routes = [...new Set(points.map((p) => p.route))];
  if (routes.length > 6) throw new Error("heldOutFigure: at most six routes");
  const tasks = [...new Set(points.map((p) => p.task))];
  const splits = [...new Set(points.map((p) => p.split))];
  const symbols = ["circle", "square", "triangle", "diamond", "cross", "star"];
  const idx = (d: ErrorPoint) => routes.indexOf(d.route);
  return plot({
    width: 760,
    height: 100 + tasks.length * routes.length * 18,
    marginLeft: 110,
    marginRight: 60,
    fx: { domain: splits, label: null, padding: 0.06 },
    fy: { domain: tasks, label: null, padding: 0.15 },
    x: { label: "mean absolute error on held-out models →", domain: [0, 0.7], grid: true },
    y: { domain: routes, label: null },
    marks: [
      Plot.frame({ strokeOpacity: 0.2 }),
      ...routes.map((r, i) =>
        Plot.ruleY(points.filter((p) => p.route === r), {
          x1: 0,
          x2: "mae",
          y: "route",
          fx: "split",
          fy: "task",
          stroke: SERIES_COLOURS[i],
          strokeDasharray: SERIES_DASHES[i],
          strokeWidth: 1.5,
        })
      ),
      Plot.dot(points, {
        x: "mae",
        y: "route",
        fx: "split",
        fy: "task",
        symbol: (d: ErrorPoint) => symbols[idx(d)],
        stroke: (d: ErrorPoint) => SERIES_COLOURS[idx(d)],
        fill: "white",
        r: 3.5,
      }),
    ],
  });
}
