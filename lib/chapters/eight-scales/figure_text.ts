/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import type { ScaleRow } from "./tables.ts";
import { countWord, type FigureText, listed, superscript } from "../../figures/text.ts";

/**
 * Caption and alt text of {@link scalesMetricsFigure}, with the exact-match values at the
 * checkpoints read from the same rows. The first figure of a chapter describes all three
 * curves; with `reference`, the figure is described against an earlier one of chain length
 * `reference` (same per-token and log-likelihood curves).
 *
 * @param rows output of `scaleRows` for chain length k (the figure's checkpoints)
 * @param k the chain length
 * @param reference chain length of an earlier figure to compare with, if any
 * @returns caption and alt text
 * @throws {Error} if there are fewer than three rows or exact match never leaves zero
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scaleRows } from "./tables.ts";
 * import { scalesMetricsText } from "./figure_text.ts";
 * assert.match(scalesMetricsText(scaleRows(4), 4).alt, /until 10\^22, where it is 0\.06/);
 * ```
 */
export function scalesMetricsText(
  rows: readonly ScaleRow[],
  k: number,
  reference?: number,
): FigureText {
  if (rows.length < 3) throw new Error(`scalesMetricsText: needs three rows, got ${rows.length}`);
  const first = rows[0], last = rows.at(-1)!;
  const at = (r: ScaleRow) => `${r.em.toFixed(2)} at 10^${r.x}`;
  const pk = `p${superscript(k)}`;
  if (reference !== undefined) {
    // near zero: below 0.05
    const rise = rows.findIndex((r) => r.em >= 0.05);
    if (rise < 1) throw new Error("scalesMetricsText: exact match never starts near zero");
    const later = rows.slice(rise).map(at);
    return {
      caption: `The same three metrics for a ${k}-token answer: exact match ${pk} (solid, ` +
        `circles), per-token accuracy (dashed, squares), rescaled log-likelihood (dotted).`,
      alt: `The per-token and log-likelihood curves are the same as for k = ${reference}. The ` +
        `exact-match curve stays near zero up to 10^${rows[rise - 1].x}, reaches ${listed(later)}.`,
    };
  }
  // where exact match leaves zero (reaches 0.05), and one decade later
  const rise = rows.find((r) => r.em >= 0.05);
  if (!rise) throw new Error("scalesMetricsText: exact match never leaves zero");
  const decadeOn = rows.find((r) => r.x >= rise.x + 1) ?? last;
  const middle = rows.reduce((a, r) => Math.abs(r.p - 0.5) < Math.abs(a.p - 0.5) ? r : a);
  const rescaled = 1 + middle.logLik / Math.abs(first.logLik);
  return {
    caption: `The three metrics of ${k}-digit addition over log-compute: exact match ${pk} ` +
      `(solid, circles at the ${countWord(rows.length).toLowerCase()} checkpoints), per-token ` +
      `accuracy p (dashed, squares) and the token log-likelihood ln p rescaled to [0, 1] (dotted).`,
    alt: `${countWord(3)} rising curves over log10 compute from ${first.x} to ${last.x}. The ` +
      `rescaled log-likelihood rises fastest at the start, from 0 to about ${
        rescaled.toFixed(1)
      } by 10^${middle.x}. Per-token accuracy is an S-curve through ${
        middle.p.toFixed(1)
      } at 10^${middle.x}. Exact match stays near zero until 10^${rise.x}, where it is ${
        rise.em.toFixed(2)
      }, then climbs through ${at(decadeOn)} to ${at(last)}.`,
  };
}
