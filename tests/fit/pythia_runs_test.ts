import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import {
  endNoise,
  pythiaEarlyFits,
  pythiaRuns,
  runNeeded,
  sizeLadderFits,
} from "../../lib/fit/pythia_runs.ts";

const runs = pythiaRuns();

Deno.test("pythiaRuns: 16 runs of 26 checkpoints; NLL = ln ppl", () => {
  assert.equal(runs.length, 16);
  for (const r of runs) assert.equal(r.run.length, 26);
  // 160M final: ln 38.064877017771195
  assertAlmostEquals(runs[1].run.at(-1)!.y, Math.log(38.064877017771195), 1e-12);
  assert.equal(runs[8].label, "70m-deduped");
});

Deno.test("claim (a) on every run: the two-point law misses by more than 5 %", () => {
  const rows = pythiaEarlyFits(runs).filter((r) => r.form === "power");
  assert.equal(rows.length, 16);
  for (const r of rows) assert.ok(r.fitPoints === 2 && !r.within5 && r.logRatio < -0.15, r.label);
});

Deno.test("end-of-run noise: 160M-deduped moves by more than 5 % between neighbours", () => {
  const rows = endNoise(runs);
  const d160 = rows.find((r) => r.label === "160m-deduped")!;
  assert.ok(d160.maxStepLogRatio > Math.log(1.05));
  const r69 = rows.find((r) => r.label === "6.9b")!;
  // python: max |ln(NLL_i/NLL_{i-1})| over steps 103,000…143,000 of ln ppl for 6.9B
  assert.ok(r69.maxStepLogRatio > 0.03 && r69.maxStepLogRatio < 0.035);
});

Deno.test("how much of the run: 6.9B floor form needs 51 % of the steps", () => {
  const rows = runNeeded(runs);
  const f = rows.find((r) => r.label === "6.9b" && r.form === "power+floor")!;
  assertAlmostEquals(f.needed!, 73000 / 143000, 1e-12);
  const p = rows.find((r) => r.label === "6.9b" && r.form === "power")!;
  assert.equal(p.needed, null);
});

Deno.test("size ladder: 4 models within 10 % of the 12B compute", () => {
  const rows = sizeLadderFits(runs, false);
  assert.deepEqual(rows.map((r) => r.fitPoints), [4, 4]);
  assert.ok(rows.every((r) => !r.within5));
});
