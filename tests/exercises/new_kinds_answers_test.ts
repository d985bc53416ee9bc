/**
 * The predict, change-a-parameter and replaced exercises: computed answers against values
 * worked out independently (closed forms by hand or python3), and the predicted outcomes.
 */
import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import type { Exercise } from "../../lib/book/exercises.ts";
import { ex1_4, ex1_5 } from "../../lib/chapters/loss-vs-capabilities/exercises.ts";
import { ex2_4, ex2_5 } from "../../lib/chapters/the-chain/exercises.ts";
import { ex3_4, ex3_5 } from "../../lib/chapters/sudden-jump-math/exercises.ts";
import { ex4_4, ex4_5 } from "../../lib/chapters/eight-scales/exercises.ts";
import { ex11_3, ex11_4 } from "../../lib/chapters/real-vs-apparent/exercises.ts";
import { ex5_4, ex5_5 } from "../../lib/chapters/monte-carlo/exercises.ts";
import { ex6_4, ex6_5 } from "../../lib/chapters/two-metrics-one-pass/exercises.ts";
import { ex7_4, ex7_5 } from "../../lib/chapters/schaeffer-rescoring/exercises.ts";
import { ex8_5, ex8_6 } from "../../lib/chapters/real-curves/exercises.ts";
import { ex10_5, ex10_6 } from "../../lib/chapters/model-ladder/exercises.ts";
import { ex12_4, ex12_5 } from "../../lib/chapters/extrapolation/exercises.ts";
import { ex13_1, ex13_5, ex13_6 } from "../../lib/chapters/bring-your-own-results/exercises.ts";
import { ex14_5 } from "../../lib/chapters/sandbox/exercises.ts";
import { ex15_3, ex15_4 } from "../../lib/chapters/planning/exercises.ts";
import { ex16_4, ex16_5 } from "../../lib/chapters/inverse-scaling/exercises.ts";
import { ex17_4, ex17_5, ex17_6 } from "../../lib/chapters/gotchas/exercises.ts";

const num = (ex: Exercise) => ex.answer() as number;
const logit = (p: number) => Math.log(p / (1 - p));
const Z2 = 1.959963984540054 ** 2;

Deno.test("change-a-parameter answers match closed forms", () => {
  // N grows as C^(β/(α+β)), β = 0.28, α = 0.34
  assertAlmostEquals(num(ex1_5), 100 ** (0.28 / 0.62), 1e-9);
  assertAlmostEquals(num(ex2_5), 0.5 ** (1 / 40), 1e-12);
  // s·(k/(k+1))^(k+1), s cancels
  assertAlmostEquals(num(ex3_5), (64 / 65) ** 65 / (8 / 9) ** 9, 1e-12);
  assertAlmostEquals(num(ex4_5), 22 + logit(0.5 ** 0.25) / 0.75, 1e-9);
  assertAlmostEquals(num(ex11_4), Z2 / (2000 + Z2), 1e-12);
  // answer-only: 1 of the 64 examples is guessed right when V = 100 (7 of 64 when V = 10)
  assertAlmostEquals(num(ex6_5), 1 / 64, 1e-12);
  // p^32 with p = exp(−500^−0.35)
  assertAlmostEquals(num(ex7_5), Math.exp(-32 * 500 ** -0.35), 1e-12);
  assertAlmostEquals(num(ex8_6), Math.sqrt(0.555), 1e-12);
  // 17·13·64 + 64 + 64² + 64 + 64·13 + 13
  assert.equal(ex10_6.answer(), 14144 + 64 + 4096 + 64 + 832 + 13);
  const p = 0.5162041529206287;
  assertAlmostEquals(num(ex13_6), p * (1 - p) / 0.007 ** 2 + 1, 1e-9);
  // the leak's gain f·m·(1 − p^k) is proportional to f
  assertAlmostEquals(num(ex17_6), num(ex17_4) / 3, 1e-12);
});

Deno.test("change-a-parameter answers from seeded simulations and fits (regression values)", () => {
  // 1/√n scaling: four times the questions, about half the width
  assert.ok(num(ex5_5) > 1.6 && num(ex5_5) < 2.2);
  assertAlmostEquals(num(ex5_5), 1.8134911517648462, 1e-9);
  assertAlmostEquals(num(ex12_5), -3.092880167538382, 1e-6);
  assertAlmostEquals(num(ex15_4), 0.385, 1e-12);
  assertAlmostEquals(num(ex16_5), 21.688, 1e-9);
});

Deno.test("predictions: the outcomes the explanations describe", () => {
  assert.equal(ex1_4.answer(), "higher");
  assertAlmostEquals(num(ex2_4), (0.975 / 0.95) ** 50, 1e-12);
  assert.equal(ex3_4.answer(), "shrinks");
  // p(22) = ½, p(23) = σ(1.5) = 0.8176: rises 0.418 (k = 2), 0.318 (1), 0.196 (8), 4e-5 (50)
  assert.equal(ex4_4.answer(), "k = 2 > k = 1 > k = 8 > k = 50");
  assert.equal(ex11_3.answer(), "closer");
  // 200·p⁸ < 1 at x = 19 … 22 for this seed
  assert.equal(ex5_4.answer(), 4);
  assert.equal(ex6_4.answer(), "closer to 1");
  assert.equal(ex7_4.answer(), "lower");
  // Wilson widths scale as 1/√n: √(5153/500) = 3.21
  assertAlmostEquals(num(ex8_5), Math.sqrt(5153 / 500), 0.02);
  // two independent 6-digit answers: the measured 735/2000 squared
  assertAlmostEquals(num(ex10_5), 0.3675 ** 2, 1e-9);
  assert.equal(ex12_4.answer(), "closer");
  // 3.92 standard errors, close to the Wilson width for p near ½ and n = 5153
  assertAlmostEquals(num(ex13_5), 2 * 1.96 * 0.006962318518940979, 2e-4);
  // 20·σ(1.5)^19 < 1
  assert.ok(20 * (1 / (1 + Math.exp(-1.5))) ** 19 < 1);
  assert.equal(ex14_5.answer(), "shallower");
  assert.equal(ex15_3.answer(), "none");
  assert.equal(ex16_4.answer(), "x = 20 > x = 22 > x = 21");
  assert.equal(ex17_5.answer(), "less");
});

Deno.test("12.1 (replaced): a whole n but half an answer is refused", () => {
  assert.equal(0.25 / 0.01 ** 2 + 1, 2501);
  assert.equal(ex13_1.answer(), false);
});

Deno.test("chapter 9: the mixture of lengths against one length, and a later cutoff", async () => {
  const { ex9_5, ex9_6 } = await import("../../lib/chapters/open-models/exercises.ts");
  // 0.4155^(1/3) = 0.7462 < 0.7771 from the mixture (49, 92, 569, 1290 answers of 1–4 chars)
  assertAlmostEquals(0.4155 ** (1 / 3), 0.7462030320402729, 1e-12);
  assert.equal(ex9_5.answer(), "lower");
  assertAlmostEquals(num(ex9_6), 0.06721072826563235, 1e-9);
});
