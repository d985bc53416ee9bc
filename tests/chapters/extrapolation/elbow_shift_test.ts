import assert from "node:assert/strict";
import { assertAlmostEquals } from "../../assert.ts";
import { elbowCurves, elbowShifts } from "../../../lib/chapters/extrapolation/elbow_shift.ts";

Deno.test("elbow shifts: analytic elbows rise with k and match the simulated crossings", () => {
  const rows = elbowShifts();
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i].elbow > rows[i - 1].elbow);
  for (const r of rows) assert.ok(Math.abs(r.measured - r.elbow) < 0.1, `k=${r.k}`);
  // k = 4: 22 + logit(0.5^(1/4))/1.5 = 22 + 1.664913/1.5 = 23.109942 (lib/math/elbow.ts doc value)
  assertAlmostEquals(rows[2].elbow, 23.109942, 1e-6);
  assert.throws(() => elbowShifts([0]), /k must be a positive integer/);
});

Deno.test("elbow curves: exact match is p^k on the grid, ½ at the elbow of k = 1", () => {
  const pts = elbowCurves([1, 8]);
  assert.equal(pts.length, 2 * 121);
  const at22 = pts.find((p) => p.k === 1 && Math.abs(p.x - 22) < 1e-9)!;
  assertAlmostEquals(at22.em, 0.5, 1e-12);
  const k8 = pts.find((p) => p.k === 8 && Math.abs(p.x - 22) < 1e-9)!;
  assertAlmostEquals(k8.em, 0.5 ** 8, 1e-12);
  assert.throws(() => elbowCurves([2.5]), /k must be a positive integer/);
});
