/**
 * The library's layout rules, as code: which module may import which, who may read files, how
 * files are named and how long a module may grow. `tests/tools/layout_test.ts` runs
 * {@link layoutViolations} on the project; run this file to list the violations and the import
 * graph's layers:
 *
 *   deno run -A tools/layout.ts
 *
 * The layers, lowest first:
 * - **core**: `lib/validate.ts` and `lib/{math,stats,sim,fit,metrics,model,tasks,training,data,
 *   format}/`: the science and the plumbing every chapter may use;
 * - **figures**: `lib/figures/`: rendering, the one style module, shared figure kinds;
 * - **book**: `lib/book/`: how notebooks show things, exercises, the glossary;
 * - **chapters**: `lib/chapters/<slug>/`: one chapter's tables, figures, exercises and glue,
 *   named by the chapter's notebook slug.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { tsFiles } from "./ts_files.ts";

/** Core folders of `lib/`, each a kind of reusable code. */
export const CORE_FOLDERS: readonly string[] = [
  "math",
  "stats",
  "sim",
  "fit",
  "metrics",
  "model",
  "tasks",
  "training",
  "data",
  "format",
];

/** The longest a module in `lib/` may be, in lines. */
export const MAX_MODULE_LINES = 400;

/** Modules a figure module may import at run time (type-only imports are free). */
const FIGURE_MAY_IMPORT = [
  /^lib\/figures\//,
  /^lib\/format\//,
  /^lib\/stats\/wilson\.ts$/,
  /^lib\/math\/extent\.ts$/,
  /^lib\/validate\.ts$/,
  /^lib\/data\/fonts\.ts$/,
  /^lib\/chapters\/[^/]+\/plot_options\.ts$/,
];

/** Calls that touch the file system. */
const FILE_ACCESS =
  /\bDeno\.(readTextFile|readFile|readDir|open|stat|lstat|realPath)(Sync)?\b|["']node:fs(\/promises)?["']/;

/** One import of one module by another. */
export interface ImportEdge {
  /** importing file, relative to the project root */
  from: string;
  /** imported file, relative to the project root */
  to: string;
  /** true for `import type` / `export type` */
  typeOnly: boolean;
}

/** A module's layer: its rank (lower may not import higher) and, for chapters, the slug. */
export interface Layer {
  /** "core", "figures", "book" or "chapter" */
  name: "core" | "figures" | "book" | "chapter";
  /** 0 core, 1 figures, 2 book, 3 chapter */
  rank: number;
  /** the chapter's slug, for chapter modules */
  slug?: string;
}

/**
 * The layer of a file under `lib/`.
 *
 * @param path path from the project root, such as `"lib/math/sigmoid.ts"`
 * @returns its layer
 * @throws {Error} naming the path when it lies in no known layer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { layerOf } from "./layout.ts";
 * assert.equal(layerOf("lib/math/sigmoid.ts").name, "core");
 * assert.equal(layerOf("lib/chapters/the-chain/tables.ts").slug, "the-chain");
 * ```
 */
export function layerOf(path: string): Layer {
  if (path === "lib/validate.ts") return { name: "core", rank: 0 };
  const m = /^lib\/([^/]+)\/(?:([^/]+)\/)?/.exec(path);
  if (m && CORE_FOLDERS.includes(m[1])) return { name: "core", rank: 0 };
  if (m?.[1] === "figures") return { name: "figures", rank: 1 };
  if (m?.[1] === "book") return { name: "book", rank: 2 };
  if (m?.[1] === "chapters" && m[2]) return { name: "chapter", rank: 3, slug: m[2] };
  throw new Error(`${path}: not in a known layer of lib/ (core, figures, book, chapters/<slug>)`);
}

/**
 * Removes comments from TypeScript source, keeping strings (so that imports inside JSDoc
 * examples do not count as the module's imports).
 *
 * @param src source text
 * @returns the source with every comment replaced by a space
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { stripComments } from "./layout.ts";
 * assert.equal(stripComments('a /* b *\/ "//c" // d'), 'a   "//c"  ');
 * ```
 */
export function stripComments(src: string): string {
  let out = "";
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (c === "/" && next === "*") {
      const end = src.indexOf("*/", i + 2);
      i = end < 0 ? src.length : end + 2;
      out += " ";
    } else if (c === "/" && next === "/") {
      while (i < src.length && src[i] !== "\n") i++;
      out += " ";
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === "\\" ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * The relative imports of a module (static `import`/`export … from` and literal `import()`),
 * resolved against the module's own path.
 *
 * @param path path of the module from the project root
 * @param src its source text
 * @returns one edge per import of a relative specifier
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { importsOf } from "./layout.ts";
 * const edges = importsOf("lib/a/b.ts", 'import type { X } from "../c/d.ts";\nimport "./e.ts";');
 * assert.deepEqual(edges.map((e) => [e.to, e.typeOnly]), [["lib/c/d.ts", true], ["lib/a/e.ts", false]]);
 * ```
 */
export function importsOf(path: string, src: string): ImportEdge[] {
  const code = stripComments(src);
  const out: ImportEdge[] = [];
  const re =
    /(?:^|[;\n}])\s*(import|export)(\s+type\b)?[^;"'`]*?\bfrom\s*["']([^"']+)["']|(?:^|[;\n])\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;
  for (const m of code.matchAll(re)) {
    const spec = m[3] ?? m[4] ?? m[5];
    if (!spec.startsWith(".")) continue;
    out.push({ from: path, to: resolve(path, spec), typeOnly: Boolean(m[2]) });
  }
  return out;
}

/** Resolves a relative specifier against a file path (both relative to the project root). */
function resolve(from: string, spec: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const p of spec.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

/** Every strongly connected component with more than one module (an import cycle). */
function cycles(nodes: string[], edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    on.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return out;
}

/** The project's files a rule looks at: path from the root and text. */
export interface SourceFile {
  /** path from the project root */
  path: string;
  /** the file's text */
  text: string;
}

/**
 * Checks the layout rules on a set of files and returns one line per violation:
 * - no import cycle between modules of `lib/`, and none between core folders;
 * - a module imports only its own layer or a lower one; a chapter folder never imports another
 *   chapter's folder;
 * - a notebook imports only core, figures, book and its own chapter's folder;
 * - figure modules (`lib/figures/`, `lib/chapters/<slug>/figures.ts`) import at run time only
 *   rendering (and its fonts), style, formatting, Wilson intervals, extents and validation;
 * - only `lib/data/` touches the file system;
 * - file names are snake_case; core, figure and book module names are unique; every chapter
 *   folder has a notebook of that slug;
 * - no module in `lib/` is longer than {@link MAX_MODULE_LINES} lines.
 *
 * @param files modules under `lib/` and notebooks under `notebooks/` (other files are ignored)
 * @returns the violations, sorted; empty when the layout is clean
 * @throws {Error} naming the file when a module of `lib/` lies in no known layer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { layoutViolations } from "./layout.ts";
 * const found = layoutViolations([
 *   { path: "lib/math/a.ts", text: 'import { b } from "../chapters/x/b.ts";' },
 *   { path: "lib/chapters/x/b.ts", text: "export const b = 1;" },
 *   { path: "notebooks/01-x.ipynb", text: "{}" },
 * ]);
 * assert.deepEqual(found, ["lib/math/a.ts imports lib/chapters/x/b.ts: core may not import chapter"]);
 * ```
 */
export function layoutViolations(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  const lib = files.filter((f) => f.path.startsWith("lib/") && f.path.endsWith(".ts"));
  const notebooks = files.filter((f) => /^notebooks\/[^/]+\.ipynb$/.test(f.path));
  const slugs = new Set(
    notebooks.map((f) => /^notebooks\/\d+[a-z]?-(.+)\.ipynb$/.exec(f.path)?.[1]).filter(Boolean),
  );
  const edges = lib.flatMap((f) => importsOf(f.path, f.text)).filter((e) =>
    e.to.startsWith("lib/")
  );
  const paths = new Set(lib.map((f) => f.path));
  for (const e of edges) {
    if (!paths.has(e.to)) {
      found.push(`${e.from} imports ${e.to}, which does not exist`);
      continue;
    }
    const [a, b] = [layerOf(e.from), layerOf(e.to)];
    if (b.rank > a.rank) {
      found.push(`${e.from} imports ${e.to}: ${a.name} may not import ${b.name}`);
    } else if (a.slug && b.slug && a.slug !== b.slug) {
      found.push(`${e.from} imports ${e.to}: a chapter never imports another chapter's code`);
    }
  }
  for (const c of cycles([...paths], edges)) found.push(`import cycle: ${c.join(" → ")}`);
  const folder = (p: string) => p.split("/").slice(0, 2).join("/");
  const folderEdges = edges.filter((e) =>
    layerOf(e.from).name === "core" && layerOf(e.to).name === "core" &&
    folder(e.from) !== folder(e.to) && e.from !== "lib/validate.ts" && e.to !== "lib/validate.ts"
  ).map((e) => ({ ...e, from: folder(e.from), to: folder(e.to) }));
  const folders = [...new Set(folderEdges.flatMap((e) => [e.from, e.to]))];
  for (const c of cycles(folders, folderEdges)) {
    found.push(`core folders import each other: ${c.join(" ↔ ")}`);
  }
  for (const f of lib) {
    const isFigure = f.path.startsWith("lib/figures/") ||
      /^lib\/chapters\/[^/]+\/figures\.ts$/.test(f.path);
    if (isFigure) {
      for (const e of importsOf(f.path, f.text)) {
        if (e.typeOnly || !e.to.startsWith("lib/")) continue;
        const sameChapterFigure = e.to.startsWith(f.path.replace(/[^/]+$/, "")) &&
          /figures\.ts$|plot_options\.ts$/.test(e.to);
        if (!FIGURE_MAY_IMPORT.some((r) => r.test(e.to)) && !sameChapterFigure) {
          found.push(`${f.path} imports ${e.to}: figure code draws what it is given`);
        }
      }
    }
    if (!f.path.startsWith("lib/data/") && FILE_ACCESS.test(stripComments(f.text))) {
      found.push(`${f.path} touches the file system: only lib/data/ reads files`);
    }
    const lines = f.text.split("\n").length - (f.text.endsWith("\n") ? 1 : 0);
    if (lines > MAX_MODULE_LINES) {
      found.push(`${f.path} has ${lines} lines (at most ${MAX_MODULE_LINES})`);
    }
    const slug = layerOf(f.path).slug;
    if (slug && !slugs.has(slug)) found.push(`${f.path}: no notebook has the slug "${slug}"`);
  }
  const seen = new Map<string, string>();
  for (const f of lib) {
    const name = f.path.slice(f.path.lastIndexOf("/") + 1);
    if (!/^[a-z0-9]+(_[a-z0-9]+)*\.ts$/.test(name)) {
      found.push(`${f.path}: file names are snake_case`);
    }
    if (layerOf(f.path).name === "chapter") continue;
    if (seen.has(name)) found.push(`${f.path}: same module name as ${seen.get(name)}`);
    else seen.set(name, f.path);
  }
  for (const nb of notebooks) {
    const slug = /^notebooks\/\d+[a-z]?-(.+)\.ipynb$/.exec(nb.path)?.[1];
    let cells: { cell_type: string; source: string | string[] }[] = [];
    try {
      cells = JSON.parse(nb.text).cells ?? [];
    } catch (e) {
      throw new Error(`${nb.path}: not valid JSON (${(e as Error).message})`);
    }
    for (const cell of cells) {
      if (cell.cell_type !== "code") continue;
      const src = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
      for (const e of importsOf(nb.path, src)) {
        if (!e.to.startsWith("lib/")) continue;
        if (!paths.has(e.to)) found.push(`${nb.path} imports ${e.to}, which does not exist`);
        else if (layerOf(e.to).slug && layerOf(e.to).slug !== slug) {
          found.push(`${nb.path} imports ${e.to}: a notebook uses only its own chapter's code`);
        }
      }
    }
  }
  return found.sort();
}

/**
 * Reads the project's `lib/` modules and notebooks.
 *
 * @param root the project root directory
 * @returns every `.ts` file under `lib/` and every notebook under `notebooks/`
 * @throws {Deno.errors.NotFound} if `lib/` or `notebooks/` is missing
 */
export function projectFiles(root: string): SourceFile[] {
  const base = root.replace(/\/+$/, "");
  const out: SourceFile[] = tsFiles([`${base}/lib`]).map((f) => ({
    path: f.slice(base.length + 1),
    text: Deno.readTextFileSync(f),
  }));
  for (const e of Deno.readDirSync(`${base}/notebooks`)) {
    if (e.isFile && e.name.endsWith(".ipynb")) {
      const p = `notebooks/${e.name}`;
      out.push({ path: p, text: Deno.readTextFileSync(`${base}/${p}`) });
    }
  }
  return out;
}

if (import.meta.main) {
  const root = fileURLToPath(new URL("../", import.meta.url));
  const found = layoutViolations(projectFiles(root));
  for (const line of found) console.log(line);
  console.error(found.length === 0 ? "layout: clean" : `layout: ${found.length} violations`);
  if (found.length > 0) Deno.exit(1);
}
