/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import { positiveInteger } from "../../validate.ts";
import { countWord, type FigureText, listed, roundTo } from "../../figures/text.ts";

/**
 * Caption and alt text of {@link chainPowerFigure}, from the chain lengths it draws: where the
 * longest chain leaves zero (reaches 0.05, to the nearest 0.05 of p) is computed from p\^k.
 *
 * @param ks the chain lengths drawn, in the order given to `powerCurves`
 * @returns caption and alt text
 * @throws {Error} if there are fewer than three chain lengths; {RangeError} on a bad k
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chainPowerText } from "./figure_text.ts";
 * assert.match(chainPowerText([1, 2, 4, 8, 20]).alt, /until p is about 0\.85/);
 * ```
 */
export function chainPowerText(ks: readonly number[]): FigureText {
  ks.forEach((k, i) => positiveInteger(`ks[${i}]`, k));
  if (ks.length < 3) throw new Error(`chainPowerText: needs three chain lengths, got ${ks.length}`);
  const [first, longest, middle] = [ks[0], ks.at(-1)!, ks.slice(1, -1)];
  const leaves = roundTo(0.05 ** (1 / longest), 0.05);
  return {
    caption:
      `Exact match p^k against per-token accuracy p for chains of k = ${
        listed(ks.map(String))
      } tokens. Each curve has its own dash pattern and is labelled where it crosses 0.3 ` +
      `(k = ${longest} at 0.5).`,
    alt:
      `${countWord(ks.length)} curves from (0, 0) to (1, 1). k = ${first} is ${
        first === 1 ? "a straight diagonal" : "the highest"
      }; k = ${listed(middle.map(String))} sag progressively lower; k = ${longest} stays near ` +
      `zero until p is about ${leaves} and then rises steeply to 1.`,
  };
}
