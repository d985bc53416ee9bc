/**
 * Captions and alt texts of the chapter's figures, computed from the same inputs the figures
 * in `./figures.ts` draw, so every number a caption or alt text states comes from the data.
 *
 * @module
 */
import { maxExactMatchSlope, steepestLogCompute } from "../../math/derivative.ts";
import { elbowLogCompute } from "../../math/elbow.ts";
import { zeroUpperBound } from "../../stats/wilson.ts";
import { countWord, type FigureText, listed, roundTo } from "../../figures/text.ts";

const kList = (ks: readonly number[]) => listed(ks.map(String));

/**
 * Caption and alt text of {@link jumpSlopeFigure}: where each slope peaks and how high, from
 * the closed forms in `lib/math/derivative.ts`.
 *
 * @param ks chain lengths of the exact-match curves (1, the per-token curve, is skipped)
 * @param x0 midpoint of the per-token sigmoid (log10 FLOPs)
 * @param s steepness per decade
 * @param from first log10 compute of the chart
 * @param to last log10 compute of the chart
 * @returns caption and alt text
 * @throws {RangeError} on a bad k, x0 or s
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { jumpSlopeText } from "./figure_text.ts";
 * assert.match(jumpSlopeText([1, 4], 22, 1.5).alt, /about 0\.49 at 22\.9 for k = 4/);
 * ```
 */
export function jumpSlopeText(
  ks: readonly number[],
  x0: number,
  s: number,
  from = 19,
  to = 27,
): FigureText {
  const em = ks.filter((k) => k !== 1);
  const styles = ["dashed", "dotted", "dash-dot", "long-dashed"].slice(0, em.length);
  const peaks = em.map((k) =>
    `${maxExactMatchSlope(k, s).toFixed(2)} at ${
      steepestLogCompute(k, x0, s).toFixed(1)
    } for k = ${k}`
  );
  return {
    caption: `Slope per decade of compute of per-token accuracy (solid) and of exact match for ` +
      `k = ${kList(em)} (${styles.join(", ")}), with x0 = ${x0} and s = ${s}. Each curve is ` +
      `labelled at its peak.`,
    alt: `${countWord(em.length + 1)} bell-shaped curves over log10 compute from ${from} to ` +
      `${to}. The per-token slope peaks at ${s / 4} at x = ${x0}. The exact-match slopes peak ` +
      `later and only a little higher: about ${listed(peaks)}.`,
  };
}

/**
 * Caption and alt text of {@link jumpRatioFigure} for the chain lengths it draws.
 *
 * @param ks chain lengths, increasing, the first of them 2 (a straight line)
 * @returns caption and alt text
 * @throws {RangeError} if there are fewer than two chain lengths or they do not start at 2
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { jumpRatioText } from "./figure_text.ts";
 * assert.match(jumpRatioText([2, 4, 8, 20]).alt, /end at 4, 8 and 20/);
 * ```
 */
export function jumpRatioText(ks: readonly number[]): FigureText {
  if (ks.length < 2 || ks[0] !== 2) {
    throw new RangeError(`jumpRatioText: chain lengths 2, … expected, got ${ks.join(", ")}`);
  }
  const rest = kList(ks.slice(1));
  return {
    caption: `The ratio k·p^(k−1) of exact-match slope to per-token slope against per-token ` +
      `accuracy p, for k = ${ks.join(", ")}. It reaches k only at p = 1; the dotted line marks ` +
      `equal slopes.`,
    alt: `${countWord(ks.length)} rising curves over p from 0 to 1. k = 2 is a straight line ` +
      `from 0 to 2. The curves for k = ${rest} stay near zero for small p and shoot up near ` +
      `p = 1 to end at ${rest}. Each crosses the dotted line at ratio 1 at a larger p the ` +
      `longer the chain.`,
  };
}

/**
 * Caption and alt text of the chapter's log-axis exact-match figure (drawn by
 * `logExactMatchFigure`): where each curve crosses the floor of an n-question test, the 95 %
 * upper bound for 0 of n.
 *
 * @param ks chain lengths
 * @param x0 midpoint of the per-token sigmoid (log10 FLOPs)
 * @param s steepness per decade
 * @param n questions in the test
 * @returns caption and alt text
 * @throws {RangeError} on a bad k, x0, s or n
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { jumpLogEmText } from "./figure_text.ts";
 * assert.match(jumpLogEmText([4, 8, 20], 22, 1.5, 1000).alt, /about 21\.3 \(k = 4\)/);
 * ```
 */
export function jumpLogEmText(
  ks: readonly number[],
  x0: number,
  s: number,
  n: number,
): FigureText {
  const floor = zeroUpperBound(n);
  const crossings = ks.map((k) => `${elbowLogCompute(k, x0, s, floor).toFixed(1)} (k = ${k})`);
  return {
    caption: `Exact match p(x)^k for k = ${ks.join(", ")} (x0 = ${x0}, s = ${s}) on a ` +
      `logarithmic axis. The dashed line is the floor of a ${n}-question test, the 95 % upper ` +
      `bound ${floor.toFixed(4)} for 0 of ${n}; everything in the shaded band below it would be ` +
      `measured as 0.`,
    alt: `${countWord(ks.length)} curves rise as nearly straight lines on a log axis, the ` +
      `longer chains later and steeper. They cross the dashed floor at ${floor.toFixed(4)} at ` +
      `log10 compute of about ${listed(crossings)}, then bend over towards 1.`,
  };
}

/**
 * Caption and alt text of {@link jumpElbowFigure}: where each curve reaches one half, from
 * `elbowLogCompute`.
 *
 * @param ks chain lengths, increasing
 * @param x0 midpoint of the per-token sigmoid (log10 FLOPs)
 * @param s steepness per decade
 * @param from first log10 compute of the chart
 * @param to last log10 compute of the chart
 * @returns caption and alt text
 * @throws {RangeError} on no chain length, or a bad k, x0 or s
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { jumpElbowText } from "./figure_text.ts";
 * assert.match(jumpElbowText([1, 4], 22, 1.5).alt, /k = 4 at 23\.1/);
 * ```
 */
export function jumpElbowText(
  ks: readonly number[],
  x0: number,
  s: number,
  from = 19,
  to = 27,
): FigureText {
  if (ks.length === 0) throw new RangeError("jumpElbowText: no chain length");
  const at = ks.map((k, i) =>
    `${i === 0 ? "The " : ""}k = ${k}${i === 0 ? " curve crosses one half" : ""} at ${
      roundTo(elbowLogCompute(k, x0, s))
    }`
  );
  return {
    caption: `Exact match p(x)^k against log-compute for k = ${ks.join(", ")} (x0 = ${x0}, ` +
      `s = ${s}). Circles mark where each curve reaches ½; the curves shift right far more ` +
      `than they steepen.`,
    alt: `${countWord(ks.length)} S-shaped curves over log10 compute from ${from} to ${to}. ` +
      `${listed(at)}. The longer-chain curves start later and are only slightly steeper.`,
  };
}
