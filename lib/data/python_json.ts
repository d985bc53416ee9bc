/**
 * A JSON parser for the files Python writes: Python's `json` module emits the bare tokens
 * `NaN`, `Infinity` and `-Infinity`, which `JSON.parse` rejects. {@link parsePythonJson} reads
 * them in place, and with a {@link KeepPolicy} builds only the parts a caller asks for, so that
 * a results file of hundreds of megabytes with logged samples costs one pass over its text.
 *
 * @module
 */

/**
 * Which parts of a document {@link parsePythonJson} builds: `"all"`, `"skip"` (structure
 * checked, not built), or per key, with `"*"` for keys not listed.
 */
export type KeepPolicy = "all" | "skip" | { readonly [key: string]: KeepPolicy };

function childPolicy(policy: KeepPolicy, key: string): KeepPolicy {
  if (typeof policy === "string") return policy;
  if (Object.hasOwn(policy, key)) return policy[key];
  return Object.hasOwn(policy, "*") ? policy["*"] : "skip";
}

/** Nesting deeper than this is rejected (real files nest about 5 levels). */
const MAX_DEPTH = 10_000;

/**
 * Parses JSON as Python's `json` module writes it: standard JSON plus the bare tokens `NaN`,
 * `Infinity` and `-Infinity`, which become `null`. It reads the text in place (no rewritten
 * copy), builds objects without a prototype (so any key, `"__proto__"` included, is plain
 * data), nests without recursion, and with a `keep` policy builds only the parts asked for,
 * checking the structure of the rest and skipping it.
 *
 * @param text the JSON text
 * @param keep which parts to build; default `"all"`
 * @returns the parsed value; skipped parts are absent from their objects
 * @throws {SyntaxError} naming the line, the column and the next 20 characters of text, for
 *   anything that is not JSON with Python's extra tokens
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parsePythonJson } from "./python_json.ts";
 * const v = parsePythonJson('{"a": NaN, "b": [1, -Infinity], "c": {"d": 2}}', { a: "all", c: "skip" });
 * assert.deepEqual(JSON.stringify(v), '{"a":null}');
 * assert.throws(() => parsePythonJson('{"a": nan}'), /line 1, column 7/);
 * ```
 */
export function parsePythonJson(text: string, keep: KeepPolicy = "all"): unknown {
  let pos = 0;
  const n = text.length;

  const fail = (what: string, at = pos): never => {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    const found = at >= n ? "end of text" : JSON.stringify(text.slice(at, at + 20));
    throw new SyntaxError(`${what} at line ${line}, column ${at - lineStart + 1} (found ${found})`);
  };

  const ws = () => {
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
      else return;
    }
  };

  // A string starting at the opening quote; its value if `build`, else "" (skipped).
  const str = (build: boolean): string => {
    const start = pos;
    let from = pos + 1;
    for (;;) {
      const q = text.indexOf('"', from);
      if (q === -1) return fail("unterminated string", start);
      let b = q - 1;
      while (text.charCodeAt(b) === 92) b--; // backslashes right before the quote
      from = q + 1;
      if ((q - 1 - b) % 2 === 0) break; // an even number: the quote ends the string
    }
    pos = from;
    if (!build) return "";
    const raw = text.slice(start + 1, pos - 1);
    // JSON forbids raw control characters in strings; JSON.parse checks them and escapes
    // deno-lint-ignore no-control-regex
    if (!raw.includes("\\") && !/[\u0000-\u001f]/.test(raw)) return raw;
    try {
      return JSON.parse(text.slice(start, pos));
    } catch {
      return fail("bad escape or control character in a string", start);
    }
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const LITERALS: [string, unknown][] = [
    ["null", null],
    ["true", true],
    ["false", false],
    ["NaN", null],
    ["Infinity", null],
    ["-Infinity", null],
  ];

  const scalar = (): unknown => {
    for (const [word, value] of LITERALS) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = pos;
    if (!NUMBER.test(text)) return fail("expected a value");
    const start = pos;
    pos = NUMBER.lastIndex;
    return Number(text.slice(start, pos));
  };

  interface Frame {
    /** the container being built, or null when it is skipped */
    value: Record<string, unknown> | unknown[] | null;
    isArray: boolean;
    /** the container's own policy (its children's come from it) */
    policy: KeepPolicy;
    /** key of the member being parsed (objects) */
    key: string;
  }
  const stack: Frame[] = [];
  const readKey = (frame: Frame) => {
    ws();
    if (text.charCodeAt(pos) !== 34) fail("expected a key in double quotes");
    frame.key = str(frame.value !== null);
    ws();
    if (text.charCodeAt(pos) !== 58) fail('expected ":" after a key');
    pos++;
    return frame.value !== null ? childPolicy(frame.policy, frame.key) : "skip";
  };

  let policy: KeepPolicy = keep; // policy of the value about to be parsed
  for (;;) {
    ws();
    if (pos >= n) fail("unexpected end of text");
    const c = text.charCodeAt(pos);
    let value: unknown;
    if (c === 123 || c === 91) {
      // "{" or "["
      if (stack.length >= MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`);
      const isArray = c === 91;
      pos++;
      const frame: Frame = {
        value: policy === "skip" ? null : isArray ? [] : Object.create(null),
        isArray,
        policy,
        key: "",
      };
      ws();
      if (text.charCodeAt(pos) !== (isArray ? 93 : 125)) {
        stack.push(frame);
        if (!isArray) policy = readKey(frame);
        continue; // parse the first member
      }
      pos++; // empty container
      value = frame.value;
    } else if (c === 34) {
      value = str(policy !== "skip");
    } else {
      value = scalar();
    }
    // attach the finished value to its container; close containers that end here
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) {
        ws();
        if (pos < n) fail("unexpected text after the JSON value");
        return value;
      }
      if (top.value !== null && policy !== "skip") {
        if (top.isArray) (top.value as unknown[]).push(value);
        else (top.value as Record<string, unknown>)[top.key] = value;
      }
      ws();
      const sep = text.charCodeAt(pos);
      if (sep === 44) {
        // "," : the next member
        pos++;
        policy = top.isArray ? (top.value !== null ? top.policy : "skip") : readKey(top);
        break;
      }
      if (sep !== (top.isArray ? 93 : 125)) {
        fail(top.isArray ? 'expected "," or "]"' : 'expected "," or "}"');
      }
      pos++;
      stack.pop();
      value = top.value;
      policy = top.value === null ? "skip" : top.policy;
    }
  }
}
