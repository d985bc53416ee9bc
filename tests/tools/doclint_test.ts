/**
 * The doc-lint step (tools/doclint.ts): it parses deno's diagnostics, fails on an undocumented
 * export or an unexported local type in a public signature, and does not count references to
 * types declared outside the linted files (npm packages read from node_modules/).
 */
import { assert } from "../assert.ts";
import { docLint, parseDocLint, refersOutside, withoutNoise } from "../../tools/doclint.ts";
import { tsFiles } from "../../tools/ts_files.ts";

// Shaped like deno 2.9's NO_COLOR output: one reference into a package, one local, one missing doc.
const SAMPLE =
  `Warning Failed resolving types. Could not find package 'fs.d.ts' from referrer 'file:///p/node_modules/@types/node/index.d.ts'.
    at file:///p/node_modules/@types/node/index.d.ts:60:21
error[private-type-ref]: public type 'plot' references private type 'PlotOptions'
  --> /p/lib/render.ts:57:1
   | 
57 | export function plot(options: Plot.PlotOptions): SVGSVGElement {
   | ^
   = hint: make the referenced type public or remove the reference
   | 
 7 | export interface PlotOptions extends ScaleDefaults {
   | - this is the referenced type
   | 

  info: to ensure documentation is complete all types that are exposed in the public API must be public


error[private-type-ref]: public type 'leaks' references private type 'Hidden'
  --> /p/lib/a.ts:4:1
  | 
4 | export function leaks(): Hidden {
  | ^
  = hint: make the referenced type public or remove the reference
  | 
2 | type Hidden = { a: number };
  | - this is the referenced type
  | 

  info: to ensure documentation is complete all types that are exposed in the public API must be public


error[missing-jsdoc]: exported symbol is missing JSDoc documentation
  --> /p/lib/a.ts:1:14
  | 
1 | export const undocumented = 1;
  |              ^


error: Found 3 documentation lint errors.
`;

const A_TS = [
  "export const undocumented = 1;",
  "type Hidden = { a: number };",
  "/** doc */",
  "export function leaks(): Hidden {",
].join("\n");

Deno.test("parseDocLint reads code, place and referenced declaration of each diagnostic", () => {
  const parsed = parseDocLint(SAMPLE);
  assert.equal(parsed.found, 3);
  assert.deepEqual(parsed.warnings, []);
  assert.deepEqual(
    parsed.diagnostics.map((d) => [d.code, d.file, d.line, d.referenced?.line]),
    [
      ["private-type-ref", "/p/lib/render.ts", 57, 7],
      ["private-type-ref", "/p/lib/a.ts", 4, 2],
      ["missing-jsdoc", "/p/lib/a.ts", 1, undefined],
    ],
  );
  assert.equal(parsed.diagnostics[1].referenced?.text, "type Hidden = { a: number };");
  assert.match(parsed.diagnostics[2].text, /export const undocumented = 1;/);
});

Deno.test("only a reference to a declaration in none of the linted files is left out", () => {
  const linted = new Map([["/p/lib/a.ts", A_TS.split("\n")]]);
  const outside = parseDocLint(SAMPLE).diagnostics.map((d) => refersOutside(d, linted));
  assert.deepEqual(outside, [true, false, false]);
});

Deno.test("withoutNoise drops the @types/node warnings and keeps other warnings", () => {
  const other =
    'Warning Module not found "file:///p/lib/missing.ts".\n    at file:///p/lib/x.ts:1:22';
  const text = withoutNoise(`${SAMPLE.split("\n").slice(0, 2).join("\n")}\n${other}\nerror: x`);
  assert.equal(text, `${other}\nerror: x`);
  assert.deepEqual(parseDocLint(other).warnings, [other]);
});

Deno.test("docLint fails on an undocumented export and a hidden local type, not on a foreign type", async () => {
  const dir = await Deno.makeTempDir({ prefix: "doclint_test_" });
  try {
    await Deno.mkdir(`${dir}/dep`);
    await Deno.writeTextFile(
      `${dir}/dep/types.ts`,
      "/** from elsewhere */\nexport interface Foreign {\n  /** a */\n  a: number;\n}\n",
    );
    const clean = '/** m\n * @module\n */\nimport type { Foreign } from "./dep/types.ts";\n' +
      "/**\n * Doc.\n * @returns a foreign value\n */\nexport function f(): Foreign {\n  return { a: 1 };\n}\n";
    await Deno.writeTextFile(`${dir}/mod.ts`, clean);
    const ok = await docLint([`${dir}/mod.ts`]);
    assert.equal(ok.code, 0, ok.report);
    assert.match(ok.report, /1 reference to types of npm packages not counted \(Foreign\)/);

    await Deno.writeTextFile(
      `${dir}/mod.ts`,
      clean + "export const undocumented = 1;\ntype Hidden = { a: number };\n" +
        "/** Doc. */\nexport function leaks(): Hidden {\n  return { a: 1 };\n}\n",
    );
    const bad = await docLint([`${dir}/mod.ts`]);
    assert.equal(bad.code, 1);
    assert.match(bad.report, /error\[missing-jsdoc\]/);
    assert.match(
      bad.report,
      /error\[private-type-ref\]: public type 'leaks' references private type 'Hidden'/,
    );
    assert.match(bad.report, /doc lint: 2 errors in 1 module$/);

    assert.deepEqual(tsFiles([dir]), [`${dir}/dep/types.ts`, `${dir}/mod.ts`]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
