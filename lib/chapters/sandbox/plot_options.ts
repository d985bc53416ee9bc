/**
 * The emergence sandbox's chart as Observable Plot options: one function used by both the
 * kernel's static figure ({@link ./sandbox_static.ts}, rendered with linkedom) and the browser
 * bundle ({@link ../sandbox/browser.ts}, rendered into the page). It imports only Plot and the
 * sandbox's pure modules, so it bundles for the browser without linkedom or resvg.
 *
 * Draws what {@link sampleSandbox} returns: dashed blue per-token accuracy, solid vermillion
 * task metric, each labelled directly; the exact-match elbow marked and labelled "elbow"
 * (on the exact-match curve, or on the x axis in log-likelihood mode, where no curve is
 * exact match); in mean-log-likelihood mode a fixed right-hand axis from −10 to 0 nats. Curves are told apart by line style and
 * labels, not colour alone. No legend, no title (the book's caption describes it).
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { SandboxCurves } from "./curves.ts";
import { X_RANGE } from "./state.ts";
import { formatCompute } from "./text.ts";
import { superscript } from "../../format/superscript.ts";
import { OKABE_ITO } from "../../figures/style.ts";
import { maxOf } from "../../math/extent.ts";

/** Colour of the per-token curve (Okabe–Ito blue; the dash pattern is the first cue). */
export const PER_TOKEN_COLOUR: string = OKABE_ITO.blue;
/** Colour of the task-metric curve (Okabe–Ito vermillion; solid and heavier). */
export const METRIC_COLOUR: string = OKABE_ITO.vermillion;
/** Dash pattern of the per-token curve. */
export const PER_TOKEN_DASH = "7,5";
/** CSS class names the browser tests and benchmark look for. */
export const SANDBOX_CLASSES = {
  perToken: "sandbox-per-token",
  metric: "sandbox-metric",
  elbow: "sandbox-elbow",
  labels: "sandbox-labels",
} as const;

interface Pt {
  x: number;
  y: number;
}

/** Horizontal geometry of the chart, to keep direct labels inside the frame. */
interface Frame {
  /** pixel x of the left edge of the plotting area */
  left: number;
  /** pixel x of the right edge of the plotting area */
  right: number;
}

/** Rough width of a label in pixels (12 px DejaVu Sans averages about 7 px per character);
 * a label of several lines is as wide as its longest line. */
function textWidth(text: string): number {
  return maxOf(text.split("\n").map((line) => line.length)) * 7.2;
}

/**
 * Where to put a curve's direct label: at the grid point whose height is nearest `target`, on
 * the preferred side of the curve if the text fits inside the frame there, else on the other.
 */
function labelAt(
  points: Pt[],
  target: number,
  side: "left" | "right",
  text: string,
  frame: Frame,
): { x: number; y: number; textAnchor: "start" | "end"; dx: number } {
  let best = 0;
  for (let i = 1; i < points.length; i++) {
    if (Math.abs(points[i].y - target) < Math.abs(points[best].y - target)) best = i;
  }
  const [x0, x1] = X_RANGE;
  const px = frame.left + ((points[best].x - x0) / (x1 - x0)) * (frame.right - frame.left);
  const w = textWidth(text) + 8;
  const fitsLeft = px - w >= frame.left;
  const fitsRight = px + w <= frame.right;
  const left = side === "left" ? fitsLeft || !fitsRight : !fitsRight && fitsLeft;
  return { ...points[best], textAnchor: left ? "end" : "start", dx: left ? -8 : 8 };
}

/**
 * Plot options for the sandbox chart (no `document`: the caller adds one, or the browser's
 * global document is used).
 *
 * @param curves output of `sampleSandbox`
 * @param width chart width in pixels, 360 … 640 (default 640; the browser fits the page)
 * @returns options for `Plot.plot` with that width, height 400 and the book's font
 * @throws {RangeError} if width is not a number in [360, 640]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sampleSandbox } from "./curves.ts";
 * import { sandboxPlotOptions } from "./plot_options.ts";
 * const o = sandboxPlotOptions(sampleSandbox({ k: 4 }));
 * assert.equal(o.width, 640);
 * assert.ok((o.marks ?? []).length >= 6);
 * ```
 */
export function sandboxPlotOptions(curves: SandboxCurves, width = 640): Plot.PlotOptions {
  if (!(width >= 360 && width <= 640)) {
    throw new RangeError(`width must be a number in [360, 640], got ${width}`);
  }
  const { k, metric } = curves.state;
  const ll = metric === "mean-loglik";
  const perToken: Pt[] = curves.x.map((x, i) => ({ x, y: curves.perToken[i] }));
  const task: Pt[] = curves.x.map((x, i) => ({ x, y: curves.chartMetric[i] }));
  const marginLeft = 50;
  const marginRight = ll ? 60 : 20;
  const frame = { left: marginLeft, right: width - marginRight };
  const metricName = ll
    ? "mean ln p"
    : k === 1
    ? "exact match, k = 1"
    : `exact match p${superscript(k)}`;
  const perTokenText = "per-token p (dashed)";
  const metricText = `${metricName} (solid)`;
  // exact match lies right of the per-token curve, log-likelihood left of it: label each on
  // its outer side so the labels never sit on the other curve; the exact-match label goes
  // above the elbow (at 0.75), clear of the elbow's dotted drop line and its text
  const labelP = labelAt(perToken, 0.75, ll ? "right" : "left", perTokenText, frame);
  // exact match: above the elbow if the text fits right of the curve there, else lower down
  // the curve (further left), where it fits
  const fitsRightAt = (level: number) => {
    const q = labelAt(task, level, "right", metricText, frame);
    return q.textAnchor === "start" ? q : undefined;
  };
  const labelM = ll
    ? labelAt(task, 0.7, "left", metricText, frame)
    : fitsRightAt(0.75) ?? fitsRightAt(0.25) ?? labelAt(task, 0.75, "right", metricText, frame);
  // on the right of a rising curve the text goes a line lower, under the curve
  const labelMdy = ll && labelM.textAnchor === "start" ? 16 : 0;
  const e = curves.elbow;
  // In log-likelihood mode no curve is exact match: the elbow is marked on the x axis.
  const elbowLabel = ll
    ? `elbow: ${formatCompute(e.logCompute)}`
    : `elbow: EM = ½ at \n${formatCompute(e.logCompute)}`; // two short lines fit beside it
  const elbowY = ll ? 0.04 : e.chartY;
  const elbowSide = labelAt([{ x: e.logCompute, y: elbowY }], elbowY, "right", elbowLabel, {
    left: frame.left,
    right: width, // the label may run into the right margin
  });
  const elbowMarks: Plot.Markish[] = e.inView
    ? [
      Plot.ruleX([e.logCompute], {
        y1: 0,
        y2: elbowY,
        stroke: "#444",
        strokeDasharray: "2,3",
        className: SANDBOX_CLASSES.elbow,
      }),
      Plot.dot([{ x: e.logCompute, y: elbowY }], {
        x: "x",
        y: "y",
        r: 6,
        symbol: "diamond",
        fill: "black",
        stroke: "white",
        strokeWidth: 1.5,
        className: SANDBOX_CLASSES.elbow,
      }),
      Plot.text([{ x: e.logCompute, y: ll ? 0.04 : Math.min(e.chartY, 0.9) }], {
        x: "x",
        y: "y",
        text: () => elbowLabel,
        textAnchor: elbowSide.textAnchor,
        dx: elbowSide.dx,
        dy: ll ? -14 : 14,
        fontSize: 12,
        fontWeight: "bold",
        stroke: "white",
        strokeWidth: 4,
        paintOrder: "stroke",
        fill: "black",
        className: SANDBOX_CLASSES.elbow,
      }),
    ]
    : [
      Plot.text([{ x: X_RANGE[1], y: 0.96 }], {
        x: "x",
        y: "y",
        text: () => `elbow beyond 10${superscript(X_RANGE[1])} FLOPs →`,
        textAnchor: "end",
        fontSize: 12,
        fontWeight: "bold",
        stroke: "white",
        strokeWidth: 4,
        paintOrder: "stroke",
        className: SANDBOX_CLASSES.elbow,
      }),
    ];
  const axes: Plot.Markish[] = [
    Plot.axisX({
      ticks: X_RANGE[1] - X_RANGE[0],
      tickFormat: (d: number) => `10${superscript(d)}`,
      label: "training compute (FLOPs, log scale) →",
      labelAnchor: "right",
    }),
    Plot.axisY({
      anchor: "left",
      label: ll ? "↑ per-token accuracy p (dashed)" : "↑ accuracy (p dashed, exact match solid)",
      labelAnchor: "top",
    }),
  ];
  if (ll && curves.nats) {
    const floor = curves.nats.floor;
    axes.push(
      Plot.axisY(curves.nats.ticks.map((t) => 1 - t / floor), {
        anchor: "right",
        tickFormat: (pos: number) => String(Number((floor * (1 - pos)).toFixed(1)) || 0),
        label: "mean ln p, nats (solid) ↑",
        labelAnchor: "top",
      }),
    );
  }
  return {
    width,
    height: 400,
    marginLeft,
    marginRight,
    marginTop: 30,
    marginBottom: 40,
    style: { fontFamily: "DejaVu Sans, sans-serif", fontSize: "12px", background: "white" },
    x: { domain: [X_RANGE[0], X_RANGE[1]] },
    y: { domain: [0, 1] },
    marks: [
      Plot.gridY({ stroke: "#ccc", strokeOpacity: 1 }),
      Plot.gridX({ stroke: "#eee", strokeOpacity: 1 }),
      ...axes,
      Plot.ruleY([0]),
      Plot.line(task, {
        x: "x",
        y: "y",
        stroke: METRIC_COLOUR,
        strokeWidth: 3,
        className: SANDBOX_CLASSES.metric,
      }),
      Plot.line(perToken, {
        x: "x",
        y: "y",
        stroke: PER_TOKEN_COLOUR,
        strokeWidth: 2,
        strokeDasharray: PER_TOKEN_DASH,
        className: SANDBOX_CLASSES.perToken,
      }),
      ...elbowMarks,
      Plot.text([{ ...labelP, t: perTokenText }], {
        x: "x",
        y: "y",
        text: "t",
        textAnchor: labelP.textAnchor,
        dx: labelP.dx,
        fill: PER_TOKEN_COLOUR,
        stroke: "white",
        strokeWidth: 4,
        paintOrder: "stroke",
        className: SANDBOX_CLASSES.labels,
      }),
      Plot.text([{ ...labelM, t: metricText }], {
        x: "x",
        y: "y",
        text: "t",
        textAnchor: labelM.textAnchor,
        dx: labelM.dx,
        dy: labelMdy,
        fill: METRIC_COLOUR,
        stroke: "white",
        strokeWidth: 4,
        paintOrder: "stroke",
        fontWeight: "bold",
        className: SANDBOX_CLASSES.labels,
      }),
    ],
  };
}
