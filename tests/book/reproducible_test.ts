/**
 * Two executions of the same notebook, with the cache off, give byte-identical executed
 * copies (figures' SVG and PNG included): no timestamps, random ids or absolute paths.
 */
import { fileURLToPath } from "node:url";
import { assert } from "../assert.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DENO = `${ROOT}node_modules/.bin/deno`;

/** Executes the notebooks whose names start with the given prefixes, cache off; returns their bytes. */
async function build(prefixes: string[]): Promise<Uint8Array[]> {
  const r = await new Deno.Command(DENO, {
    args: ["run", "-A", "tools/book.ts", "--only", prefixes.join(","), "--no-cache"],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(r.success, new TextDecoder().decode(r.stderr));
  return prefixes.map((prefix) => {
    const name = [...Deno.readDirSync(`${ROOT}notebooks`)].find((e) => e.name.startsWith(prefix))!
      .name;
    return Deno.readFileSync(`${ROOT}_build/executed/${name}`);
  });
}

Deno.test({
  name: "rebuilding a notebook gives byte-identical outputs",
  sanitizeResources: false,
  sanitizeOps: false,
  fn: async () => {
    // the starter chapter, and the Monte-Carlo chapter whose numbers come from the seeded PRNG
    const prefixes = ["00", "05"];
    const first = await build(prefixes);
    const second = await build(prefixes);
    prefixes.forEach((prefix, i) => {
      assert.equal(first[i].length, second[i].length, `${prefix}: sizes differ`);
      assert.ok(first[i].every((b, j) => b === second[i][j]), `${prefix}: executed copies differ`);
      const text = new TextDecoder().decode(first[i]);
      assert.ok(!text.includes(ROOT), `${prefix}: no absolute paths in outputs`);
      assert.ok(!/\d{4}-\d\d-\d\dT\d\d:\d\d/.test(text), `${prefix}: no timestamps in outputs`);
    });
  },
});
