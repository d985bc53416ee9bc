/**
 * Figure for chapter 6 (two metrics, one pass): labelled horizontal bars comparing metric
 * values under two scoring choices (answer span only vs every position). Draws given values.
 *
 * @module
 */
import { plot } from "../../figures/render.ts";
import { greyBars } from "../../figures/marks.ts";
import type { ForwardPassScores } from "../../metrics/forward_pass.ts";

/** One bar. */
export interface ValueBar {
  /** row label, e.g. "token accuracy — answer only" */
  label: string;
  /** bar length, in the units of the x axis (inside the figure's domain) */
  value: number;
  /** text written at the bar's end */
  text: string;
  /** group, drawn as solid (first group) or hatched-outline (second) bars */
  group: string;
}

/**
 * Horizontal bars, one per row, the first group filled and the second outlined with a dashed
 * stroke, each labelled with its value (readable without colour).
 *
 * @param bars the rows, top to bottom
 * @param xLabel axis label
 * @param domain x domain
 * @returns a Plot SVG element
 * @throws {Error} if there are no bars
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { valueBarsFigure } from "./figures.ts";
 * const el = valueBarsFigure([{ label: "a", value: 0.5, text: "0.50", group: "g" }], "x", [0, 1]);
 * assert.ok(el.outerHTML.includes("0.50"));
 * ```
 */
export function valueBarsFigure(
  bars: readonly ValueBar[],
  xLabel: string,
  domain: [number, number],
): SVGSVGElement {
  if (bars.length === 0) throw new Error("valueBarsFigure: no bars");
  const first = bars[0].group;
  return plot({
    marginLeft: 260,
    marginRight: 70,
    height: 60 + 34 * bars.length,
    x: { label: xLabel, domain, grid: true },
    y: { label: null, domain: bars.map((b) => b.label) },
    marks: greyBars(
      bars.map((b) => ({ row: b.label, value: b.value, text: b.text, outline: b.group !== first })),
    ),
  });
}

/** The two scorings of one forward pass that the prompt-dilution figure compares. */
export interface DilutionScores {
  /** scores on the answer span */
  answerOnly: Pick<ForwardPassScores, "tokenAccuracy" | "meanTokenNll">;
  /** scores on every position, the copied prompt included */
  everyPosition: Pick<ForwardPassScores, "tokenAccuracy" | "meanTokenNll">;
}
