/**
 * tools/doctest.ts finds the same examples deno's own doc-test runner finds, groups them
 * without clashing imports, and a failing example fails the run.
 */
import assert from "node:assert/strict";
import { fileURLToPath, pathToFileURL } from "node:url";
import { docExamples, testModules } from "../../tools/doctest.ts";
import { tsFiles } from "../../tools/ts_files.ts";

const ROOT = new URL("../../", import.meta.url);

Deno.test("doctest: examples, their imports resolved, import.meta.url kept to the source", () => {
  const src = [
    "/**",
    " * Text.",
    " * ```ts",
    ' * import assert from "node:assert/strict";',
    " * import {",
    " *   a,",
    ' * } from "./a.ts";',
    ' * assert.equal(a(new URL("./x", import.meta.url)), 1);',
    " * ```",
    " * ```js",
    " * not a ts block",
    " * ```",
    " */",
  ].join("\n");
  const [ex, ...rest] = docExamples("lib/m/x.ts", src, new URL("file:///p/"));
  assert.equal(rest.length, 0, "only ts blocks are examples");
  assert.deepEqual(ex.lines, [3, 9]);
  assert.deepEqual(ex.imports, [
    'import assert from "node:assert/strict";',
    'import {\n  a,\n} from "file:///p/lib/m/a.ts";',
  ]);
  assert.equal(ex.body.trim(), 'assert.equal(a(new URL("./x", "file:///p/lib/m/x.ts")), 1);');
  assert.throws(
    () => docExamples("lib/m/y.ts", "/**\n * ```ts\n * a();\n */\n", new URL("file:///p/")),
    /lib\/m\/y\.ts:2: an example's fence is never closed/,
  );
});

Deno.test("doctest: shared imports merge; a clashing name gets a module of its own", () => {
  const ex = (first: number, imports: string[]) => ({
    file: "lib/x.ts",
    lines: [first, first + 3] as [number, number],
    imports,
    body: "void 0;",
  });
  const mods = testModules([
    ex(1, ['import { a } from "file:///a.ts";']),
    ex(10, ['import { a, b } from "file:///a.ts";', 'import assert from "node:assert/strict";']),
    ex(20, ['import { b as a } from "file:///a.ts";']),
  ]);
  assert.equal(mods.length, 2);
  assert.match(
    mods[0],
    /^import assert from "node:assert\/strict";\nimport \{ a, b \} from "file:\/\/\/a\.ts";/,
  );
  assert.equal((mods[0].match(/Deno\.test/g) ?? []).length, 2);
  assert.match(mods[1], /import \{ b as a \} from "file:\/\/\/a\.ts";/);
});

Deno.test("doctest: every example of lib/ that deno's runner counts is found", () => {
  // deno test --doc counts one test per ```ts block in a JSDoc comment
  let blocks = 0, found = 0;
  const root = fileURLToPath(ROOT);
  for (const path of tsFiles([`${root}lib`])) {
    const src = Deno.readTextFileSync(path);
    blocks += (src.match(/^\s*\* ```ts\s*$/gm) ?? []).length;
    found += docExamples(path.slice(root.length), src, ROOT).length;
  }
  assert.ok(blocks > 400, `only ${blocks} examples in lib/`);
  assert.equal(found, blocks);
});

Deno.test("doctest: a failing example fails the generated module", async () => {
  const dir = await Deno.makeTempDir({ dir: fileURLToPath(ROOT), prefix: ".doctest-check-" });
  try {
    const [mod] = testModules([{
      file: "lib/x.ts",
      lines: [1, 4],
      imports: ['import assert from "node:assert/strict";'],
      body: "assert.equal(1 + 1, 3);",
    }]);
    await Deno.writeTextFile(`${dir}/x_test.ts`, mod);
    const r = await new Deno.Command(Deno.execPath(), {
      args: ["test", "--no-check", "--quiet", pathToFileURL(`${dir}/x_test.ts`).href],
      cwd: fileURLToPath(ROOT),
      stdout: "piped",
      stderr: "piped",
      env: { NO_COLOR: "1" },
    }).output();
    const out = new TextDecoder().decode(r.stdout) + new TextDecoder().decode(r.stderr);
    assert.equal(r.success, false, out);
    assert.match(out, /lib\/x\.ts\$1-4 \.\.\. FAILED/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
