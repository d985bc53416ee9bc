/**
 * Figure for chapter 11: the same two metrics on a metric-driven jump and on a change of
 * strategy, side by side.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { plot } from "../../figures/render.ts";
import { label, LIGHT_GREY, seriesStyle } from "../../figures/style.ts";
import type { ContrastPoint } from "./curves.ts";

/** Panel titles, drawn at the top left of each panel. */
const TITLES: Record<string, string> = {
  "metric-driven": "one smooth per-token curve",
  "strategy shift": "a distractor learned first",
};

/**
 * Two panels over log-compute, one per case of {@link contrastCurves}: exact match (solid) and
 * the log-likelihood per token drawn as the probability it corresponds to (dashed), each
 * labelled directly beside its curve; where a curve of the log-likelihood falls before it
 * rises, its lowest point is marked and labelled with its value. No legend, no reliance on
 * colour.
 *
 * @param points output of {@link contrastCurves}
 * @returns a Plot SVG element
 * @throws {Error} if there are no points, or a panel lacks one of the two metrics
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { contrastCurves } from "./curves.ts";
 * import { contrastFigure } from "./figures.ts";
 * const el = contrastFigure(contrastCurves());
 * assert.ok(el.outerHTML.includes("stroke-dasharray") && el.outerHTML.includes("exact match"));
 * ```
 */
export function contrastFigure(points: readonly ContrastPoint[]): SVGSVGElement {
  if (points.length === 0) throw new Error("contrastFigure: no points");
  const panels = [...new Set(points.map((p) => p.panel))];
  const curve = (panel: string, metric: string) => {
    const c = points.filter((p) => p.panel === panel && p.metric === metric);
    if (c.length === 0) throw new Error(`contrastFigure: ${panel} has no ${metric} curve`);
    return c;
  };
  const em = seriesStyle(0), ll = seriesStyle(1);
  const marks: Plot.Markish[] = [
    Plot.ruleY([0]),
    Plot.frame({ strokeOpacity: 0.2 }),
    Plot.ruleY([0.5], { stroke: LIGHT_GREY, strokeDasharray: "2,3" }),
    Plot.text(panels.map((panel) => ({ panel, title: TITLES[panel] ?? panel })), {
      fx: "panel",
      text: "title",
      frameAnchor: "top-left",
      dx: 6,
      dy: 6,
      fontWeight: "bold",
    }),
  ];
  for (const panel of panels) {
    const exact = curve(panel, "exact match");
    const like = curve(panel, "log-likelihood per token");
    marks.push(
      Plot.line(exact, { fx: "panel", x: "x", y: "value", ...em }),
      Plot.line(like, { fx: "panel", x: "x", y: "value", ...ll }),
    );
    // the log-likelihood's lowest point, and the rising part after it
    let low = 0;
    like.forEach((p, i) => (low = p.value < like[low].value ? i : low));
    const falls = low > 0;
    const likeAt = like.slice(low).find((p) => p.value >= 0.75) ?? like[like.length - 1];
    marks.push(label([likeAt], {
      fx: "panel",
      x: "x",
      y: "value",
      text: () => "log-likelihood per token",
      textAnchor: "end",
      dx: -8,
      fill: ll.stroke,
    }));
    if (falls) {
      marks.push(
        Plot.dot([like[low]], { fx: "panel", x: "x", y: "value", r: 3.5, fill: ll.stroke }),
        label([like[low]], {
          fx: "panel",
          x: "x",
          y: "value",
          text: (p: ContrastPoint) => `lowest, ${p.value.toFixed(2)}`,
          textAnchor: "middle",
          dy: 16,
          fill: ll.stroke,
        }),
      );
    }
    // exact match: right of its rise where the left side is busy, else above its flat start
    const rise = exact.find((p) => p.value >= 0.25) ?? exact[exact.length - 1];
    const roomRight = exact[exact.length - 1].x - rise.x;
    const emAt = falls || roomRight < 2.5 ? exact[Math.round(exact.length / 8)] : rise;
    marks.push(label([emAt], {
      fx: "panel",
      x: "x",
      y: "value",
      text: () => "exact match",
      textAnchor: "start",
      dx: 8,
      dy: emAt === rise ? 0 : -10,
      fill: em.stroke,
    }));
  }
  return plot({
    width: 760,
    height: 380,
    marginRight: 16,
    marginLeft: 48,
    fx: { label: null, domain: panels, padding: 0.08, axis: null },
    x: { label: "log10 training compute (FLOPs) →", grid: true },
    y: { label: "↑ exact match; e^(log-likelihood per token)", domain: [0, 1], grid: true },
    marks,
  });
}
