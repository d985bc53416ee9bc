import assert from "node:assert/strict";
import { assertAlmostEquals, assertRelativeEquals } from "../assert.ts";
import {
  loadGpt3Arithmetic,
  loadGpt3ArithmeticSizes,
  loadGpt3Compute,
} from "../../lib/data/gpt3.ts";
import { gpt3SizePoints, impliedArithmetic } from "../../lib/fit/implied_arithmetic.ts";
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

Deno.test("GPT-3 sizes: implied p = EM^(1/k) per size, with intervals", () => {
  const pts = gpt3SizePoints(loadGpt3ArithmeticSizes(), loadGpt3Compute(), "answer-digits");
  assert.equal(pts.length, 80);
  const at = (task: string, size: string) => pts.find((p) => p.task === task && p.size === size)!;
  // 13B 2D+: 55.5 % of 2000 = 1110 correct; k = 3 answer digits; 0.555^(1/3) = 0.82179657648...
  const a = at("2D+", "13B");
  assert.equal(a.successes, 1110);
  assert.equal(a.k, 3);
  assertRelativeEquals(a.p, 0.8217965764877087, 1e-12);
  assert.ok(a.pLower < a.p && a.p < a.pUpper);
  assertRelativeEquals(a.pLower, a.emLower ** (1 / 3), 1e-12);
  // 175B 4D+: 510 / 2000, k = 5
  const b = at("4D+", "175B");
  assert.equal(b.successes, 510);
  assertRelativeEquals(b.p, 0.255 ** 0.2, 1e-12);
  assertRelativeEquals(b.logCompute, Math.log10(3640 * 8.64e19), 1e-12);
  // 0 of 2000: p = 0, upper end = (Wilson upper of 0/2000)^(1/k) = (z²/(n+z²))^(1/5)
  const z = at("4D+", "Small");
  assert.equal(z.successes, 0);
  assert.equal(z.p, 0);
  const z2 = 1.959963984540054 ** 2;
  assertRelativeEquals(z.pUpper, (z2 / (2000 + z2)) ** 0.2, 1e-9);
  // operand digits read the same EM as a lower p
  const op = gpt3SizePoints(loadGpt3ArithmeticSizes(), loadGpt3Compute(), "operand-digits");
  assertRelativeEquals(
    op.find((p) => p.task === "2D+" && p.size === "13B")!.p,
    Math.sqrt(0.555),
    1e-12,
  );
  // points come smallest model first within each task
  for (let i = 1; i < pts.length; i++) {
    if (pts[i].task === pts[i - 1].task) assert.ok(pts[i].flops > pts[i - 1].flops);
  }
});

Deno.test("gpt3SizePoints: a model with no compute row, and a setting with no rows", () => {
  const rows = loadGpt3ArithmeticSizes();
  assert.throws(
    () => gpt3SizePoints(rows, loadGpt3Compute().slice(0, 7), "answer-digits"),
    /GPT-3 175B.*compute/,
  );
  assert.throws(
    () => gpt3SizePoints(rows, loadGpt3Compute(), "answer-digits", "two-shot"),
    /two-shot/,
  );
});
