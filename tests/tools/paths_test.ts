/**
 * A checkout whose path contains a space (or any character a URL escapes) must work: tools,
 * tests and benchmarks turn module URLs into paths with `fileURLToPath` (or
 * `import.meta.dirname`) and paths into URLs with `pathToFileURL`, never with `URL.pathname` or
 * `file://${path}`, which leave `%20` in the path or break on `#` and `?`. The build itself is
 * run from such a path in build_faults_test.ts.
 */
import { assert } from "../assert.ts";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SELF = fileURLToPath(import.meta.url);

/** Lines that build a path from a URL's `pathname` or a URL from `file://` plus a path. */
export function pathMisuses(text: string): number[] {
  const bad = /\.pathname\b|["'`]file:\/\/\$\{/;
  return text.split("\n").flatMap((line, i) => bad.test(line) ? [i + 1] : []);
}

function* sources(dir: string): Generator<string> {
  for (const e of Deno.readDirSync(dir)) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory && !["fixtures", "snapshots", "out"].includes(e.name)) yield* sources(p);
    else if (/\.(ts|mjs|js)$/.test(e.name) && p !== SELF) yield p;
  }
}

Deno.test("the misuse check finds what it looks for", () => {
  assert.deepEqual(pathMisuses('ok\nconst R = new URL("..", import.meta.url).pathname;'), [2]);
  assert.deepEqual(pathMisuses("const u = new URL(`file://${tmp}/`);"), [1]);
  assert.deepEqual(pathMisuses('const R = fileURLToPath(new URL("..", import.meta.url));'), []);
});

Deno.test("tools, tests and benchmarks never take a path from URL.pathname", () => {
  const found: string[] = [];
  for (const dir of ["tools", "tests", "bench"]) {
    for (const file of sources(`${ROOT}${dir}`)) {
      for (const line of pathMisuses(Deno.readTextFileSync(file))) {
        found.push(`${file.slice(ROOT.length)}:${line}`);
      }
    }
  }
  assert.deepEqual(found, []);
});
