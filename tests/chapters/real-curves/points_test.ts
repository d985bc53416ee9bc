import assert from "node:assert/strict";
import { assertRelativeEquals } from "../../assert.ts";
import { loadPythia } from "../../../lib/data/pythia.ts";
import { loadWeiEmergence } from "../../../lib/data/wei.ts";
import { pythiaPoints, weiPoints } from "../../../lib/chapters/real-curves/points.ts";
import { wilsonInterval } from "../../../lib/stats/wilson.ts";

Deno.test("pythiaPoints: whole counts, Wilson intervals and 6·N·D compute", () => {
  const rows = loadPythia();
  const pts = pythiaPoints(rows);
  assert.equal(pts.length, 8);
  assert.deepEqual(pts.map((p) => p.model), [
    "70m",
    "160m",
    "410m",
    "1b",
    "1.4b",
    "2.8b",
    "6.9b",
    "12b",
  ]);
  // 70M: 951 of 5153 correct
  assert.equal(pts[0].successes, 951);
  assert.equal(pts[0].n, 5153);
  const ci = wilsonInterval(951, 5153);
  assert.deepEqual([pts[0].accLower, pts[0].accUpper], [ci.lower, ci.upper]);
  // 6 × 70,426,624 × (143,000 × 2,097,152) FLOPs
  assertRelativeEquals(pts[0].logCompute, Math.log10(6 * 70426624 * 143000 * 2097152), 1e-12);
  for (const [i, p] of pts.entries()) {
    assert.equal(p.ppl, rows[i].ppl);
    assert.ok(p.accLower < p.acc && p.acc < p.accUpper, p.model);
  }
});

Deno.test("weiPoints: one point per ability, size text in B or M", () => {
  const rows = loadWeiEmergence();
  const pts = weiPoints(rows);
  assert.equal(pts.length, rows.length);
  const by = (s: string) => pts.find((p) => p.label.startsWith(s))!;
  assert.equal(by("Addition/subtraction (3 digit)").model, "GPT-3 13B");
  assert.equal(by("Word in Context").model, "PaLM 540B");
  assertRelativeEquals(by("Truthfulness").logFlops, Math.log10(5.0e23), 1e-12);
  assert.deepEqual(weiPoints([{ ...rows[0], params: 350e6 }])[0].model, "GPT-3 350M");
});
