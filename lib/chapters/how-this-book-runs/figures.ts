/**
 * Figure for the starter chapter: per-token accuracy and exact match over log-compute.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { label, seriesStyle } from "../../figures/style.ts";
import type { StarterPoint } from "./curves.ts";
import { finite, positiveInteger } from "../../validate.ts";
import { elbowLogCompute } from "../../math/elbow.ts";
import { countWord, type FigureText, roundTo, superscript } from "../../figures/text.ts";

/**
 * Line chart of per-token accuracy (dashed) and exact match for one or more chain lengths
 * (solid, then dotted …), each labelled directly in the right margin; no legend, no reliance
 * on colour.
 *
 * @param points output of {@link starterCurves}
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { starterCurves } from "./curves.ts";
 * import { starterFigure } from "./figures.ts";
 * const el = starterFigure(starterCurves([4, 20], 22, 1.5));
 * assert.ok(el.outerHTML.includes("stroke-dasharray") && el.outerHTML.includes("p^20"));
 * ```
 */
export function starterFigure(points: StarterPoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("starterFigure: no points");
  const metrics = [...new Set(points.map((p) => p.metric))];
  // exact match solid (then dotted for a longer chain), per-token dashed
  const styleOf = (i: number) =>
    i === 0 ? seriesStyle(1) : i === 1 ? seriesStyle(0) : seriesStyle(2);
  const ends = metrics.map((m) => points.filter((p) => p.metric === m).at(-1)!);
  // Each label sits beside its curve where the neighbouring curve is far away: per-token
  // accuracy left of its curve at 0.75, the first exact-match curve left of its curve at 0.12
  // (the per-token curve is well left there), a longer chain right of its curve at 0.5.
  const place = (i: number) =>
    i === 0
      ? { level: 0.75, anchor: "end" as const }
      : i === 1
      ? { level: 0.12, anchor: "end" as const }
      : { level: 0.5, anchor: "start" as const };
  const at = (m: string, level: number) =>
    points.find((p) => p.metric === m && p.value >= level) ?? ends[metrics.indexOf(m)];
  return plot({
    marginRight: 30,
    x: { label: "log10 training compute (FLOPs) →", grid: true },
    y: { label: "↑ accuracy", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0]),
      ...metrics.map((m, i) =>
        Plot.line(points.filter((p) => p.metric === m), { x: "x", y: "value", ...styleOf(i) })
      ),
      ...metrics.map((m, i) =>
        label([at(m, place(i).level)], {
          x: "x",
          y: "value",
          text: "metric",
          textAnchor: place(i).anchor,
          dx: place(i).anchor === "end" ? -8 : 8,
          fill: styleOf(i).stroke,
        })
      ),
    ],
  });
}

/**
 * Caption and alt text of {@link starterFigure}: where each curve crosses 0.5 and where each
 * exact-match curve leaves zero (reaches 0.01, to the nearest half decade), computed from the
 * same sigmoid.
 *
 * @param ks one or two chain lengths (solid, then dotted), as passed to {@link starterCurves}
 * @param x0 midpoint of the per-token sigmoid (log10 FLOPs)
 * @param s steepness per decade
 * @param from first log10 compute of the chart
 * @param to last log10 compute of the chart
 * @returns caption and alt text
 * @throws {RangeError} on no chain length or more than two, or a bad k, x0 or s
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { starterText } from "./figures.ts";
 * assert.match(starterText([4], 22, 1.5).alt, /p⁴ curve stays near zero until about 21.5/);
 * ```
 */
export function starterText(
  ks: readonly number[],
  x0: number,
  s: number,
  from = 19,
  to = 26,
): FigureText {
  if (ks.length < 1 || ks.length > 2) {
    throw new RangeError(`starterText: one or two chain lengths, got ${ks.length}`);
  }
  ks.forEach((k, i) => positiveInteger(`ks[${i}]`, k));
  finite("x0", x0);
  finite("s", s);
  const styles = ["solid", "dotted"];
  const caption = `Per-token accuracy p (dashed) and exact match of ${
    ks.map((k, i) => `a ${k}-token answer, p${superscript(k)} (${styles[i]})`).join(", and of ")
  }, against log-compute, with x0 = ${x0} and s = ${s}.`;
  const curves = ks.map((k, i) =>
    `the ${styles[i]} p${superscript(k)} curve stays near zero until about ${
      roundTo(elbowLogCompute(k, x0, s, 0.01), 0.5)
    } and crosses 0.5 near ${roundTo(elbowLogCompute(k, x0, s))}`
  );
  const alt = `${countWord(ks.length + 1)} S-shaped curves over log10 compute from ${from} to ` +
    `${to}. The dashed per-token curve rises from the left edge and crosses 0.5 at ${x0}; ` +
    `${curves.join("; ")}.`;
  return { caption, alt };
}
