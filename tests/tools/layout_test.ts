/**
 * The library's layout rules (tools/layout.ts): each rule fires on a small made-up project, and
 * the real project breaks none of them.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { importsOf, layerOf, layoutViolations, projectFiles } from "../../tools/layout.ts";

const nb = (name: string, code = "") => ({
  path: `notebooks/${name}.ipynb`,
  text: JSON.stringify({ cells: [{ cell_type: "code", source: [code] }] }),
});

Deno.test("layout: layers and slugs", () => {
  assert.equal(layerOf("lib/validate.ts").rank, 0);
  assert.equal(layerOf("lib/training/train_run.ts").name, "core");
  assert.equal(layerOf("lib/figures/style.ts").rank, 1);
  assert.equal(layerOf("lib/book/display.ts").rank, 2);
  assert.deepEqual(layerOf("lib/chapters/the-chain/tables.ts"), {
    name: "chapter",
    rank: 3,
    slug: "the-chain",
  });
  assert.throws(() => layerOf("lib/misc/x.ts"), /lib\/misc\/x\.ts: not in a known layer/);
});

Deno.test("layout: imports in comments and doc examples do not count", () => {
  const src = '/**\n * ```ts\n * import { a } from "../chapters/x/a.ts";\n * ```\n */\n' +
    'export { b } from "./b.ts"; // import "./c.ts"\nconst m = await import("../d/e.ts");';
  assert.deepEqual(importsOf("lib/math/z.ts", src).map((e) => e.to), [
    "lib/math/b.ts",
    "lib/d/e.ts",
  ]);
});

Deno.test("layout: every rule fires on a project that breaks it", () => {
  const long = "export const x = 1;\n".repeat(401);
  const found = layoutViolations([
    { path: "lib/math/a.ts", text: 'import { b } from "./b.ts";' },
    { path: "lib/math/b.ts", text: 'import { a } from "./a.ts";' },
    { path: "lib/data/c.ts", text: 'import { d } from "../fit/d.ts";' },
    { path: "lib/fit/d.ts", text: 'import { c } from "../data/c.ts";' },
    { path: "lib/math/e.ts", text: 'import { f } from "../book/f.ts";' },
    { path: "lib/book/f.ts", text: 'export const f = Deno.readTextFileSync("x");' },
    { path: "lib/chapters/one/figures.ts", text: 'import { s } from "../../sim/s.ts";' },
    { path: "lib/sim/s.ts", text: long },
    { path: "lib/chapters/one/tables.ts", text: 'import { t } from "../two/tables.ts";' },
    { path: "lib/chapters/two/tables.ts", text: "export const t = 1;" },
    { path: "lib/chapters/three/x.ts", text: "export const t = 1;" },
    { path: "lib/sim/camelCase.ts", text: "export const y = 1;" },
    { path: "lib/stats/b.ts", text: "export const y = 1;" },
    nb("01-one", 'import { t } from "../lib/chapters/two/tables.ts";'),
    nb("02-two", 'import { t } from "../lib/chapters/two/tables.ts";'),
  ]);
  assert.deepEqual(found, [
    "core folders import each other: lib/data ↔ lib/fit",
    "import cycle: lib/data/c.ts → lib/fit/d.ts",
    "import cycle: lib/math/a.ts → lib/math/b.ts",
    "lib/book/f.ts touches the file system: only lib/data/ reads files",
    "lib/chapters/one/figures.ts imports lib/sim/s.ts: figure code draws what it is given",
    "lib/chapters/one/tables.ts imports lib/chapters/two/tables.ts: a chapter never imports another chapter's code",
    'lib/chapters/three/x.ts: no notebook has the slug "three"',
    "lib/math/e.ts imports lib/book/f.ts: core may not import book",
    "lib/sim/camelCase.ts: file names are snake_case",
    "lib/sim/s.ts has 401 lines (at most 400)",
    "lib/stats/b.ts: same module name as lib/math/b.ts",
    "notebooks/01-one.ipynb imports lib/chapters/two/tables.ts: a notebook uses only its own chapter's code",
  ]);
});

Deno.test("layout: the project follows every rule", () => {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  assert.deepEqual(layoutViolations(projectFiles(root)), []);
});
