/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import type { LadderStudyRow } from "../../sim/ladder_experiment.ts";
import { countWord, type FigureText } from "../../figures/text.ts";

/**
 * Caption and alt text of {@link planningSpreadFigure}: how many replicates each exact-match
 * ladder below the elbow locates it in, and how the per-token spread shrinks, read from the
 * study's rows.
 *
 * @param rows the study's rows, as drawn (offsets from low to high)
 * @returns caption and alt text
 * @throws {Error} if there are no rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderStudy } from "../../sim/ladder_experiment.ts";
 * import { planningSpreadText } from "./figure_text.ts";
 * const t = planningSpreadText(ladderStudy({ x0: 22, s: 1.5, k: 8 }, [-2, 0], 200, 20, 7));
 * assert.ok(t.alt.startsWith("Interval chart with four rows"));
 * ```
 */
export function planningSpreadText(rows: readonly LadderStudyRow[]): FigureText {
  if (rows.length === 0) throw new Error("planningSpreadText: no rows");
  const n = rows[0].replicates;
  const em = rows.filter((r) => r.signal === "exact-match" && r.offset < 0);
  const tok = rows.filter((r) => r.signal === "per-token" && r.offset < 0 && r.p05 !== null);
  const none = em.filter((r) => r.located === 0).map((r) => countWord(-r.offset).toLowerCase());
  const some = em.filter((r) => r.located > 0);
  const width = (r: LadderStudyRow) => r.p95! - r.p05!;
  const parts: string[] = [];
  if (none.length) {
    parts.push(
      `Exact-match fits from ladders ${none.reverse().join(" or ")} decades below the elbow ` +
        `locate it in 0 of ${n} replicates`,
    );
  }
  for (const r of some) {
    const late = r.median !== null && r.median > r.trueElbow;
    parts.push(
      `${countWord(-r.offset).toLowerCase()} decade below, ${r.located} of ${n} succeed` +
        (late ? " and they land late" : ""),
    );
  }
  const everyTok = rows.filter((r) => r.signal === "per-token").every((r) => r.located === n);
  return {
    caption: "Where three-rung ladders put the elbow (exact match = ½), by ladder position and " +
      `fitted signal: median (dot) and 5–95 % range (rule) over ${n} seeded replicates; ` +
      "exact-match fits dashed, per-token fits solid; the vertical line is the true elbow. Rows " +
      "with no interval could not locate it in any replicate.",
    alt: `Interval chart with ${countWord(rows.length).toLowerCase()} rows. ${parts.join("; ")}. ` +
      `Per-token fits locate it in ${everyTok ? "every replicate" : "most replicates"} at every ` +
      (tok.length > 1
        ? `position, with a spread that shrinks from ${width(tok[0]).toFixed(1)} decades to ${
          width(tok.at(-1)!).toFixed(2)
        } as the ladder approaches the elbow. `
        : "position. ") +
      "Ladders that reach the elbow locate it tightly with either signal.",
  };
}
