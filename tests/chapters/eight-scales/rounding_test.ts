import { assert, assertAlmostEquals, assertRelativeEquals } from "../../assert.ts";
import {
  roundedFirstTable,
  roundingErrorBound,
  roundTo,
} from "../../../lib/chapters/eight-scales/rounding.ts";
import { transitionWidth } from "../../../lib/math/elbow.ts";

// Exact values by mpmath (30 digits); rounded-first values by hand from p rounded to 3 decimals.
Deno.test("walkthrough k = 4: exact and rounded-first exact match and ln p", () => {
  const rows = roundedFirstTable(4);
  assert.deepEqual(rows.map((r) => r.x), [20, 21, 22, 22.5, 23, 23.5, 24, 25]);
  assert.deepEqual(
    rows.map((r) => r.pRounded),
    [0.047, 0.182, 0.5, 0.679, 0.818, 0.905, 0.953, 0.989],
  );
  assertRelativeEquals(rows[0].emExact, 5.058961e-6, 1e-6);
  assertRelativeEquals(rows[0].emRoundedFirst, 4.879681e-6, 1e-6); // 0.047^4
  assertRelativeEquals(rows[4].emExact, 0.4467960, 1e-6);
  assertRelativeEquals(rows[4].emRoundedFirst, 0.4477269, 1e-6);
  assertRelativeEquals(rows[6].emExact, 0.8233702, 1e-6);
  assertRelativeEquals(rows[6].emRoundedFirst, 0.8248436, 1e-6);
  assertRelativeEquals(rows[0].logExact, -3.048587, 1e-6);
  assertRelativeEquals(rows[0].logRoundedFirst, -3.057608, 1e-6);
  // the fold-change across the range: 189,124 exact, (0.989/0.047)^4 = 196,062 rounded-first (+3.7 %)
  assertRelativeEquals(rows[7].emExact / rows[0].emExact, 189124.05, 1e-6);
  assertRelativeEquals(
    rows[7].emRoundedFirst / rows[0].emRoundedFirst,
    (0.989 / 0.047) ** 4,
    1e-12,
  );
  assertRelativeEquals(rows[7].emRoundedFirst / rows[0].emRoundedFirst, 196062.14, 1e-7);
  assert.equal(rows[2].emRelError, 0); // p = 0.5 is exact at any precision
});

Deno.test("k = 20: the 20th power turns a 5e-4 rounding of p into a 0.9 % error", () => {
  const r = roundedFirstTable(20)[6];
  assertRelativeEquals(r.emExact, 0.3784213, 1e-6); // σ(3)^20
  assertRelativeEquals(r.emRoundedFirst, 0.3818194, 1e-6); // 0.953^20
  assertAlmostEquals(r.emRelError, 0.3818194 / 0.3784213 - 1, 1e-6);
  assertRelativeEquals(roundedFirstTable(20)[3].emExact, 4.361955e-4, 1e-6); // σ(0.75)^20
});

Deno.test("the error bound holds at every checkpoint and grows about k-fold", () => {
  for (const k of [1, 4, 20]) {
    for (const r of roundedFirstTable(k)) {
      assert.ok(
        Math.abs(r.emRelError) <= roundingErrorBound(r.p, k, 3) * (1 + 1e-12),
        `${k} ${r.x}`,
      );
    }
  }
  // small δ/p: the bound is k·δ/p to first order
  assertRelativeEquals(roundingErrorBound(0.95, 20, 6), 20 * 0.5e-6 / 0.95, 1e-4);
  assert.throws(() => roundingErrorBound(0, 4, 3), /p must be in \(0, 1\], got 0/);
  assert.throws(() => roundedFirstTable(0), /k/);
  assert.equal(roundTo(-0.0475, 3), -0.048);
});

Deno.test("a 10 %→90 % rise within one decade needs s > 3.37 per decade at k = 4", () => {
  // width(k, s) = width(k, 1)/s (mpmath)
  assertAlmostEquals(transitionWidth(4, 1), 3.3727930352981153, 1e-12);
  assertAlmostEquals(transitionWidth(4, 1.5), 2.2485286901987434, 1e-12);
});
