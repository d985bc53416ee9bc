import { assert, assertAlmostEquals } from "../../assert.ts";
import {
  elbowTable,
  nearOneThreshold,
  ratioRegimes,
  slopeCurves,
  slopeRatioTable,
} from "../../../lib/chapters/sudden-jump-math/tables.ts";

Deno.test("elbow table for k = 1, 4, 8, 20 at s = 1.5 (mpmath)", () => {
  const rows = elbowTable();
  const elbows = [22, 23.10994201156587, 23.60154665874091, 24.22991097862243];
  const maxSlopes = [0.375, 0.49152, 0.5196591241719278, 0.5384135469614296];
  const steepest = [22, 22.92419624074659, 23.38629436111989, 23.99715484903599];
  rows.forEach((r, i) => {
    assertAlmostEquals(r.elbow, elbows[i], 1e-12, `elbow k=${r.k}`);
    assertAlmostEquals(r.maxSlope, maxSlopes[i], 1e-14, `max slope k=${r.k}`);
    assertAlmostEquals(r.steepestAt, steepest[i], 1e-12, `argmax k=${r.k}`);
  });
  // k = 20 is 1.4358× steeper than k = 1; the bound is 4/e = 1.4715
  assertAlmostEquals(rows[3].steepening, 1.435769458563811, 1e-12);
  assert.ok(rows.every((r) => r.steepening < 4 / Math.E));
});

Deno.test("s only rescales: shift and width scale as 1/s, steepening does not depend on s", () => {
  const [a, b] = [elbowTable([8], [1.5])[0], elbowTable([8], [3])[0]];
  assertAlmostEquals(a.shift / b.shift, 2, 1e-12);
  assertAlmostEquals(a.width10to90 / b.width10to90, 2, 1e-12);
  assertAlmostEquals(a.steepening, b.steepening, 1e-12);
});

Deno.test("slope ratio table and regimes", () => {
  const t = slopeRatioTable([0.5, 0.99, 1], [4, 20]);
  assertAlmostEquals(t[0]["k=4"], 0.5, 1e-15);
  assertAlmostEquals(t[1]["k=20"], 20 * 0.99 ** 19, 1e-13);
  assert.equal(t[2]["k=20"], 20);
  const r = ratioRegimes([20]);
  // 20^(−1/19) = 0.854131..., 0.9^(1/19) = 0.994470..., 21·(20/21)^20 = 7.9147
  assertAlmostEquals(r[0].crossover, 0.8541314966877566, 1e-14);
  assertAlmostEquals(r[0].within10pct, 0.9944700564439797, 1e-14);
  assertAlmostEquals(r[0].ratioAtSteepest, 7.914679140333007, 1e-12);
  assertAlmostEquals(nearOneThreshold(20, 0.9) ** 19, 0.9, 1e-14);
});

Deno.test("slope curves: per-token peak s/4 at x0", () => {
  const pts = slopeCurves([1, 4], 22, 1.5, 20, 24, 8).filter((q) => q.series === "per-token");
  assertAlmostEquals(Math.max(...pts.map((q) => q.y)), 0.375, 1e-15);
});

Deno.test("bad input", () => {
  assert.throws(() => elbowTable([0]), /ks\[0\] must be a positive integer, got 0/);
  assert.throws(() => elbowTable([4], [1, -1]), /ss\[1\] must be > 0, got -1/);
  assert.throws(() => elbowTable([4], [1], NaN), /x0 must be a finite number, got NaN/);
  assert.throws(() => nearOneThreshold(1, 0.5), /k must be an integer ≥ 2, got 1/);
  assert.throws(() => nearOneThreshold(4, 1), /fraction must lie in \(0, 1\), got 1/);
  assert.throws(() => slopeRatioTable([2], [4]), /ps\[0\] must lie in \[0, 1\], got 2/);
});
