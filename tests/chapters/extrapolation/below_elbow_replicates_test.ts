import assert from "node:assert/strict";
import { belowElbowReplicates } from "../../../lib/chapters/extrapolation/below_elbow_replicates.ts";

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
