import assert from "node:assert/strict";
import {
  groupBySeries,
  PLOT_POINT_KEYS,
  type PlotPoint,
  seriesNames,
  seriesPoints,
} from "../../lib/figures/point.ts";

const POINTS: PlotPoint[] = [
  { x: 1, y: 0.1, series: "k = 8" },
  { x: 1, y: 0.5, series: "k = 1", lower: 0.4, upper: 0.6 },
  { x: 2, y: 0.3, series: "k = 8" },
  { x: 2, y: 0, series: "k = 1", upper: 0.037, note: "0/100" },
];

Deno.test("seriesNames: first-appearance order, each name once", () => {
  assert.deepEqual(seriesNames(POINTS), ["k = 8", "k = 1"]);
  assert.deepEqual(seriesNames([]), []);
});

Deno.test("seriesPoints and groupBySeries keep the points' order and every field", () => {
  assert.deepEqual(seriesPoints(POINTS, "k = 8").map((p) => p.x), [1, 2]);
  assert.deepEqual(seriesPoints(POINTS, "none"), []);
  const groups = groupBySeries(POINTS);
  assert.deepEqual([...groups.keys()], ["k = 8", "k = 1"]);
  assert.deepEqual(groups.get("k = 1"), [POINTS[1], POINTS[3]]);
  // the groups partition the points
  assert.equal([...groups.values()].flat().length, POINTS.length);
});

Deno.test("PLOT_POINT_KEYS names the fields of a PlotPoint", () => {
  const p = POINTS[0] as unknown as Record<string, unknown>;
  assert.deepEqual(
    Object.values(PLOT_POINT_KEYS).map((k) => p[k]),
    [1, 0.1, "k = 8"],
  );
  assert.ok(Object.isFrozen(PLOT_POINT_KEYS));
});
