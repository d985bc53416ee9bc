import assert from "node:assert/strict";
import {
  tinyLadderChecks,
  tinyLadderCurve,
} from "../../../lib/chapters/extrapolation/tiny_ladder.ts";

Deno.test("tiny ladder: synthetic file with a known floor; failed fits become rows", async () => {
  const p = await Deno.makeTempFile({ suffix: ".csv" });
  const lines = ["hidden,parameters,total_steps,step,tokens,mean_nll,source"];
  for (const s of [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]) {
    lines.push(`8,100,512,${s},${s * 64},${0.5 + 3 * s ** -0.7},t`);
  }
  lines.push("2,10,512,256,16384,2.0,t", "2,10,512,512,32768,1.9,t");
  await Deno.writeTextFile(p, lines.join("\n"));
  const rows = tinyLadderChecks(p, 0.1);
  // hidden 2 has no checkpoint in the first 10 % (≤ 51 steps): both forms fail, NaN kept
  const h2 = rows.filter((r) => r.model === "hidden 2, 10 params");
  assert.equal(h2.length, 2);
  assert.ok(h2.every((r) => Number.isNaN(r.predicted) && r.condition.startsWith("fit failed")));
  // hidden 8: 6 checkpoints ≤ 51 steps; the floor form recovers 0.5 + 3 s^-0.7 exactly
  const floor = rows.find((r) => r.model === "hidden 8, 100 params" && r.form === "power+floor")!;
  assert.equal(floor.fitPoints, 6);
  assert.ok(Math.abs(floor.relError) < 1e-6);
  assert.ok(rows.every((r) => r.real && r.windowFraction === 0.1 && r.across === "checkpoints"));
  assert.deepEqual(tinyLadderCurve(2, p), { tokens: [16384, 32768], nll: [2.0, 1.9] });
  assert.throws(() => tinyLadderCurve(3, p), /no rows with hidden = 3/);
  await Deno.remove(p);
});
