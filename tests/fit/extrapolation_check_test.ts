import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import { checkFromProtocol, predictionErrors } from "../../lib/fit/extrapolation_check.ts";
import { predictFinal } from "../../lib/fit/protocol.ts";

const setting = {
  data: "made-up run",
  model: "m",
  across: "checkpoints" as const,
  condition: "",
  window: "first 10%",
  windowFraction: 0.1,
  target: "step 1000",
};

Deno.test("prediction errors: relative, nats and log-ratio", () => {
  const e = predictionErrors(1.8, 2);
  assertAlmostEquals(e.relError, -0.1, 1e-15);
  assertAlmostEquals(e.nats, -0.2, 1e-15);
  assertAlmostEquals(e.logRatio, Math.log(0.9), 1e-15);
});

Deno.test("check from protocol: failures and collapsed floors are notes, not throws", () => {
  const run = [1, 10, 50, 100, 1000].map((step) => ({ step, x: step, y: 2 + step ** -0.5 }));
  const failed = checkFromProtocol(predictFinal(run, "power+floor", { window: 0.06 }), setting);
  assert.ok(Number.isNaN(failed.predicted) && /needs 4/.test(failed.note));
  assert.ok(failed.real && failed.windowFraction === 0.1 && failed.model === "m");
  // a pure power law (no floor) fitted with the floor form collapses to it
  const pure = [1, 2, 4, 8, 16, 32, 64, 128, 1024].map((step) => ({
    step,
    x: step,
    y: step ** -0.3,
  }));
  const collapsed = checkFromProtocol(predictFinal(pure, "power+floor", { window: 0.2 }), setting);
  assert.equal(collapsed.note, "floor fit collapsed to the pure power law");
  assertAlmostEquals(collapsed.relError, collapsed.predicted / collapsed.actual - 1, 1e-12);
});
