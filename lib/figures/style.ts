/**
 * The book's figure style, in one place: the Okabe–Ito palette, dash patterns and widths that
 * tell series apart without colour, direct labels with a white halo, end labels pushed apart so
 * they never overlap, grey value bars, and the mark for "0 of n" (the upper end of its 95 %
 * Wilson interval, drawn as a bound, never as a value). Every figure module draws with these.
 *
 * Axis titles carry Observable Plot's arrows: "→" and "↑" point the way values increase, never
 * which way is better.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { wilsonInterval } from "../stats/wilson.ts";

/** The Okabe–Ito colours by name (safe for the common colour-vision deficiencies). */
export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  green: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  purple: "#CC79A7",
} as const;

/** Series colours in order of use, darkest first; colour is only a second cue. */
export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.black,
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.green,
  OKABE_ITO.purple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
];

/** Dash patterns in order of use, solid first; each differs from its neighbours at a glance. */
export const SERIES_DASHES: readonly (string | undefined)[] = [
  undefined,
  "8,4",
  "2,3",
  "12,3,2,3",
  "4,2",
  "1,4",
  "16,4",
];

/** Stroke widths in order of use: the first series is the heaviest. */
export const SERIES_WIDTHS: readonly number[] = [2.5, 2, 2, 2, 2, 2, 1.5];

/** Grey for reference lines (floors, chance, thresholds). */
export const REFERENCE_GREY = "#555555";
/** Grey for filled value bars. */
export const BAR_GREY = "#555555";
/** Light grey for a true curve drawn behind measurements, and for background windows. */
export const LIGHT_GREY = "#bbbbbb";

/**
 * A generous estimate of a label's width in px (DejaVu Sans averages about 0.6 em a
 * character), for sizing the margin that holds end labels.
 *
 * @param text the label
 * @param fontSize font size in px
 * @returns the estimated width in px
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { textWidth } from "./style.ts";
 * assert.equal(textWidth("abcde"), 39);
 * ```
 */
export function textWidth(text: string, fontSize = 12): number {
  return Math.ceil([...text].length * 0.65 * fontSize);
}

/** Stroke options for series `i` (colour, width and dash pattern). */
export interface SeriesStyle {
  /** stroke colour */
  stroke: string;
  /** stroke width */
  strokeWidth: number;
  /** dash pattern, undefined for solid */
  strokeDasharray: string | undefined;
}

/**
 * Colour, width and dash of the `i`-th series.
 *
 * @param i series index, from 0
 * @returns the stroke options
 * @throws {RangeError} if `i` is not an index of the style table
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { seriesStyle } from "./style.ts";
 * assert.equal(seriesStyle(0).strokeDasharray, undefined);
 * assert.equal(seriesStyle(1).strokeDasharray, "8,4");
 * ```
 */
export function seriesStyle(i: number): SeriesStyle {
  if (!Number.isInteger(i) || i < 0 || i >= SERIES_DASHES.length) {
    throw new RangeError(`series index must be 0 … ${SERIES_DASHES.length - 1}, got ${i}`);
  }
  return {
    stroke: SERIES_COLOURS[i],
    strokeWidth: SERIES_WIDTHS[i],
    strokeDasharray: SERIES_DASHES[i],
  };
}

/** Options of a direct label. */
export interface LabelOptions {
  /** x channel or accessor */
  x?: Plot.ChannelValueSpec;
  /** y channel or accessor */
  y?: Plot.ChannelValueSpec;
  /** the text: a field name or accessor */
  text: Plot.ChannelValue;
  /** text anchor */
  textAnchor?: "start" | "middle" | "end";
  /** pixel offset */
  dx?: number;
  /** pixel offset */
  dy?: number | Plot.ChannelValue;
  /** text colour */
  fill?: string;
  /** font size in px (default the figure's 12 px) */
  fontSize?: number;
  /** font weight */
  fontWeight?: string;
  /** aria label of the mark */
  ariaLabel?: string;
  /** facet-x channel */
  fx?: Plot.ChannelValue;
  /** facet-y channel */
  fy?: Plot.ChannelValue;
  /** line anchor for multi-line text */
  lineAnchor?: "top" | "middle" | "bottom";
}

/**
 * A text mark with a white halo, so a label stays readable where it passes a grid line.
 *
 * @param data the label rows
 * @param options channels and offsets
 * @returns a Plot text mark
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { label } from "./style.ts";
 * assert.ok(label([{ x: 1, y: 2, t: "a" }], { x: "x", y: "y", text: "t" }));
 * ```
 */
export function label<T>(data: readonly T[], options: LabelOptions): Plot.Text {
  const { dy, ...rest } = options;
  return Plot.text(data as T[], {
    textAnchor: "start",
    ...rest,
    ...(typeof dy === "number" ? { dy } : {}),
    ...(dy !== undefined && typeof dy !== "number" ? { dy: dy as never } : {}),
    stroke: "white",
    strokeWidth: 3,
    paintOrder: "stroke",
  } as Plot.TextOptions);
}

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
 * import { spreadLabels } from "./style.ts";
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
 * import { pointLabels } from "./style.ts";
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
 * import { endLabels } from "./style.ts";
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
 * import { greyBars } from "./style.ts";
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
 * import { zeroOfNBound } from "./style.ts";
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
 * import { upperBoundMarks } from "./style.ts";
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
