import { assert, assertAlmostEquals } from "../../assert.ts";
import { starterCurves } from "../../../lib/chapters/how-this-book-runs/curves.ts";
import { starterFigure } from "../../../lib/chapters/how-this-book-runs/figures.ts";
import { renderFigure } from "../../../lib/figures/render.ts";
import { assertSvgSnapshot } from "../../snapshot.ts";

Deno.test("starter curves: p at the midpoint is 1/2 and EM is p^k", () => {
  const pts = starterCurves(4, 22, 1.5, 20, 24, 4);
  assert.equal(pts.length, 10);
  const mid = pts.filter((p) => p.x === 22);
  assert.equal(mid[0].y, 0.5);
  assertAlmostEquals(mid[1].y, 0.0625, 1e-15);
  assert.throws(() => starterCurves(0, 22, 1.5), /k must be a positive integer, got 0/);
  assert.throws(() => starterCurves(4, 22, -1), /s must be > 0/);
  // several chain lengths: one exact-match curve each, p^20 = (p^4)^5
  const two = starterCurves([4, 20], 22, 1.5, 20, 24, 4).filter((p) => p.x === 22);
  assert.deepEqual(two.map((p) => p.series), [
    "per-token accuracy p",
    "exact match p^4",
    "exact match p^20",
  ]);
  assertAlmostEquals(two[2].y, 0.5 ** 20, 1e-20);
  assert.throws(() => starterCurves([4, 0], 22, 1.5), /k\[1\] must be a positive integer, got 0/);
});

Deno.test("starter figure: dashed per-token line, direct labels, matches its snapshot", async () => {
  const el = starterFigure(starterCurves([4, 20], 22, 1.5));
  const svg = renderFigure("fig-starter-p-vs-em", el, { caption: "c", alt: "alt" }).svg;
  assert.match(svg, /stroke-dasharray="8,4"/);
  assert.match(svg, />exact match p\^20</);
  assert.doesNotMatch(svg, /#1b7837|#b2182b/i, "no red/green pair");
  assert.match(svg, />per-token accuracy p</);
  assert.match(svg, />exact match p\^4</);
  await assertSvgSnapshot("fig-starter-p-vs-em", svg);
});
