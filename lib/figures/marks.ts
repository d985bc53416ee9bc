/**
 * Marks built on the book's figure style: labels at the ends of lines, pushed apart so they
 * never overlap; labels beside points; grey value bars; and the mark for "0 of n" (the upper
 * end of its 95 % Wilson interval, drawn as a bound, never as a value).
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { wilsonInterval } from "../stats/wilson.ts";
import { BAR_GREY, label, LIGHT_GREY, OKABE_ITO } from "./style.ts";

/** How data values map to vertical pixels: enough of a Plot y scale to space labels. */
export interface VerticalScale {
  /** y domain [low, high] */
  domain: readonly [number, number];
  /** figure height in px */
  height: number;
  /** top margin in px */
  marginTop: number;
  /** bottom margin in px */
  marginBottom: number;
  /** log scale */
  log?: boolean;
}

/**
 * Pixel offsets that move labels apart vertically so neighbours are at least `gap` px apart,
 * keeping each as close to its own y as it can and inside the frame.
 *
 * @param ys the labels' data y values
 * @param scale the figure's y scale
 * @param gap smallest distance between label baselines, px
 * @returns dy for each label, in the input order
 * @throws {RangeError} if a value is outside a log scale's positive range
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spreadLabels } from "./marks.ts";
 * const dy = spreadLabels([0.5, 0.5], { domain: [0, 1], height: 400, marginTop: 20, marginBottom: 40 }, 14);
 * assert.equal(Math.abs(dy[0] - dy[1]), 14);
 * ```
 */
export function spreadLabels(ys: readonly number[], scale: VerticalScale, gap = 15): number[] {
  const [lo, hi] = scale.domain;
  const top = scale.marginTop;
  const bottom = scale.height - scale.marginBottom;
  const t = (v: number) => {
    if (scale.log) {
      if (!(v > 0)) throw new RangeError(`log scale needs positive values, got ${v}`);
      return (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
    }
    return (v - lo) / (hi - lo);
  };
  const px = ys.map((v) => bottom - t(v) * (bottom - top));
  const order = px.map((_, i) => i).sort((a, b) => px[a] - px[b]);
  const placed = order.map((i) => Math.min(bottom - 4, Math.max(top + 6, px[i])));
  for (let j = 1; j < placed.length; j++) {
    placed[j] = Math.max(placed[j], placed[j - 1] + gap);
  }
  // pushed past the bottom: push the stack back up from the bottom
  const n = placed.length;
  if (n > 0) placed[n - 1] = Math.min(placed[n - 1], bottom - 2);
  for (let j = n - 2; j >= 0; j--) placed[j] = Math.min(placed[j], placed[j + 1] - gap);
  const dy = new Array<number>(ys.length);
  order.forEach((i, j) => (dy[i] = placed[j] - px[i]));
  return dy;
}

/**
 * Labels for the points of one rising or falling line, each on the side the line leaves
 * clear: below-right of a rising line (it climbs away to the right), above-right of a falling
 * one; the last point is labelled on its left, so its text stays inside the figure.
 *
 * @param data the points, in x order
 * @param options x, y and text fields, and whether the line rises or falls
 * @returns two text marks
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pointLabels } from "./marks.ts";
 * const marks = pointLabels([{ x: 1, y: 1, m: "a" }, { x: 2, y: 2, m: "b" }],
 *   { x: "x", y: "y", text: "m", trend: "rising" });
 * assert.equal(marks.length, 2);
 * ```
 */
export function pointLabels<T>(
  data: readonly T[],
  options: { x: string; y: string; text: string; trend: "rising" | "falling" },
): Plot.Markish[] {
  const down = options.trend === "rising" ? 1 : -1;
  const { x, y, text } = options;
  return [
    label(data.slice(0, -1), { x, y, text, dx: 7, dy: 14 * down }),
    label(data.slice(-1), { x, y, text, textAnchor: "end", dx: -7, dy: -14 * down }),
  ];
}

/** One end label: the series name and where its line ends. */
export interface EndLabel {
  /** the label text */
  text: string;
  /** x of the line's end */
  x: number;
  /** y of the line's end */
  y: number;
  /** the series' colour */
  fill?: string;
}

/**
 * Labels at the right ends of lines, in the right margin, pushed apart vertically so none
 * overlaps another; each keeps its series' colour.
 *
 * @param labels one per line
 * @param scale the figure's y scale (to space the labels in pixels)
 * @param dx gap between the line end and its label, px
 * @param atX put every label at this x (the right end of the longest line) instead of at its
 *   own line's end; shorter lines get a dotted leader
 * @returns text marks (and leaders)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { endLabels } from "./marks.ts";
 * const marks = endLabels([{ text: "a", x: 1, y: 0.5 }, { text: "b", x: 1, y: 0.5 }],
 *   { domain: [0, 1], height: 400, marginTop: 20, marginBottom: 40 });
 * assert.equal(marks.length, 2);
 * ```
 */
export function endLabels(
  labels: readonly EndLabel[],
  scale: VerticalScale,
  dx = 8,
  atX?: number,
): Plot.Markish[] {
  const dy = spreadLabels(labels.map((l) => l.y), scale);
  const marks: Plot.Markish[] = [];
  labels.forEach((l, i) => {
    // a line that ends before `atX` gets a faint dotted leader across to its label
    if (atX !== undefined && l.x < atX) {
      marks.push(Plot.link([l], {
        x1: "x",
        y1: "y",
        x2: () => atX,
        y2: "y",
        stroke: LIGHT_GREY,
        strokeDasharray: "1,3",
        ariaDescription: "backdrop leader",
      }));
    }
    marks.push(label([{ ...l, x: atX ?? l.x }], {
      x: "x",
      y: "y",
      text: "text",
      textAnchor: "start",
      dx,
      dy: dy[i],
      fill: l.fill ?? OKABE_ITO.black,
    }));
  });
  return marks;
}

/** One horizontal bar with its value written at the end. */
export interface GreyBar {
  /** row name */
  row: string;
  /** bar length */
  value: number;
  /** text at the bar's end */
  text: string;
  /** drawn as a dashed outline instead of a filled bar */
  outline?: boolean;
}

/**
 * Horizontal bars: filled grey, or a dashed outline for the second kind, each with its value
 * written just past its end, and the zero rule. Readable in greyscale.
 *
 * @param bars the rows
 * @returns Plot marks (use `y: { domain: rows }` on the plot to fix the order)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { greyBars } from "./marks.ts";
 * assert.equal(greyBars([{ row: "a", value: 1, text: "1" }]).length, 4);
 * ```
 */
export function greyBars(bars: readonly GreyBar[]): Plot.Markish[] {
  return [
    Plot.barX(bars.filter((b) => !b.outline), {
      x: "value",
      y: "row",
      fill: BAR_GREY,
      stroke: OKABE_ITO.black,
    }),
    Plot.barX(bars.filter((b) => b.outline), {
      x: "value",
      y: "row",
      fill: "white",
      stroke: OKABE_ITO.black,
      strokeDasharray: "4,3",
    }),
    Plot.text(bars, { x: "value", y: "row", text: "text", textAnchor: "start", dx: 5 }),
    Plot.ruleX([0]),
  ];
}

/**
 * The upper end of the 95 % Wilson interval for 0 successes in n trials, 3.84 / (n + 3.84)
 * (z² / (n + z²) with z = 1.96).
 *
 * @param n number of trials
 * @returns the bound
 * @throws {RangeError} if n is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { zeroOfNBound } from "./marks.ts";
 * assert.ok(Math.abs(zeroOfNBound(1000) - 0.003826) < 1e-6);
 * ```
 */
export function zeroOfNBound(n: number): number {
  return wilsonInterval(0, n).upper;
}

/**
 * The mark for "0 of n": a downward triangle at the upper bound, open (a bound, not a value),
 * with a dotted stem down to `floor` so it reads as "somewhere below here".
 *
 * @param points where the bounds are: x and the bound y
 * @param options x and y field names, the bottom of the stem, the colour
 * @returns Plot marks
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { upperBoundMarks } from "./marks.ts";
 * assert.equal(upperBoundMarks([{ x: 1, y: 0.004 }], { x: "x", y: "y", floor: 0 }).length, 2);
 * ```
 */
export function upperBoundMarks<T>(
  points: readonly T[],
  options: { x: string; y: string; floor: number; stroke?: string },
): Plot.Markish[] {
  const stroke = options.stroke ?? OKABE_ITO.black;
  return [
    Plot.ruleX(points as T[], {
      x: options.x,
      y1: () => options.floor,
      y2: options.y,
      stroke,
      strokeDasharray: "1,2",
      ariaDescription: "upper bound for 0 of n",
    }),
    Plot.dot(points as T[], {
      x: options.x,
      y: options.y,
      symbol: "triangle",
      rotate: 180,
      r: 4,
      fill: "white",
      stroke,
      strokeWidth: 1.5,
      ariaDescription: "upper bound for 0 of n",
    }),
  ];
}
