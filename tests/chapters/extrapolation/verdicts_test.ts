import assert from "node:assert/strict";
import { claimSummary } from "../../../lib/chapters/extrapolation/verdicts.ts";
import { simulatedRunChecks } from "../../../lib/chapters/extrapolation/simulated_checks.ts";
import { elbowShifts } from "../../../lib/chapters/extrapolation/elbow_shift.ts";
import { belowElbowStudy } from "../../../lib/chapters/extrapolation/below_elbow_study.ts";
import { pythiaExtrapolationChecks } from "../../../lib/fit/pythia_extrapolation.ts";

Deno.test("claim summary: verdicts follow the stated rules", () => {
  const b = belowElbowStudy(), c = elbowShifts([1, 2, 4]);
  const rows = claimSummary(simulatedRunChecks(undefined, [0.1]), b, c);
  // simulated runs are not tallied: the simulation answers with the law it was built from
  assert.ok(!rows.some((r) => r.test.includes("constant LR, no noise")));
  const real = claimSummary(pythiaExtrapolationChecks(), b, c);
  const aRows = real.filter((r) => r.id === "a");
  assert.equal(aRows.length, 18); // 16 runs + 2 size ladders
  // every pure two-point fit misses by more than 5 %, and no floor fit is possible at 10 %
  assert.ok(aRows.slice(0, 16).every((r) => r.verdict === "failed"));
  assert.equal(rows.at(-1)!.verdict, "held");
  const contrast = rows.filter((r) => r.id === "b-contrast");
  assert.ok(contrast.length === 2 && contrast.every((r) => r.verdict === "held"));
  assert.ok(contrast.every((r) => r.claim.startsWith("(b, contrast)")));
});

Deno.test("claim summary: only checks on the judged window count", () => {
  const b = belowElbowStudy(), c = elbowShifts([1, 2]);
  const checks = pythiaExtrapolationChecks(0.3);
  // judged at 10 %, checks fitted on 30 % are left out; judged at 30 %, they count
  assert.equal(claimSummary(checks, b, c).filter((r) => r.id === "a").length, 0);
  assert.equal(claimSummary(checks, b, c, 0.3).filter((r) => r.id === "a").length, 18);
  assert.throws(() => claimSummary(checks, b, c, 0), /window must lie in \(0, 1\)/);
});

Deno.test("claim summary: a falling elbow fails claim (c)", () => {
  const c = elbowShifts([1, 2]).map((r, i) => ({ ...r, measured: 23 - i }));
  assert.equal(claimSummary([], belowElbowStudy(), c).at(-1)!.verdict, "failed");
});
