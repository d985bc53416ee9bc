import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import {
  belowElbowLadder,
  belowElbowPredictions,
  belowElbowWindow,
} from "../../lib/fit/below_elbow.ts";
import { simulateChain } from "../../lib/sim/chain_simulation.ts";
import { elbowLogCompute } from "../../lib/math/elbow.ts";

const ladder = belowElbowLadder();
const predictions = () => belowElbowPredictions(simulateChain(ladder), ladder);

Deno.test("below the elbow: per-token fit beats EM fits at the elbow; deterministic", () => {
  const a = predictions();
  assert.deepEqual(a, predictions());
  const elbow = elbowLogCompute(8, 22, 1.5);
  const at = (m: string, below: number) =>
    a.find((r) => r.method === m && r.decadesBelow === below && Math.abs(r.x - elbow) < 1e-9)!;
  const tok = at("per-token-chain-model", 1);
  const em = at("em-chain-model", 1);
  assertAlmostEquals(tok.actual, 0.5, 1e-12);
  assert.ok(Math.abs(tok.absError) < Math.abs(em.absError));
  assert.ok(a.every((r) => r.predicted >= 0 && r.predicted <= 1));
});

Deno.test("below the elbow: numeric fields agree with each other and with the labels", () => {
  const a = predictions();
  const elbow = elbowLogCompute(8, 22, 1.5);
  for (const r of a) {
    assertAlmostEquals(r.windowEnd, elbow - r.decadesBelow, 1e-12);
    assert.equal(r.atElbow, Math.abs(r.x - elbow) < 1e-12);
    assert.ok(r.atElbow || r.x === 25);
  }
  // the EM power law needs three nonzero rungs: only the window one decade below has them
  assert.deepEqual(
    [...new Set(a.filter((r) => r.method === "em-power-law").map((r) => r.decadesBelow))],
    [1],
  );
  assert.equal(belowElbowWindow(a[0]), "x ≤ 22.60 (1 decade below the elbow)");
});

Deno.test("below the elbow: bad input is named", () => {
  assert.throws(() => belowElbowPredictions([], ladder), /no rungs/);
  const rungs = simulateChain(ladder);
  assert.throws(
    () => belowElbowPredictions(rungs, { ...ladder, k: 2.5 }),
    /k must be a positive integer/,
  );
  // a fresh settings object each call: changing one does not change the next
  const first = belowElbowLadder();
  first.xs.push(26);
  assert.equal(belowElbowLadder().xs.length, 25);
});
