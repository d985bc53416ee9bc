import { assert } from "../../assert.ts";
import { finalPoints, loadLadder, rungs } from "../../../lib/data/ladder_runs.ts";
import {
  computeCurves,
  parameterCurves,
  positionCurves,
  risingLabels,
  subsetCurves,
} from "../../../lib/chapters/model-ladder/curves.ts";

Deno.test("risingLabels: first point at or above the level, else the last point", () => {
  const p = risingLabels([
    { x: 1, y: 0.1, series: "a" },
    { x: 2, y: 0.6, series: "a" },
    { x: 3, y: 0.9, series: "a" },
    { x: 1, y: 0.1, series: "b" },
    { x: 3, y: 0.3, series: "b" },
  ]);
  assert.deepEqual(p.a, { x: 2, y: 0.6, anchor: "end", dy: 0 });
  assert.deepEqual(p.b, { x: 3, y: 0.3, anchor: "start", dy: 0 });
});

Deno.test("curves: one per rung, metric or digit, with intervals where counts exist", () => {
  const d = loadLadder();
  const em = computeCurves(d, "exact match", 100);
  assert.equal(new Set(em.map((p) => p.series)).size, rungs(d).length);
  assert.ok(em.every((p) => p.lower! <= p.y && p.y <= p.upper!));
  assert.ok(computeCurves(d, "mean NLL").every((p) => p.lower === undefined));
  const params = parameterCurves(d);
  assert.equal(params.length, 4 * finalPoints(d).length);
  const digits = positionCurves(d, 32);
  assert.deepEqual([...new Set(digits.map((p) => p.series))].slice(0, 2), [
    "digit 0 (units)",
    "digit 1",
  ]);
  assert.throws(() => subsetCurves(d, 5), /no subset rows for hidden 5/);
});
