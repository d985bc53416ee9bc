/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import { finite } from "../../validate.ts";
import type { FigureText } from "../../figures/text.ts";
import type { DilutionScores } from "./figures.ts";

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
 * import { dilutionText } from "./figure_text.ts";
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
