/**
 * Normalized SVG snapshots for figures. `UPDATE_SNAPSHOTS=1 deno test -A tests/` rewrites
 * them; otherwise a figure whose SVG differs from its snapshot fails with the first difference.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { assert } from "./assert.ts";

const DIR = new URL("./snapshots/", import.meta.url);

/**
 * Compares SVG text with `tests/snapshots/<name>.svg`.
 *
 * @param name snapshot file stem
 * @param svg the SVG text (already normalized by lib/figures/render.ts)
 * @throws {assert.AssertionError} when it differs, or the snapshot is missing
 */
export async function assertSvgSnapshot(name: string, svg: string): Promise<void> {
  const file = new URL(`${name}.svg`, DIR);
  const text = svg.endsWith("\n") ? svg : svg + "\n";
  if (Deno.env.get("UPDATE_SNAPSHOTS") === "1") {
    await Deno.mkdir(new URL(".", file), { recursive: true });
    await Deno.writeTextFile(file, text);
    return;
  }
  let expected: string;
  try {
    expected = await Deno.readTextFile(file);
  } catch {
    throw new assert.AssertionError({
      message: `no snapshot ${fileURLToPath(file)}; run UPDATE_SNAPSHOTS=1 deno test -A tests/`,
    });
  }
  if (expected !== text) {
    let i = 0;
    while (i < text.length && text[i] === expected[i]) i++;
    throw new assert.AssertionError({
      message: `${name}.svg differs from its snapshot at character ${i}:\n  got      ${
        JSON.stringify(text.slice(Math.max(0, i - 40), i + 60))
      }\n  expected ${JSON.stringify(expected.slice(Math.max(0, i - 40), i + 60))}`,
    });
  }
}
