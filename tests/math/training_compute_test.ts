import assert from "node:assert/strict";
import { assertRelativeEquals } from "../assert.ts";
import { PF_DAY_FLOPS, pfDaysToFlops, trainingCompute } from "../../lib/math/training_compute.ts";

Deno.test("pfDaysToFlops: 1 PF-day = 1e15 FLOP/s × 86,400 s; bad input throws", () => {
  // 1 PF-day = 1e15 FLOP/s x 86400 s
  assert.equal(pfDaysToFlops(1), 8.64e19);
  assert.equal(PF_DAY_FLOPS, 1e15 * 86400);
  // 3640 x 8.64e19 = 3.14496e23 (by hand)
  assertRelativeEquals(pfDaysToFlops(3640), 3.14496e23, 1e-12);
  assert.throws(() => pfDaysToFlops(0), RangeError);
  assert.throws(() => pfDaysToFlops(NaN), RangeError);
});

Deno.test("trainingCompute: 6·N·D; bad input throws naming the argument", () => {
  // 6 × 70,426,624 × 299,892,736,000 = 1.26722597751619584e20 (python3 integer arithmetic)
  assert.equal(trainingCompute(70426624, 299892736000), 126722597751619584000);
  assert.equal(trainingCompute(175e9, 300e9), 3.15e23);
  assert.throws(() => trainingCompute(0, 1e9), /params/);
  assert.throws(() => trainingCompute(1e9, -1), /tokens/);
  assert.throws(() => trainingCompute(Infinity, 1e9), RangeError);
});
