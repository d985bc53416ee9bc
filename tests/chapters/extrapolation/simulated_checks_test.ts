import assert from "node:assert/strict";
import { assertAlmostEquals } from "../../assert.ts";
import {
  simulatedLadderChecks,
  simulatedRunChecks,
} from "../../../lib/chapters/extrapolation/simulated_checks.ts";

Deno.test("simulated run: numbers match an independent numpy fit", () => {
  const rows = simulatedRunChecks(undefined, [0.1]);
  const pure = rows.find((r) => r.condition === "constant LR, no noise" && r.form === "power")!;
  // numpy: polyfit(log D, log L, 1) on D = 2e8…2e9 (10 points), L = 1.69 + 406.4/1e9^0.34 +
  // 410.7/D^0.28, predicted at 2e10: 2.346920328343993 vs 2.5800478722379934 (−9.036 %)
  assertAlmostEquals(pure.predicted, 2.346920328343993, 1e-9);
  assertAlmostEquals(pure.actual, 2.5800478722379934, 1e-12);
  assertAlmostEquals(pure.relError, -0.09035783653571526, 1e-9);
  assert.equal(pure.fitPoints, 10);
  // with the floor the clean constant-LR run is fitted exactly
  const floor = rows.find((r) =>
    r.condition === "constant LR, no noise" && r.form === "power+floor"
  )!;
  assert.ok(Math.abs(floor.relError) < 1e-9);
  assert.equal(rows.length, 10);
  // the window is carried as a number, and simulations never count as real data
  assert.ok(rows.every((r) => r.windowFraction === 0.1 && !r.real && r.across === "checkpoints"));
});

Deno.test("simulated ladder: floor form exact, pure form worse the further it reaches", () => {
  const rows = simulatedLadderChecks();
  const pure = rows.filter((r) => r.form === "power").map((r) => Math.abs(r.relError));
  assert.ok(pure[0] < pure[1] && pure[1] < pure[2]);
  for (const r of rows.filter((r) => r.form === "power+floor")) {
    assert.ok(Math.abs(r.relError) < 1e-9);
  }
  // d decades short of 1e24 is a window of 10^-d of the largest compute
  assert.deepEqual(rows.filter((r) => r.form === "power").map((r) => r.windowFraction), [
    1e-1,
    1e-3,
    1e-4,
  ]);
});
