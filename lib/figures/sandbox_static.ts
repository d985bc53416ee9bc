/**
 * The sandbox chart rendered in Deno (linkedom) for the kernel's static figure and the book's
 * exported SVG/PNG: the same Plot options as the browser ({@link sandboxPlotOptions}), passed
 * through the book's `plot()`.
 *
 * @module
 */
import { plot } from "./render.ts";
import { sandboxPlotOptions } from "./sandbox.ts";
import type { SandboxCurves } from "../sandbox/curves.ts";

/**
 * The sandbox chart as a Plot SVG element (linkedom document).
 *
 * @param curves output of `sampleSandbox`
 * @returns the chart, ready for `showFigure`
 * @throws {Error} if Plot returns something other than an `<svg>`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sampleSandbox } from "../sandbox/curves.ts";
 * import { sandboxFigure } from "./sandbox_static.ts";
 * const svg = sandboxFigure(sampleSandbox({ k: 4 })).outerHTML;
 * assert.ok(svg.includes("sandbox-per-token") && svg.includes("sandbox-metric"));
 * ```
 */
export function sandboxFigure(curves: SandboxCurves): SVGSVGElement {
  return plot(sandboxPlotOptions(curves));
}
