import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import { loadGpt3Arithmetic } from "../../lib/data/published.ts";
import { impliedArithmetic } from "../../lib/fit/implied_arithmetic.ts";
import { wilsonInterval } from "../../lib/stats/wilson.ts";

Deno.test("impliedArithmetic: counts, intervals and both k rules on the real file", () => {
  const rows = loadGpt3Arithmetic();
  const a = impliedArithmetic(rows, "operand-digits");
  const b = impliedArithmetic(rows, "answer-digits");
  const t = (xs: typeof a, task: string) => xs.find((x) => x.task === task)!;
  // 5D+: 9.3 % of 2,000 = 186 correct
  assert.equal(t(a, "5D+").successes, 186);
  assert.deepEqual([t(a, "5D+").emLower, t(a, "5D+").emUpper], [
    wilsonInterval(186, 2000).lower,
    wilsonInterval(186, 2000).upper,
  ]);
  // python3: 0.093 ** (1/5) = 0.6219…, 0.093 ** (1/6) = 0.6731…
  assertAlmostEquals(t(a, "5D+").p, 0.093 ** (1 / 5), 1e-12);
  assertAlmostEquals(t(b, "5D+").p, 0.093 ** (1 / 6), 1e-12);
  // a larger k reads the same EM as a higher per-token accuracy
  for (let i = 0; i < a.length; i++) {
    if (b[i].k > a[i].k && a[i].em > 0 && a[i].em < 1) assert.ok(b[i].p > a[i].p, a[i].task);
  }
  // 2D+ is 2000/2000: Wilson upper end is 1
  assert.equal(t(a, "2D+").emUpper, 1);
});

Deno.test("impliedArithmetic: rejects a percentage that is not a whole count", () => {
  const bad = [{ ...loadGpt3Arithmetic()[0], accuracy_pct: 12.34, n: 10 }];
  assert.throws(
    () => impliedArithmetic(bad, "operand-digits"),
    /12.34% of 10 is not a whole count/,
  );
});
