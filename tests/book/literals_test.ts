/**
 * The string-literal tokenizer behind the "no paragraphs in code cells" check: what counts as a
 * string, what does not (comments, regular expressions, module specifiers, substitutions), and
 * clear errors on unclosed input.
 */
import fc from "fast-check";
import { assert } from "../assert.ts";
import { stringChars, stringLiterals } from "../../lib/book/literals.ts";

const texts = (src: string) => stringLiterals(src).map((s) => s.text);

Deno.test("strings: single, double and template, escapes kept as written", () => {
  const src = `const a = 'it\\'s'; const b = "say \\"hi\\""; const c = \`a\\\`b\`;`;
  assert.deepEqual(stringLiterals(src).map((s) => [s.kind, s.text]), [
    ["single", "it\\'s"],
    ["double", 'say \\"hi\\"'],
    ["template", "a\\`b"],
  ]);
  assert.equal(stringChars(src), 5 + 10 + 4);
});

Deno.test("templates: substitutions are code, nested strings and templates count on their own", () => {
  const src = 'show(`p = ${fmt(p, `${k}`)} and ${{ a: 1 }.a} ${"x}"} end`);';
  assert.deepEqual(texts(src), ["p =  and   end", "", "x}"]);
  assert.equal(stringChars(src), 14 + 0 + 2);
  const deep = "`a${`b${`c${'d'}`}`}e`";
  assert.deepEqual(texts(deep), ["ae", "b", "c", "d"]);
});

Deno.test("comments and regular expressions are not strings; division is not a regex", () => {
  const src = [
    '// a "comment" with `ticks`',
    "/* block 'quote' */ const r = /[\"'`/]+/g.test(s);",
    "const q = a / 2 / b; const t = (x) / 'half';",
    "return /it's/.source;",
  ].join("\n");
  assert.deepEqual(texts(src), ["half"]);
});

Deno.test("module specifiers are found and left out of the count", () => {
  const src = [
    'import { a } from "../lib/a.ts";',
    'import "./side.ts";',
    'export * from "./b.ts";',
    'const m = await import("./c.ts");',
    'const from = "counted"; Array.from("also");',
  ].join("\n");
  assert.deepEqual(stringLiterals(src).map((s) => s.specifier), [
    true,
    true,
    true,
    true,
    false,
    false,
  ]);
  assert.equal(stringChars(src), "counted".length + "also".length);
});

Deno.test("lines are counted through comments and multi-line templates", () => {
  const src = '/* one\ntwo */\nconst a = `x\ny`;\nconst b = "z";';
  assert.deepEqual(stringLiterals(src).map((s) => s.line), [3, 5]);
});

Deno.test("unclosed input fails with the line it opened on", () => {
  assert.throws(() => stringLiterals('a;\nconst s = "open;\n'), /string opened on line 2/);
  assert.throws(() => stringLiterals("a;\n\nf(`x${y}"), /template string opened on line 3/);
  assert.throws(() => stringLiterals("x;\n/* never"), /comment opened on line 2/);
  assert.throws(() => stringLiterals("x = /abc\n"), /regular expression on line 1/);
  assert.throws(() => stringLiterals(3 as unknown as string), /source must be a string/);
});

Deno.test("property: a double-quoted literal of any safe text counts its length", () => {
  fc.assert(
    fc.property(fc.string().filter((s) => !/["\\\n\r]/.test(s)), (s) => {
      assert.equal(stringChars(`const v = "${s}"; // "${s}"`), s.length);
    }),
    { seed: 42 },
  );
});
