/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import { finite, positiveInteger } from "../../validate.ts";
import { elbowLogCompute } from "../../math/elbow.ts";
import { countWord, type FigureText, roundTo, superscript } from "../../figures/text.ts";

/**
 * Caption and alt text of {@link starterFigure}: where each curve crosses 0.5 and where each
 * exact-match curve leaves zero (reaches 0.01, to the nearest half decade), computed from the
 * same sigmoid.
 *
 * @param ks one or two chain lengths (solid, then dotted), as passed to {@link starterCurves}
 * @param x0 midpoint of the per-token sigmoid (log10 FLOPs)
 * @param s steepness per decade
 * @param from first log10 compute of the chart
 * @param to last log10 compute of the chart
 * @returns caption and alt text
 * @throws {RangeError} on no chain length or more than two, or a bad k, x0 or s
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { starterText } from "./figure_text.ts";
 * assert.match(starterText([4], 22, 1.5).alt, /p⁴ curve stays near zero until about 21.5/);
 * ```
 */
export function starterText(
  ks: readonly number[],
  x0: number,
  s: number,
  from = 19,
  to = 26,
): FigureText {
  if (ks.length < 1 || ks.length > 2) {
    throw new RangeError(`starterText: one or two chain lengths, got ${ks.length}`);
  }
  ks.forEach((k, i) => positiveInteger(`ks[${i}]`, k));
  finite("x0", x0);
  finite("s", s);
  const styles = ["solid", "dotted"];
  const caption = `Per-token accuracy p (dashed) and exact match of ${
    ks.map((k, i) => `a ${k}-token answer, p${superscript(k)} (${styles[i]})`).join(", and of ")
  }, against log-compute, with x0 = ${x0} and s = ${s}.`;
  const curves = ks.map((k, i) =>
    `the ${styles[i]} p${superscript(k)} curve stays near zero until about ${
      roundTo(elbowLogCompute(k, x0, s, 0.01), 0.5)
    } and crosses 0.5 near ${roundTo(elbowLogCompute(k, x0, s))}`
  );
  const alt = `${countWord(ks.length + 1)} S-shaped curves over log10 compute from ${from} to ` +
    `${to}. The dashed per-token curve rises from the left edge and crosses 0.5 at ${x0}; ` +
    `${curves.join("; ")}.`;
  return { caption, alt };
}
