import { assert, assertAlmostEquals } from "../assert.ts";
import { crossing, fitLogistic, predictLogistic } from "../../lib/fit/logistic_regression.ts";

Deno.test("logistic fit: recovers a known sigmoid; crossing is its midpoint", () => {
  const xs = [20, 20.5, 21, 21.5, 22, 22.5, 23, 23.5, 24];
  const y = xs.map((x) => 1 / (1 + Math.exp(-1.7 * (x - 22.3))));
  const fit = fitLogistic(xs.map((x) => [x]), y);
  assertAlmostEquals(crossing(fit)!, 22.3, 1e-6);
  for (const x of [19, 22.3, 26]) {
    assertAlmostEquals(predictLogistic(fit, [x]), 1 / (1 + Math.exp(-1.7 * (x - 22.3))), 1e-6);
  }
  assert.throws(() => fitLogistic([[1], [2]], [0, 1]), /2 rows for 2 parameters/);
  assert.throws(() => fitLogistic([[1], [2], [3]], [0, 1, 2]), /y\[2\]/);
});
