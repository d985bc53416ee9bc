/**
 * The API reference's landing page: every module of lib/ with the first sentence of its
 * `@module` comment, linking to the page `deno doc --html` wrote for it.
 *
 * @module
 */
import { escapeHtml } from "./markdown.ts";

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
