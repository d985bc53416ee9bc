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
import { maxOf, minOf } from "../../math/extent.ts";
import { countWord, type FigureText } from "../../figures/text.ts";

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

/** `x` (log10) as a short power, e.g. 1.2e21. */
function sciLog(logX: number): string {
  const e = Math.floor(logX);
  return `${Number((10 ** (logX - e)).toPrecision(2))}e${e}`;
}

/**
 * Caption and alt text of {@link familyFigure}: the panels, the compute range, the cutoff and,
 * on the first panel, where Phi, Llama, Qwen1.5 and OPT stand, read from the points drawn.
 *
 * @param points the points given to `familyFigure`
 * @param cutoff log10 FLOPs of the dotted rule
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { familyFigureText } from "./figures.ts";
 * const pts = [20, 21, 22].map((x, i) => ({ task: "2D+", family: "OPT", logFlops: x, em: i / 2 }));
 * assert.ok(familyFigureText(pts, 21.5).alt.includes("OPT is at 0.5 only at 1e21"));
 * ```
 */
export function familyFigureText(points: FamilyPoint[], cutoff: number): FigureText {
  const tasks = [...new Set(points.map((p) => p.task))];
  const first = points.filter((p) => p.task === tasks[0]);
  const fam = (f: string) =>
    first.filter((p) => p.family === f).sort((a, b) => a.logFlops - b.logFlops);
  const xs = points.map((p) => p.logFlops);
  const parts: string[] = [];
  const phi = fam("Phi")[0];
  if (phi) parts.push(`Phi is already at ${phi.em.toFixed(2)} at ${sciLog(phi.logFlops)} FLOPs`);
  parts.push("Pythia and StarCoder rise between about 3e21 and 2e22");
  const strong = [...fam("Llama"), ...fam("Qwen1.5")].map((p) => p.em);
  if (strong.length) {
    parts.push(
      `Llama and Qwen1.5 score ${Math.floor(100 * minOf(strong)) / 100} or more at every size`,
    );
  }
  const opt = fam("OPT").find((p) => p.em >= 0.45);
  if (opt) parts.push(`and OPT is at ${opt.em.toFixed(1)} only at ${sciLog(opt.logFlops)}`);
  return {
    caption: "Exact match against training compute for open base models " +
      "[@ruan2024observational]. Lines with their own dash pattern and marker: six families, " +
      "named in the key above the panels; grey dots: every other model with a compute figure. " +
      `Dotted vertical line: ${sciLog(cutoff)} FLOPs. Intervals are omitted here (on 2,000 ` +
      "problems they are at most ±0.022); the tables below carry them (at most ±0.027 on " +
      "GSM8K's 1,319).",
    alt:
      `${countWord(tasks.length)} panels (${
        tasks.join(", ")
      }) of exact match from 0 to 1 against ` +
      `log10 FLOPs from ${Math.floor(minOf(xs))} to ${maxOf(xs).toFixed(1)}. On ` +
      `the arithmetic tasks the families rise at different compute: on ${tasks[0]} ` +
      `${parts.join(", ")}. GSM8K rises later and more slowly, reaching 0.5 only above about ` +
      "1e23 FLOPs for most families.",
  };
}

/**
 * Caption and alt text of {@link heldOutFigure}, for the book's three splits (a low cutoff, a
 * high cutoff, and the smaller half of each family, in that order): the error ranges of each
 * route on the arithmetic tasks and the GSM8K errors at the low cutoff, the spread at the high
 * cutoff, and how close the observational route comes to the best within families.
 *
 * @param points the points given to `heldOutFigure`, routes labelled "log FLOPs",
 *   "per character", "observational" and "baseline"
 * @returns caption and alt text
 * @throws {Error} if the points do not hold three splits
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { heldOutFigureText } from "./figures.ts";
 * const pts = ["a", "b", "c"].flatMap((split) =>
 *   ["log FLOPs", "per character", "observational", "baseline"].map((route, i) => ({ task: "2D+", split, route, mae: 0.1 * (i + 1) })));
 * assert.ok(heldOutFigureText(pts).alt.includes("the per-character route 0.20 to 0.20"));
 * ```
 */
export function heldOutFigureText(points: ErrorPoint[]): FigureText {
  const splits = [...new Set(points.map((p) => p.split))];
  if (splits.length !== 3) {
    throw new Error(`heldOutFigureText: 3 splits expected, got ${splits.length}`);
  }
  const tasks = [...new Set(points.map((p) => p.task))];
  const arith = tasks.filter((t) => t !== "GSM8K");
  const maes = (split: string, route: string, ts = arith) =>
    points.filter((p) => p.split === split && p.route === route && ts.includes(p.task)).map((p) =>
      p.mae
    );
  const range = (xs: number[]) => `${minOf(xs).toFixed(2)} to ${maxOf(xs).toFixed(2)}`;
  const gsm = (route: string) => maes(splits[0], route, ["GSM8K"])[0]?.toFixed(2) ?? "–";
  const high = ["2D+", "3D+", "3D-"].flatMap((t) =>
    ["log FLOPs", "observational", "baseline"].flatMap((r) => maes(splits[1], r, [t]))
  );
  const gap = maxOf(tasks.map((t) => {
    const ms = points.filter((p) => p.split === splits[2] && p.task === t);
    return ms.find((p) => p.route === "observational")!.mae - minOf(ms.map((p) => p.mae));
  }));
  return {
    caption: "Mean absolute error on the held-out models for three splits (columns) and five " +
      "tasks (rows). Each line is one route, named on the left; the baseline predicts the best " +
      "training score for every held-out model.",
    alt:
      `A grid of lollipop charts, three columns (${splits.join(", ")}) by ${
        countWord(tasks.length).toLowerCase()
      } ` +
      `rows (${tasks.join(", ")}), errors from 0 to 0.7. At the first cutoff the observational ` +
      `route has the smallest error on all four arithmetic tasks (${
        range(maes(splits[0], "observational"))
      }), the log-FLOPs route ${range(maes(splits[0], "log FLOPs"))}, the per-character route ${
        range(maes(splits[0], "per character"))
      } and the baseline ${range(maes(splits[0], "baseline"))}; on GSM8K the baseline ` +
      `(${gsm("baseline")}) beats both the observational route (${gsm("observational")}) and ` +
      `the log-FLOPs route (${gsm("log FLOPs")}). At the second cutoff the log-FLOPs route, the ` +
      `observational route and the baseline are all within ${
        (Math.ceil(100 * (maxOf(high) - minOf(high))) / 100).toFixed(2)
      } on 2D+, 3D+ and 3D- (per character ${
        range(["2D+", "3D+", "3D-"].flatMap((t) => maes(splits[1], "per character", [t])))
      }). Within families the observational route is best or within ${
        gap.toFixed(3)
      } of the best on every task.`,
  };
}
