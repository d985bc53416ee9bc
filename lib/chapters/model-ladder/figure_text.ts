/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import { maxOf, minOf } from "../../math/extent.ts";
import { type CheckpointRow } from "./analysis.ts";
import { averageCurve, digitSpreads, type SeedPositionRow } from "./digits.ts";
import { countWord, type FigureText } from "../../figures/text.ts";
import { type ExtrapolationFigureData, seriesOrder, type SeriesPoint } from "./figures.ts";

/** The final checkpoint of width `h`, or an error naming the width. */
function rung(final: readonly CheckpointRow[], h: number): CheckpointRow {
  const r = final.find((x) => x.hidden === h);
  if (!r) throw new Error(`no final checkpoint for width H = ${h}`);
  return r;
}

/**
 * Caption and alt text of the figure of final exact match, per-token accuracy and the two
 * chain predictions against parameters, read from the final checkpoints.
 *
 * @param final the final checkpoint of each rung, narrowest first (`finalPoints`)
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { finalPoints, loadLadder } from "./analysis.ts";
 * import { paramsExactMatchText } from "./figure_text.ts";
 * assert.ok(paramsExactMatchText(finalPoints(loadLadder())).alt.includes("0.87 at H = 64"));
 * ```
 */
export function paramsExactMatchText(final: readonly CheckpointRow[]): FigureText {
  const narrow = final.slice(0, 5);
  const em = (h: number) => rung(final, h).exact_match.toFixed(2);
  return {
    caption: "Final exact match (solid, 95 % Wilson intervals), per-token accuracy p, and the " +
      "chain predictions p^k and Π p_j against parameters, 5-digit addition, " +
      `${final[0].test_n} test problems.`,
    alt: "Four curves over parameters from about a thousand to about fifty thousand on a log " +
      `axis. Per-token accuracy rises steadily from about ${
        final[0].token_accuracy.toFixed(2)
      } to ${
        Number(maxOf(final.map((r) => r.token_accuracy)).toFixed(2))
      }. Measured exact match stays near ` +
      `zero for the ${countWord(narrow.length).toLowerCase()} narrowest models (at most ${
        maxOf(narrow.map((r) => r.exact_match)).toFixed(2)
      }), then rises unevenly, ${em(28)} at H = 28 but ${em(32)} at H = 32, to ${em(64)} at ` +
      "H = 64 and about 1 above; the product of per-digit accuracies lies on top of it, while " +
      "p^k lies above it in the middle of the ladder.",
  };
}

/**
 * Caption and alt text of the figure of final NLL and edit distance against parameters.
 *
 * @param final the final checkpoint of each rung, narrowest first
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { finalPoints, loadLadder } from "./analysis.ts";
 * import { paramsSmoothText } from "./figure_text.ts";
 * assert.ok(paramsSmoothText(finalPoints(loadLadder())).alt.includes("from about 4.4 tokens"));
 * ```
 */
export function paramsSmoothText(final: readonly CheckpointRow[]): FigureText {
  const rises = (key: "mean_nll" | "edit_distance") =>
    final.slice(1).filter((r, i) => r[key] > final[i][key]).map((r) => r.hidden);
  const both = rises("mean_nll").filter((h) => rises("edit_distance").includes(h));
  const editOnly = rises("edit_distance").filter((h) => !both.includes(h));
  const drops = final.slice(1).map((r, i) => ({
    from: final[i].hidden,
    to: r.hidden,
    d: final[i].mean_nll - r.mean_nll,
  }));
  const big = drops.reduce((a, b) => (b.d > a.d ? b : a));
  return {
    caption: "Mean answer-token NLL (nats) and token edit distance at the final checkpoint " +
      "against parameters.",
    alt: "Two curves falling from left to right over parameters on a log axis: edit distance " +
      `from about ${final[0].edit_distance.toFixed(1)} tokens to ${
        Number(minOf(final.map((r) => r.edit_distance)).toFixed(1))
      } and NLL from about ${final[0].mean_nll.toFixed(1)} nats to near 0. Both fall in ` +
      `several steps of different sizes (the largest between H = ${big.from} and H = ${big.to}) ` +
      `and rise a little at a few places (both at ${both.map((h) => `H = ${h}`).join(" and ")}` +
      `${
        editOnly.length
          ? `, edit distance also at ${editOnly.map((h) => `H = ${h}`).join(" and ")}`
          : ""
      }), ` +
      "but no single step carries most of the change.",
  };
}

/**
 * Caption and alt text of the figures of exact match and NLL against training compute.
 *
 * @param metric which figure: "exact match" or "mean NLL"
 * @param left the widths left out of the figure
 * @param shown the final checkpoints of the rungs drawn, narrowest first
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { finalPoints, loadLadder } from "./analysis.ts";
 * import { computeCurvesText } from "./figure_text.ts";
 * const t = computeCurvesText("exact match", [20, 24, 28], finalPoints(loadLadder()).slice(0, 7));
 * assert.ok(t.alt.startsWith("Seven curves"));
 * ```
 */
export function computeCurvesText(
  metric: "exact match" | "mean NLL",
  left: readonly number[],
  shown: readonly CheckpointRow[],
): FigureText {
  const count = countWord(shown.length);
  const out = `H = ${left.slice(0, -1).join(", ")} and ${left.at(-1)}`;
  const learned = shown.filter((r) => r.exact_match >= 0.3);
  if (metric === "exact match") {
    return {
      caption: `Exact match on ${shown[0].test_n} test problems at the log-spaced checkpoints ` +
        `from step 100 on, for ${count.toLowerCase()} of the rungs (${out} are left out for ` +
        "legibility), against training compute; bars are 95 % Wilson intervals. Each curve is " +
        "labelled with its width and parameter count.",
      alt: `${count} curves against compute on a log axis. Each stays at zero for most of its ` +
        `run; the ${
          countWord(learned.length).toLowerCase()
        } widest rungs then rise steeply to between about ${
          minOf(learned.map((r) => r.exact_match)).toFixed(1)
        } and ${Math.round(maxOf(learned.map((r) => r.exact_match)))}, the ${
          countWord(shown.length - learned.length).toLowerCase()
        } narrowest never leave the floor.`,
    };
  }
  const rest = shown.filter((r) => !learned.includes(r)).map((r) => r.mean_nll);
  return {
    caption: `Mean answer-token NLL at every checkpoint of ${count.toLowerCase()} of the rungs ` +
      `(without ${out}) against training compute (log–log).`,
    alt: `${count} falling curves on log–log axes. All start between 2.6 and 3.0 nats and fall ` +
      `to a shoulder near 1.9 nats; the ${
        countWord(learned.length).toLowerCase()
      } widest rungs then fall steeply, by ` +
      `one to three decades, while the narrowest ones end between ${minOf(rest).toFixed(1)} and ${
        maxOf(rest).toFixed(1)
      } nats.`,
  };
}

/**
 * Caption and alt text of the figure of each answer digit's accuracy along one rung's
 * training: the step at which each digit first passes one half, read from the curves drawn.
 *
 * @param curves the curves drawn (`positionCurves`), one series per digit, units first
 * @param hidden the rung's width
 * @param n test problems
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, positionCurves } from "./analysis.ts";
 * import { positionsText } from "./figure_text.ts";
 * const t = positionsText(positionCurves(loadLadder(), 32), 32, 2000);
 * assert.ok(t.alt.includes("digit 2 is still below one half at step 8000"));
 * ```
 */
export function positionsText(
  curves: readonly SeriesPoint[],
  hidden: number,
  n: number,
): FigureText {
  const names = seriesOrder(curves);
  const last = maxOf(curves.map((p) => p.x));
  const half = names.map((name, j) => ({
    j,
    step: curves.find((p) => p.series === name && p.y >= 0.5)?.x ?? null,
  }));
  const carry = half.at(-1)!;
  const risers = half.slice(0, -1).filter((h) => h.step !== null).sort((a, b) => a.step! - b.step!);
  const never = half.slice(0, -1).filter((h) => h.step === null);
  return {
    caption: "Accuracy of each answer digit (digit 0 = units, digit 5 = final carry) along the " +
      `training of the H = ${hidden} rung, ${n} test problems; bars are 95 % Wilson intervals.`,
    alt:
      `${
        countWord(names.length)
      } curves against steps on a log axis, all starting near 0.1 except the ` +
      `final-carry digit, which passes one half by step ${carry.step}. Then, in order, ${
        risers.map((h) => `digit ${h.j} passes one half by step ${h.step}`).join(", ")
      }${
        never.length
          ? `; ${never.map((h) => `digit ${h.j}`).join(" and ")} ${
            never.length > 1 ? "are" : "is"
          } still below one half at step ${last}`
          : ""
      }.`,
  };
}

/**
 * Caption and alt text of the figure of final digit accuracies against parameters over the
 * training seeds, with the digits' means at three widths and the steps of the mean.
 *
 * @param rows the per-seed digit counts (`loadSeedPositions`)
 * @param n test problems per run
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSeedPositions } from "./digits.ts";
 * import { digitStepsText } from "./figure_text.ts";
 * assert.ok(digitStepsText(loadSeedPositions(), 2000).alt.startsWith("Seven curves"));
 * ```
 */
export function digitStepsText(rows: readonly SeedPositionRow[], n: number): FigureText {
  const spread = digitSpreads(rows);
  const at = (h: number, j: number) => {
    const s = spread.find((x) => x.hidden === h && x.position === j);
    if (!s) throw new Error(`no runs of any random seed for H = ${h}, digit ${j}`);
    return s.mean.toFixed(2);
  };
  const widths = [...new Set(spread.map((s) => s.hidden))];
  const mean = averageCurve(rows);
  const step = maxOf(mean.slice(1).map((p, i) => p.y - mean[i].y));
  return {
    caption: "Final accuracy of each answer digit (digit 0 = units, digit 5 = final carry) " +
      "against parameters, mean of four training seeds; bars span the seeds. The seventh line " +
      `is the mean of the six digits, the per-token accuracy. ${n} test problems per run.`,
    alt: `Seven curves against parameters on a log axis, from H = ${widths[0]} to H = ` +
      `${widths.at(-1)}. The final-carry digit is near 1 at every width. ` +
      [0, 1, 2, 3, 4].map((j) =>
        `Digit ${j} goes from ${at(16, j)} at H = 16 to ${at(32, j)} at H = 32 and ${
          at(64, j)
        } at H = 64`
      ).join("; ") +
      `. The mean of the six rises from ${mean[0].y.toFixed(2)} to ${
        mean.at(-1)!.y.toFixed(2)
      } in steps of at most ${step.toFixed(2)}; the bars (the range over seeds) of digits 0 ` +
      "to 3 span most of the axis between H = 16 and H = 32.",
  };
}

/**
 * Caption and alt text of the figure of one rung's exact match measured on nested test sets of
 * three sizes, read from the curves drawn.
 *
 * @param curves the curves drawn (`subsetCurves`), smallest test set first
 * @param hidden the rung's width
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, subsetCurves } from "./analysis.ts";
 * import { smallTestText } from "./figure_text.ts";
 * assert.ok(smallTestText(subsetCurves(loadLadder(), 32), 32).alt.includes("jumps to 0.3"));
 * ```
 */
export function smallTestText(curves: readonly SeriesPoint[], hidden: number): FigureText {
  const names = seriesOrder(curves);
  const sizes = names.map((s) => s.split(" ")[0]);
  const small = curves.filter((p) => p.series === names[0]);
  const big = curves.filter((p) => p.series === names.at(-1));
  const firstBig = big.findIndex((p) => p.y > 0);
  const firstSmall = small.findIndex((p) => p.y > 0);
  const zeroUpper = small.find((p) => p.y === 0)?.upper ?? 0;
  return {
    caption: `Exact match of the H = ${hidden} rung measured on ${sizes.slice(0, -1).join(", ")} ` +
      `and ${sizes.at(-1)} test problems (nested prefixes of one test set), with 95 % Wilson ` +
      "intervals.",
    alt:
      `Three curves of the same run, measured on ${sizes.slice(0, -1).join(", ")} and ${
        sizes.at(-1)
      } problems. The ${
        sizes[0]
      }-problem curve reads zero at every checkpoint but the last, where ` +
      `it jumps to ${small.at(-1)!.y.toFixed(1)}, and its interval bars reach about ${
        zeroUpper.toFixed(2)
      } even where it reads zero. The ${sizes.at(-1)}-problem curve leaves zero ${
        firstSmall - firstBig
      } checkpoints earlier, with narrow bars.`,
  };
}

/**
 * Caption and alt text of the extrapolation figure of one rung.
 *
 * @param d the data drawn
 * @param hidden the rung's width
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extrapolationCurves, loadLadder } from "./analysis.ts";
 * import { extrapolationText } from "./figure_text.ts";
 * const t = extrapolationText(extrapolationCurves(loadLadder(), 128), 128);
 * assert.ok(t.alt.includes("falls from about 2.8"));
 * ```
 */
export function extrapolationText(d: ExtrapolationFigureData, hidden: number): FigureText {
  const m = d.measured;
  const drop = Math.log10(m.find((p) => p.x >= d.windowEnd)!.y / m.at(-1)!.y);
  return {
    caption: `Measured answer-token NLL of the H = ${hidden} rung (solid) and the power law ` +
      `with a floor fitted on steps ${d.windowStart}–${d.windowEnd} (grey window), extended to step ` +
      `${m.at(-1)!.x} (dashed).`,
    alt:
      `Log–log plot of NLL against steps. The measured curve falls from about ${
        m[0].y.toFixed(1)
      } to a plateau near 1.9 nats inside the grey window, then drops steeply, by ${
        drop.toFixed(1)
      } decades, after it. The dashed fitted curve continues the plateau almost flat and ends far ` +
      "above the measured value.",
  };
}
