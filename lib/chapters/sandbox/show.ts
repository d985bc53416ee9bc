/**
 * Shows the emergence sandbox in a notebook as one output: a MIME bundle holding the static
 * figure (SVG, PNG and its id, caption and alt text, exported by the book build like any
 * figure) and the interactive sandbox as `text/html` with the bundled script inline.
 * JupyterLab shows the HTML, trusted or not: it starts with the static chart and a line on how
 * to make the controls work, which the script hides once the live chart is drawn (an untrusted
 * notebook runs no scripts, so it keeps the static chart and the line). The static site shows
 * the numbered figure and then the HTML; there the script hides the figure instead.
 *
 * The one file read here is the bundle `_build/assets/sandbox.js`, made by
 * `deno run -A tools/bundle_sandbox.ts` (the book build runs it before executing notebooks).
 *
 * @module
 */
import { displayBundle, figureBundle, type MimeBundle } from "../../book/display.ts";
import { renderFigure } from "../../figures/render.ts";
import { sandboxFigure } from "./figures.ts";
import { sampleSandbox } from "./curves.ts";
import { sandboxMarkup } from "./markup.ts";
import { DEFAULT_STATE, type SandboxState, validateState } from "./state.ts";
import { sandboxAlt } from "./text.ts";
import { pathName, readDataFileSync } from "../../data/read.ts";

/** Where the bundled browser script is expected, relative to the repository root. */
export const BUNDLE_PATH = "_build/assets/sandbox.js";
/** The command that makes the bundle. */
export const BUNDLE_COMMAND = "deno run -A tools/bundle_sandbox.ts";
/** Id of the static fallback figure of the default sandbox. */
export const DEFAULT_FIGURE_ID = "fig-sandbox-default";

/**
 * Reads the bundled sandbox script.
 *
 * @param path file path or URL of the bundle (default: `_build/assets/sandbox.js` of this
 *   repository)
 * @returns the script text
 * @throws {Error} naming the path and the command to run when the bundle is missing or empty
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readBundle } from "./show.ts";
 * assert.throws(() => readBundle("/nonexistent/sandbox.js"), /tools\/bundle_sandbox\.ts/);
 * ```
 */
export function readBundle(
  path: string | URL = new URL(`../../../${BUNDLE_PATH}`, import.meta.url),
): string {
  const shown = pathName(path);
  let code: string;
  try {
    code = readDataFileSync(path);
  } catch {
    throw new Error(
      `the sandbox bundle ${shown} cannot be read; build it with \`${BUNDLE_COMMAND}\``,
    );
  }
  if (code.trim() === "") {
    throw new Error(`the sandbox bundle ${shown} is empty; rebuild it with \`${BUNDLE_COMMAND}\``);
  }
  return code;
}

/** Options for {@link showSandbox} and {@link sandboxOutputs}. */
export interface SandboxOptions {
  /** initial state (missing fields: k = 4, x0 = 22, s = 1.5, exact match) */
  state?: Partial<SandboxState>;
  /** id of the static figure (default "fig-sandbox-default") */
  figureId?: string;
  /** caption of the static figure */
  caption?: string;
  /** id prefix of the HTML elements (default "emergence-sandbox") */
  id?: string;
  /** bundle path (default `_build/assets/sandbox.js`) */
  bundlePath?: string | URL;
}

/** What {@link showSandbox} displays, for tests and for building a page outside the kernel. */
export interface SandboxOutputs {
  /** the static figure's element, id, caption and alt text */
  figure: { el: SVGSVGElement; id: string; caption: string; alt: string };
  /** the sandbox's HTML (markup, style and inline script), without the static chart */
  html: string;
  /** the HTML output's plain-text fallback */
  text: string;
}

/**
 * Builds the two outputs of the sandbox without displaying them.
 *
 * @param options initial state, figure id and caption, element id, bundle path
 * @returns the static figure and the HTML
 * @throws {Error} if the bundle is missing (naming the command that builds it)
 * @throws {RangeError} if the state is invalid
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sandboxOutputs } from "./show.ts";
 * const tmp = Deno.makeTempFileSync({ suffix: ".js" });
 * Deno.writeTextFileSync(tmp, "void 0;");
 * const out = sandboxOutputs({ state: { k: 1 }, bundlePath: tmp });
 * assert.ok(out.html.includes('data-static-figure="fig-sandbox-default"'));
 * assert.ok(out.figure.alt.includes("coincide"));
 * ```
 */
export function sandboxOutputs(options: SandboxOptions = {}): SandboxOutputs {
  const state = validateState(options.state ?? DEFAULT_STATE);
  const script = readBundle(options.bundlePath);
  const curves = sampleSandbox(state);
  const id = options.figureId ?? DEFAULT_FIGURE_ID;
  const caption = options.caption ??
    `The emergence sandbox at k = ${state.k}, x0 = ${state.x0}, s = ${state.s}: per-token ` +
      `accuracy (dashed) and ${
        state.metric === "exact-match" ? "exact match" : "mean token log-likelihood"
      } (solid) against training compute, with the exact-match elbow marked. With JavaScript ` +
      `the interactive version replaces this figure.`;
  const html = sandboxMarkup({ script, state, id: options.id, staticFigureId: id });
  return {
    figure: { el: sandboxFigure(curves), id, caption, alt: sandboxAlt(curves) },
    html,
    text: `[interactive emergence sandbox: k = ${state.k}, x0 = ${state.x0}, s = ${state.s}, ` +
      `${state.metric}; needs JavaScript in JupyterLab or the web book]`,
  };
}

/**
 * The one MIME bundle {@link showSandbox} displays: the static figure's SVG, PNG and metadata
 * (for the book build, which exports and numbers it) and the HTML with the PNG as its
 * fallback chart (what JupyterLab renders, trusted or not).
 *
 * @param options initial state, figure id and caption, element id, bundle path
 * @returns the bundle
 * @throws {Error} if the bundle is missing (naming the command that builds it)
 * @throws {RangeError} if the state is invalid
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { FIGURE_MIME } from "../../book/display.ts";
 * import { sandboxBundle } from "./show.ts";
 * const tmp = Deno.makeTempFileSync({ suffix: ".js" });
 * Deno.writeTextFileSync(tmp, "void 0;");
 * const b = sandboxBundle({ bundlePath: tmp });
 * assert.equal((b[FIGURE_MIME] as { id: string }).id, "fig-sandbox-default");
 * assert.ok(String(b["text/html"]).includes("data:image/png;base64,"));
 * ```
 */
export function sandboxBundle(options: SandboxOptions = {}): MimeBundle {
  const state = validateState(options.state ?? DEFAULT_STATE);
  const out = sandboxOutputs({ ...options, state });
  const fig = renderFigure(out.figure.id, out.figure.el, {
    caption: out.figure.caption,
    alt: out.figure.alt,
  });
  const bundle = figureBundle(fig);
  const html = sandboxMarkup({
    script: readBundle(options.bundlePath),
    state,
    id: options.id,
    staticFigureId: out.figure.id,
    fallback: { png: bundle["image/png"] as string, alt: out.figure.alt },
  });
  return { ...bundle, "text/html": html, "text/plain": out.text };
}

/**
 * Shows the sandbox as one output (see {@link sandboxBundle}). In a notebook:
 * `await showSandbox()`.
 *
 * @param options initial state, figure id and caption, element id, bundle path
 * @returns nothing (one output is displayed)
 * @throws {Error} if the bundle is missing (naming the command that builds it)
 * @throws {RangeError} if the state is invalid
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { showSandbox } from "./show.ts";
 * await assert.rejects(
 *   () => showSandbox({ bundlePath: "/nonexistent.js" }),
 *   /deno run -A tools\/bundle_sandbox\.ts/,
 * );
 * ```
 */
export async function showSandbox(options: SandboxOptions = {}): Promise<void> {
  await displayBundle(sandboxBundle(options));
}
