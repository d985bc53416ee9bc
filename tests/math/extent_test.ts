import fc from "fast-check";
import { assert } from "../assert.ts";
import { maxOf, minOf } from "../../lib/math/extent.ts";

Deno.test("minOf/maxOf: same results as Math.min/Math.max, including NaN, −0 and empty", () => {
  fc.assert(
    fc.property(fc.array(fc.double(), { maxLength: 50 }), (xs) => {
      return Object.is(minOf(xs), Math.min(...xs)) && Object.is(maxOf(xs), Math.max(...xs));
    }),
    { seed: 10, numRuns: 500 },
  );
  assert.equal(minOf([]), Infinity);
  assert.equal(maxOf([]), -Infinity);
  assert.ok(Number.isNaN(minOf([1, NaN, 0])));
  assert.ok(Object.is(minOf([0, -0]), -0));
});

Deno.test("minOf/maxOf: 10⁶ values, where spreading overflows the stack", () => {
  const big = Array.from({ length: 1_000_000 }, (_, i) => Math.sin(i));
  assert.throws(() => Math.min(...big), RangeError); // the failure these helpers avoid
  assert.ok(minOf(big) < -0.999999 && maxOf(big) > 0.999999);
  assert.equal(minOf(new Float64Array([4, -2, 9])), -2);
});

Deno.test("no Math.min/Math.max spreads an array anywhere in lib/ or bench/", async () => {
  const root = new URL("../../", import.meta.url);
  const offenders: string[] = [];
  const pattern = /Math\.(min|max)\((?:[^()]|\([^()]*\))*?\.\.\./g;
  async function walk(dir: URL, rel: string): Promise<void> {
    for await (const e of Deno.readDir(dir)) {
      if (e.isDirectory) await walk(new URL(`${e.name}/`, dir), `${rel}${e.name}/`);
      else if (/\.(ts|mjs|js)$/.test(e.name)) {
        const text = await Deno.readTextFile(new URL(e.name, dir));
        for (const m of text.matchAll(pattern)) {
          const lines = text.slice(0, m.index).split("\n");
          const lineText = lines[lines.length - 1].trim();
          if (lineText.startsWith("*") || lineText.startsWith("//")) continue; // prose
          offenders.push(`${rel}${e.name}:${lines.length}`);
        }
      }
    }
  }
  await walk(new URL("lib/", root), "lib/");
  await walk(new URL("bench/", root), "bench/");
  assert.deepEqual(
    offenders,
    [],
    `use minOf/maxOf from lib/math/extent.ts: ${offenders.join(", ")}`,
  );
});
