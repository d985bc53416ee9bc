/**
 * Finds the string literals of a piece of TypeScript: single- and double-quoted strings and
 * template strings, with escapes, `${…}` substitutions nested to any depth, comments and
 * regular-expression literals told apart from strings. It is a small tokenizer, not a parser:
 * enough to measure how much text a notebook's code cell carries in strings.
 *
 * @module
 */

/** One string literal found in source text. */
export interface StringLiteral {
  /** `"single"`, `"double"` or `"template"` */
  kind: "single" | "double" | "template";
  /**
   * the literal's text as written between its delimiters, escapes kept as typed; for a
   * template, its text parts joined, without the `${…}` substitutions
   */
  text: string;
  /** 1-based line of the opening delimiter */
  line: number;
  /** true for a module specifier: `from "…"`, `import "…"` or `import("…")` */
  specifier: boolean;
}

/** Keywords after which a `/` starts a regular expression, not a division. */
const REGEX_AFTER_WORD = new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await",
]);

type Frame = { kind: "brace" } | { kind: "template"; literal: StringLiteral };

/**
 * Lists the string literals of TypeScript source, in order of their opening delimiter
 * (a template that holds other strings in its substitutions comes before them).
 *
 * @param source TypeScript source text (a notebook code cell, a module)
 * @returns the literals, each with its kind, text, line and whether it names a module
 * @throws {Error} naming the line when a string, template, comment or regular expression is
 *   not closed
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { stringLiterals } from "./literals.ts";
 * const found = stringLiterals('import { f } from "./f.ts";\nf(`a${"b"}c`); // "not a string"');
 * assert.deepEqual(found.map((s) => [s.kind, s.text, s.specifier]), [
 *   ["double", "./f.ts", true],
 *   ["template", "ac", false],
 *   ["double", "b", false],
 * ]);
 * ```
 */
export function stringLiterals(source: string): StringLiteral[] {
  if (typeof source !== "string") {
    throw new TypeError(`stringLiterals: source must be a string, got ${typeof source}`);
  }
  const found: StringLiteral[] = [];
  const stack: Frame[] = [];
  const n = source.length;
  let i = 0;
  let line = 1;
  // the last two significant tokens (words, punctuation, "str", "num", "regex")
  let last = "";
  let beforeLast = "";
  const token = (t: string) => {
    beforeLast = last;
    last = t;
  };
  const lineAt = (from: number, to: number) => {
    for (let j = from; j < to; j++) if (source[j] === "\n") line++;
  };

  /** Scans template text from `at` (just after "`" or "}"); returns the index after it. */
  const templateText = (at: number, literal: StringLiteral): number => {
    let j = at;
    while (j < n) {
      const c = source[j];
      if (c === "\\") {
        j += 2;
        continue;
      }
      if (c === "`") {
        literal.text += source.slice(at, j);
        lineAt(at, j + 1);
        token("str");
        return j + 1;
      }
      if (c === "$" && source[j + 1] === "{") {
        literal.text += source.slice(at, j);
        lineAt(at, j + 2);
        stack.push({ kind: "template", literal });
        token("{");
        return j + 2;
      }
      j++;
    }
    throw new Error(`template string opened on line ${literal.line} is not closed`);
  };

  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === "\n") {
      line++;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === "/" && next === "/") {
      const end = source.indexOf("\n", i);
      i = end < 0 ? n : end;
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      if (end < 0) throw new Error(`comment opened on line ${line} is not closed`);
      lineAt(i, end);
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && source[j] !== c) {
        if (source[j] === "\n") break;
        j += source[j] === "\\" ? 2 : 1;
      }
      if (j >= n || source[j] !== c) {
        throw new Error(`string opened on line ${line} is not closed on that line`);
      }
      const specifier = last === "from" || last === "import" ||
        (last === "(" && beforeLast === "import");
      found.push({
        kind: c === '"' ? "double" : "single",
        text: source.slice(i + 1, j),
        line,
        specifier,
      });
      lineAt(i, j); // escaped line breaks
      token("str");
      i = j + 1;
    } else if (c === "`") {
      const literal: StringLiteral = { kind: "template", text: "", line, specifier: false };
      found.push(literal);
      i = templateText(i + 1, literal);
    } else if (c === "{") {
      stack.push({ kind: "brace" });
      token("{");
      i++;
    } else if (c === "}") {
      const frame = stack.pop();
      if (frame?.kind === "template") {
        i = templateText(i + 1, frame.literal);
      } else {
        token("}");
        i++;
      }
    } else if (c === "/" && regexMayStart(last)) {
      let j = i + 1;
      let inClass = false;
      while (j < n && source[j] !== "\n") {
        const d = source[j];
        if (d === "\\") j++;
        else if (d === "[") inClass = true;
        else if (d === "]") inClass = false;
        else if (d === "/" && !inClass) break;
        j++;
      }
      if (j >= n || source[j] !== "/") {
        throw new Error(`regular expression on line ${line} is not closed on that line`);
      }
      i = j + 1;
      while (i < n && /[a-z]/i.test(source[i])) i++; // flags
      token("regex");
    } else if (/[A-Za-z_$\p{L}]/u.test(c)) {
      let j = i + 1;
      while (j < n && /[\w$\p{L}]/u.test(source[j])) j++;
      token(source.slice(i, j));
      i = j;
    } else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(next ?? ""))) {
      let j = i + 1;
      while (j < n && /[\w.]/.test(source[j])) j++;
      token("num");
      i = j;
    } else {
      token(c);
      i++;
    }
  }
  const open = stack.findLast((f) => f.kind === "template");
  if (open?.kind === "template") {
    throw new Error(`template string opened on line ${open.literal.line} is not closed`);
  }
  return found;
}

/** Whether a `/` after the token `last` starts a regular expression. */
function regexMayStart(last: string): boolean {
  if (last === "") return true;
  if (last === "str" || last === "num" || last === "regex") return false;
  if (/^[A-Za-z_$\p{L}]/u.test(last)) return REGEX_AFTER_WORD.has(last);
  return last !== ")" && last !== "]" && last !== "}";
}

/**
 * Counts the characters a piece of TypeScript holds in string literals, module specifiers
 * (`from "../lib/x.ts"`) left out. Each literal counts its text as written between its
 * delimiters (see {@link StringLiteral.text}); a template counts its text parts, and strings
 * inside its substitutions count on their own.
 *
 * @param source TypeScript source text
 * @returns the number of characters (UTF-16 code units) in its string literals
 * @throws {Error} as {@link stringLiterals} does, when a string or comment is not closed
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { stringChars } from "./literals.ts";
 * assert.equal(stringChars('import { x } from "./x.ts";\nshow(`n = ${x}`, "ok");'), 6);
 * ```
 */
export function stringChars(source: string): number {
  let total = 0;
  for (const s of stringLiterals(source)) if (!s.specifier) total += s.text.length;
  return total;
}
