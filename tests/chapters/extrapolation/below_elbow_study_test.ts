import assert from "node:assert/strict";
import {
  belowElbowReplicates,
  belowElbowStudy,
} from "../../../lib/chapters/extrapolation/below_elbow_study.ts";
import { belowElbowLadder, belowElbowPredictions } from "../../../lib/fit/below_elbow.ts";
import { simulateChain } from "../../../lib/sim/chain_simulation.ts";

Deno.test("below-elbow study: one seeded draw of the study's ladder", () => {
  const rows = belowElbowStudy();
  const ladder = belowElbowLadder(7);
  assert.deepEqual(rows, belowElbowPredictions(simulateChain(ladder), ladder));
  assert.notDeepEqual(belowElbowStudy(9), rows);
  // in some draws the EM fit does not converge: the error says which fit, it is not a NaN row
  assert.throws(() => belowElbowStudy(8), /fitSigmoid: did not converge/);
  assert.equal(rows.length, 10); // 3 methods one decade below, 2 a decade and a half below
});

Deno.test("below-elbow replicates: three ladders × two signals, seeded", () => {
  const rows = belowElbowReplicates(6);
  assert.deepEqual(rows, belowElbowReplicates(6));
  assert.deepEqual(
    rows.map((r) => [r.offset, r.signal]),
    [-1.5, -1, -0.5].flatMap((o) => [[o, "exact-match"], [o, "per-token"]]),
  );
  for (const r of rows) {
    assert.equal(r.replicates, 6);
    assert.ok(Math.abs(r.trueElbow - 23.60154665874091) < 1e-9);
    assert.ok(r.within025 >= 0 && r.within025 <= 1);
  }
});
