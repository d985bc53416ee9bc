/**
 * The sandbox chart rendered in Deno (linkedom) for the kernel's static figure and the book's
 * exported SVG/PNG: the same Plot options as the browser ({@link sandboxPlotOptions}), passed
 * through the book's `plot()`.
 *
 * @module
 */
import { plot } from "../../figures/render.ts";
import { sandboxPlotOptions } from "./plot_options.ts";
import type { SandboxCurves } from "./curves.ts";

/**
 * The sandbox chart as a Plot SVG element (linkedom document).
 *
 * @param curves output of `sampleSandbox`
 * @returns the chart, ready for `showFigure`
 * @throws {Error} if Plot returns something other than an `<svg>`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sampleSandbox } from "./curves.ts";
 * import { sandboxFigure } from "./figures.ts";
 * const svg = sandboxFigure(sampleSandbox({ k: 4 })).outerHTML;
 * assert.ok(svg.includes("sandbox-per-token") && svg.includes("sandbox-metric"));
 * ```
 */
export function sandboxFigure(curves: SandboxCurves): SVGSVGElement {
  return plot(sandboxPlotOptions(curves));
}
