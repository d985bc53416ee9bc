import { assert, assertAlmostEquals } from "../../assert.ts";
import { gradeAnswer } from "../../../lib/book/exercises.ts";
import {
  ex10_1,
  ex10_2,
  ex10_3,
  ex10_4,
  exercises,
} from "../../../lib/chapters/model-ladder/exercises.ts";
import { loadLadder, rungCheckpoints } from "../../../lib/chapters/model-ladder/analysis.ts";
import { emergenceScore } from "../../../lib/metrics/emergence_score.ts";

Deno.test("10.1: parameter count by hand", () => {
  // 17·13·32 = 7072; + 32 + 1024 + 32 + 416 + 13 = 8589
  assert.equal(ex10_1.answer(), 8589);
  assert.equal(gradeAnswer(ex10_1, 8589).status, "right");
  assert.equal(gradeAnswer(ex10_1, 8590).status, "wrong");
});

Deno.test("10.2: p^6 from the committed H = 32 row", () => {
  const row = rungCheckpoints(loadLadder(), 32).at(-1)!;
  assertAlmostEquals(ex10_2.answer() as number, row.token_accuracy ** 6, 1e-12);
  assert.equal(
    gradeAnswer(ex10_2, Number((row.token_accuracy ** 6).toPrecision(3))).status,
    "right",
  );
});

Deno.test("10.3: Wilson upper end for 0/20 is z²/(n + z²)", () => {
  const z2 = 1.959963984540054 ** 2;
  assertAlmostEquals(ex10_3.answer() as number, z2 / (20 + z2), 1e-12);
  assert.equal(gradeAnswer(ex10_3, 0.161).status, "right");
  assert.equal(gradeAnswer(ex10_3, 0.05).status, "wrong"); // the naive 1/n would be wrong
});

Deno.test("10.4: emergence score recomputed by hand from the final rows", () => {
  const d = loadLadder();
  const hs = [...new Set(d.checkpoints.map((r) => r.hidden))].sort((a, b) => a - b);
  const em = hs.map((h) => rungCheckpoints(d, h).at(-1)!.exact_match);
  const steps = em.slice(1).map((v, i) => (v - em[i]) ** 2).sort((a, b) => a - b);
  const mid = steps.length % 2
    ? steps[(steps.length - 1) / 2]
    : (steps[steps.length / 2 - 1] + steps[steps.length / 2]) / 2;
  const byHand = (Math.max(...em) - Math.min(...em)) / Math.max(Math.sqrt(mid), 1 / 2000);
  assertAlmostEquals(ex10_4.answer() as number, byHand, 1e-9 * byHand);
  assertAlmostEquals(byHand, emergenceScore(em, { minStep: 1 / 2000 }), 1e-9 * byHand);
});

Deno.test("every numeric exercise has a finite answer and gives no answer away when wrong", () => {
  for (const ex of exercises.filter((e) => e.precision !== undefined)) {
    const a = ex.answer();
    assert.ok(typeof a === "number" && Number.isFinite(a));
    const v = gradeAnswer(ex, -12345);
    assert.equal(v.status, "wrong");
    assert.ok(!v.message.includes(String(a)));
  }
});
