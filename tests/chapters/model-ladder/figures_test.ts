import { assert } from "../../assert.ts";
import {
  ladderExtrapolationFigure,
  ladderLinesFigure,
  type SeriesPoint,
} from "../../../lib/chapters/model-ladder/figures.ts";
import { standaloneSvg } from "../../../lib/figures/render.ts";

const pts = (series: string, ys: number[]): SeriesPoint[] =>
  ys.map((y, i) => ({ x: 10 ** (i + 3), y, series }));

Deno.test("ladderLinesFigure: one dash pattern per series after the first, a text label each, no legend", () => {
  const el = ladderLinesFigure([
    ...pts("a", [0, 0.5, 1]),
    ...pts("b", [0, 0.1, 0.9]),
    ...pts("c", [0.2, 0.3, 0.4]),
  ], {
    x: "x",
    y: "y",
    yDomain: [0, 1],
  });
  const svg = el.outerHTML;
  const dashes = new Set([...svg.matchAll(/stroke-dasharray="([^"]+)"/g)].map((m) => m[1]));
  assert.equal(dashes.size, 2); // series b and c; a is solid
  for (const name of ["a", "b", "c"]) assert.ok(svg.includes(`>${name}</text>`), `label ${name}`);
  assert.ok(!svg.includes("legend"));
  assert.ok(standaloneSvg(el, "alt").startsWith("<svg"));
});

Deno.test("ladderLinesFigure: interval bars drawn only where given; label placements override", () => {
  const withCi = [{ x: 1e3, y: 0.2, series: "a", lower: 0.1, upper: 0.3 }, {
    x: 1e4,
    y: 0.4,
    series: "a",
  }];
  const svg = ladderLinesFigure(withCi, {
    x: "x",
    y: "y",
    labels: { a: { x: 1e3, y: 0.2, anchor: "end", dy: 5 } },
  }).outerHTML;
  assert.ok(svg.includes('text-anchor="end"'));
  assert.throws(
    () =>
      ladderLinesFigure("abcdefgh".split("").flatMap((s) => pts(s, [1, 2])), { x: "x", y: "y" }),
    /at most 7 series, got 8/,
  );
  assert.throws(() => ladderLinesFigure([], { x: "x", y: "y" }), /no points/);
});

Deno.test("ladderExtrapolationFigure: shaded window, dashed fit, both labelled", () => {
  const svg = ladderExtrapolationFigure({
    measured: [{ x: 10, y: 2 }, { x: 100, y: 1.8 }, { x: 1000, y: 0.05 }],
    fitted: [{ x: 10, y: 2 }, { x: 1000, y: 1.6 }],
    windowStart: 10,
    windowEnd: 100,
  }).outerHTML;
  assert.ok(svg.includes("stroke-dasharray"));
  assert.ok(svg.includes(">measured</text>"));
  assert.ok(svg.includes("power law fitted in the grey window"));
  assert.throws(
    () => ladderExtrapolationFigure({ measured: [], fitted: [], windowStart: 1, windowEnd: 2 }),
    /no measured points/,
  );
});
