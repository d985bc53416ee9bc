/**
 * The sandbox's HTML: labelled sliders with number inputs beside them, the metric toggle, a
 * live region for messages, the chart container and the values panel, plus the bundled
 * browser script inline. The same markup works in JupyterLab (a `text/html` output; scripts
 * run once the notebook is executed or trusted) and in the static site (opened from disk, no
 * network). Without JavaScript the controls stay hidden and a `<noscript>` note points to the
 * static figure shown just before them.
 *
 * @module
 */
import { CONTROLS, type NumericControl, type SandboxState, validateState } from "./state.ts";
import { sampleSandbox } from "./curves.ts";
import { describeSandbox } from "./text.ts";
import { escapeHtml } from "../../format/html.ts";

/** Options for {@link sandboxMarkup}. */
export interface MarkupOptions {
  /** the bundled browser script (contents of `_build/assets/sandbox.js`) */
  script: string;
  /** initial state; missing fields take the defaults */
  state?: Partial<SandboxState>;
  /** id prefix for the elements (unique per page), default "emergence-sandbox" */
  id?: string;
  /** id of the static figure the script hides once the live chart is drawn */
  staticFigureId?: string;
  /**
   * the static chart shown until the script has run (JupyterLab shows one output, this HTML,
   * so an untrusted notebook, whose scripts do not run, shows this image and a line saying how
   * to make the controls work); the web book shows its own numbered figure instead and hides
   * this block with CSS
   */
  fallback?: { png: string; alt: string };
}

/** The line an untrusted notebook shows under the static chart. */
export const TRUST_NOTE = "Run the cell (or trust the notebook) to make the controls work.";

/**
 * Makes script text safe to place inside an inline `<script>` element: every `</script`
 * (any case) becomes `<\/script` and `<!--` becomes `<\!--`, which JavaScript reads the same
 * inside strings and regular expressions, so the HTML parser cannot end the element early.
 *
 * @param code JavaScript source
 * @returns the code, safe inside `<script>…</script>`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { inlineScript } from "./markup.ts";
 * assert.equal(inlineScript('s="</script>"'), 's="<\\/script>"');
 * ```
 */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

const STYLE = `
.emergence-sandbox{font-family:"DejaVu Sans",system-ui,sans-serif;font-size:14px;color:#111;background:#fff;border:1px solid #bbb;border-radius:6px;padding:12px;margin:12px 0;max-width:1000px}
.emergence-sandbox[hidden]{display:none}
.html-output [data-sandbox-fallback]{display:none}
.html-output .es-noscript{display:block}
.emergence-sandbox-fallback img{max-width:100%;height:auto}
.emergence-sandbox-fallback p{font-family:"DejaVu Sans",system-ui,sans-serif;font-weight:bold;margin:4px 0 12px 0}
.emergence-sandbox .es-controls{display:flex;flex-wrap:wrap;gap:10px 24px;align-items:flex-end}
.emergence-sandbox .es-control{display:flex;flex-direction:column;gap:2px;min-width:240px}
.emergence-sandbox .es-control label{font-weight:bold}
.emergence-sandbox .es-row{display:flex;gap:8px;align-items:center}
.emergence-sandbox input[type=range]{width:160px}
.emergence-sandbox input[type=text]{width:5.5em;font:inherit}
.emergence-sandbox input:focus-visible{outline:3px solid #1f5fbf;outline-offset:2px}
.emergence-sandbox .es-help{font-size:12px;color:#444}
.emergence-sandbox fieldset{border:1px solid #bbb;border-radius:4px;padding:4px 10px}
.emergence-sandbox legend{font-weight:bold}
.emergence-sandbox .es-message{min-height:1.4em;margin:8px 0;padding:2px 6px;font-weight:bold}
.emergence-sandbox .es-message:not(:empty){background:#fff3cd;border-left:4px solid #8a6d00}
.emergence-sandbox .es-main{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.emergence-sandbox .es-chart{flex:1 1 360px;max-width:640px;min-width:0}
.emergence-sandbox .es-chart svg{max-width:100%;height:auto}
.emergence-sandbox .es-values{flex:0 1 230px;margin:0;min-width:200px}
.emergence-sandbox .es-values dt{font-weight:bold;margin:6px 0 0 0;float:none;width:auto;text-align:left;padding:0}
.emergence-sandbox .es-values dd{float:none;width:auto;padding:0;text-align:left;margin:0 0 0 0.5em;font-family:"DejaVu Sans Mono",monospace;font-size:12px;overflow-wrap:anywhere}
`.trim();

function control(id: string, name: NumericControl, value: number): string {
  const c = CONTROLS[name];
  const rid = `${id}-${name}-range`;
  const nid = `${id}-${name}-number`;
  const hid = `${id}-${name}-help`;
  const attrs = `min="${c.min}" max="${c.max}" step="${c.step}" value="${value}"`;
  return `<div class="es-control">` +
    `<label for="${rid}">${escapeHtml(c.label)}</label>` +
    `<div class="es-row">` +
    `<input type="range" id="${rid}" data-control="${name}" ${attrs} aria-describedby="${hid}">` +
    `<input type="text" inputmode="decimal" id="${nid}" data-control="${name}" value="${value}" aria-label="${
      escapeHtml(`${c.label}, typed value`)
    }" aria-describedby="${hid}">` +
    `</div>` +
    `<span class="es-help" id="${hid}">${escapeHtml(c.help)}; ${c.min} to ${c.max}</span>` +
    `</div>`;
}

/**
 * Builds the sandbox's HTML for one initial state.
 *
 * @param options the bundled script, the initial state, the id prefix and the static figure
 * @returns an HTML fragment: with `fallback`, first the static chart and {@link TRUST_NOTE}
 *   (hidden once the sandbox has mounted); then a hidden `<div class="emergence-sandbox">` with
 *   its controls, style and inline script; then a `<noscript>` note
 * @throws {RangeError} if the state is invalid (see `validateState`) or the id is not made of
 *   letters, digits and dashes
 * @throws {Error} if the script is empty
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sandboxMarkup } from "./markup.ts";
 * const html = sandboxMarkup({ script: "void 0;", state: { k: 8 } });
 * assert.ok(html.includes('id="emergence-sandbox-k-range"'));
 * assert.ok(html.includes('value="8"'));
 * const lab = sandboxMarkup({ script: "void 0;", fallback: { png: "iVBO", alt: "a chart" } });
 * assert.ok(lab.startsWith('<div class="emergence-sandbox-fallback"'));
 * assert.ok(lab.includes("trust the notebook"));
 * ```
 */
export function sandboxMarkup(options: MarkupOptions): string {
  const id = options.id ?? "emergence-sandbox";
  if (!/^[a-z][a-z0-9-]*$/i.test(id)) {
    throw new RangeError(`id must be letters, digits and dashes, got ${JSON.stringify(id)}`);
  }
  if (typeof options.script !== "string" || options.script.trim() === "") {
    throw new Error("sandboxMarkup: the bundled script is empty");
  }
  const state = validateState(options.state ?? {});
  const lines = describeSandbox(sampleSandbox(state));
  const radio = (value: SandboxState["metric"], label: string) =>
    `<label><input type="radio" name="${id}-metric" value="${value}"${
      state.metric === value ? " checked" : ""
    }> ${escapeHtml(label)}</label>`;
  const staticAttr = options.staticFigureId
    ? ` data-static-figure="${escapeHtml(options.staticFigureId)}"`
    : "";
  // data-lm-suppress-shortcuts: JupyterLab (Lumino) then ignores its keyboard shortcuts for
  // keys pressed inside the sandbox, so arrow keys move the sliders instead of the notebook
  // The fallback comes first: JupyterLab's sanitizer (untrusted notebooks) drops <style>,
  // <script> and empty attributes but keeps hidden="hidden", so there the live sandbox stays
  // hidden and only the image and the note show. (The sandbox's <style> hides the fallback in the web book, which shows its
  // own numbered figure.) After the bundle has run, a second script
  // hides the fallback if the sandbox mounted.
  const fallback = options.fallback
    ? `<div class="emergence-sandbox-fallback" id="${id}-fallback" data-sandbox-fallback>` +
      `<img src="data:image/png;base64,${options.fallback.png}" alt="${
        escapeHtml(options.fallback.alt)
      }" width="640">` +
      `<p data-role="trust-note">${escapeHtml(TRUST_NOTE)}</p></div>`
    : "";
  const hideFallback = options.fallback
    ? `<script>(function(){var r=document.getElementById(${
      JSON.stringify(id)
    });var f=document.getElementById(${
      JSON.stringify(`${id}-fallback`)
    });if(r&&f&&r.dataset.mounted==="true")f.hidden=true;})();</script>`
    : "";
  return fallback +
    `<div class="emergence-sandbox" id="${id}" data-emergence-sandbox data-lm-suppress-shortcuts="true" data-state="${
      escapeHtml(JSON.stringify(state))
    }"${staticAttr} hidden="hidden">` +
    `<style>${STYLE}</style>` +
    `<div class="es-controls" role="group" aria-label="Emergence sandbox controls">` +
    control(id, "k", state.k) + control(id, "x0", state.x0) + control(id, "s", state.s) +
    `<fieldset><legend>Task metric (solid line)</legend>` +
    radio("exact-match", "Exact match, p^k") + "<br>" +
    radio("mean-loglik", "Mean token log-likelihood, ln p (nats)") +
    `</fieldset></div>` +
    `<p class="es-message" data-role="message" role="status" aria-live="polite"></p>` +
    `<div class="es-main">` +
    `<div class="es-chart" data-role="chart" role="img" aria-label=""></div>` +
    `<dl class="es-values" data-role="values">` +
    // only the elbow is announced as it changes; announcing every line on every slider step
    // would flood a screen reader
    lines.map((l) =>
      `<dt>${escapeHtml(l.term)}</dt><dd data-key="${l.key}"${
        l.key === "elbow" ? ' aria-live="polite"' : ""
      }>${escapeHtml(l.value)}</dd>`
    ).join("") +
    `</dl></div>` +
    `<script>${inlineScript(options.script)}</script>` +
    `</div>` + hideFallback +
    // hidden="hidden" and shown by the site's CSS: JupyterLab's sanitizer (untrusted
    // notebooks) drops the <noscript> tag but keeps its text, next to the trust note
    `<noscript><p class="es-noscript" hidden="hidden">The interactive sandbox needs JavaScript. The figure above shows its default ` +
    `setting (k = ${state.k}, x0 = ${state.x0}, s = ${state.s}).</p></noscript>`;
}
