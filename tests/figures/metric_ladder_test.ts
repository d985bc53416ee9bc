import assert from "node:assert/strict";
import { metricLadderFigure } from "../../lib/figures/metric_ladder.ts";

Deno.test("metricLadderFigure: styles, labels, intervals and notes, no legend", () => {
  const el = metricLadderFigure(
    [
      { x: 1, y: 0, series: "a", lower: 0, upper: 0.1, note: "0/30" },
      { x: 2, y: 0.5, series: "a", lower: 0.4, upper: 0.6 },
      { x: 1, y: 0.2, series: "b" },
      { x: 2, y: 0.7, series: "b" },
    ],
    { xLabel: "x", yLabel: "y", curves: ["b"] },
  );
  const svg = el.outerHTML;
  assert.ok(svg.startsWith("<svg"));
  assert.ok(svg.includes(">a<") && svg.includes(">b<"), "direct labels");
  assert.ok(svg.includes("stroke-dasharray"), "second series dashed");
  // 0 of 30 is a bound at the interval's upper end (0.1 here), never "< 1/30"
  assert.ok(svg.includes("▽ = 0/30, drawn at its 95 % upper bound 0.1, not a value"), "zero note");
  assert.ok(svg.includes('aria-description="upper bound for 0 of n"'), "bound mark");
  assert.ok(!svg.includes("&lt; 1/30"));
  assert.ok(!svg.includes("legend"));
  assert.throws(() => metricLadderFigure([], { xLabel: "x", yLabel: "y" }), /no points/);
  const many = Array.from({ length: 7 }, (_, i) => ({ x: 0, y: 0, series: `s${i}` }));
  assert.throws(() => metricLadderFigure(many, { xLabel: "x", yLabel: "y" }), /at most 6 series/);
});
