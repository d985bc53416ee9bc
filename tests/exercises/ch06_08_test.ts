/**
 * Chapters 5–7: each exercise's computed answer equals a value derived independently here
 * (by hand or from the closed form), is graded right, and a wrong value is graded wrong.
 */
import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import { gradeAnswer } from "../../lib/book/exercises.ts";
import * as ch06 from "../../lib/chapters/monte-carlo/exercises.ts";
import * as ch07 from "../../lib/chapters/two-metrics-one-pass/exercises.ts";
import * as ch08 from "../../lib/chapters/schaeffer-rescoring/exercises.ts";

const z2 = 1.959963984540054 ** 2;
const sigma = (z: number) => 1 / (1 + Math.exp(-z));

const expected: [typeof ch06.ex5_1, number][] = [
  // same draws grade both metrics when k = 1
  [ch06.ex5_1, 0],
  // Wilson upper end at p̂ = 0: (z²/n) / (1 + z²/n)
  [ch06.ex5_2, (z2 / 1000) / (1 + z2 / 1000)],
  // 1 / σ(−1.5)^8, rounded up
  [ch06.ex5_3, Math.ceil(1 / sigma(-1.5) ** 8)],
  // delete the leading 0, append a 0
  [ch07.ex6_1, 2],
  // 0.8² + 0.9² + 0.1²
  [ch07.ex6_2, 1.46],
  // 64·99 copied tokens + 7 lucky answers (examples b with b mod 10 = 0) over 6400 positions
  [ch07.ex6_3, (64 * 99 + 7) / 6400],
  [ch08.ex7_1, Math.exp(-1)],
  // 8·(1 − exp(−500^−0.35))
  [ch08.ex7_2, 8 * (1 - Math.exp(-Math.pow(500, -0.35)))],
  [ch08.ex7_3, 83],
];

for (const [ex, value] of expected) {
  Deno.test(`exercise ${ex.id}: computed answer matches the independent value`, () => {
    assertAlmostEquals(Number(ex.answer()), value, 1e-9 * Math.max(1, Math.abs(value)));
    assert.equal(gradeAnswer(ex, value).status, "right");
    assert.equal(gradeAnswer(ex, value + 0.5 + Math.abs(value)).status, "wrong");
  });
}

Deno.test("chapters 5–7 list their exercises in order", () => {
  assert.deepEqual(ch06.exercises.map((e) => e.id), ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6"]);
  assert.deepEqual(ch07.exercises.map((e) => e.id), ["6.1", "6.2", "6.3", "6.4", "6.5", "6.6"]);
  assert.deepEqual(ch08.exercises.map((e) => e.id), ["7.1", "7.2", "7.3", "7.4", "7.5", "7.6"]);
});
