/**
 * Renders Observable Plot figures without a browser and turns them into the files the book
 * ships. One code path: the kernel display ({@link ../book/display.ts}) and the book build
 * both call {@link renderFigure}; the build only writes what the kernel produced.
 *
 * - The document is `linkedom`'s, so no browser is needed.
 * - The SVG is made standalone (`xmlns` on the root) and normalized so two runs give the same
 *   bytes (Plot's clip-path ids come from a process-wide counter; they are renumbered).
 * - The PNG is rasterized by `@resvg/resvg-js` with the DejaVu fonts shipped by the npm package
 *   `dejavu-fonts-ttf`, never system fonts, so PNGs are identical across machines.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { Resvg } from "@resvg/resvg-js";
import { escapeHtml } from "../format/html.ts";
import { bookFontFiles } from "../data/fonts.ts";

const { document: plotDocument } = parseHTML("<!DOCTYPE html><html><body></body></html>");

/** The font every figure uses (shipped by npm `dejavu-fonts-ttf`). */
export const FIGURE_FONT = "DejaVu Sans";

/**
 * Plot options shared by every figure: linkedom document, the book's font, a fixed size.
 * Figure functions spread their own options over these.
 */
export function baseOptions(): Plot.PlotOptions {
  return {
    document: plotDocument as unknown as Document,
    width: 640,
    height: 400,
    // Room for 12 px tick labels and axis titles: Plot's defaults assume 10 px text, and at
    // 12 px the titles touch the tick labels.
    marginTop: 28,
    marginBottom: 44,
    style: { fontFamily: `${FIGURE_FONT}, sans-serif`, fontSize: "12px", background: "white" },
  };
}

/**
 * Builds a Plot element with the book's defaults. Titles, captions and legends are not
 * allowed inside the plot (they turn the `<svg>` into an HTML `<figure>`); captions belong to
 * the book and curves are labelled directly.
 *
 * @param options Observable Plot options (marks, scales …)
 * @returns an SVG element created in the linkedom document
 * @throws {Error} if the options make Plot return something other than an `<svg>`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as Plot from "@observablehq/plot";
 * import { plot } from "./render.ts";
 * const el = plot({ marks: [Plot.lineY([1, 2, 3])] });
 * assert.ok(el.outerHTML.startsWith("<svg"));
 * ```
 */
export function plot(options: Plot.PlotOptions): SVGSVGElement {
  const el = Plot.plot({ ...baseOptions(), ...options }) as unknown as Element;
  if (el.tagName.toLowerCase() !== "svg") {
    throw new Error(
      `plot() must return an <svg>, got <${el.tagName.toLowerCase()}>: drop title/caption/legend options and label curves directly`,
    );
  }
  return el as unknown as SVGSVGElement;
}

/**
 * Serializes a Plot SVG element into a standalone, byte-stable SVG document string.
 *
 * @param el the element returned by {@link plot}
 * @param alt text alternative; written as `<title>` and `aria-label` on the root
 * @returns the SVG text with `xmlns` and renumbered clip ids
 * @throws {Error} if the element is not an `<svg>`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as Plot from "@observablehq/plot";
 * import { plot, standaloneSvg } from "./render.ts";
 * const svg = standaloneSvg(plot({ marks: [Plot.dot([[1, 2]])] }), "one dot");
 * assert.ok(svg.includes('xmlns="http://www.w3.org/2000/svg"'));
 * ```
 */
export function standaloneSvg(el: Element, alt: string): string {
  if (el.tagName.toLowerCase() !== "svg") {
    throw new Error(`standaloneSvg needs an <svg> element, got <${el.tagName}>`);
  }
  let text = el.outerHTML;
  const xmlns = /^<svg[^>]*\sxmlns=/.test(text) ? "" : ' xmlns="http://www.w3.org/2000/svg"';
  text = text.replace(/^<svg/, `<svg${xmlns} role="img" aria-label="${escapeHtml(alt)}"`);
  text = text.replace(/^(<svg[^>]*>)/, `$1<title>${escapeHtml(alt)}</title>`);
  return normalizeSvg(text);
}

/**
 * Renumbers ids that Plot draws from process-wide counters (`plot-clip-N`, `plot-pattern-N`,
 * …) in order of first appearance, so the same figure gives the same bytes whatever was
 * rendered before it.
 *
 * @param svg SVG text
 * @returns SVG text with stable ids
 * @example
 * ```ts
 * import { normalizeSvg } from "./render.ts";
 * normalizeSvg('<a id="plot-clip-7"/><b clip-path="url(#plot-clip-7)"/>');
 * // '<a id="plot-clip-1"/><b clip-path="url(#plot-clip-1)"/>'
 * ```
 */
export function normalizeSvg(svg: string): string {
  const seen = new Map<string, string>();
  const counters = new Map<string, number>();
  return svg.replace(/\b(plot-[a-z]+)-(\d+)\b/g, (match, prefix: string) => {
    let replacement = seen.get(match);
    if (!replacement) {
      const next = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, next);
      replacement = `${prefix}-${next}`;
      seen.set(match, replacement);
    }
    return replacement;
  });
}

/**
 * Rasterizes a standalone SVG to PNG with resvg, at twice the SVG's width by default.
 *
 * @param svg standalone SVG text (see {@link standaloneSvg})
 * @param width output width in pixels
 * @returns PNG bytes
 * @throws {Error} if the SVG cannot be parsed or the fonts are missing
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as Plot from "@observablehq/plot";
 * import { plot, standaloneSvg, svgToPng } from "./render.ts";
 * const png = svgToPng(standaloneSvg(plot({ marks: [Plot.lineY([1, 3])] }), "a line"));
 * assert.ok(png[1] === 0x50); // "P" of the PNG signature
 * ```
 */
export function svgToPng(svg: string, width = 1280): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    background: "white",
    font: {
      loadSystemFonts: false,
      fontFiles: bookFontFiles(),
      defaultFontFamily: FIGURE_FONT,
      sansSerifFamily: FIGURE_FONT,
    },
  });
  return new Uint8Array(resvg.render().asPng());
}

/** A figure of the book: what the kernel displays and the build exports. */
export interface Figure {
  /** unique id across the book, e.g. `"fig-chain-pk"`; becomes the file name */
  id: string;
  /** caption shown under the figure (Markdown allowed) */
  caption: string;
  /** text alternative for screen readers and the site's `alt` */
  alt: string;
  /** standalone SVG */
  svg: string;
  /** PNG bytes */
  png: Uint8Array;
}

/**
 * Turns a Plot element into a {@link Figure}: standalone SVG and PNG from one call.
 *
 * @param id figure id: lowercase letters, digits and dashes, starting with `fig-`
 * @param el Plot SVG element from {@link plot}
 * @param meta caption and alt text (both required, non-empty)
 * @returns the figure with SVG and PNG
 * @throws {Error} on a malformed id or an empty caption/alt
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as Plot from "@observablehq/plot";
 * import { plot, renderFigure } from "./render.ts";
 * const f = renderFigure("fig-demo", plot({ marks: [Plot.lineY([1, 2])] }), {
 *   caption: "A demo line.",
 *   alt: "A rising line.",
 * });
 * assert.ok(f.svg.startsWith("<svg") && f.png.length > 100);
 * ```
 */
export function renderFigure(
  id: string,
  el: Element,
  meta: { caption: string; alt: string },
): Figure {
  if (!/^fig-[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    throw new Error(`figure id must look like "fig-some-name", got ${JSON.stringify(id)}`);
  }
  if (!meta.caption?.trim()) throw new Error(`figure ${id}: caption is empty`);
  if (!meta.alt?.trim()) throw new Error(`figure ${id}: alt text is empty`);
  const svg = standaloneSvg(el, meta.alt);
  return { id, caption: meta.caption, alt: meta.alt, svg, png: svgToPng(svg) };
}
