import { assert, assertAlmostEquals } from "../assert.ts";
import { starterCurves, starterFigure } from "../../lib/figures/starter.ts";
import { renderFigure } from "../../lib/figures/render.ts";
import { assertSvgSnapshot } from "../snapshot.ts";

Deno.test("starter curves: p at the midpoint is 1/2 and EM is p^k", () => {
  const pts = starterCurves(4, 22, 1.5, 20, 24, 4);
  assert.equal(pts.length, 10);
  const mid = pts.filter((p) => p.x === 22);
  assert.equal(mid[0].value, 0.5);
  assertAlmostEquals(mid[1].value, 0.0625, 1e-15);
  assert.throws(() => starterCurves(0, 22, 1.5), /k must be a positive integer, got 0/);
  assert.throws(() => starterCurves(4, 22, -1), /s must be > 0/);
});

Deno.test("starter figure: dashed per-token line, direct labels, matches its snapshot", async () => {
  const el = starterFigure(starterCurves(4, 22, 1.5));
  const svg = renderFigure("fig-starter-p-vs-em", el, { caption: "c", alt: "alt" }).svg;
  assert.match(svg, /stroke-dasharray="6,4"/);
  assert.match(svg, />per-token accuracy p</);
  assert.match(svg, />exact match p\^4</);
  await assertSvgSnapshot("fig-starter-p-vs-em", svg);
});
