import { assert, assertAlmostEquals } from "../assert.ts";
import { gompertzShift, gompertzWidth, powerLawChainShift } from "../../lib/math/gompertz.ts";
import { elbowLogCompute, transitionWidth } from "../../lib/math/elbow.ts";
import { exactMatch } from "../../lib/math/exact_match.ts";

Deno.test("sigmoid chain model tends to the Gompertz curve: width and shift", () => {
  const s = 1.5;
  // ln(ln 10) − ln(ln(10/9)) = 0.834032 + 2.250367 = 3.084399 (by hand / Python)
  assertAlmostEquals(gompertzWidth(1), 3.0843994, 1e-6);
  // the 10-90 % width shrinks with k towards the Gompertz limit and never below it
  let prev = Infinity;
  for (const k of [1, 2, 4, 20, 100, 1000, 100000]) {
    const w = transitionWidth(k, s);
    assert.ok(w < prev && w > gompertzWidth(s), `k=${k}: ${w}`);
    prev = w;
  }
  assertAlmostEquals(transitionWidth(100000, s), gompertzWidth(s), 1e-4);
  // the EM = ½ point: x0 + ln(k / ln 2)/s in the limit
  for (const k of [1000, 100000]) {
    assertAlmostEquals(elbowLogCompute(k, 22, s), 22 + Math.log(k / Math.LN2) / s, 1e-3);
  }
  assertAlmostEquals(gompertzShift(20, s), Math.log(20) / 1.5, 1e-15);
  assert.throws(() => gompertzShift(0, s), /k/);
  assert.throws(() => gompertzWidth(s, 0.9, 0.1), /low=0.9, high=0.1/);
});

Deno.test("power-law chain model: a longer answer is an exact shift in log N", () => {
  const alpha = -0.35, c = 2e6;
  const em = (logN: number, k: number) => exactMatch(Math.exp(-((10 ** logN / c) ** alpha)), k);
  const d = powerLawChainShift(8, 32, alpha);
  for (const logN of [6, 7.3, 9, 11]) {
    assertAlmostEquals(em(logN + d, 32), em(logN, 8), 1e-12);
  }
  assertAlmostEquals(powerLawChainShift(1, 10, 1), 1, 1e-15);
});
