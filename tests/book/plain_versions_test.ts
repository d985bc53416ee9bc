/**
 * Every numbered chapter shows its central computation as a plain version a student could
 * write, checked in the same cell against the tested `lib/` function the chapter then uses.
 *
 * Convention for such a cell (a "by-hand cell"):
 * - it is a code cell whose first line starts with `// By hand:`;
 * - it defines the plain version: a function whose name ends in `ByHand`, or a loop;
 * - it imports from `../lib/` (not `../lib/book/`, the display helpers) and calls what it
 *   imported;
 * - it makes a check (`checkClose(…)` from `lib/book/check.ts`, or an `assert…(…)` call), so the
 *   cell throws when the plain version and the library disagree;
 * - it has 5 to 30 lines of code (imports, comments and blank lines not counted) and no string
 *   literal longer than 300 characters (a short computed sentence, not a paragraph);
 * - the cell before it is Markdown (saying what the plain version does).
 *
 * The glossary and appendices (titled "# N. Appendix: …") are exempt.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { assert } from "../assert.ts";
import {
  cellText,
  CHAPTER_FILE,
  type Notebook,
  notebookFromCells,
} from "../../lib/book/notebook.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Whether a chapter file needs a by-hand cell: a numbered chapter, not the glossary and not an
 * appendix (a title "# N. Appendix: …").
 */
export function needsByHand(name: string, nb: Notebook): boolean {
  if (!CHAPTER_FILE.test(name) || /glossary/.test(name)) return false;
  return !/^# \d+[a-z]?\. Appendix\b/.test(cellText(nb.cells[0] ?? { source: "" }));
}

/**
 * The problems of one candidate by-hand cell (empty when it follows the convention).
 *
 * @param source the code cell's source
 * @param previousType the type of the cell before it
 * @returns problems, each a short sentence
 */
export function byHandProblems(source: string, previousType: string | undefined): string[] {
  const problems: string[] = [];
  if (!/^\/\/ By hand:/.test(source)) return ['does not start with "// By hand:"'];
  if (previousType !== "markdown") problems.push("is not preceded by a Markdown cell");
  if (!/\bfunction\s+\w*ByHand\s*\(|\b(for|while)\s*\(/.test(source)) {
    problems.push("defines no plain version (a function named …ByHand or a loop)");
  }
  const bindings: string[] = [];
  for (const m of source.matchAll(/^import\s+([^;]+?)\s+from\s+"([^"]+)";/gm)) {
    if (!m[2].startsWith("../lib/") || m[2].startsWith("../lib/book/")) continue;
    const clause = m[1].trim();
    const ns = /^\*\s+as\s+(\w+)$/.exec(clause);
    if (ns) bindings.push(ns[1]);
    const named = /^\{([^}]*)\}$/s.exec(clause);
    if (named) {
      for (const part of named[1].split(",")) {
        const name = part.trim().split(/\s+as\s+/).pop();
        if (name && !/^type\s/.test(part.trim())) bindings.push(name);
      }
    }
  }
  const code = source.replace(/^import\s[^;]+;/gm, "");
  const calls = bindings.some((b) => new RegExp(`\\b${b}\\s*\\(|\\b${b}\\.\\w+\\s*\\(`).test(code));
  if (!calls) problems.push("calls no function it imports from ../lib/ (outside lib/book/)");
  if (!/\b(checkClose|assertAlmostEquals|assertRelativeEquals|assert(\.\w+)?)\s*\(/.test(code)) {
    problems.push("makes no assertion comparing the two");
  }
  const lines = code.split("\n").filter((l) => l.trim() !== "" && !/^\s*\/\//.test(l)).length;
  if (lines < 5 || lines > 30) problems.push(`has ${lines} lines of code (want 5 to 30)`);
  const literals = code.match(/`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g) ?? [];
  const longest = Math.max(0, ...literals.map((l) => l.length - 2));
  if (longest > 300) problems.push(`has a string literal of ${longest} characters (at most 300)`);
  return problems;
}

/**
 * Why a notebook lacks a valid by-hand cell, or `[]` if it has one.
 *
 * @param nb the notebook
 * @param name its file name
 * @returns problems
 */
export function chapterProblems(nb: Notebook, name: string): string[] {
  const candidates = nb.cells
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.cell_type === "code" && /^\/\/ By hand:/.test(cellText(c)));
  if (candidates.length === 0) return [`${name}: no code cell starts with "// By hand:"`];
  const found = candidates.map(({ c, i }) => ({
    i,
    problems: byHandProblems(cellText(c), nb.cells[i - 1]?.cell_type),
  }));
  if (found.some((f) => f.problems.length === 0)) return [];
  return found.flatMap((f) => f.problems.map((p) => `${name}: by-hand cell ${f.i + 1} ${p}`));
}

const GOOD = [
  "// By hand: p^k as a loop",
  'import { checkClose } from "../lib/book/check.ts";',
  'import * as chainLib from "../lib/math/exact_match.ts";',
  "function chainByHand(p: number, k: number): number {",
  "  let all = 1;",
  "  for (let i = 0; i < k; i++) all *= p;",
  "  return all;",
  "}",
  "checkClose(chainByHand(0.9, 4), chainLib.exactMatch(0.9, 4), 1e-12);",
].join("\n");

Deno.test("detector: a by-hand cell following the convention passes", () => {
  assert.deepEqual(byHandProblems(GOOD, "markdown"), []);
  const named = GOOD.replace("* as chainLib", "{ exactMatch }").replace(
    "chainLib.exactMatch(",
    "exactMatch(",
  );
  assert.deepEqual(byHandProblems(named, "markdown"), []);
});

Deno.test("detector: each missing part of a by-hand cell is caught", () => {
  assert.deepEqual(byHandProblems(GOOD.replace("// By hand:", "// Plain:"), "markdown"), [
    'does not start with "// By hand:"',
  ]);
  assert.deepEqual(byHandProblems(GOOD, "code"), ["is not preceded by a Markdown cell"]);
  const noAssert = GOOD.replace(/^checkClose\((.*), 1e-12\);$/m, "const same = $1;");
  assert.deepEqual(byHandProblems(noAssert, "markdown"), ["makes no assertion comparing the two"]);
  const noLib = GOOD.replace("chainLib.exactMatch(0.9, 4)", "0.9 ** 4");
  assert.deepEqual(byHandProblems(noLib, "markdown"), [
    "calls no function it imports from ../lib/ (outside lib/book/)",
  ]);
  const bookOnly = noLib.replace("../lib/math/exact_match.ts", "../lib/book/display.ts").replace(
    "0.9 ** 4",
    "chainLib.formatNumber(1)",
  );
  assert.deepEqual(byHandProblems(bookOnly, "markdown"), [
    "calls no function it imports from ../lib/ (outside lib/book/)",
  ]);
  const noPlain = GOOD.replace(/function chainByHand[\s\S]*?\n}\n/, "")
    .replace("chainByHand(0.9, 4)", "0.6561");
  assert.ok(
    byHandProblems(noPlain, "markdown").includes(
      "defines no plain version (a function named …ByHand or a loop)",
    ),
  );
  const paragraph = `${GOOD}\nconst note = "${"x".repeat(301)}";`;
  assert.deepEqual(byHandProblems(paragraph, "markdown"), [
    "has a string literal of 301 characters (at most 300)",
  ]);
  assert.deepEqual(byHandProblems(`${GOOD}\nconst note = \`${"x".repeat(300)}\`;`, "markdown"), []);
  const tooShort = [GOOD.split("\n").slice(0, 3).join("\n"), "for (;;) break;"].join("\n");
  assert.ok(byHandProblems(tooShort, "markdown").some((p) => /has 1 lines of code/.test(p)));
});

Deno.test("detector: the glossary and appendices are exempt, lessons are not", () => {
  const titled = (title: string) => notebookFromCells([{ cell_type: "markdown", source: title }]);
  assert.equal(needsByHand("02-the-chain.ipynb", titled("# 2. The chain")), true);
  assert.equal(needsByHand("09b-open-models.ipynb", titled("# 9b. Eighty open models")), true);
  assert.equal(needsByHand("17-glossary.ipynb", titled("# 17. Glossary")), false);
  assert.equal(needsByHand("18-claims.ipynb", titled("# 18. Appendix: Claims, checked")), false);
  assert.equal(needsByHand("_scratch.ipynb", titled("# 2. The chain")), false);
});

Deno.test("every numbered chapter has a by-hand cell checked against lib/", () => {
  const chapters = [...Deno.readDirSync(`${ROOT}notebooks`)].map((e) => e.name).sort()
    .filter((n) => n.endsWith(".ipynb"))
    .map((name) => ({ name, nb: JSON.parse(Deno.readTextFileSync(`${ROOT}notebooks/${name}`)) }))
    .filter(({ name, nb }) => needsByHand(name, nb));
  assert.ok(chapters.length >= 18, `expected the numbered chapters, found ${chapters.length}`);
  const problems = chapters.flatMap(({ name, nb }) => chapterProblems(nb, name));
  assert.deepEqual(problems, []);
});
