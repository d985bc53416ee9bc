import { assert, assertAlmostEquals, assertRelativeEquals } from "../../assert.ts";
import {
  foldChanges,
  metricCurves,
  SCALE_XS,
  scaleRows,
} from "../../../lib/chapters/eight-scales/tables.ts";

// Reference values: mpmath at 30 digits, p = 1/(1 + exp(−1.5(x − 22)))
const P = [
  0.04742587317756678,
  0.1824255238063563,
  0.5,
  0.679178699175393,
  0.8175744761936437,
  0.9046505351008905,
  0.9525741268224332,
  0.9890130573694068,
];
const EM4 = [5.05896e-6, 0.0011075, 0.0625, 0.212783, 0.446796, 0.669766, 0.82337, 0.956771];
const LNP = [
  -3.04859,
  -1.70141,
  -0.693147,
  -0.386871,
  -0.201413,
  -0.100207,
  -0.0485874,
  -0.0110477,
];
const EM20 = [
  3.31365e-27,
  1.66614e-15,
  9.53674e-7,
  0.000436195,
  0.0178052,
  0.134777,
  0.378421,
  0.801753,
];

Deno.test("eight scales, k = 4: p, EM, ln p against mpmath (stated tolerances)", () => {
  const rows = scaleRows();
  assert.deepEqual(rows.map((r) => r.x), [...SCALE_XS]);
  assert.deepEqual(rows.map((r) => r.z), [-3, -1.5, 0, 0.75, 1.5, 2.25, 3, 4.5]);
  rows.forEach((r, i) => {
    assertAlmostEquals(r.p, P[i], 1e-14, `p at ${r.x}`);
    assertRelativeEquals(r.em, EM4[i], 1e-5, `EM at ${r.x}`); // reference has 6 digits
    assertRelativeEquals(r.logLik, LNP[i], 1e-5, `ln p at ${r.x}`);
    assertAlmostEquals(r.logEm, 4 * r.logLik, 1e-14);
  });
});

Deno.test("eight scales, k = 20 variant", () => {
  scaleRows(20).forEach((r, i) => assertRelativeEquals(r.em, EM20[i], 1e-5, `EM20 at ${r.x}`));
});

Deno.test("fold-changes across 10^20 → 10^25 (mpmath: 20.8539, 189124.05, 275.947)", () => {
  const f = foldChanges(scaleRows());
  assertRelativeEquals(f.perToken, 20.85387133867735, 1e-12);
  assertRelativeEquals(f.exactMatch, 189124.0498024411, 1e-10);
  assertRelativeEquals(f.logLikMagnitude, 275.9465749212857, 1e-10);
  // EM fold-change is the per-token fold-change to the 4th power (invariant)
  assertRelativeEquals(f.exactMatch, f.perToken ** 4, 1e-12);
  // k = 20: (p25/p20)^20, huge but finite through log space
  assertRelativeEquals(foldChanges(scaleRows(20)).exactMatch, f.perToken ** 20, 1e-10);
});

Deno.test("metric curves: three metrics, all in [0, 1], log-likelihood rescaled to 0 at start", () => {
  const pts = metricCurves(4, 20, 25, 50);
  assert.equal(pts.length, 3 * 51);
  for (const q of pts) assert.ok(q.y >= 0 && q.y <= 1, `${q.series} ${q.y}`);
  const ll = pts.filter((q) => q.series.startsWith("log"));
  assert.equal(ll[0].y, 0);
});

Deno.test("bad input", () => {
  assert.throws(() => scaleRows(0), /k must be a positive integer, got 0/);
  assert.throws(() => scaleRows(4, []), /xs must not be empty/);
  assert.throws(() => scaleRows(4, [20, NaN]), /xs\[1\] must be a finite number, got NaN/);
  assert.throws(() => scaleRows(4, [20], 22, 0), /s must be > 0, got 0/);
  assert.throws(() => foldChanges(scaleRows(4, [20])), /at least 2 entries, got 1/);
  assert.throws(() => metricCurves(4, 25, 20), /metricCurves: from \(25\) must be < to \(20\)/);
});
