/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import type { ImpliedArithmeticRow, SizePoint } from "../../fit/implied_arithmetic.ts";
import { maxOf, minOf } from "../../math/extent.ts";
import { countWord, type FigureText, listed, shortExponent } from "../../figures/text.ts";
import type { PythiaPoint, ScalePoint } from "./figures.ts";

/**
 * Caption and alt text of {@link arithmeticFigure}, with the exact-match values and the last
 * implied p of each operation read from the rows drawn.
 *
 * @param rows the rows given to `arithmeticFigure` (answer digits as k)
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt3Arithmetic } from "../../data/gpt3.ts";
 * import { impliedArithmetic } from "../../fit/implied_arithmetic.ts";
 * import { arithmeticFigureText } from "./figure_text.ts";
 * const t = arithmeticFigureText(impliedArithmetic(loadGpt3Arithmetic(), "answer-digits"));
 * assert.ok(t.alt.includes("about 0.67 for addition"));
 * ```
 */
export function arithmeticFigureText(rows: ImpliedArithmeticRow[]): FigureText {
  const op = (name: string) => rows.filter((r) => r.operation === name).sort((a, b) => a.k - b.k);
  const add = op("addition"), sub = op("subtraction");
  const ems = (r: ImpliedArithmeticRow[]) => r.slice(1).map((x) => x.em.toFixed(2));
  const ks = rows.map((r) => r.k);
  return {
    caption: "GPT-3 175B few-shot arithmetic [@brown2020language]: exact match (solid lines, " +
      "filled dots) and the per-digit accuracy it implies, p = EM^(1/k) with k the answer's " +
      "digits (dashed lines, hollow dots), for addition and subtraction. Bars are 95 % Wilson " +
      `intervals on ${rows[0].n.toLocaleString("en-US")} problems (mostly smaller than the dots).`,
    alt:
      `Two pairs of lines against answer digits from ${minOf(ks)} to ${
        maxOf(ks)
      }. Exact match for addition falls from ${add[0].em.toFixed(2)} at ${add[0].k} digits to ${
        listed(ems(add))
      }; for subtraction from ${sub[0].em.toFixed(2)} to ${listed(ems(sub))}. The implied ` +
      `per-digit accuracies fall much less, to about ${add.at(-1)!.p.toFixed(2)} for addition ` +
      `and ${sub.at(-1)!.p.toFixed(2)} for subtraction.`,
  };
}

/**
 * Caption and alt text of {@link arithmeticSizesFigure}: the largest exact match below the
 * jump, the 2-digit scores at the size where they jump, and the ranges at the largest size,
 * all read from the points drawn.
 *
 * @param points the points given to `arithmeticSizesFigure` (GPT-3, eight sizes)
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt3ArithmeticSizes, loadGpt3Compute } from "../../data/gpt3.ts";
 * import { gpt3SizePoints } from "../../fit/implied_arithmetic.ts";
 * import { arithmeticSizesFigureText } from "./figure_text.ts";
 * const pts = gpt3SizePoints(loadGpt3ArithmeticSizes(), loadGpt3Compute(), "answer-digits");
 * assert.ok(arithmeticSizesFigureText(pts).alt.includes("Ten small panels"));
 * ```
 */
export function arithmeticSizesFigureText(points: SizePoint[]): FigureText {
  const sizes = [...new Set(points.map((p) => p.size))];
  const tasks = [...new Set(points.map((p) => p.task))];
  const [mid, last] = [sizes.at(-2)!, sizes.at(-1)!];
  const below = points.filter((p) => p.size !== mid && p.size !== last);
  const before = below.filter((p) => p.size === sizes.at(-3));
  const at = (size: string, task: string) =>
    points.find((p) => p.size === size && p.task === task)!;
  const n = points[0].n;
  const bound = (3.84 / (n + 3.84)).toFixed(4);
  const top = points.filter((p) => p.size === last);
  const easy = top.filter((p) => p.em >= 0.5), hard = top.filter((p) => p.em < 0.5);
  const range = (xs: number[], d = 1) => `${minOf(xs).toFixed(d)} to ${maxOf(xs).toFixed(d)}`;
  const midOthers = points.filter((p) => p.size === mid && !p.task.startsWith("2D"));
  return {
    caption: "GPT-3 few-shot arithmetic at eight model sizes against training compute " +
      "([@brown2020language], Tables H.1 and D.1). Solid line, filled dots: exact match; " +
      "dashed line, hollow dots: implied per-digit accuracy p = EM^(1/k), k = answer digits. " +
      `Bars: 95 % Wilson intervals on ${n.toLocaleString("en-US")} problems. Where no problem ` +
      `was solved (0/${n}, 95 % upper bound ${bound}) p has only an upper bound, drawn as a ` +
      "dotted bar; the dashed line skips those sizes.",
    alt: `${countWord(tasks.length)} small panels, one per task, accuracy from 0 ` +
      "to 1 against log10 FLOPs from 20 to 23.5. Exact match stays below " +
      `${maxOf(below.map((p) => p.em)).toFixed(2)} up to ${sizes.at(-3)} (${
        shortExponent(before[0].flops)
      } FLOPs) on every task, rises to about ${
        ((at(mid, "2D+").em + at(mid, "2D-").em) / 2).toFixed(1)
      } at ${mid} for ` +
      `2-digit addition and subtraction and stays under ${
        maxOf(midOthers.map((p) => p.em)).toFixed(1)
      } elsewhere, then reaches ${range(easy.map((p) => p.em))} at ${last} for ${
        easy.map((p) => p.task).join(", ")
      } and ${range(hard.map((p) => p.em))} for the rest. The implied per-digit accuracy ` +
      "sits well above exact match and rises more gradually, reaching " +
      `${range(top.map((p) => p.p))} at ${last}.`,
  };
}

/**
 * Caption and alt text of {@link pythiaAccuracyFigure}, with the first and last accuracy and
 * the span of compute read from the points.
 *
 * @param points the points drawn, smallest model first
 * @param n passages per evaluation
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaAccuracyFigureText } from "./figure_text.ts";
 * const t = pythiaAccuracyFigureText([{ model: "a", logCompute: 20, acc: 0.2, accLower: 0.19, accUpper: 0.21, ppl: 100 },
 *   { model: "b", logCompute: 21, acc: 0.5, accLower: 0.49, accUpper: 0.51, ppl: 10 }], 5153);
 * assert.ok(t.alt.startsWith("Accuracy rises from 0.20 for the A model to 0.50 for B"));
 * ```
 */
export function pythiaAccuracyFigureText(points: PythiaPoint[], n: number): FigureText {
  const [a, b] = [points[0], points.at(-1)!];
  const name = (p: PythiaPoint) => p.model.toUpperCase();
  const width = maxOf(points.map((p) => p.accUpper - p.accLower));
  return {
    caption: "Pythia LAMBADA accuracy against training compute 6·N·D [@biderman2023pythia]. " +
      `Bars: 95 % Wilson intervals on ${n.toLocaleString("en-US")} passages.`,
    alt:
      `Accuracy rises from ${a.acc.toFixed(2)} for the ${name(a)} model to ${
        b.acc.toFixed(2)
      } for ${name(b)} over ${(b.logCompute - a.logCompute).toFixed(1)} decades of compute, ` +
      `fastest between ${name(a)} and ${name(points[2] ?? b)}, then more slowly; ` +
      `intervals are at most ${(100 * width).toFixed(1)} points wide.`,
  };
}

/**
 * Caption and alt text of {@link pythiaPerplexityFigure}, with the first and last perplexity
 * read from the points.
 *
 * @param points the points drawn, smallest model first
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaPerplexityFigureText } from "./figure_text.ts";
 * const t = pythiaPerplexityFigureText([{ model: "a", logCompute: 20, acc: 0.2, accLower: 0.19, accUpper: 0.21, ppl: 100 },
 *   { model: "b", logCompute: 21, acc: 0.5, accLower: 0.49, accUpper: 0.51, ppl: 10 }]);
 * assert.ok(t.alt.startsWith("Perplexity falls from 100 at A to about 10 at B"));
 * ```
 */
export function pythiaPerplexityFigureText(points: PythiaPoint[]): FigureText {
  const [a, b] = [points[0], points.at(-1)!];
  return {
    caption: "Pythia LAMBADA perplexity against training compute, log scale " +
      "[@biderman2023pythia]. A power law would be a straight line.",
    alt:
      `Perplexity falls from ${Math.round(a.ppl)} at ${a.model.toUpperCase()} to about ${
        Math.round(b.ppl)
      } at ${b.model.toUpperCase()}; the fall is steep for the three smallest models and flattens for the ` +
      "larger ones, so the points bend rather than lie on a line.",
  };
}

/**
 * Caption and alt text of {@link emergenceScaleFigure}: the number of abilities, the earliest
 * and the latest, and how many fall between 1e22 and 1e24 FLOPs, read from the points.
 *
 * @param points the points drawn
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadWeiEmergence } from "../../data/wei.ts";
 * import { weiPoints } from "./points.ts";
 * import { emergenceScaleFigureText } from "./figure_text.ts";
 * const t = emergenceScaleFigureText(weiPoints(loadWeiEmergence()));
 * assert.ok(t.alt.startsWith("22 rows sorted by compute"));
 * ```
 */
export function emergenceScaleFigureText(points: ScalePoint[]): FigureText {
  const sorted = [...points].sort((a, b) => a.logFlops - b.logFlops);
  const [first, last] = [sorted[0], sorted.at(-1)!];
  const middle = sorted.filter((p) => p.logFlops >= 22 && p.logFlops < 24).length;
  const name = (p: ScalePoint) =>
    `${p.label} at ${shortExponent(10 ** p.logFlops, 2)} FLOPs (${p.model})`;
  return {
    caption: "Training compute at which each ability first appears, from Table 1 of " +
      "[@wei2022emergent]. Filled circles: few-shot prompting; hollow triangles: augmented " +
      "prompting (fine-tuning, chain of thought, scratchpads …). Each mark names the model.",
    alt: `${sorted.length} rows sorted by compute. The earliest is ${name(first)}; ${middle} ` +
      `of the ${sorted.length} fall between 1e22 and 1e24 FLOPs; the last is ${name(last)}.`,
  };
}
