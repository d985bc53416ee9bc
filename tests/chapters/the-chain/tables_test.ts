import { assert, assertAlmostEquals } from "../../assert.ts";
import { powerCurves, powerTable } from "../../../lib/chapters/the-chain/tables.ts";

Deno.test("p^k table: every cell, against exact decimal powers (hand / Python)", () => {
  // values from exact decimal arithmetic (Python fractions), rounded to 15 digits
  const expected: Record<string, [number, number, number]> = {
    "0.5": [0.25, 0.00390625, 9.5367431640625e-7],
    "0.75": [0.5625, 0.100112915039062, 0.00317121193893399],
    "0.9": [0.81, 0.43046721, 0.121576654590569],
    "0.95": [0.9025, 0.663420431289062, 0.358485922408542],
    "0.99": [0.9801, 0.922744694427921, 0.817906937597231],
  };
  const rows = powerTable();
  assert.equal(rows.length, 5);
  for (const row of rows) {
    const e = expected[String(row.p)];
    assertAlmostEquals(row["k=2"], e[0], 1e-15, `p=${row.p} k=2`);
    assertAlmostEquals(row["k=8"], e[1], 1e-14, `p=${row.p} k=8`);
    assertAlmostEquals(row["k=20"], e[2], 1e-14, `p=${row.p} k=20`);
  }
});

Deno.test("p^k curves: endpoints and monotonicity per k", () => {
  const pts = powerCurves([1, 2, 4, 8, 20], 100);
  assert.equal(pts.length, 5 * 101);
  for (const k of [1, 2, 4, 8, 20]) {
    const c = pts.filter((q) => q.series === `k = ${k}`);
    assert.equal(c.length, 101);
    assert.equal(c[0].y, 0);
    assert.equal(c.at(-1)!.y, 1);
    for (let i = 1; i < c.length; i++) assert.ok(c[i].y >= c[i - 1].y);
    // x is p on an even grid, y is p^k
    for (const q of c) assert.equal(q.y, q.x ** k);
  }
  // k = 1 is the diagonal
  for (const q of pts.filter((q) => q.series === "k = 1")) assert.equal(q.y, q.x);
});

Deno.test("bad input names the list entry", () => {
  assert.throws(() => powerTable([0.5, 1.2], [2]), /ps\[1\] must lie in \[0, 1\], got 1.2/);
  assert.throws(() => powerTable([0.5], [2, 0]), /ks\[1\] must be a positive integer, got 0/);
  assert.throws(() => powerTable([], [2]), /ps must not be empty/);
  assert.throws(() => powerTable([0.5], []), /ks must not be empty/);
  assert.throws(() => powerCurves([3], 0), /steps must be a positive integer, got 0/);
});
