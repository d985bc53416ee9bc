import assert from "node:assert/strict";
import { rangeGrid } from "../../lib/math/grid.ts";

Deno.test("rangeGrid: steps + 1 points, ends at from and to, equal spacing", () => {
  // by hand: (23 − 19)/8 = 0.5
  assert.deepEqual(rangeGrid(19, 23, 8, "t"), [19, 19.5, 20, 20.5, 21, 21.5, 22, 22.5, 23]);
  const xs = rangeGrid(18, 25, 140, "t");
  assert.equal(xs.length, 141);
  assert.equal(xs[0], 18);
  assert.equal(xs[140], 25);
  // the same expression the curves used before: from + (to − from)·i / steps
  xs.forEach((x, i) => assert.equal(x, 18 + ((25 - 18) * i) / 140));
});

Deno.test("rangeGrid: bad ranges and steps name the caller", () => {
  assert.throws(() => rangeGrid(NaN, 1, 4, "curveA"), /from.*curveA|curveA.*from/);
  assert.throws(() => rangeGrid(0, Infinity, 4, "curveA"), /to.*curveA|curveA.*to/);
  assert.throws(() => rangeGrid(0, 1, 0, "curveA"), /steps.*curveA|curveA.*steps/);
  assert.throws(() => rangeGrid(0, 1, 2.5, "curveA"), /steps/);
  assert.throws(
    () => rangeGrid(1, 1, 4, "curveA"),
    /^RangeError: curveA: from \(1\) must be < to \(1\)$/,
  );
  assert.throws(
    () => rangeGrid(2, 1, 4, "curveA"),
    /^RangeError: curveA: from \(2\) must be < to \(1\)$/,
  );
});
