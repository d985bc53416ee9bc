import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import { gradeAnswer } from "../../lib/book/exercises.ts";
import * as ch09 from "../../lib/chapters/real-curves/exercises.ts";
import * as ch11 from "../../lib/chapters/extrapolation/exercises.ts";
import * as ch12 from "../../lib/chapters/bring-your-own-results/exercises.ts";

// Independent values (python3 / numpy, double precision):
//   09.1  0.255 ** 0.2                                         = 0.7608657519274441
//   09.2  Wilson upper end of 951/5153, z = 1.959963984540054  = 0.19537828946284402
//   09.3  log10(3.1e23 / 2.3e22)                               = 1.1296338578166798
//   09.4  0.555 ** (1/3)                                        = 0.8217965764877087
//   11.1  numpy polyfit on the clean run (tests/chapters/extrapolation/simulated_checks_test.ts) = −9.035783653571526 %
//   11.2  22 + ln(u/(1 − u))/1.5, u = 0.5 ** (1/8)             = 23.60154665874091
//   11.3  two-point law on Pythia 6.9B, ln ratio (tests/fit/pythia_extrapolation_test.ts) = −0.41191887013472717
//   12.1  0.25/0.01² + 1 = 2501, but 0.5 · 2501 = 1250.5 right answers: refused (false)
//   12.2  python emergence score of [0.18455…, 0.51620…, 0.67281…] = 1.8826698382406135
//   12.3  6 · 405334016 · 299892736000 / 1e20                 = 7.2934036231264665
Deno.test("chapters 8, 12, 13: exercise answers against independent values", () => {
  assertAlmostEquals(ch09.ex8_1.answer() as number, 0.7608657519274441, 1e-12);
  assertAlmostEquals(ch09.ex8_2.answer() as number, 0.19537828946284402, 1e-12);
  assertAlmostEquals(ch09.ex8_3.answer() as number, 1.1296338578166798, 1e-12);
  assertAlmostEquals(ch09.ex8_4.answer() as number, 0.8217965764877087, 1e-12);
  assertAlmostEquals(ch11.ex12_1.answer() as number, -9.035783653571526, 1e-6);
  assertAlmostEquals(ch11.ex12_2.answer() as number, 23.60154665874091, 1e-10);
  assertAlmostEquals(ch11.ex12_3.answer() as number, -0.41191887013472717, 1e-9);
  assert.equal(ch12.ex13_1.answer(), false);
  assertAlmostEquals(ch12.ex13_2.answer() as number, 1.8826698382406135, 1e-12);
  assertAlmostEquals(ch12.ex13_3.answer() as number, 7.2934036231264665, 1e-12);
  assert.deepEqual(ch09.exercises.map((e) => e.id), [
    "8.1",
    "8.2",
    "8.3",
    "8.4",
    "8.5",
    "8.6",
    "8.7",
  ]);
  assert.deepEqual(ch11.exercises.map((e) => e.id), [
    "12.1",
    "12.2",
    "12.3",
    "12.4",
    "12.5",
    "12.6",
  ]);
  assert.deepEqual(ch12.exercises.map((e) => e.id), [
    "13.1",
    "13.2",
    "13.3",
    "13.4",
    "13.5",
    "13.6",
    "13.7",
  ]);
  // 12.4: python, exp(l[1]) / sum(exp(l)) on the four logged log-likelihoods of ARC question 1
  assertAlmostEquals(ch12.ex13_4.answer() as number, 0.3182176542508619, 1e-12);
});

Deno.test("chapters 8, 12, 13: rounded reader answers pass, typical slips do not", () => {
  assert.equal(gradeAnswer(ch09.ex8_1, 0.761).status, "right");
  assert.equal(gradeAnswer(ch09.ex8_1, 0.711).status, "wrong"); // k = 4 instead of 5
  assert.equal(gradeAnswer(ch09.ex8_2, 0.195).status, "right");
  assert.equal(gradeAnswer(ch09.ex8_3, 1.13).status, "right");
  assert.equal(gradeAnswer(ch11.ex12_1, -9.0).status, "right");
  assert.equal(gradeAnswer(ch11.ex12_1, 9.0).status, "wrong"); // sign matters
  assert.equal(gradeAnswer(ch11.ex12_2, 23.6).status, "right");
  assert.equal(gradeAnswer(ch11.ex12_3, -0.412).status, "right");
  assert.equal(gradeAnswer(ch11.ex12_3, -0.338).status, "wrong"); // relative error, not ln ratio
  assert.equal(gradeAnswer(ch12.ex13_1, 5152).status, "wrong"); // forgot the + 1
  assert.equal(gradeAnswer(ch12.ex13_2, 1.88).status, "right");
  assert.equal(gradeAnswer(ch12.ex13_3, 7.29).status, "right");
  assert.equal(gradeAnswer(ch12.ex13_4, 0.318).status, "right");
  assert.equal(gradeAnswer(ch12.ex13_4, 0.671).status, "wrong"); // e^ll of B alone
});
