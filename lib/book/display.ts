/**
 * The one way notebooks show things. Every helper here sends exactly one output with
 * `Deno.jupyter.display(bundle, { raw: true })` and then yields one macrotask, which lets the
 * kernel's output queue drain before the cell ends (the Deno kernel otherwise loses or
 * misroutes outputs at random when notebooks run headless; see the README).
 *
 * Outside the kernel (tests, scripts) nothing is displayed; every helper returns the MIME
 * bundle it would have sent, so tests can check it.
 *
 * @module
 */
import { type Figure, renderFigure } from "../figures/render.ts";
import { encodeBase64 } from "./base64.ts";
import { maxOf } from "../math/extent.ts";
import { escapeHtml } from "../format/html.ts";
import { formatNumber } from "../format/number.ts";

export { formatNumber };

/** A Jupyter MIME bundle. */
export type MimeBundle = Record<string, unknown>;

/** MIME type carrying a figure's id, caption and alt text for the book build. */
export const FIGURE_MIME = "application/vnd.emergence.figure+json";
/** MIME type carrying a table's caption for the book build. */
export const TABLE_MIME = "application/vnd.emergence.table+json";

interface JupyterNamespace {
  display(obj: unknown, options?: { raw?: boolean }): Promise<void>;
}

function kernel(): JupyterNamespace | undefined {
  try {
    return (Deno as unknown as { jupyter?: JupyterNamespace }).jupyter;
  } catch {
    return undefined; // the getter throws outside `deno jupyter`
  }
}

/**
 * True when running inside the Deno Jupyter kernel.
 *
 * @returns whether `Deno.jupyter` is available
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { inKernel } from "./display.ts";
 * assert.ok(inKernel() === false); // doc tests do not run in a kernel
 * ```
 */
export function inKernel(): boolean {
  return kernel() !== undefined;
}

/** MIME type tagging each output with the cell that sent it and its running number. */
export const OUTPUT_TAG_MIME = "application/vnd.emergence.output+json";
/** MIME type of the build's closing report: how many outputs the kernel was asked to send. */
export const COUNT_MIME = "application/vnd.emergence.count+json";

/** The tag the build verifies: which cell sent an output, and its number in the run. */
export interface OutputTag {
  /** 1-based index of the cell in the notebook, set by the build's executor */
  cell: number;
  /** 1, 2, 3, … over the whole notebook run */
  seq: number;
}

let sent = 0;

/**
 * Waits after a display so the kernel's output queue can drain before the cell ends. The wait
 * is one macrotask by default; `globalThis.__emergenceFlushMs` overrides it (a number of
 * milliseconds, or −1 for no wait) for `bench/dropped_outputs.ts`, which measures how often
 * outputs are lost under each choice.
 */
async function flush(): Promise<void> {
  const override = (globalThis as { __emergenceFlushMs?: unknown }).__emergenceFlushMs;
  const ms = typeof override === "number" ? override : 0;
  if (ms >= 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

/** The cell the build's executor says is running (`globalThis.__emergenceCell`), if any. */
function currentCell(): number | undefined {
  const cell = (globalThis as { __emergenceCell?: unknown }).__emergenceCell;
  return typeof cell === "number" ? cell : undefined;
}

/**
 * Sends one MIME bundle to the notebook and waits one macrotask so it is flushed before the
 * cell finishes. Outside the kernel it does nothing. It resolves to `undefined` on purpose: a
 * cell ending in `await showX(...)` then has no execute_result, the kind of output the Deno
 * kernel drops most often.
 *
 * When the book build executes a notebook it tells the kernel which cell runs; every output is
 * then tagged with that cell and a running number ({@link OUTPUT_TAG_MIME}), so the build can
 * prove that no output went missing or landed on the wrong cell.
 *
 * @param bundle MIME type → data
 * @returns nothing
 * @throws {Error} if the bundle has no `text/plain` fallback
 * @example
 * ```ts
 * import { displayBundle } from "./display.ts";
 * await displayBundle({ "text/plain": "hello" }); // a no-op outside the kernel
 * ```
 */
export async function displayBundle(bundle: MimeBundle): Promise<void> {
  if (typeof bundle["text/plain"] !== "string") {
    throw new Error("every displayed bundle needs a text/plain fallback");
  }
  const k = kernel();
  if (k) {
    const cell = currentCell();
    const tagged = cell === undefined
      ? bundle
      : { ...bundle, [OUTPUT_TAG_MIME]: { cell, seq: ++sent } satisfies OutputTag };
    await k.display(tagged, { raw: true });
    await flush();
  }
}

/**
 * Displays how many tagged outputs this kernel has sent ({@link COUNT_MIME}). The build's
 * executor runs it in a cell of its own after the notebook, then removes that cell; a mismatch
 * with the outputs received means the last ones were lost.
 *
 * @returns nothing
 * @example
 * ```ts
 * import { reportOutputCount } from "./display.ts";
 * await reportOutputCount(); // a no-op outside the kernel
 * ```
 */
export async function reportOutputCount(): Promise<void> {
  const k = kernel();
  if (k) {
    await k.display({ "text/plain": String(sent), [COUNT_MIME]: { count: sent } }, { raw: true });
    await flush();
  }
}

/**
 * The MIME bundle for a figure: SVG (trusted notebooks, the site), PNG (renders in untrusted
 * notebooks too), the alt text as plain text, and the figure's metadata for the build.
 *
 * @param fig a rendered figure
 * @returns the bundle
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import * as Plot from "@observablehq/plot";
 * import { plot, renderFigure } from "../figures/render.ts";
 * import { figureBundle, FIGURE_MIME } from "./display.ts";
 * const fig = renderFigure("fig-x", plot({ marks: [Plot.lineY([1, 2])] }), {
 *   caption: "c", alt: "a",
 * });
 * assert.deepEqual(figureBundle(fig)[FIGURE_MIME], { id: "fig-x", caption: "c", alt: "a" });
 * ```
 */
export function figureBundle(fig: Figure): MimeBundle {
  return {
    "image/svg+xml": fig.svg,
    "image/png": encodeBase64(fig.png),
    "text/plain": `[${fig.id}] ${fig.alt}`,
    [FIGURE_MIME]: { id: fig.id, caption: fig.caption, alt: fig.alt },
  };
}

/**
 * Shows a Plot element as a numbered book figure: SVG (for trusted notebooks and the site),
 * PNG (renders in untrusted notebooks too) and the alt text as plain text.
 *
 * @param id figure id, e.g. `"fig-chain-pk"` (unique across the book)
 * @param el a Plot element from `lib/figures/render.ts` `plot()`
 * @param meta caption (Markdown) and alt text
 * @returns nothing (see {@link displayBundle})
 * @throws {Error} on a malformed id or empty caption/alt
 * @example
 * ```ts
 * import * as Plot from "@observablehq/plot";
 * import { plot } from "../figures/render.ts";
 * import { showFigure } from "./display.ts";
 * await showFigure("fig-example", plot({ marks: [Plot.lineY([1, 2])] }), {
 *   caption: "An example.",
 *   alt: "A line rising from 1 to 2.",
 * });
 * ```
 */
export async function showFigure(
  id: string,
  el: Element,
  meta: { caption: string; alt: string },
): Promise<void> {
  await displayBundle(figureBundle(renderFigure(id, el, meta)));
}

/** A table cell value. */
export type Cell = string | number | boolean | null | undefined;

/** Options for {@link showTable}. */
export interface TableOptions {
  /** caption shown above the table (Markdown allowed in the site) */
  caption?: string;
  /** column order and headers; defaults to the keys of the first row */
  columns?: string[];
  /** per-column formatter; numbers default to 4 significant digits */
  format?: Record<string, (value: Cell) => string>;
}

function cellText(value: Cell, fmt?: (value: Cell) => string): string {
  if (fmt) return fmt(value);
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value);
  return String(value);
}

/**
 * Renders rows as an HTML table plus a fixed-width text version.
 *
 * @param rows plain objects, one per row
 * @param options caption, column order, formatters
 * @returns `{ html, text }`
 * @throws {Error} if there are no rows or no columns
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tableMarkup } from "./display.ts";
 * const t = tableMarkup([{ p: 0.5, em: 0.0625 }]);
 * assert.ok(t.html.includes("<td>0.0625</td>"));
 * ```
 */
export function tableMarkup(
  rows: Record<string, Cell>[],
  options: TableOptions = {},
): { html: string; text: string } {
  if (rows.length === 0) throw new Error("showTable: no rows to show");
  const columns = options.columns ?? Object.keys(rows[0]);
  if (columns.length === 0) throw new Error("showTable: no columns to show");
  const body = rows.map((r) => columns.map((c) => cellText(r[c], options.format?.[c])));
  const head = columns.map(escapeHtml).map((c) => `<th>${c}</th>`).join("");
  const caption = options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : "";
  const html = `<table class="book-table">${caption}<thead><tr>${head}</tr></thead><tbody>${
    body.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("")
  }</tbody></table>`;
  const widths = columns.map((c, i) => Math.max(c.length, maxOf(body.map((r) => r[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join("  ");
  const text = [options.caption ?? "", line(columns), ...body.map(line)].filter((s) => s !== "")
    .join("\n");
  return { html, text };
}

/**
 * Shows rows as a table (HTML in the notebook and the site, aligned text as fallback).
 *
 * @param rows plain objects, one per row
 * @param options caption, column order, formatters
 * @returns nothing (see {@link displayBundle})
 * @throws {Error} if there are no rows
 * @example
 * ```ts
 * import { showTable } from "./display.ts";
 * await showTable([{ k: 4, em: 0.0625 }], { caption: "p = 0.5" });
 * ```
 */
export function showTable(rows: Record<string, Cell>[], options: TableOptions = {}): Promise<void> {
  return displayBundle(tableBundle(rows, options));
}

/**
 * The MIME bundle for a table (HTML, aligned text, caption metadata for the build).
 *
 * @param rows plain objects, one per row
 * @param options caption, column order, formatters
 * @returns the bundle
 * @throws {Error} if there are no rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tableBundle } from "./display.ts";
 * const b = tableBundle([{ k: 4, em: 0.0625 }], { caption: "p = 0.5" });
 * assert.ok(String(b["text/plain"]).includes("0.0625"));
 * ```
 */
export function tableBundle(rows: Record<string, Cell>[], options: TableOptions = {}): MimeBundle {
  const { html, text } = tableMarkup(rows, options);
  return {
    "text/html": html,
    "text/plain": text,
    [TABLE_MIME]: { caption: options.caption ?? "" },
  };
}

/**
 * Shows Markdown (rendered by JupyterLab and by the site).
 *
 * @param markdown Markdown text
 * @returns nothing (see {@link displayBundle})
 * @example
 * ```ts
 * import { showMarkdown } from "./display.ts";
 * await showMarkdown("**Right.**");
 * ```
 */
export function showMarkdown(markdown: string): Promise<void> {
  return displayBundle({ "text/markdown": markdown, "text/plain": markdown });
}

/**
 * Shows plain text (use this instead of `console.log`, whose output the kernel may drop).
 *
 * @param text the text
 * @returns nothing (see {@link displayBundle})
 * @example
 * ```ts
 * import { showText } from "./display.ts";
 * await showText("EM = 0.0625");
 * ```
 */
export function showText(text: string): Promise<void> {
  return displayBundle({ "text/plain": text });
}

/**
 * Shows HTML with a plain-text fallback (used by interactive widgets such as the sandbox).
 *
 * @param html the HTML
 * @param fallback the text shown where HTML cannot be
 * @returns nothing (see {@link displayBundle})
 * @example
 * ```ts
 * import { showHtml } from "./display.ts";
 * await showHtml("<b>hi</b>", "hi");
 * ```
 */
export function showHtml(html: string, fallback: string): Promise<void> {
  return displayBundle({ "text/html": html, "text/plain": fallback });
}
