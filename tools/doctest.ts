/**
 * Runs every JSDoc `@example` of `lib/` as a test, grouped: the examples of one source file
 * become the tests of one generated module, instead of one module (and one isolate, loading
 * the whole import graph again) per example as `deno test --doc` does. The examples are
 * type-checked where they stand by `deno check --doc`; this runner only executes them.
 *
 *   deno run -A tools/doctest.ts [DIR ...]     (default: lib)
 *
 * Each example's imports are hoisted to the top of its group's module and its body becomes
 * the body of one `Deno.test`, named `<file>$<first line>-<last line>` like `deno test --doc`
 * names it. An example whose imports would clash with another's (the same local name bound to
 * something else) goes into a module of its own.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { runTestModules, tsFiles } from "./ts_files.ts";

/** One fenced `ts` block of a JSDoc comment. */
export interface DocExample {
  /** source file, relative to the project root */
  file: string;
  /** first and last line of the block in the file (1-based) */
  lines: [number, number];
  /** the import statements, with relative specifiers resolved to file URLs */
  imports: string[];
  /** what the example runs, imports removed */
  body: string;
}

/**
 * The `ts` examples of a TypeScript source, as `deno test --doc` finds them: fenced blocks
 * marked `ts` (or `typescript`) inside JSDoc comments.
 *
 * @param file path of the file, relative to the project root
 * @param src the file's text
 * @param root the project root (a directory URL) to resolve relative specifiers against
 * @returns the examples, in order
 * @throws {Error} naming the file and line of an example whose fence is not closed
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { docExamples } from "./doctest.ts";
 * const fence = "`".repeat(3);
 * const src = `/**\n * ${fence}ts\n * import { a } from "./a.ts";\n * a();\n * ${fence}\n *\/\n`;
 * const [ex] = docExamples("lib/x.ts", src, new URL("file:///p/"));
 * assert.deepEqual(ex.imports, ['import { a } from "file:///p/lib/a.ts";']);
 * assert.equal(ex.body.trim(), "a();");
 * ```
 */
export function docExamples(file: string, src: string, root: URL): DocExample[] {
  const out: DocExample[] = [];
  const lines = src.split("\n");
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!inComment && /^\s*\/\*\*/.test(line)) inComment = true;
    if (inComment && /^\s*\*?\s*```(ts|typescript)\s*$/.test(line)) {
      const start = i;
      const code: string[] = [];
      i++;
      while (i < lines.length && !/^\s*\*?\s*```\s*$/.test(lines[i])) {
        if (/\*\//.test(lines[i])) break;
        code.push(lines[i].replace(/^\s*\* ?/, ""));
        i++;
      }
      if (i >= lines.length || !/```/.test(lines[i])) {
        throw new Error(`${file}:${start + 1}: an example's fence is never closed`);
      }
      out.push({ file, lines: [start + 1, i + 1], ...splitImports(code.join("\n"), file, root) });
    }
    if (inComment && /\*\//.test(line)) inComment = false;
  }
  return out;
}

/** Separates an example's import statements from its body; resolves relative specifiers. */
function splitImports(code: string, file: string, root: URL): { imports: string[]; body: string } {
  const imports: string[] = [];
  const base = new URL(file, root);
  const body = code.replace(
    /^import\s[\s\S]*?from\s*["']([^"']+)["'];?[ \t]*$|^import\s*["']([^"']+)["'];?[ \t]*$/gm,
    (stmt, from?: string, bare?: string) => {
      const spec = from ?? bare!;
      const resolved = spec.startsWith(".") ? new URL(spec, base).href : spec;
      imports.push(stmt.replace(spec, resolved).replace(/;?\s*$/, ";"));
      return "";
    },
  );
  // the example's own URL, as deno test --doc gives it: beside its source file
  return { imports, body: body.replaceAll("import.meta.url", JSON.stringify(base.href)) };
}

/** The local names an import statement binds, each with what it is bound to. */
function bindings(stmt: string): Map<string, string> {
  const out = new Map<string, string>();
  const m = /^import\s+(type\s+)?([\s\S]*?)\s+from\s*["']([^"']+)["']/.exec(stmt);
  if (!m) return out;
  const [, , clause, spec] = m;
  const named = /\{([\s\S]*)\}/.exec(clause);
  for (const part of (named?.[1] ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [imported, local] = part.replace(/^type\s+/, "").split(/\s+as\s+/);
    out.set((local ?? imported).trim(), `${spec}#${imported.trim()}`);
  }
  const rest = clause.replace(/\{[\s\S]*\}/, "").split(",").map((s) => s.trim()).filter(Boolean);
  for (const r of rest) {
    const ns = /^\*\s+as\s+(\w+)$/.exec(r);
    if (ns) out.set(ns[1], `${spec}#*`);
    else out.set(r, `${spec}#default`);
  }
  return out;
}

/**
 * Groups examples into modules whose hoisted imports do not clash, and writes each module's
 * text: the imports once each, then one `Deno.test` per example.
 *
 * @param examples the examples of one source file
 * @returns the text of each generated module
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { testModules } from "./doctest.ts";
 * const mods = testModules([
 *   { file: "lib/x.ts", lines: [3, 6], imports: ['import { a } from "file:///a.ts";'], body: "a();" },
 *   { file: "lib/x.ts", lines: [9, 12], imports: ['import { a } from "file:///b.ts";'], body: "a();" },
 * ]);
 * assert.equal(mods.length, 2);
 * assert.match(mods[0], /Deno\.test\("lib\/x\.ts\$3-6", async \(\) => \{/);
 * ```
 */
export function testModules(examples: readonly DocExample[]): string[] {
  const groups: { bound: Map<string, string>; bare: Set<string>; tests: string[] }[] = [];
  for (const ex of examples) {
    const mine = new Map<string, string>();
    const bare: string[] = [];
    for (const stmt of ex.imports) {
      const b = bindings(stmt);
      if (b.size === 0) bare.push(stmt);
      for (const [k, v] of b) mine.set(k, v);
    }
    let group = groups.find((g) => [...mine].every(([k, v]) => (g.bound.get(k) ?? v) === v));
    if (!group) {
      group = { bound: new Map(), bare: new Set(), tests: [] };
      groups.push(group);
    }
    for (const [k, v] of mine) group.bound.set(k, v);
    for (const stmt of bare) group.bare.add(stmt);
    const name = `${ex.file}$${ex.lines[0]}-${ex.lines[1]}`;
    group.tests.push(
      `Deno.test(${JSON.stringify(name)}, async () => {\n${ex.body.trim()}\n});\n`,
    );
  }
  return groups.map((g) => importLines(g.bound, g.bare).join("\n") + "\n\n" + g.tests.join("\n"));
}

/** One import statement per specifier (namespace and default imports on lines of their own). */
function importLines(bound: Map<string, string>, bare: Set<string>): string[] {
  const named = new Map<string, string[]>();
  const lines = [...bare];
  for (const [local, target] of bound) {
    const at = target.lastIndexOf("#");
    const [spec, imported] = [target.slice(0, at), target.slice(at + 1)];
    const q = JSON.stringify(spec);
    if (imported === "*") lines.push(`import * as ${local} from ${q};`);
    else if (imported === "default") lines.push(`import ${local} from ${q};`);
    else {
      const list = named.get(spec) ?? [];
      list.push(imported === local ? local : `${imported} as ${local}`);
      named.set(spec, list);
    }
  }
  for (const [spec, list] of named) {
    lines.push(`import { ${list.join(", ")} } from ${JSON.stringify(spec)};`);
  }
  return lines;
}

if (import.meta.main) {
  const root = new URL("../", import.meta.url);
  const rootPath = fileURLToPath(root);
  const dirs = Deno.args.length > 0 ? Deno.args : ["lib"];
  const modules = new Map<string, string>();
  let examples = 0;
  for (const path of tsFiles(dirs.map((d) => `${rootPath}${d}`))) {
    const file = path.slice(rootPath.length);
    const found = docExamples(file, Deno.readTextFileSync(path), root);
    examples += found.length;
    testModules(found).forEach((text, i) => {
      modules.set(`${file.replaceAll("/", "__").replace(/\.ts$/, "")}_${i}_test.ts`, text);
    });
  }
  console.error(`doctest: ${examples} examples in ${modules.size} modules`);
  Deno.exit(await runTestModules(rootPath, ".doctest", modules, ["--quiet"]));
}
