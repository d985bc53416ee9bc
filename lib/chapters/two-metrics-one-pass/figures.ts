/**
 * Figure for chapter 7 (two metrics, one pass): labelled horizontal bars comparing metric
 * values under two scoring choices (answer span only vs every position). Draws given values.
 *
 * @module
 */
import { plot } from "../../figures/render.ts";
import { greyBars } from "../../figures/marks.ts";
import type { ForwardPassScores } from "../../metrics/forward_pass.ts";
import { finite } from "../../validate.ts";
import type { FigureText } from "../../figures/text.ts";

/** One bar. */
export interface ValueBar {
  /** row label, e.g. "token accuracy — answer only" */
  label: string;
  /** the value */
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

/**
 * Caption and alt text of the prompt-dilution bars ({@link valueBarsFigure}), with the values
 * of both scorings. An NLL equal to ln V for a whole V (a uniform guess over V tokens) is
 * written as "ln V".
 *
 * @param d output of `promptDilution`
 * @returns caption and alt text
 * @throws {RangeError} if a score is not a finite number
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { promptDilution } from "../../metrics/dilution.ts";
 * import { dilutionText } from "./figures.ts";
 * const d = promptDilution({ examples: 64, promptTokens: 99, answerTokens: 1, vocab: 10 });
 * assert.match(dilutionText(d).caption, /drops the NLL from ln 10 to about 0\.02 nats/);
 * ```
 */
export function dilutionText(d: DilutionScores): FigureText {
  const { answerOnly: a, everyPosition: e } = d;
  [a.tokenAccuracy, a.meanTokenNll, e.tokenAccuracy, e.meanTokenNll].forEach((v, i) =>
    finite(`score ${i + 1}`, v, "dilutionText")
  );
  const guess = Math.round(Math.exp(a.meanTokenNll));
  const nllFrom = Math.abs(Math.log(guess) - a.meanTokenNll) < 1e-3
    ? `ln ${guess}`
    : `${a.meanTokenNll.toFixed(2)} nats`;
  return {
    caption: "Prompt dilution: the same logits scored on the answer span (filled bars) and on " +
      "every position (dashed outlines). Scoring the copied prompt lifts token accuracy from " +
      `about ${a.tokenAccuracy.toFixed(1)} to ${e.tokenAccuracy.toFixed(2)} and drops the NLL ` +
      `from ${nllFrom} to about ${e.meanTokenNll.toFixed(2)} nats.`,
    alt: `Four horizontal bars. Token accuracy is about ${a.tokenAccuracy.toFixed(2)} on the ` +
      `answer span and ${e.tokenAccuracy.toFixed(2)} on every position; mean token NLL is ` +
      `${a.meanTokenNll.toFixed(2)} nats on the answer span and about ` +
      `${e.meanTokenNll.toFixed(2)} on every position.`,
  };
}
