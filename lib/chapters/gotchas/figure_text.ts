/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import type { TwoReadingsRow } from "../../sim/two_readings.ts";
import type { FitCurvePoint, MeasuredLadder } from "../../sim/assumed_chain_length.ts";
import type { BenchmarkScore, CrossCheck } from "./contamination.ts";
import { maxOf, minOf } from "../../math/extent.ts";
import { countWord, type FigureText } from "../../figures/text.ts";

/** The first x at which a curve reaches `level`, or null. */
function firstAt(points: readonly { x: number; em: number }[], level: number): number | null {
  return points.find((p) => p.em >= level)?.x ?? null;
}

/**
 * Caption and alt text of {@link twoReadingsFigure}, below or above the elbow: the compute
 * range, what exact match does there, and how far the normalised NLL falls, read from the rows.
 *
 * @param rows the rows drawn, by compute
 * @param side "below" or "above" the elbow
 * @returns caption and alt text
 * @throws {Error} if there are no rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { twoReadings } from "../../sim/two_readings.ts";
 * import { twoReadingsText } from "./figure_text.ts";
 * const rows = twoReadings({ x0: 22, s: 1.5, k: 8 }, [18, 19, 20], 200, 11);
 * assert.ok(twoReadingsText(rows, "below").alt.includes("flat at zero"));
 * ```
 */
export function twoReadingsText(
  rows: readonly TwoReadingsRow[],
  side: "below" | "above",
): FigureText {
  if (rows.length === 0) throw new Error("twoReadingsText: no rows");
  const [a, b] = [rows[0], rows.at(-1)!];
  const ems = rows.map((r) => r.exactMatch);
  const em = rows.every((r) => r.emSuccesses === 0)
    ? `exact match is flat at zero at every checkpoint, with Wilson bars reaching only about ${
      maxOf(rows.map((r) => r.emUpper)).toFixed(2)
    }`
    : `exact match sits at ${minOf(ems).toFixed(2)} to ${
      maxOf(ems) === 1 ? "1.0" : maxOf(ems).toFixed(2)
    } with overlapping bars at every checkpoint`;
  const fall = (b.nllPerToken / a.nllPerToken).toFixed(2);
  return {
    caption: side === "below"
      ? "Below the elbow: exact match (solid, open circles with 95 % Wilson bars) and answer NLL " +
        "per token divided by its value at the first checkpoint (dashed, squares), for the same " +
        `${countWord(rows.length).toLowerCase()} checkpoints.`
      : "Above the elbow: exact match (solid, open circles with 95 % Wilson bars) is flat near 1 " +
        "while the answer NLL per token, divided by its value at the first checkpoint (dashed, " +
        "squares), keeps falling.",
    alt: `Over log10 compute ${a.x} to ${b.x}, ${em}. The normalised NLL falls ${
      side === "below" ? "steadily " : ""
    }from 1.0 to about ${fall}.`,
  };
}

/**
 * Caption and alt text of {@link oneLadderFigure}: the rungs, where the k = 1 and the largest-k
 * fits reach 0.9, and which two fits the true curve lies between there.
 *
 * @param ladder the measured ladder
 * @param fits the fitted curves drawn, smallest k first
 * @param truth the true curve drawn
 * @param trueK the true chain length
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { assumedKFits, fitCurves, measureLadder } from "../../sim/assumed_chain_length.ts";
 * import { oneLadderText } from "./figure_text.ts";
 * const m = measureLadder({ x0: 22, s: 1.5, k: 8 }, [21.5, 22, 22.5], 1000, 3);
 * const t = oneLadderText(m, fitCurves(assumedKFits(m, [1, 8], 23.6), 21, 25), [{ x: 21, em: 0 }, { x: 25, em: 0.95 }], 8);
 * assert.ok(t.alt.includes("the k = 1 fit reaches 0.9"));
 * ```
 */
export function oneLadderText(
  ladder: MeasuredLadder,
  fits: readonly FitCurvePoint[],
  truth: readonly { x: number; em: number }[],
  trueK: number,
): FigureText {
  const labels = [...new Set(fits.map((f) => f.label))];
  const reach = labels.map((l) => ({ l, x: firstAt(fits.filter((f) => f.label === l), 0.9) }));
  const xs = fits.map((f) => f.x);
  const at = (r: { l: string; x: number | null }) =>
    r.x === null
      ? `${r.l} fit stays below 0.9 up to ${maxOf(xs)}`
      : `${r.l} fit reaches 0.9 at about ${r.x.toFixed(1)}`;
  const t = firstAt(truth, 0.9);
  const before = t === null ? undefined : reach.filter((r) => r.x !== null && r.x <= t).at(-1);
  const after = t === null ? undefined : reach.find((r) => r.x === null || r.x > t);
  return {
    caption: `One ladder (${countWord(ladder.xs.length).toLowerCase()} open circles ` +
      `with 95 % Wilson bars) fitted under ${
        countWord(labels.length).toLowerCase()
      } assumed chain lengths ` +
      `(dash patterns, labelled ${labels[0]} … ${labels.at(-1)!.replace("k = ", "")}); the ` +
      `thick grey curve is the truth (k = ${trueK}). All fits pass through the ladder; they ` +
      "part beyond it.",
    alt:
      `Exact match against log10 compute from ${minOf(xs)} to ${maxOf(xs)}. ${
        countWord(ladder.xs.length)
      } measured points near zero at ${ladder.xs.slice(0, -1).join(", ")} and ${
        ladder.xs.at(-1)
      }. ${
        countWord(labels.length)
      } fitted curves leave the points together and fan out above 23: ` +
      `the ${at(reach[0])}, the ${at(reach.at(-1)!)}.` +
      (before && after ? ` The true curve lies between the ${before.l} and ${after.l} fits.` : ""),
  };
}

/**
 * Caption and alt text of {@link scaffoldFigure} for a direct answer and a chain-of-thought
 * scaffold: where they cross and where each reaches one half, read from the curves.
 *
 * @param curves the curves drawn: the direct answer first, the scaffold second
 * @param tie log10 compute of the crossing
 * @param steps the scaffold's number of steps
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scaffoldText } from "./figure_text.ts";
 * const c = [20, 22, 24, 26].flatMap((x) => [{ label: "a", x, em: (x - 20) / 6 }, { label: "b", x, em: ((x - 20) / 6) ** 2 }]);
 * assert.ok(scaffoldText(c, 20, 6).alt.includes("crossing at 20.0"));
 * ```
 */
export function scaffoldText(
  curves: readonly { label: string; x: number; em: number }[],
  tie: number,
  steps: number,
): FigureText {
  const labels = [...new Set(curves.map((c) => c.label))];
  const [direct, cot] = labels.map((l) => curves.filter((c) => c.label === l));
  const nearTie = direct.reduce((a, b) => (Math.abs(b.x - tie) < Math.abs(a.x - tie) ? b : a));
  const half = (c: typeof direct) => firstAt(c, 0.5)?.toFixed(1) ?? "beyond the axis";
  const xs = curves.map((c) => c.x);
  const e = Math.floor(tie);
  return {
    caption:
      `Exact match of a direct answer (solid) and of a ${countWord(steps).toLowerCase()}-step ` +
      `chain-of-thought scaffold (dashed) calibrated to tie at ${
        (10 ** (tie - e)).toFixed(1)
      } × 10${
        [...String(e)].map((d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)]).join("")
      } FLOPs, Wei et al.'s emergence scale for chain-of-thought on math word ` +
      "problems. Below the tie the scaffold is worse; above it, better.",
    alt:
      `Two S-curves over log10 compute ${minOf(xs)} to ${maxOf(xs)} crossing at ${
        tie.toFixed(1)
      } (dotted line), where both are about ${nearTie.em.toFixed(2)}. Left of the crossing the ` +
      "dashed CoT curve is below the solid direct curve; right of it the CoT curve rises " +
      `faster and reaches 0.5 near ${half(cot)}, while the direct curve reaches 0.5 at ${
        half(direct)
      }.`,
  };
}

/**
 * Caption and alt text of {@link contaminationFigure}: the leaked benchmark's scores against
 * its siblings' and its largest z, read from the scores and checks drawn.
 *
 * @param scores the scores drawn, the leaked benchmark first
 * @param checks the sibling cross-checks
 * @param leakedShare the share of the first benchmark's items leaked into training (0 to 1)
 * @returns caption and alt text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chapterFamily, crossCheck, evaluateFamily } from "./contamination.ts";
 * import { contaminationText } from "./figure_text.ts";
 * const s = evaluateFamily(chapterFamily(), [21, 22, 23], 500, 1);
 * assert.ok(contaminationText(s, crossCheck(s), 0.3).caption.includes("30 %"));
 * ```
 */
export function contaminationText(
  scores: readonly BenchmarkScore[],
  checks: readonly CrossCheck[],
  leakedShare: number,
): FigureText {
  const full = [...new Set(scores.map((s) => s.name))];
  const names = full.map((n) => n.split(" (")[0]);
  const xs = [...new Set(scores.map((s) => s.x))];
  const a = scores.filter((s) => s.name === full[0]);
  const sib = scores.filter((s) => s.name !== full[0]);
  const rises = a.find((s) => s.measured >= 0.05);
  const at = (x: number) => a.find((s) => s.x === x)?.measured.toFixed(2) ?? "–";
  const sibStart = sib.find((s) => s.measured >= 0.05)?.x;
  const last = scores.filter((s) => s.x === xs.at(-1)).map((s) => s.measured);
  const z = checks.find((c) => c.name === full[0]);
  return {
    caption:
      `Exact match of ${countWord(names.length).toLowerCase()} sibling benchmarks (${
        scores[0].n
      } ` +
      `questions each, 95 % Wilson bars) across ${
        countWord(xs.length).toLowerCase()
      } checkpoints. ` +
      `Benchmark ${names[0]} (solid), with ${Math.round(100 * leakedShare)} % of its items ` +
      "leaked into training, jumps a decade before its siblings (dashed); the note gives its " +
      "largest z against the pooled siblings.",
    alt: `Exact match against log10 compute ${minOf(xs)} to ${maxOf(xs)}. Benchmark ${
      names[0]
    } rises from zero at ${rises ? rises.x - 0.5 : "–"} to about ${at(22)} at 22 and ${
      at(23)
    } at 23, while ${names.slice(1, -1).join(", ")} and ${names.at(-1)} stay near zero until ${
      sibStart ?? "–"
    } and then rise together, staying below ${names[0]} until all converge near ${
      (Math.round(10 * minOf(last)) / 10).toFixed(1)
    } at ${xs.at(-1)}. A text marks ${names[0]}'s largest z, about ${
      z ? Math.round(z.maxZ) : "–"
    }, near ${z?.atX ?? "–"}.`,
  };
}
