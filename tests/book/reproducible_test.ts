/**
 * Two executions of the same notebook, with the cache off, give byte-identical executed
 * copies (figures' SVG and PNG included): no timestamps, random ids or absolute paths.
 */
import { assert } from "../assert.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const DENO = `${ROOT}node_modules/.bin/deno`;

async function build(only: string): Promise<Uint8Array> {
  const r = await new Deno.Command(DENO, {
    args: ["run", "-A", "tools/book.ts", "--only", only, "--no-cache", "--retries", "3"],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(r.success, new TextDecoder().decode(r.stderr));
  const name = [...Deno.readDirSync(`${ROOT}notebooks`)].find((e) => e.name.startsWith(only))!.name;
  return Deno.readFileSync(`${ROOT}_build/executed/${name}`);
}

Deno.test({
  name: "rebuilding a notebook gives byte-identical outputs",
  sanitizeResources: false,
  sanitizeOps: false,
  fn: async () => {
    const first = await build("00");
    const second = await build("00");
    assert.equal(first.length, second.length);
    assert.ok(first.every((b, i) => b === second[i]), "executed copies differ");
    const text = new TextDecoder().decode(first);
    assert.ok(!text.includes(ROOT), "no absolute paths in outputs");
    assert.ok(!/\d{4}-\d\d-\d\dT\d\d:\d\d/.test(text), "no timestamps in outputs");
  },
});
