/**
 * A snapshot of every figure of the book, as the chapters draw it: the SVG the book build
 * exported to site/figures/ (each figure function called with its chapter's inputs) must equal
 * tests/snapshots/figures/<id>.svg, so every visual change is a reviewed diff. After an
 * intended change: build the book, then `UPDATE_SNAPSHOTS=1 deno test -A
 * tests/book/figure_snapshots_test.ts`, and review the diff of the snapshots.
 */
import { fileURLToPath } from "node:url";
import { assert } from "../assert.ts";
import { assertSvgSnapshot } from "../snapshot.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BUILT = `${ROOT}site/figures`;
const SNAPSHOTS = `${ROOT}tests/snapshots/figures`;

function svgIds(dir: string): string[] {
  try {
    return [...Deno.readDirSync(dir)].filter((e) => e.name.endsWith(".svg"))
      .map((e) => e.name.replace(/\.svg$/, "")).sort();
  } catch {
    return [];
  }
}

Deno.test("every figure of the built book matches its snapshot", async (t) => {
  const built = svgIds(BUILT);
  assert.ok(built.length > 0, `${BUILT} has no SVG: build the book first (npm run book)`);
  if (Deno.env.get("UPDATE_SNAPSHOTS") === "1") {
    for (const stale of svgIds(SNAPSHOTS).filter((id) => !built.includes(id))) {
      await Deno.remove(`${SNAPSHOTS}/${stale}.svg`);
    }
  }
  const missing = svgIds(SNAPSHOTS).filter((id) => !built.includes(id));
  assert.deepEqual(missing, [], "snapshots of figures the book no longer draws");
  for (const id of built) {
    await t.step(id, async () => {
      await assertSvgSnapshot(`figures/${id}`, await Deno.readTextFile(`${BUILT}/${id}.svg`));
    });
  }
});
