/**
 * Chapter 2 figure: exact match p\^k against per-token accuracy p for several chain lengths.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { styledLines } from "../../figures/styled_lines.ts";
import type { PowerCurvePoint } from "./tables.ts";
import { countWord, type FigureText, listed, roundTo } from "../../figures/text.ts";

/**
 * p\^k against p, one line style per k, each labelled on its curve.
 *
 * @param points output of `powerCurves`
 * @returns a Plot SVG element
 * @throws {Error} if there are no points
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { powerCurves } from "./tables.ts";
 * import { chainPowerFigure } from "./figures.ts";
 * const el = chainPowerFigure(powerCurves());
 * assert.ok(el.outerHTML.includes("k = 20"));
 * ```
 */
export function chainPowerFigure(points: readonly PowerCurvePoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("chainPowerFigure: no points");
  const ks = [...new Set(points.map((q) => q.k))];
  const data = points.map((q) => ({ ...q, series: `k = ${q.k}` }));
  // label each curve just right of where it crosses EM = 0.3 (the longest at 0.5)
  const labels = ks.map((k, i) => {
    const c = data.filter((q) => q.k === k);
    const level = i === ks.length - 1 ? 0.5 : 0.3;
    const at = c.find((q) => q.em >= level) ?? c[c.length - 1];
    return { series: `k = ${k}`, x: at.p, y: at.em, anchor: "start" as const, dx: 7, dy: 4 };
  });
  return plot({
    marginRight: 50,
    x: { label: "per-token accuracy p →", domain: [0, 1], grid: true },
    y: { label: "↑ exact match p^k", domain: [0, 1], grid: true },
    marks: [
      Plot.ruleY([0]),
      ...styledLines(
        data,
        { x: "p", y: "em", series: "series" },
        ks.map((k) => `k = ${k}`),
        labels,
      ),
    ],
  });
}

/**
 * Caption and alt text of {@link chainPowerFigure}, from the chain lengths it draws: where the
 * longest chain leaves zero (reaches 0.05, to the nearest 0.05 of p) is computed from p\^k.
 *
 * @param points output of `powerCurves`
 * @returns caption and alt text
 * @throws {Error} if there are no points or fewer than three chain lengths
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { powerCurves } from "./tables.ts";
 * import { chainPowerText } from "./figures.ts";
 * assert.match(chainPowerText(powerCurves([1, 2, 4, 8, 20])).alt, /until p is about 0\.85/);
 * ```
 */
export function chainPowerText(points: readonly PowerCurvePoint[]): FigureText {
  const ks = [...new Set(points.map((q) => q.k))];
  if (ks.length < 3) throw new Error(`chainPowerText: needs three chain lengths, got ${ks.length}`);
  const [first, longest, middle] = [ks[0], ks.at(-1)!, ks.slice(1, -1)];
  const leaves = roundTo(0.05 ** (1 / longest), 0.05);
  return {
    caption:
      `Exact match p^k against per-token accuracy p for chains of k = ${
        listed(ks.map(String))
      } tokens. Each curve has its own dash pattern and is labelled where it crosses 0.3 ` +
      `(k = ${longest} at 0.5).`,
    alt:
      `${countWord(ks.length)} curves from (0, 0) to (1, 1). k = ${first} is ${
        first === 1 ? "a straight diagonal" : "the highest"
      }; k = ${listed(middle.map(String))} sag progressively lower; k = ${longest} stays near ` +
      `zero until p is about ${leaves} and then rises steeply to 1.`,
  };
}
