/**
 * The API reference's landing page: every module of lib/ with the first sentence of its
 * `@module` comment, linking to the page `deno doc --html` wrote for it.
 *
 * @module
 */
import { escapeHtml } from "../../lib/format/html.ts";

/** One module of lib/. */
export interface ApiModule {
  /** path under lib/, e.g. "stats/wilson.ts" */
  path: string;
  /** first sentence of its module comment ("" when it has none) */
  summary: string;
}

/**
 * The first sentence of a file's module doc comment (the JSDoc block tagged `@module`).
 *
 * @param source TypeScript source
 * @returns the sentence, with inline code and `{@link}` reduced to text, or ""
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { moduleSummary } from "./api.ts";
 * const src = "/**\n * Exact match p\\^k, after Wei et al. 2022. More.\n *\n * @module\n *\/\n";
 * assert.equal(moduleSummary(src), "Exact match p^k, after Wei et al. 2022.");
 * ```
 */
export function moduleSummary(source: string): string {
  for (const m of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    if (!/@module\b/.test(m[1])) continue;
    const text = m[1].split("\n").map((l) => l.replace(/^\s*\* ?/, "")).join("\n")
      .split(/\n\s*@/)[0].replace(/\{@link\s+([^}|\s]+)[^}]*\}/g, "$1")
      .replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/\s+/g, " ")
      .trim();
    return /^(.+?(?<!\bal|\be\.g|\bi\.e|\bvs|\bcf)\.)(\s|$)/.exec(text)?.[1] ?? text;
  }
  return "";
}

/**
 * Reads every lib/ module's summary.
 *
 * @param root project root
 * @param files paths relative to root, e.g. "lib/stats/wilson.ts"
 * @returns the modules, in the order given
 */
export function apiModules(root: string, files: string[]): ApiModule[] {
  return files.map((f) => ({
    path: f.replace(/^lib\//, ""),
    summary: moduleSummary(Deno.readTextFileSync(`${root}/${f}`)),
  }));
}

/**
 * The landing page's body: modules grouped by folder, each linking to its deno doc page.
 *
 * @param modules the modules
 * @returns HTML
 */
export function apiLandingBody(modules: ApiModule[]): string {
  const groups = new Map<string, ApiModule[]>();
  for (const m of modules) {
    const dir = m.path.includes("/") ? m.path.slice(0, m.path.lastIndexOf("/")) : "(top level)";
    if (!groups.has(dir)) groups.set(dir, []);
    groups.get(dir)!.push(m);
  }
  const sections = [...groups.entries()].map(([dir, ms]) =>
    `<h2 id="api-${dir.replace(/[^\w]+/g, "-")}">${escapeHtml(dir)}</h2>
<dl class="api-modules">
${
      ms.map((m) =>
        `<dt><a href="${m.path}/index.html"><code>lib/${escapeHtml(m.path)}</code></a></dt><dd>${
          escapeHtml(m.summary || "(no module summary)").replace(/`([^`]+)`/g, "<code>$1</code>")
        }</dd>`
      ).join("\n")
    }
</dl>`
  ).join("\n");
  return `<h1>API reference for <code>lib/</code></h1>
<p>Every number, table and figure in <a href="../index.html">the book</a> is computed by these
${modules.length} modules. Each entry links to the module's functions and types, with their
parameters, errors and a runnable example; <a href="all_symbols.html">all symbols</a> lists
every export on one page.</p>
${sections}`;
}

/** Light-mode colours for deno doc's type signatures with at least 4.5:1 contrast on white. */
const API_OVERRIDES = `/* Emergence, executable: contrast fixes for deno doc's light theme. */
html:not(.dark) .td-kw { color: #0a5d6b !important; }
html:not(.dark) .td-ref { color: #1d4ed8 !important; }
html:not(.dark) .td-str { color: #176a35 !important; }
html:not(.dark) .td-lit { color: #9a3b00 !important; }
html:not(.dark) .contextLink { color: #245d7a !important; }
html:not(.dark) .ddoc span { opacity: 1 !important; }
html:not(.dark) .token.string, html:not(.dark) .token.attr-value { color: #3f6400 !important; }
html:not(.dark) .token.function, html:not(.dark) .token.class-name { color: #a8203b !important; }
html:not(.dark) .token.keyword { color: #005f8f !important; }
html:not(.dark) .token.comment { color: #56616d !important; }
html:not(.dark) .token.operator { color: #6f4c24 !important; background: none !important; }
`;

/**
 * Repairs what `deno doc --html` leaves out for readers of assistive technology: a `lang` on
 * every page, a name for every copy button, code blocks a keyboard can scroll, and type names
 * dark enough to read.
 *
 * @param dir the API reference folder
 * @returns how many pages were changed
 */
export function polishApiPages(dir: string): number {
  Deno.writeTextFileSync(`${dir}/emergence-overrides.css`, API_OVERRIDES);
  let changed = 0;
  const walk = (d: string, depth: number) => {
    for (const e of Deno.readDirSync(d)) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory) walk(p, depth + 1);
      else if (e.name.endsWith(".html")) {
        const html = Deno.readTextFileSync(p);
        const out = html
          .replace(/<html>/, '<html lang="en">')
          .replace(
            /<button class="copyButton"/g,
            '<button class="copyButton" aria-label="Copy the code"',
          )
          .replace(/(<pre[^>]*>\s*<code)(?![^>]*tabindex)/g, '$1 tabindex="0"')
          .replace(
            "</head>",
            `<link rel="stylesheet" href="${"../".repeat(depth)}emergence-overrides.css">\n</head>`,
          );
        if (out !== html) {
          Deno.writeTextFileSync(p, out);
          changed++;
        }
      }
    }
  };
  walk(dir, 0);
  return changed;
}
