/**
 * The book's figure style, in one place: the Okabe–Ito palette, dash patterns and widths that
 * tell series apart without colour, and direct labels with a white halo. The marks built from
 * them (end labels pushed apart, grey value bars, the "0 of n" bound) are in `./marks.ts`.
 * Every figure module draws with these.
 *
 * Axis titles carry Observable Plot's arrows: "→" and "↑" point the way values increase, never
 * which way is better.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";

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
