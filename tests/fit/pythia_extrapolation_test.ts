import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import { pythiaExtrapolationChecks } from "../../lib/fit/pythia_extrapolation.ts";

Deno.test("Pythia checks: 16 runs, two checkpoints in the 10 % window; python value", () => {
  const rows = pythiaExtrapolationChecks();
  assert.equal(rows.length, 36);
  assert.ok(rows.every((r) => r.real));
  const r = rows.find((r) =>
    r.across === "checkpoints" && r.model === "6.9b" && r.form === "power"
  )!;
  // python: line through (3000·2097152, ln 45.70940623859028) and (13000·2097152,
  // ln 9.8567962811842) in log–log, at 143000·2097152: 0.9887340526148756 vs ln 4.449107940407964
  assertAlmostEquals(r.predicted, 0.9887340526148756, 1e-9);
  assertAlmostEquals(r.actual, 1.492703613253119, 1e-12);
  assertAlmostEquals(r.logRatio, -0.41191887013472717, 1e-9);
  assertAlmostEquals(r.nats, -0.5039695606382435, 1e-9);
  // the floor form cannot be fitted on two points: a row with the reason, not a throw
  const f = rows.find((r) =>
    r.across === "checkpoints" && r.model === "6.9b" && r.form === "power+floor"
  )!;
  assert.ok(Number.isNaN(f.predicted) && /needs 4/.test(f.note));
});

Deno.test("Pythia checks: structured fields say what was fitted", () => {
  const rows = pythiaExtrapolationChecks(0.3);
  const over = rows.filter((r) => r.across === "checkpoints");
  assert.equal(new Set(over.map((r) => r.model)).size, 16);
  assert.ok(over.some((r) => r.model === "6.9b-deduped"));
  const sizes = rows.filter((r) => r.across === "model sizes");
  assert.deepEqual(sizes.map((r) => r.model), [
    "70M–12B, final checkpoints",
    "70M–12B, final checkpoints",
    "70M–12B deduped, final checkpoints",
    "70M–12B deduped, final checkpoints",
  ]);
  assert.ok(rows.every((r) => r.windowFraction === 0.3));
  assert.equal(over[0].window, "first 30% of steps, after warm-up");
});
