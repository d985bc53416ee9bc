/**
 * `deno doc --lint` over every module of the library: each export has JSDoc and an explicit
 * type, and every type a public signature names is itself public.
 *
 *   deno run -A tools/doclint.ts           every `.ts` file under lib/ (found here, so new files count)
 *   deno run -A tools/doclint.ts DIR|FILE  the `.ts` files under the given folders or files
 *
 * Exits 1 and prints the diagnostics if any remain, or prints deno's whole output if it failed
 * for another reason (a module that does not resolve, a parse error).
 *
 * One kind of diagnostic is dropped: `private-type-ref` to a type declared outside the linted
 * files. With `nodeModulesDir: "manual"` deno reads npm packages from `node_modules/` as local
 * files, so a signature that names an Observable Plot type (`Plot.PlotOptions`,
 * `Plot.Markish`) is reported as referring to a "private" type although the type is the
 * package's public API. Deno itself skips references into other packages (denoland/deno#27364)
 * but only recognises them by a non-`file:` URL. A type declared in lib/ and left unexported is
 * still an error. The dropped references are counted and named in the output.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { tsFiles } from "./ts_files.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Deno's warnings about the references inside `@types/node` (it resolves them as packages). */
function isNoise(warning: string): boolean {
  return /^Warning Failed resolving types\..* from referrer 'file:\/\/.*\/node_modules\/@types\/node\//
    .test(warning);
}

/**
 * The output without the warnings {@link parseDocLint} leaves out (and their `at` lines).
 *
 * @param output what `deno doc --lint` printed
 * @returns the same text without those warnings
 */
export function withoutNoise(output: string): string {
  const kept: string[] = [];
  let noise = false;
  for (const line of output.split("\n")) {
    if (line.startsWith("Warning ")) noise = isNoise(line);
    else if (!/^\s+at /.test(line)) noise = false;
    if (!noise) kept.push(line);
  }
  return kept.join("\n");
}

/** One diagnostic of `deno doc --lint`, parsed from its text output. */
export interface DocDiagnostic {
  /** rule name, e.g. `missing-jsdoc` or `private-type-ref` */
  code: string;
  /** the message after the rule name */
  message: string;
  /** path of the module the diagnostic is in */
  file: string;
  /** 1-based line in that module */
  line: number;
  /** for `private-type-ref`: the declaration of the referenced type, as deno prints it */
  referenced?: { line: number; text: string };
  /** the diagnostic as deno printed it, for showing it again */
  text: string;
}

/** What `deno doc --lint` printed, parsed. */
export interface DocLintOutput {
  /** every diagnostic, in order */
  diagnostics: DocDiagnostic[];
  /** the count from deno's closing "Found N documentation lint errors." line, if printed */
  found: number | null;
  /** warnings other than the ones about `@types/node`'s own references (those are noise) */
  warnings: string[];
}

/**
 * Parses the text output (NO_COLOR) of `deno doc --lint`.
 *
 * @param output standard error and standard output of the command, concatenated
 * @returns the diagnostics, deno's own count of them and the warnings worth showing
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseDocLint } from "./doclint.ts";
 * const out = [
 *   "error[missing-jsdoc]: exported symbol is missing JSDoc documentation",
 *   "  --> /p/lib/a.ts:3:14",
 *   "   | ",
 *   " 3 | export const x = 1;",
 *   "   |              ^",
 *   "",
 *   "error: Found 1 documentation lint error.",
 * ].join("\n");
 * const parsed = parseDocLint(out);
 * assert.equal(parsed.found, 1);
 * assert.equal(parsed.diagnostics[0].code, "missing-jsdoc");
 * assert.equal(parsed.diagnostics[0].file, "/p/lib/a.ts");
 * assert.equal(parsed.diagnostics[0].line, 3);
 * ```
 */
export function parseDocLint(output: string): DocLintOutput {
  const diagnostics: DocDiagnostic[] = [];
  const warnings: string[] = [];
  let found: number | null = null;
  let current: DocDiagnostic | null = null;
  let lastSnippet: { line: number; text: string } | null = null;
  let noise = false;
  for (const line of output.split("\n")) {
    const start = /^error\[([a-z-]+)\]: (.*)$/.exec(line);
    if (start) {
      current = { code: start[1], message: start[2], file: "", line: 0, text: line };
      diagnostics.push(current);
      lastSnippet = null;
      continue;
    }
    const total = /^error: Found (\d+) documentation lint errors?\./.exec(line);
    if (total) {
      found = Number(total[1]);
      current = null;
      continue;
    }
    if (line.startsWith("Warning ")) {
      noise = isNoise(line);
      if (!noise) warnings.push(line);
      current = null;
      continue;
    }
    if (/^\s+at /.test(line) && current === null) {
      if (!noise && warnings.length > 0) warnings[warnings.length - 1] += "\n" + line;
      continue;
    }
    if (current === null) continue;
    current.text += "\n" + line;
    const at = /^\s*--> (.*):(\d+):(\d+)$/.exec(line);
    if (at && current.file === "") {
      current.file = at[1];
      current.line = Number(at[2]);
      continue;
    }
    const snippet = /^\s*(\d+) \| (.*)$/.exec(line);
    if (snippet) lastSnippet = { line: Number(snippet[1]), text: snippet[2] };
    else if (/^\s*\|\s*-+ this is the referenced type/.test(line) && lastSnippet) {
      current.referenced = lastSnippet;
    }
  }
  for (const d of diagnostics) d.text = d.text.trimEnd();
  return { diagnostics, found, warnings };
}

/**
 * Whether a diagnostic is a `private-type-ref` to a type declared outside the linted files
 * (an npm package's type, read from `node_modules/`): no linted file has the referenced
 * declaration's text on the referenced line.
 *
 * @param d a parsed diagnostic
 * @param linted the linted files' lines, by path
 * @returns true only for a `private-type-ref` whose referenced declaration is in none of them
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type DocDiagnostic, refersOutside } from "./doclint.ts";
 * const d: DocDiagnostic = {
 *   code: "private-type-ref", message: "", file: "/p/a.ts", line: 5, text: "",
 *   referenced: { line: 2, text: "type Hidden = number;" },
 * };
 * assert.equal(refersOutside(d, new Map([["/p/a.ts", ["", "type Hidden = number;"]]])), false);
 * assert.equal(refersOutside(d, new Map([["/p/a.ts", ["", "const y = 2;"]]])), true);
 * ```
 */
export function refersOutside(d: DocDiagnostic, linted: ReadonlyMap<string, string[]>): boolean {
  if (d.code !== "private-type-ref" || d.referenced === undefined) return false;
  const { line, text } = d.referenced;
  for (const lines of linted.values()) {
    if (lines[line - 1]?.trimEnd() === text.trimEnd()) return false;
  }
  return true;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * Runs `deno doc --lint` over the files and judges the result.
 *
 * @param files the modules to lint
 * @returns the exit code (0 clean, 1 otherwise) and the report to print
 */
export async function docLint(files: readonly string[]): Promise<{ code: number; report: string }> {
  if (files.length === 0) return { code: 1, report: "doc lint: no .ts files to lint" };
  const result = await new Deno.Command(`${ROOT}node_modules/.bin/deno`, {
    args: ["doc", "--lint", ...files],
    cwd: ROOT,
    env: { NO_COLOR: "1", RUST_BACKTRACE: "0" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  const output = dec.decode(result.stderr) + "\n" + dec.decode(result.stdout);
  const parsed = parseDocLint(output);
  const complete = result.success
    ? parsed.diagnostics.length === 0
    : parsed.found !== null && parsed.found === parsed.diagnostics.length;
  if (!complete) {
    return {
      code: 1,
      report: `doc lint: deno doc failed (exit ${result.code}):\n${withoutNoise(output).trim()}`,
    };
  }
  const linted = new Map<string, string[]>();
  for (const f of files) linted.set(f, Deno.readTextFileSync(f).split("\n"));
  const outside = parsed.diagnostics.filter((d) => refersOutside(d, linted));
  const kept = parsed.diagnostics.filter((d) => !refersOutside(d, linted));
  const lines = [...parsed.warnings];
  if (outside.length > 0) {
    const names = [...new Set(outside.map((d) => /private type '([^']*)'/.exec(d.message)?.[1]))];
    lines.push(
      `doc lint: ${plural(outside.length, "reference")} to types of npm packages not counted ` +
        `(${names.sort().join(", ")})`,
    );
  }
  for (const d of kept) lines.push(d.text, "");
  lines.push(
    kept.length === 0
      ? `doc lint: ${files.length} modules clean`
      : `doc lint: ${plural(kept.length, "error")} in ${
        plural(new Set(kept.map((d) => d.file)).size, "module")
      }`,
  );
  return { code: kept.length === 0 ? 0 : 1, report: lines.join("\n") };
}

if (import.meta.main) {
  const files = tsFiles(Deno.args.length > 0 ? Deno.args : [`${ROOT}lib`]);
  const { code, report } = await docLint(files);
  (code === 0 ? console.log : console.error)(report);
  Deno.exit(code);
}
