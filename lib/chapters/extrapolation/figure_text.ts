/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import type { ExtrapolationResult } from "../../fit/extrapolate.ts";
import { maxOf } from "../../math/extent.ts";
import { countWord, type FigureText } from "../../figures/text.ts";
import type { RunNeededPoint } from "./figures.ts";

/**
 * Caption and alt text of the simulated cosine run: the loss at the first and last
 * checkpoint, the decades of tokens, and where the two fits end against the last checkpoint.
 *
 * @param fits the pure power law and the law with a floor, in that order, as drawn
 * @param annealBonus the run's annealing bonus (nats)
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extrapolate } from "../../fit/extrapolate.ts";
 * import { simCosineText } from "./figure_text.ts";
 * const xs = [1, 2, 4, 8, 16, 32, 64, 128], ys = xs.map((x) => 2 + 2 / Math.sqrt(x));
 * const t = simCosineText([extrapolate(xs, ys, 10, "power"), extrapolate(xs, ys, 10, "power+floor")], 0.1);
 * assert.ok(t.alt.startsWith("Loss falls from about 4.0 to 2.2 over 2.1 decades"));
 * ```
 */
export function simCosineText(
  fits: readonly ExtrapolationResult[],
  annealBonus: number,
): FigureText {
  const pts = fits[0].points;
  const [first, last] = [pts[0], pts.at(-1)!];
  const gap = (f: ExtrapolationResult) => f.points.at(-1)!.predicted - last.y;
  const where = (f: ExtrapolationResult) =>
    Math.abs(gap(f)) < 0.05 * last.y
      ? "ends close to it"
      : `ends ${gap(f) < 0 ? "well below" : "well above"} the last checkpoint`;
  return {
    caption: `A simulated 1B-parameter run with a cosine schedule and an annealing bonus of ` +
      `${annealBonus} nats (the book's assumption, not a published law). Dots: checkpoints ` +
      "(filled: inside the fit window). Dashed: pure power law fitted on the first 10 %; " +
      "dash-dot: power law with a floor.",
    alt:
      `Loss falls from about ${first.y.toFixed(1)} to ${last.y.toFixed(1)} over ${
        Math.log10(last.x / first.x).toFixed(1)
      } decades of tokens. The pure power law, fitted on the filled dots, continues as a ` +
      `straight descending curve and ${where(fits[0])}; the law with a floor bends with the ` +
      `data and ${where(fits[1])}.`,
  };
}

/**
 * Caption and alt text of the Pythia 6.9B figure: the checkpoints after warm-up, the pure law
 * through the first two and the law with a floor on the smallest window that works.
 *
 * @param pure the pure power law as drawn
 * @param floor the law with a floor as drawn
 * @param share the share of the steps the floor fit saw (0 to 1)
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extrapolate } from "../../fit/extrapolate.ts";
 * import { pythiaStepsText } from "./figure_text.ts";
 * const xs = [1, 2, 4, 8, 16, 32, 64, 128], ys = xs.map((x) => 2 + 2 / Math.sqrt(x));
 * const t = pythiaStepsText(extrapolate(xs, ys, 2, "power"), extrapolate(xs, ys, 40, "power+floor"), 0.3);
 * assert.ok(t.alt.startsWith("Eight checkpoints"));
 * ```
 */
export function pythiaStepsText(
  pure: ExtrapolationResult,
  floor: ExtrapolationResult,
  share: number,
): FigureText {
  const pts = floor.points;
  const sci = (x: number) => {
    const e = Math.floor(Math.log10(x));
    return `${Math.round(x / 10 ** e)}e${e}`;
  };
  const n = pts.length;
  return {
    caption: "Pythia 6.9B over training [@biderman2023pythia]: LAMBADA NLL at the " +
      `${n} published checkpoints after the warm-up (dots). Dashed: the power law through the ` +
      `first ${pure.fitPoints} checkpoints, the only ones in the first 10 % of the steps. ` +
      `Dash-dot: the law with a floor fitted on the first ${Math.round(100 * share)} % of the ` +
      "steps (filled dots, up to the vertical rule), the smallest window from which every " +
      "wider window predicts the final value within 5 %.",
    alt: `${countWord(n)} checkpoints from ${sci(pts[0].x)} to ${sci(pts[n - 1].x)} tokens; ` +
      `NLL falls from ${pts[0].y.toFixed(1)} to ${pts[n - 1].y.toFixed(2)}, steeply at first ` +
      `and then slowly. The ${
        countWord(pure.fitPoints).toLowerCase()
      }-point power law keeps falling steeply and ends at ` +
      `${pure.points.at(-1)!.predicted.toFixed(2)}; the floor fit bends with the data and ends ` +
      `at ${floor.points.at(-1)!.predicted.toFixed(2)}.`,
  };
}

/**
 * Caption and alt text of {@link runNeededFigure}, listing every run's share for both forms.
 *
 * @param points the points drawn
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runNeededText } from "./figure_text.ts";
 * const t = runNeededText([{ label: "70m", form: "power", needed: null },
 *   { label: "70m", form: "power+floor", needed: 0.5 }]);
 * assert.equal(t.alt, "One row per model, 1 rows. 70m: floor 50 %. Pure law: 70m never.");
 * ```
 */
export function runNeededText(points: readonly RunNeededPoint[]): FigureText {
  const share = (
    p: RunNeededPoint,
  ) => (p.needed === null ? "never" : `${Math.round(100 * p.needed)} %`);
  const labels = [...new Set(points.map((p) => p.label))];
  return {
    caption: "How much of each Pythia run a fit must see before it predicts the final LAMBADA " +
      "NLL within 5 % and keeps doing so for every wider window. Filled circles: power law " +
      "with a floor; hollow squares: pure power law; runs where a form never gets there are " +
      "marked at the right.",
    alt: `One row per model, ${labels.length} rows. ` +
      points.filter((p) => p.form === "power+floor").map((p) => `${p.label}: floor ${share(p)}`)
        .join("; ") +
      ". Pure law: " +
      points.filter((p) => p.form === "power").map((p) => `${p.label} ${share(p)}`).join("; ") +
      ".",
  };
}

/**
 * Caption and alt text of {@link elbowFigure} for σ(s(x − x0))\^k: the chain lengths and the
 * elbows of the first and last curve.
 *
 * @param elbows elbow per k, as drawn, smallest k first
 * @param x0 the sigmoid's midpoint
 * @param s its steepness per decade
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { elbowText } from "./figure_text.ts";
 * const t = elbowText([{ k: 1, elbow: 22 }, { k: 2, elbow: 22.5 }], 22, 1.5);
 * assert.ok(t.alt.includes("from 22.00 for k = 1 to 22.50 for k = 2"));
 * ```
 */
export function elbowText(
  elbows: readonly { k: number; elbow: number }[],
  x0: number,
  s: number,
): FigureText {
  const ks = elbows.map((e) => e.k);
  const [a, b] = [elbows[0], elbows.at(-1)!];
  const perDoubling = (b.elbow - a.elbow) / Math.log2(b.k / a.k);
  return {
    caption: `Exact match σ(${s}(x − ${x0}))^k for k = ${ks.slice(0, -1).join(", ")} and ` +
      `${ks.at(-1)} (one dash pattern each); dots mark where each curve reaches ½.`,
    alt: `${countWord(ks.length)} S-shaped curves, each steeper and further right ` +
      `than the last; the half-way points move from ${a.elbow.toFixed(2)} for k = ${a.k} to ` +
      `${b.elbow.toFixed(2)} for k = ${b.k}, about ${perDoubling.toFixed(2)} decade per ` +
      "doubling of k.",
  };
}

/**
 * Caption and alt text of the tiny-ladder figure: one rung's answer NLL with the power law
 * fitted on its first 10 %, and how far the late drop goes below the plateau.
 *
 * @param fit the pure power law as drawn
 * @param hidden the rung's width
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extrapolate } from "../../fit/extrapolate.ts";
 * import { tinyLadderText } from "./figure_text.ts";
 * const xs = [1, 2, 4, 8, 16, 32, 64], ys = [3, 2.5, 2, 2, 2, 0.2, 0.02];
 * assert.ok(tinyLadderText(extrapolate(xs, ys, 6.4, "power"), 64).alt.includes("by 2.0 decades"));
 * ```
 */
export function tinyLadderText(fit: ExtrapolationResult, hidden: number): FigureText {
  const after = fit.points.filter((p) => !p.inFit);
  const plateau = after.length ? maxOf(after.map((p) => p.y)) : fit.points[0].y;
  const last = fit.points.at(-1)!;
  const where = last.predicted > last.y ? "far above" : "below";
  return {
    caption: `One model of the chapter-10 ladder (hidden size ${hidden}): answer NLL at each ` +
      "checkpoint (dots; filled inside the first 10 % of steps) and the power law fitted there " +
      "(dashed).",
    alt: "The NLL falls in the first 10 % of training, then sits on a plateau, then drops by " +
      `${Math.log10(plateau / last.y).toFixed(1)} decades late in training; the dashed power ` +
      `law follows the early decline and ends ${where} the final point.`,
  };
}
