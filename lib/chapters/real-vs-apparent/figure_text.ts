/**
 * Caption and alt text of the chapter's figure, computed from the points the figure in
 * `./figures.ts` draws, so every number they state comes from the data.
 *
 * @module
 */
import { positiveInteger } from "../../validate.ts";
import { type FigureText, roundTo, superscript } from "../../figures/text.ts";
import {
  CONTRAST,
  type ContrastPanel,
  type ContrastPoint,
  type ContrastSettings,
  summariseCurve,
} from "./curves.ts";

/** A value with two decimals (three below 0.1) and where it is. */
const at = (p: ContrastPoint) => `${p.value.toFixed(p.value < 0.1 ? 3 : 2)} at ${roundTo(p.x)}`;

/** Where exact match leaves zero (first reaches 0.01 after its lowest point) and reaches ½. */
function exactMatchWords(points: readonly ContrastPoint[], panel: ContrastPanel): string {
  const s = summariseCurve(points, panel, "exact match");
  const curve = points.filter((p) => p.panel === panel && p.metric === "exact match");
  const leaves = curve.slice(curve.indexOf(s.lowest)).find((p) => p.value >= 0.01);
  const until = leaves ? ` until ${roundTo(leaves.x)}` : "";
  const low = s.first.value >= 0.01
    ? `starts at ${at(s.first)}, drops below 0.01 and stays there${until}`
    : `stays below 0.01${until}`;
  const half = s.half ? `, crosses 0.5 at ${roundTo(s.half.x)}` : "";
  return `solid exact match ${low}${half} and reaches ${at(s.last)}`;
}

/**
 * Caption and alt text of {@link contrastFigure}: for each panel, where the dashed
 * log-likelihood curve starts, bottoms out and ends, and where exact match leaves zero and
 * crosses ½, read from the same points.
 *
 * @param points output of {@link contrastCurves}
 * @param settings the chain length and sigmoid the points were computed with (default
 *   {@link CONTRAST})
 * @returns caption and alt text
 * @throws {RangeError} if k is not a positive integer or a panel lacks a curve
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { contrastCurves } from "./curves.ts";
 * import { contrastText } from "./figure_text.ts";
 * assert.match(contrastText(contrastCurves()).alt, /to its lowest, 0\.17 at 21\.9,/);
 * ```
 */
export function contrastText(
  points: readonly ContrastPoint[],
  settings: Pick<ContrastSettings, "k" | "x0" | "s"> = CONTRAST,
): FigureText {
  const k = positiveInteger("k", settings.k, "contrastText");
  const smooth = summariseCurve(points, "metric-driven", "log-likelihood per token");
  const shift = summariseCurve(points, "strategy shift", "log-likelihood per token");
  const qk = `q${superscript(k)}`;
  const caption = `Two simulated models graded the same two ways, with answers of ${k} tokens: ` +
    `exact match ${qk} (solid) and the mean token log-likelihood ln q, drawn as e^(ln q) = q ` +
    `(dashed) so that both share one axis. Left: one smooth per-token curve, ` +
    `q = σ(${settings.s}·(x − ${settings.x0})). Right: at every token the model weighs the right token against a ` +
    `tempting wrong one, and learns the wrong pull first (the U-shaped preset of the distractor ` +
    `model). The dotted grey line marks ½.`;
  const alt = `Two panels over log10 compute from ${roundTo(smooth.first.x)} to ` +
    `${roundTo(smooth.last.x)}, both with exact match near zero and then a steep rise. ` +
    `Left, one smooth per-token curve: the dashed log-likelihood curve rises without a dip from ` +
    `${at(smooth.first)} to ${at(smooth.last)}${
      smooth.half ? `, crossing 0.5 at ${roundTo(smooth.half.x)}` : ""
    }; ${exactMatchWords(points, "metric-driven")}. Right, a distractor learned first: the ` +
    `dashed curve falls from ${at(shift.first)} to its lowest, ${at(shift.lowest)}, then rises ` +
    `to ${at(shift.last)}; ${exactMatchWords(points, "strategy shift")}.`;
  return { caption, alt };
}
