/**
 * Writes a minimal stand-alone page with the sandbox's output (static figure, then the
 * interactive HTML), the way the site embeds it. Only for running the browser test before
 * the book's site exists (`SANDBOX_ALLOW_FALLBACK=1`); the real test opens the built page.
 *
 *   deno run -A tests/browser/make_page.ts OUT.html
 *
 * @module
 */
import { sandboxBundle, sandboxOutputs } from "../../lib/chapters/sandbox/show.ts";
import { renderFigure } from "../../lib/figures/render.ts";
import { encodeBase64 } from "../../lib/book/base64.ts";

const out = Deno.args[0];
if (!out) throw new Error("usage: deno run -A tests/browser/make_page.ts OUT.html");
const o = sandboxOutputs();
const fig = renderFigure(o.figure.id, o.figure.el, o.figure);
// the HTML as the notebook output carries it (with its Lab fallback, which the site hides)
const html = String(sandboxBundle()["text/html"]);
const svg = `data:image/svg+xml;base64,${encodeBase64(new TextEncoder().encode(fig.svg))}`;
const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Sandbox test page (fallback, not the built site)</title></head><body>
<h1>Sandbox test page</h1>
<figure class="book-figure" id="${fig.id}"><img src="${svg}" alt="${fig.alt}">
<figcaption>${fig.caption}</figcaption></figure>
<div class="html-output">${html}</div>
</body></html>`;
Deno.writeTextFileSync(out, page);
console.log(`wrote ${out}`);
