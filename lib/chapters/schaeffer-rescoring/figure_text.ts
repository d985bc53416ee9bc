/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import { maxOf, minOf } from "../../math/extent.ts";
import type { SchaefferCurvePoint, SchaefferLadderRow } from "../../sim/schaeffer_model.ts";
import { type MetricShare, shareLabel } from "../../metrics/meta_analysis.ts";
import { wilsonInterval, zeroUpperBound } from "../../stats/wilson.ts";
import { countWord, type FigureText, oneDigit, roundTo, superscript } from "../../figures/text.ts";
import type { ScoreBar } from "./figures.ts";

function checkLadder(ladder: readonly SchaefferLadderRow[], what: string): void {
  if (ladder.length < 2) throw new Error(`${what}: needs two models or more, got ${ladder.length}`);
}

/** The closed-form point nearest a log10 N. */
function closedAt(closed: readonly SchaefferCurvePoint[], logN: number): SchaefferCurvePoint {
  if (closed.length === 0) throw new Error("no closed-form points");
  return closed.reduce((a, c) => Math.abs(c.logN - logN) < Math.abs(a.logN - logN) ? c : a);
}

/**
 * Caption and alt text of the chapter's exact-match ladder (`metricLadderFigure`): where
 * exact match leaves zero (first reaches 0.02), where it ends, and whether every 95 % Wilson
 * interval contains the closed form.
 *
 * @param ladder output of `simulateSchaefferLadder`
 * @param closed output of `schaefferCurves` on a fine grid, same law and length
 * @param length answer length L in tokens
 * @returns caption and alt text
 * @throws {Error} on fewer than two models or no closed-form points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { schaefferCurves, simulateSchaefferLadder } from "../../sim/schaeffer_model.ts";
 * import { ladderExactMatchText } from "./figure_text.ts";
 * const law = { c: 2e6, alpha: -0.35 };
 * const ladder = simulateSchaefferLadder({
 *   logNs: [5, 7, 9, 11], law, length: 8, questions: 1000, choices: 4, seed: 2026,
 * });
 * const closed = schaefferCurves([5, 7, 9, 11], law, 8);
 * assert.match(ladderExactMatchText(ladder, closed, 8).alt, /about 0\.8 at 1e11/);
 * ```
 */
export function ladderExactMatchText(
  ladder: readonly SchaefferLadderRow[],
  closed: readonly SchaefferCurvePoint[],
  length: number,
): FigureText {
  checkLadder(ladder, "ladderExactMatchText");
  const n = ladder[0].generation.examples;
  const nearZero = ladder.filter((r) => r.generation.exactMatch < 0.02);
  const last = ladder.at(-1)!;
  const inside = ladder.filter((r) => {
    const ci = wilsonInterval(r.generation.exactMatchCount, r.generation.examples);
    const c = closedAt(closed, r.logN).accuracy;
    return c >= ci.lower && c <= ci.upper;
  }).length;
  const follow = inside === ladder.length
    ? "the simulated points follow the closed-form curve"
    : `${inside} of ${ladder.length} intervals contain the closed-form curve`;
  return {
    caption: `Exact match of ${length}-token answers on the simulated ladder (points, 95 % ` +
      `Wilson intervals, ${n} questions per model) and the closed form p${superscript(length)} ` +
      `(line). 0/${n} is drawn as an open triangle at its 95 % upper bound, ${
        zeroUpperBound(n).toFixed(4)
      }.`,
    alt: `Exact match stays at or near zero for models up to about 1e${
      nearZero.at(-1)?.logN ?? ladder[0].logN
    } parameters, then rises steeply to about ${
      last.generation.exactMatch.toFixed(1)
    } at 1e${last.logN}; ${follow}.`,
  };
}

/**
 * Caption and alt text of the chapter's edit-distance ladder: the mean edit distance at both
 * ends and how far the simulated points lie from the closed form L(1 − p).
 *
 * @param ladder output of `simulateSchaefferLadder`
 * @param closed output of `schaefferCurves` on a fine grid, same law and length
 * @param length answer length L in tokens
 * @returns caption and alt text
 * @throws {Error} on fewer than two models or no closed-form points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { schaefferCurves, simulateSchaefferLadder } from "../../sim/schaeffer_model.ts";
 * import { ladderEditDistanceText } from "./figure_text.ts";
 * const law = { c: 2e6, alpha: -0.35 };
 * const ladder = simulateSchaefferLadder({
 *   logNs: [5, 8, 11], law, length: 8, questions: 1000, choices: 4, seed: 2026,
 * });
 * const closed = schaefferCurves([5, 8, 11], law, 8);
 * assert.match(ladderEditDistanceText(ladder, closed, 8).caption, /8\(1 − p\)/);
 * ```
 */
export function ladderEditDistanceText(
  ladder: readonly SchaefferLadderRow[],
  closed: readonly SchaefferCurvePoint[],
  length: number,
): FigureText {
  checkLadder(ladder, "ladderEditDistanceText");
  const first = ladder[0], last = ladder.at(-1)!;
  const gap = maxOf(
    ladder.map((r) =>
      Math.abs(r.generation.meanEditDistance - closedAt(closed, r.logN).editDistance)
    ),
  );
  return {
    caption: `The same answers scored by token edit distance (points: mean over ` +
      `${first.generation.examples} questions) and the closed form ${length}(1 − p) (line). ` +
      `Lower is better.`,
    alt: `Edit distance falls smoothly from ${
      first.generation.meanEditDistance.toFixed(2)
    } tokens at 1e${first.logN} parameters to ${
      last.generation.meanEditDistance.toFixed(2)
    } at 1e${last.logN}, with no sharp turn; the simulated points lie within ${
      (Math.ceil(gap * 100) / 100).toFixed(2)
    } tokens of the line.`,
  };
}

/**
 * Caption and alt text of the chapter's multiple-choice ladder: the grade at chance for the
 * models up to `chanceUntil`, where it ends, and the Brier score over the same stretches.
 *
 * @param ladder output of `simulateSchaefferLadder`
 * @param choices options per question
 * @param chanceUntil log10 N up to which the models answer at chance
 * @returns caption and alt text
 * @throws {Error} on fewer than two models, or no model at chance
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateSchaefferLadder } from "../../sim/schaeffer_model.ts";
 * import { ladderMultipleChoiceText } from "./figure_text.ts";
 * const ladder = simulateSchaefferLadder({
 *   logNs: [5, 6, 7, 9, 11], law: { c: 2e6, alpha: -0.35 }, length: 8, questions: 1000,
 *   choices: 4, chanceUntil: 7, seed: 2026,
 * });
 * assert.match(ladderMultipleChoiceText(ladder, 4, 7).alt, /for the three models from 1e5/);
 * ```
 */
export function ladderMultipleChoiceText(
  ladder: readonly SchaefferLadderRow[],
  choices: number,
  chanceUntil: number,
): FigureText {
  checkLadder(ladder, "ladderMultipleChoiceText");
  const chance = ladder.filter((r) => r.logN <= chanceUntil);
  if (chance.length === 0) {
    throw new Error(`ladderMultipleChoiceText: no model at or below 1e${chanceUntil} (chance)`);
  }
  const last = ladder.at(-1)!, lastChance = chance.at(-1)!;
  const mc = (r: SchaefferLadderRow) => r.multipleChoice;
  return {
    caption: `${countWord(choices)}-option multiple choice on the simulated ladder: grade ` +
      `(fraction of questions whose correct option ranks first, 95 % Wilson intervals; higher ` +
      `is better) and the Brier score of the option probabilities (lower is better), ` +
      `${mc(last).questions} questions per model.`,
    alt:
      `The multiple-choice grade sits at chance, about ${1 / choices}, for the ${
        countWord(chance.length).toLowerCase()
      } models from 1e${chance[0].logN} to 1e${lastChance.logN} parameters, then rises in even ` +
      `steps to ${mc(last).grade.toFixed(2)} at 1e${last.logN}. The Brier score falls from ${
        mc(chance[0]).brier.toFixed(2)
      } to ${mc(lastChance).brier.toFixed(2)} over the chance models and on to ${
        mc(last).brier.toFixed(2)
      }.`,
  };
}

/**
 * Caption and alt text of the chapter's log-axis exact-match figure (drawn by
 * `logExactMatchFigure`): the closed form at both ends, where it crosses the floor of the
 * test (interpolated on the grid in log exact match), and the measured counts.
 *
 * @param ladder output of `simulateSchaefferLadder`
 * @param closed output of `schaefferCurves` on a fine grid, same law and length
 * @param length answer length L in tokens
 * @param yMin lower end of the figure's y axis
 * @returns caption and alt text
 * @throws {Error} on fewer than two models, no closed-form points, or a closed form that
 *   never crosses the floor
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { schaefferCurves, simulateSchaefferLadder } from "../../sim/schaeffer_model.ts";
 * import { ladderLogEmText } from "./figure_text.ts";
 * const law = { c: 2e6, alpha: -0.35 };
 * const ladder = simulateSchaefferLadder({
 *   logNs: [5, 7, 9, 11], law, length: 8, questions: 1000, choices: 4, seed: 2026,
 * });
 * const grid = Array.from({ length: 121 }, (_, i) => 5 + i / 20);
 * const text = ladderLogEmText(ladder, schaefferCurves(grid, law, 8), 8, 1e-10);
 * assert.match(text.alt, /crosses the dashed floor at 0\.0038 near 1e6\.8/);
 * ```
 */
export function ladderLogEmText(
  ladder: readonly SchaefferLadderRow[],
  closed: readonly SchaefferCurvePoint[],
  length: number,
  yMin: number,
): FigureText {
  checkLadder(ladder, "ladderLogEmText");
  const n = ladder[0].generation.examples;
  const floor = zeroUpperBound(n);
  const j = closed.findIndex((c) => c.accuracy >= floor);
  if (j < 1) throw new Error("ladderLogEmText: the closed form does not cross the test's floor");
  const [a, b] = [closed[j - 1], closed[j]];
  const t = (Math.log(floor) - Math.log(a.accuracy)) /
    (Math.log(b.accuracy) - Math.log(a.accuracy));
  const cross = a.logN + t * (b.logN - a.logN);
  const zeros = ladder.filter((r) => r.generation.exactMatchCount === 0);
  const measured = ladder.filter((r) => r.generation.exactMatchCount > 0);
  const counts = measured.map((r) => r.generation.exactMatchCount);
  const shown = counts.length > 4
    ? `${counts.slice(0, 3).join(", ")} … ${counts.at(-1)}`
    : counts.join(", ");
  const first = closed[0], last = closed.at(-1)!;
  return {
    caption: `Exact match of the simulated ladder on a logarithmic axis: measured on ${n} ` +
      `questions (dots, 95 % Wilson intervals; open triangles: 0 of ${n}, drawn at the 95 % ` +
      `upper bound ${floor.toFixed(4)}) and the closed form p${superscript(length)} (dashed) ` +
      `[@schaeffer2023mirage].`,
    alt: `On a log axis from ${oneDigit(yMin)} to 1, the closed-form p^${length} rises steadily ` +
      `from about ${oneDigit(first.accuracy)} at 1e${first.logN} parameters, crosses the dashed ` +
      `floor at ${floor.toFixed(4)} near 1e${roundTo(cross)} and bends over towards ${
        last.accuracy.toFixed(2)
      } at 1e${last.logN}. The ${countWord(zeros.length).toLowerCase()} smallest models scored ` +
      `0 of ${n} and sit as open triangles on the floor; from 1e${
        measured[0]?.logN
      } on the measured dots (${shown} of ${n}) lie on the curve.`,
  };
}

/**
 * Caption and alt text of {@link emergenceScoreFigure}: the range of the finite scores, the
 * three largest, and which are infinite.
 *
 * @param bars the scores drawn
 * @returns caption and alt text
 * @throws {Error} if no score is finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceScoreText } from "./figure_text.ts";
 * const text = emergenceScoreText([
 *   { metric: "a", score: 12 }, { metric: "b", score: 20.4 }, { metric: "c", score: Infinity },
 * ]);
 * assert.match(text.alt, /between about 12 and 20; the largest are b \(20\.4\)/);
 * ```
 */
export function emergenceScoreText(bars: readonly ScoreBar[]): FigureText {
  const finite = bars.filter((b) => Number.isFinite(b.score));
  if (finite.length === 0) throw new Error("emergenceScoreText: no finite score");
  const infinite = bars.filter((b) => !Number.isFinite(b.score)).map((b) => b.metric);
  const top = [...finite].sort((a, b) => b.score - a.score).slice(0, 3)
    .map((b) => `${b.metric} (${b.score.toFixed(1)})`);
  const scores = finite.map((b) => b.score);
  return {
    caption: "BIG-bench emergence score of every metric on one simulated ladder, plus a " +
      "flat-then-jump reference sequence. The dashed outline marks an infinite score: more " +
      "than half of the steps were exactly flat.",
    alt:
      `Horizontal bars of emergence scores. The ${
        countWord(finite.length).toLowerCase()
      } finite scores lie between ` +
      `about ${Math.round(minOf(scores))} and ${Math.round(maxOf(scores))}; the largest are ${
        top.join("; ")
      }.${
        infinite.length
          ? ` Infinite, with more than half of the steps flat: ${infinite.join("; ")}.`
          : ""
      }`,
  };
}

/**
 * Caption and alt text of {@link shareFigure} for the metric shares of the meta-analysis.
 *
 * @param shares rows of `parseMetaAnalysis`
 * @returns caption and alt text
 * @throws {Error} if there are no rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shareText } from "./figure_text.ts";
 * const text = shareText([
 *   { metric: "a or b", percent: 92, relation: "more than", printed: true, source: "s" },
 *   { metric: "others (x, y)", percent: 8, relation: "less than", printed: false, source: "s" },
 * ]);
 * assert.equal(text.alt, "Two horizontal bars: a or b together more than 92 percent; others less than 8 percent.");
 * ```
 */
export function shareText(shares: readonly MetricShare[]): FigureText {
  if (shares.length === 0) throw new Error("shareText: no rows");
  const said = shares.map((m) =>
    `"${shareLabel(m)}" is ${m.printed ? "stated in the paper" : "the remainder"}`
  );
  const bars = shares.map((m) => {
    const name = m.metric.replace(/\s*\(.*\)\s*$/, "");
    const relation = m.relation === "about" ? "about" : m.relation;
    return `${name}${name.includes(" or ") ? " together" : ""} ${relation} ${m.percent} percent`;
  });
  return {
    caption: "Share of the claimed emergent abilities on BIG-Bench (hand-annotated list) by " +
      `metric, from Schaeffer, Miranda & Koyejo (2023), Figure 5C: ${said.join("; ")}.`,
    alt: `${countWord(shares.length)} horizontal bars: ${bars.join("; ")}.`,
  };
}
