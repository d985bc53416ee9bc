import { assert } from "../assert.ts";
import { checkAnswer, type Exercise, gradeAnswer } from "../../lib/book/exercises.ts";
import { exercises as ch00 } from "../../lib/exercises/ch00.ts";

const num: Exercise = {
  id: "t.1",
  question: "q",
  answer: () => 0.0625,
  tolerance: 1e-3,
  explanation: "because",
  hint: "think",
};

Deno.test("numbers: within tolerance is right, outside is wrong, missing is unanswered", () => {
  assert.equal(gradeAnswer(num, 0.0625).status, "right");
  assert.equal(gradeAnswer(num, 0.0630).status, "right");
  assert.equal(gradeAnswer(num, 0.07).status, "wrong");
  assert.equal(gradeAnswer(num, "0.0625").status, "right");
  assert.equal(gradeAnswer(num, "abc").status, "wrong");
  for (const v of [undefined, null, NaN]) assert.equal(gradeAnswer(num, v).status, "unanswered");
  const wrong = gradeAnswer(num, 0.5);
  assert.ok(!wrong.message.includes("0.0625"), "a wrong verdict must not reveal the answer");
  assert.match(wrong.message, /think/);
  assert.match(gradeAnswer(num, 0.0625).message, /because/);
});

Deno.test("relative tolerance, strings and booleans", () => {
  const rel: Exercise = {
    ...num,
    answer: () => 1e-6,
    tolerance: undefined,
    relativeTolerance: 0.01,
  };
  assert.equal(gradeAnswer(rel, 1.005e-6).status, "right");
  assert.equal(gradeAnswer(rel, 1.02e-6).status, "wrong");
  const str: Exercise = { ...num, answer: () => "Exact Match" };
  assert.equal(gradeAnswer(str, "  exact match ").status, "right");
  const bool: Exercise = { ...num, answer: () => true };
  assert.equal(gradeAnswer(bool, true).status, "right");
  assert.equal(gradeAnswer(bool, false).status, "wrong");
  assert.throws(() => gradeAnswer({ ...num, answer: () => NaN }, 1), /computed answer is NaN/);
});

Deno.test("chapter 0 exercise: 1/16 is right, 1/8 is wrong", async () => {
  assert.equal(gradeAnswer(ch00[0], 1 / 16).status, "right");
  assert.equal(gradeAnswer(ch00[0], 1 / 8).status, "wrong");
  assert.equal(await checkAnswer(ch00[0], undefined), undefined);
});
