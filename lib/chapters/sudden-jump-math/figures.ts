/**
 * Chapter 3 figures: exact-match curves and their elbows, slopes in log-compute, and the
 * ratio of EM slope to per-token slope.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { styledLines } from "../../figures/styled_lines.ts";
import { label, REFERENCE_GREY, seriesStyle } from "../../figures/style.ts";
import { endLabels } from "../../figures/marks.ts";
import type { CurvePoint, ElbowRow, SlopePoint } from "./tables.ts";
import { maxExactMatchSlope, steepestLogCompute } from "../../math/derivative.ts";
import { elbowLogCompute } from "../../math/elbow.ts";
import { zeroUpperBound } from "../../stats/wilson.ts";
import { countWord, type FigureText, listed, roundTo } from "../../figures/text.ts";

function curveNames(points: readonly { curve: string }[]): string[] {
  return [...new Set(points.map((q) => q.curve))];
}

/**
 * EM(x) for several k with each curve's elbow (EM = target) marked and labelled.
 *
 * @param points output of `exactMatchCurves`
 * @param elbows rows of `elbowTable` for the same k (and one s)
 * @param target the EM level of the elbows
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { elbowTable, exactMatchCurves } from "./tables.ts";
 * import { jumpElbowFigure } from "./figures.ts";
 * const el = jumpElbowFigure(exactMatchCurves(), elbowTable(), 0.5);
 * assert.ok(el.outerHTML.includes("k = 8"));
 * ```
 */
export function jumpElbowFigure(
  points: readonly CurvePoint[],
  elbows: readonly ElbowRow[],
  target: number,
): SVGSVGElement {
  if (points.length === 0) throw new Error("jumpElbowFigure: no points");
  const names = curveNames(points);
  // Labels in the right margin, in the curves' order (they all end near 1 and are pushed
  // apart), each in its curve's colour.
  const ends = names.map((n) => points.filter((q) => q.curve === n).at(-1)!);
  return plot({
    marginRight: 70,
    x: { label: "log10 training compute (FLOPs) →", grid: true },
    y: { label: "↑ exact match p(x)^k", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0]),
      Plot.ruleY([target], { strokeDasharray: "1,3", stroke: REFERENCE_GREY }),
      ...styledLines(points, { x: "x", y: "value", series: "curve" }, names, []),
      Plot.dot(elbows, { x: "elbow", y: () => target, r: 4, fill: "white", stroke: "#000" }),
      ...endLabels(
        ends.map((e, i) => ({ text: names[i], x: e.x, y: e.value, fill: seriesStyle(i).stroke })),
        { domain: [0, 1], height: 400, marginTop: 28, marginBottom: 44 },
      ),
    ],
  });
}

/**
 * Slopes per decade: the per-token slope and the EM slopes for several k, peaks labelled.
 *
 * @param points output of `slopeCurves`
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slopeCurves } from "./tables.ts";
 * import { jumpSlopeFigure } from "./figures.ts";
 * assert.ok(jumpSlopeFigure(slopeCurves()).outerHTML.includes("per-token"));
 * ```
 */
export function jumpSlopeFigure(points: readonly SlopePoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("jumpSlopeFigure: no points");
  const names = curveNames(points);
  const labels = names.map((n) => {
    const c = points.filter((q) => q.curve === n);
    const top = c.reduce((a, b) => (b.value > a.value ? b : a));
    return { series: n, x: top.x, y: top.value, anchor: "middle" as const, dx: 0, dy: -9 };
  });
  return plot({
    x: { label: "log10 training compute (FLOPs) →", grid: true },
    y: { label: "↑ slope per decade of compute", grid: true, domain: [0, 0.6] },
    marks: [
      Plot.ruleY([0]),
      ...styledLines(points, { x: "x", y: "value", series: "curve" }, names, labels),
    ],
  });
}

/**
 * The ratio of EM slope to per-token slope, k·p\^(k−1), against p, with the line ratio = 1.
 *
 * @param points output of `slopeRatioCurves`
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slopeRatioCurves } from "./tables.ts";
 * import { jumpRatioFigure } from "./figures.ts";
 * assert.ok(jumpRatioFigure(slopeRatioCurves()).outerHTML.includes("k = 20"));
 * ```
 */
export function jumpRatioFigure(points: readonly CurvePoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("jumpRatioFigure: no points");
  const names = curveNames(points);
  const labels = names.map((n) => {
    const c = points.filter((q) => q.curve === n);
    const end = c[c.length - 1];
    return { series: n, x: end.x, y: end.value, anchor: "start" as const, dx: 6 };
  });
  return plot({
    marginRight: 60,
    x: { label: "per-token accuracy p →", domain: [0, 1], grid: true },
    y: { label: "↑ (dEM/dx) / (dp/dx) = k·p^(k−1)", grid: true },
    marks: [
      Plot.ruleY([0]),
      Plot.ruleY([1], { strokeDasharray: "1,3", stroke: REFERENCE_GREY }),
      label([{ x: 0.02, y: 1 }], { x: "x", y: "y", text: () => "ratio 1: equal slopes", dy: -9 }),
      ...styledLines(points, { x: "x", y: "value", series: "curve" }, names, labels),
    ],
  });
}

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
 * import { jumpSlopeText } from "./figures.ts";
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
 * import { jumpRatioText } from "./figures.ts";
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
 * import { jumpLogEmText } from "./figures.ts";
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
 * import { jumpElbowText } from "./figures.ts";
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
