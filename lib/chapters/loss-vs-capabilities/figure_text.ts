/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import type { PlotPoint } from "../../figures/point.ts";
import type { RunLoss } from "./tables.ts";
import type { FirstEmergenceRow } from "../../data/first_emergence.ts";
import { countWord, type FigureText, listed, roundTo } from "../../figures/text.ts";

/** A compute in FLOPs in short scientific form with two significant digits: 5e23, 2.3e22. */
function shortFlops(flops: number): string {
  return Number(flops.toPrecision(2)).toExponential().replace("e+", "e");
}

/**
 * Caption and alt text of {@link lossFrontierFigure}: the losses at both ends of the frontier,
 * the floor, and which runs lie above the curve, from the same data.
 *
 * @param frontier output of `lossFrontier`
 * @param runs output of `runLosses`
 * @param floor the irreducible loss E
 * @returns caption and alt text
 * @throws {Error} if the frontier is empty
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lossFrontier, runLosses } from "./tables.ts";
 * import { lossFrontierText } from "./figure_text.ts";
 * assert.match(lossFrontierText(lossFrontier(), runLosses(), 1.69).alt, /floor at 1\.69/);
 * ```
 */
export function lossFrontierText(
  frontier: readonly PlotPoint[],
  runs: readonly RunLoss[],
  floor: number,
): FigureText {
  if (frontier.length === 0) throw new Error("lossFrontierText: empty frontier");
  const first = frontier[0], last = frontier.at(-1)!;
  const curveAt = (x: number) => {
    const j = Math.max(1, frontier.findIndex((f) => f.x >= x));
    const a = frontier[j - 1], b = frontier[j] ?? a;
    return b.x === a.x ? a.y : a.y + ((x - a.x) / (b.x - a.x)) * (b.y - a.y);
  };
  // "just above": more than 0.02 nats above the frontier at the run's own compute
  const above = runs.filter((r) => r.loss - curveAt(r.x) > 0.02);
  const on = runs.filter((r) => !above.includes(r));
  const nearX = above.length ? roundTo(above.reduce((t, r) => t + r.x, 0) / above.length, 0.5) : "";
  const runsText = [
    above.length
      ? `Dots for ${
        listed(above.map((r) => r.model))
      } lie just above the curve near 10^${nearX} FLOPs`
      : "",
    on.length ? `${listed(on.map((r) => r.model))} lies on it at slightly higher compute` : "",
  ].filter((t) => t !== "").join("; ");
  return {
    caption:
      "Predicted loss along the compute-optimal frontier of the Hoffmann et al. (2022) law " +
      `(solid), the irreducible loss E (dotted), and ${
        countWord(runs.length).toLowerCase()
      } published runs (dots). Nothing in this curve jumps.`,
    alt: `A smooth, steadily falling curve of predicted loss from about ${
      first.y.toFixed(1)
    } at 10^${roundTo(first.x, 1)} FLOPs to about ${last.y.toFixed(1)} at 10^${
      roundTo(last.x, 1)
    } FLOPs, approaching a dotted floor at ${floor}. ${runsText}.`,
  };
}

/**
 * Caption and alt text of {@link lossFirstEmergenceFigure}: one sentence per task giving the
 * quoted compute and the papers' values, and where they lie against each other, from the rows.
 *
 * @param rows rows of `data/first-emergence.csv`
 * @returns caption and alt text
 * @throws {Error} if there are no rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadFirstEmergence } from "../../data/first_emergence.ts";
 * import { lossFirstEmergenceText } from "./figure_text.ts";
 * assert.match(lossFirstEmergenceText(loadFirstEmergence()).alt, /paper dot at 2\.3e22/);
 * ```
 */
export function lossFirstEmergenceText(rows: readonly FirstEmergenceRow[]): FigureText {
  if (rows.length === 0) throw new Error("lossFirstEmergenceText: no rows");
  const tasks = [...new Set(rows.map((r) => r.quoted_row))].map((q) => {
    const group = rows.filter((r) => r.quoted_row === q);
    const { quoted_task, quoted_flops_low: lo, quoted_flops_high: hi } = group[0];
    const name = quoted_task.replace(/\s*\(.*\)\s*$/, "");
    const dots = [...new Set(group.flatMap((r) => r.paper_flops === null ? [] : [r.paper_flops]))]
      .sort((a, b) => a - b);
    return { name, lo, hi, dots };
  });
  const sentence = ({ name, lo, hi, dots }: (typeof tasks)[number]) => {
    const quoted = lo === hi
      ? `the quoted square at ${shortFlops(lo)}`
      : `a quoted bar from ${shortFlops(lo)} to ${shortFlops(hi)}`;
    if (dots.length === 0) return `${name}: ${quoted}, no paper dot.`;
    const where = dots.every((d) => d < lo)
      ? " left of it"
      : dots.every((d) => d > hi)
      ? " right of it"
      : dots.every((d) => d >= lo && d <= hi)
      ? " inside it"
      : "";
    const at = listed(dots.map(shortFlops));
    return `${name}: ${quoted}, ${
      dots.length === 1 ? "a paper dot" : "paper dots"
    } at ${at}${where}.`;
  };
  const missing = tasks.filter((t) => t.dots.length === 0).map((t) => t.name.split(" ")[0]);
  return {
    caption:
      "Compute at which each ability is said to appear: the quoted values (open squares, a " +
      "grey bar for a range) and the papers' (filled dots, labelled with model and size)." +
      (missing.length
        ? ` ${listed(missing)} ${missing.length === 1 ? "has" : "have"} no published compute.`
        : ""),
    alt: `${countWord(tasks.length)} rows on a log-compute axis from 10^22 to 10^25. ${
      tasks.map(sentence).join(" ")
    }`,
  };
}
