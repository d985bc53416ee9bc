import fc from "fast-check";
import { assert } from "../assert.ts";
import { EXP_TABLE_BITS, EXP_TABLE_SIZE, expNonPositive } from "../../lib/math/exp.ts";

Deno.test("expNonPositive: exact values at powers of two, worked out by hand", () => {
  // y = −n·ln2 gives k = −256·n and r ≈ 0: e^y = 2^(−n) from the table alone
  assert.equal(expNonPositive(0), 1);
  assert.equal(expNonPositive(-0), 1);
  assert.equal(expNonPositive(-Math.LN2), 0.5);
  assert.equal(expNonPositive(-2 * Math.LN2), 0.25);
  // 10·ln2 is rounded in doubles, so 2^(−10) holds to rounding only
  assert.ok(Math.abs(expNonPositive(-10 * Math.LN2) * 1024 - 1) < 1e-15);
  // y = −ln2/2: e^y = 1/√2
  assert.ok(Math.abs(expNonPositive(-Math.LN2 / 2) * Math.SQRT2 - 1) < 1e-15);
  assert.equal(EXP_TABLE_BITS, 8);
  assert.equal(EXP_TABLE_SIZE, 256);
});

Deno.test("expNonPositive: relative error below 1e-13 on [−708, 0]", () => {
  let worst = 0;
  for (let i = 0; i <= 100_000; i++) {
    const y = -708 * (i / 100_000) ** 2;
    worst = Math.max(worst, Math.abs(expNonPositive(y) / Math.exp(y) - 1));
  }
  assert.ok(worst < 1e-13, `worst relative error ${worst}`);
});

Deno.test("expNonPositive: underflow is 0, NaN stays NaN, y > 0 is an error", () => {
  assert.equal(expNonPositive(-745.5), 0);
  assert.equal(expNonPositive(-800), 0);
  assert.equal(expNonPositive(-Infinity), 0);
  assert.ok(Number.isNaN(expNonPositive(NaN)));
  assert.throws(() => expNonPositive(0.5), /expNonPositive needs y ≤ 0, got 0\.5/);
  assert.throws(() => expNonPositive(Infinity), /got Infinity/);
});

Deno.test("property: e^(a+b) = e^a·e^b and monotone, to 1e-13", () => {
  const y = fc.double({ min: -300, max: 0, noNaN: true });
  fc.assert(
    fc.property(y, y, (a, b) => {
      const product = expNonPositive(a) * expNonPositive(b);
      const lo = Math.min(a, b), hi = Math.max(a, b);
      return Math.abs(expNonPositive(a + b) / product - 1) < 1e-13 &&
        expNonPositive(lo) <= expNonPositive(hi);
    }),
    { seed: 5, numRuns: 2000 },
  );
});
