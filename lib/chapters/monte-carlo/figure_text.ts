/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import type { ChainRow } from "../../sim/chain_simulation.ts";
import { zeroUpperBound } from "../../stats/wilson.ts";
import { elbowLogCompute } from "../../math/elbow.ts";
import { countWord, type FigureText, oneDigit, roundTo, superscript } from "../../figures/text.ts";
import type { LadderSettings } from "./figures.ts";

/** "p to the eighth power" for k = 8, "p^k" where no word is at hand. */
function powerWords(k: number): string {
  return ORDINALS[k] ? `p to the ${ORDINALS[k]} power` : `p^${k}`;
}

const ORDINALS: Record<number, string> = {
  2: "second",
  3: "third",
  4: "fourth",
  5: "fifth",
  6: "sixth",
  7: "seventh",
  8: "eighth",
  10: "tenth",
  20: "twentieth",
};

function checkRows(rows: readonly ChainRow[], what: string): void {
  if (rows.length < 2) throw new Error(`${what}: needs two rows or more, got ${rows.length}`);
  if (leadingZeros(rows).length === 0) {
    throw new Error(`${what}: the smallest model scored above 0; the text describes a zero start`);
  }
}

/** The rows of a ladder that scored 0 questions right, at its low end. */
function leadingZeros(rows: readonly ChainRow[]): ChainRow[] {
  const i = rows.findIndex((r) => r.emSuccesses > 0);
  return rows.slice(0, i < 0 ? rows.length : i);
}

/**
 * Caption and alt text of {@link chainLadderFigure} drawn with the true p\^k, from the
 * simulated rows: the true per-token accuracy at the ends of the ladder, the last scale that
 * scored 0 of n, and the final exact match.
 *
 * @param rows output of `simulateChain`, one seed, the smallest model at 0 of n
 * @param settings the simulation's x0, s and seed
 * @returns caption and alt text
 * @throws {Error} on fewer than two rows or a ladder whose smallest model scored above 0
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateChain } from "../../sim/chain_simulation.ts";
 * import { chainLadderText } from "./figure_text.ts";
 * const sim = { xs: [19, 21, 23, 25], x0: 22, s: 1.5, k: 8, n: 1000, seed: 2026 };
 * assert.match(chainLadderText(simulateChain(sim), sim).alt, /from about 0\.01 at 1e19/);
 * ```
 */
export function chainLadderText(rows: readonly ChainRow[], settings: LadderSettings): FigureText {
  checkRows(rows, "chainLadderText");
  const first = rows[0], last = rows.at(-1)!;
  const { k, n } = first;
  const bound = zeroUpperBound(n).toFixed(4);
  return {
    caption: `A simulated ladder graded two ways on ${n} questions per model (k = ${k}, ` +
      `x0 = ${settings.x0}, s = ${settings.s}, seed ${settings.seed}), with 95 % Wilson ` +
      `intervals and the true p${superscript(k)} (dotted, triangles) for reference. A score of ` +
      `0/${n} is drawn as an open triangle at its 95 % upper bound, ${bound}.`,
    alt: `Per-token accuracy rises as a smooth S-curve from about ${first.p.toFixed(2)} at ` +
      `1e${first.x} FLOPs to ${last.p.toFixed(2)} at 1e${last.x}. Exact match scores 0/${n}, ` +
      `drawn as open triangles at the upper bound ${bound}, up to about ` +
      `1e${leadingZeros(rows).at(-1)!.x} FLOPs and then rises steeply to about ${
        last.exactMatch.toFixed(1)
      }, following the true ${powerWords(k)}.`,
  };
}

/**
 * Caption and alt text of the chapter's log-axis view of the same ladder (drawn by
 * `logExactMatchFigure` with the true p\^k and the measured counts).
 *
 * @param rows output of `simulateChain`, one seed, the smallest model at 0 of n
 * @param settings the simulation's x0, s and seed
 * @returns caption and alt text
 * @throws {Error} on fewer than two rows or a ladder whose smallest model scored above 0
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateChain } from "../../sim/chain_simulation.ts";
 * import { chainLogEmText } from "./figure_text.ts";
 * const sim = { xs: [19, 21, 23, 25], x0: 22, s: 1.5, k: 8, n: 1000, seed: 2026 };
 * assert.match(chainLogEmText(simulateChain(sim), sim).alt, /from 2e-16 at 10\^19 FLOPs/);
 * ```
 */
export function chainLogEmText(rows: readonly ChainRow[], settings: LadderSettings): FigureText {
  checkRows(rows, "chainLogEmText");
  const { k, n } = rows[0];
  const floor = zeroUpperBound(n);
  const zeros = leadingZeros(rows);
  const measured = rows.slice(zeros.length);
  const counts = measured.length > 4
    ? `${measured.slice(0, 3).map((r) => r.emSuccesses).join(", ")} … ${
      measured.at(-1)!.emSuccesses
    }`
    : measured.map((r) => r.emSuccesses).join(", ");
  const cross = roundTo(elbowLogCompute(k, settings.x0, settings.s, floor), 0.5);
  return {
    caption: `The simulated ladder of the table (k = ${k}, seed ${settings.seed}) on a ` +
      `logarithmic axis: measured exact match (dots, 95 % Wilson intervals), 0 of ${n} drawn at ` +
      `its 95 % upper bound ${floor.toFixed(4)} (open triangles: a bound, not a value), and the ` +
      `true p${superscript(k)} (dashed).`,
    alt:
      `The true p^${k} rises as a nearly straight line from ${
        oneDigit(rows[0].expectedExactMatch)
      } at 10^${rows[0].x} FLOPs to ${oneDigit(zeros.at(-1)!.expectedExactMatch)} at 10^${
        zeros.at(-1)!.x
      }, crosses the dashed floor at ${floor.toFixed(4)} near 10^${cross} and bends towards 1. ` +
      `The ${countWord(zeros.length).toLowerCase()} smallest models scored 0 of ${n} and are ` +
      `drawn as open triangles on the floor; from 10^${measured[0]?.x} on the measured dots ` +
      `(${counts} of ${n}) sit on the curve.`,
  };
}

/**
 * Caption and alt text of {@link pathsFigure}: the two sampling paths, where exact match
 * leaves 0, where it ends, and whether every pair of intervals overlaps.
 *
 * @param mc rows from drawing every token
 * @param exact rows from the binomial path, same ladder and n
 * @returns caption and alt text
 * @throws {Error} if the two ladders differ in length, or either has fewer than two rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateChain } from "../../sim/chain_simulation.ts";
 * import { pathsText } from "./figure_text.ts";
 * const base = { xs: [19, 21, 23, 25], x0: 22, s: 1.5, k: 8, n: 500 };
 * const mc = simulateChain({ ...base, seed: 7 });
 * const ex = simulateChain({ ...base, seed: 8, path: "exact" });
 * assert.match(pathsText(mc, ex).caption, /The two agree within their intervals/);
 * ```
 */
export function pathsText(mc: readonly ChainRow[], exact: readonly ChainRow[]): FigureText {
  if (mc.length !== exact.length || mc.length < 2) {
    throw new Error(
      `pathsText: two ladders of equal length ≥ 2 needed, got ${mc.length} and ${exact.length}`,
    );
  }
  const { k, n } = mc[0];
  const overlaps = mc.filter((r, i) =>
    r.emInterval.lower <= exact[i].emInterval.upper &&
    exact[i].emInterval.lower <= r.emInterval.upper
  ).length;
  const agree = overlaps === mc.length
    ? "The two agree within their intervals."
    : `Their intervals overlap at ${overlaps} of ${mc.length} scales.`;
  const zeroUpTo = mc.findLastIndex((r, i) => r.emSuccesses === 0 && exact[i].emSuccesses === 0);
  const start = zeroUpTo < 0 ? "" : ` from 0 near 1e${mc[zeroUpTo].x} FLOPs`;
  const end = (mc.at(-1)!.exactMatch + exact.at(-1)!.exactMatch) / 2;
  return {
    caption: `Exact match from drawing every token (filled circles, solid) and from the ` +
      `binomial path (open squares, dashed), ${n} questions per model, k = ${k}, with 95 % ` +
      `Wilson intervals; 0/${n} is drawn as an open triangle at its 95 % upper bound. ${agree}`,
    alt: `Two sets of points with error bars, slightly offset horizontally, tracing the same ` +
      `steep rise of exact match${start} to about ${end.toFixed(1)} at 1e${mc.at(-1)!.x}; ${
        overlaps === mc.length
          ? "each pair overlaps within its error bars"
          : `the pairs overlap at ${overlaps} of ${mc.length} scales`
      }.`,
  };
}
