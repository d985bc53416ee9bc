import assert from "node:assert/strict";
import { assertAlmostEquals } from "../../assert.ts";
import { simulateChain } from "../../../lib/sim/chain_simulation.ts";
import {
  chainTable,
  leadingZeroRows,
  probabilityOfZero,
} from "../../../lib/chapters/monte-carlo/tables.ts";

Deno.test("chainTable writes zeros as 0/n with their upper bound and keeps the true values", () => {
  const rows = simulateChain({ xs: [19, 25], x0: 22, s: 1.5, k: 8, n: 100, seed: 1 });
  const t = chainTable(rows);
  assert.ok(String(t[0]["exact match [95% CI]"]).startsWith("0/100 (95 % upper bound 0.037)"));
  assert.ok(/^0\.\d{3} \[/.test(String(t[1]["exact match [95% CI]"])));
  assert.equal(t[1]["true p^8"], rows[1].expectedExactMatch);
  assert.equal(t[0]["compute (FLOPs)"], "1e19");
});

Deno.test("leadingZeroRows and probabilityOfZero", () => {
  const rows = simulateChain({ xs: [19, 20, 25, 19], x0: 22, s: 1.5, k: 8, n: 100, seed: 1 });
  assert.equal(leadingZeroRows(rows), 2); // the trailing zero row is not leading
  // (1 − 0.5)^3 = 1/8
  assertAlmostEquals(probabilityOfZero(0.5, 3), 0.125, 1e-15);
  assert.equal(probabilityOfZero(0, 10), 1);
  assert.equal(probabilityOfZero(1, 10), 0);
  assert.throws(() => probabilityOfZero(1.5, 10), /q must lie in \[0, 1\]/);
  assert.throws(() => probabilityOfZero(0.5, 0), /n must be a positive integer/);
});
