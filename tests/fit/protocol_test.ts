import assert from "node:assert/strict";
import fc from "fast-check";
import { assertAlmostEquals } from "../assert.ts";
import {
  fitRows,
  predictFinal,
  windowNeeded,
  windowSweep,
  WITHIN_5_PERCENT,
} from "../../lib/fit/protocol.ts";

const law = (E: number, a: number, b: number) =>
  [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024].map((s) => ({
    step: s,
    x: 10 * s,
    y: E + a * (10 * s) ** b,
  }));

Deno.test("fitRows: warm-up excluded, final checkpoint never in the fit", () => {
  const run = law(1, 2, -0.5);
  assert.deepEqual(fitRows(run, { window: 0.1, minStep: 8 }).map((c) => c.step), [8, 16, 32, 64]);
  assert.deepEqual(fitRows(run, { window: 0.999 }).at(-1)!.step, 512);
  assert.throws(() => fitRows(run, { window: 1 }), /window must lie in \(0, 1\)/);
  assert.throws(
    () => fitRows([{ step: 1, x: 0, y: 1 }, { step: 2, x: 1, y: 1 }], { window: 0.5 }),
    /x/,
  );
});

Deno.test("predictFinal: exact on its own law; error in nats and as a log-ratio", () => {
  const run = law(1.5, 4, -0.3);
  const floor = predictFinal(run, "power+floor", { window: 0.1 });
  assert.equal(floor.fitPoints, 7);
  assert.ok(Math.abs(floor.logRatio) < 1e-6 && floor.within5 && !floor.floorCollapsed);
  const pure = predictFinal(run, "power", { window: 0.1 });
  // the pure law undershoots a curve that levels off
  assert.ok(pure.nats < 0);
  assertAlmostEquals(pure.logRatio, Math.log(pure.predicted / pure.actual), 1e-12);
  assertAlmostEquals(pure.nats, pure.predicted - pure.actual, 1e-12);
  // a pure power law's data: the floor fit collapses to it
  const collapsed = predictFinal(law(0, 4, -0.3), "power+floor", { window: 0.1 });
  assert.ok(collapsed.floorCollapsed && collapsed.within5);
});

Deno.test("predictFinal: too few points is a result with a reason, not a throw", () => {
  const r = predictFinal(law(1, 2, -0.5), "power+floor", { window: 0.1, minStep: 32 });
  assert.equal(r.fitPoints, 2);
  assert.match(r.failure!, /2 checkpoints in the window; the floor form needs 4/);
  assert.ok(Number.isNaN(r.logRatio) && !r.within5);
});

Deno.test("within5 is |ln ratio| ≤ ln 1.05 (property)", () => {
  fc.assert(
    fc.property(fc.double({ min: -0.5, max: 0.5, noNaN: true }), (b) => {
      const run = [1, 2, 4, 8].map((s) => ({ step: s, x: s, y: 2 * s ** -0.2 }));
      run[3] = { ...run[3], y: run[3].y * Math.exp(b) };
      const r = predictFinal(run, "power", { window: 0.9 });
      return r.within5 === (Math.abs(r.logRatio) <= WITHIN_5_PERCENT);
    }),
    { seed: 42 },
  );
});

Deno.test("windowSweep and windowNeeded: one window per checkpoint; needs to stay within", () => {
  const sweep = windowSweep(law(1.5, 4, -0.3), "power+floor");
  assert.deepEqual(sweep.map((r) => r.fitPoints), [4, 5, 6, 7, 8, 9, 10]);
  assert.equal(windowNeeded(sweep), sweep[0].window);
  assert.equal(windowNeeded([]), null);
});
