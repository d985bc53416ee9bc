import { assert } from "../assert.ts";
import {
  checkAnswer,
  describeTyped,
  type Exercise,
  gradeAnswer,
} from "../../lib/book/exercises.ts";
import { exercises as ch00 } from "../../lib/chapters/how-this-book-runs/exercises.ts";

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
  for (const v of [undefined, null]) assert.equal(gradeAnswer(num, v).status, "unanswered");
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

Deno.test("blank text is unanswered, even when the answer is 0", () => {
  const zero: Exercise = { ...num, answer: () => 0 };
  for (const v of ["", " ", "\t\n"]) {
    const verdict = gradeAnswer(zero, v);
    assert.equal(verdict.status, "unanswered", JSON.stringify(v));
    assert.match(verdict.message, /put your answer in the cell/);
  }
  assert.equal(gradeAnswer(zero, "0").status, "right");
  assert.equal(gradeAnswer(zero, " 0 ").status, "right");
  // Number("0x0") is 0: only plain decimal text counts as a number
  assert.equal(gradeAnswer(zero, "0x0").status, "wrong");
  assert.match(gradeAnswer(zero, "0x0").message, /you entered the text "0x0"/);
});

Deno.test("every wrong kind of value gets a message naming what was entered", () => {
  const text: Exercise = { ...num, answer: () => "exact match" };
  const yesNo: Exercise = { ...num, answer: () => true };
  const cases: [Exercise, unknown, RegExp][] = [
    [num, NaN, /you entered NaN \(not a number/],
    [num, Infinity, /you entered Infinity; the answer should be a finite number/],
    [num, -Infinity, /you entered -Infinity/],
    [
      num,
      68n,
      /you entered the BigInt 68n; the answer should be a plain number \(write it without the "n"\)/,
    ],
    [num, [0.0625], /you entered an array \[0\.0625\]; the answer should be a number/],
    [num, { v: 0.0625 }, /you entered an object \{"v":0\.0625\}/],
    [num, true, /you entered the boolean true; the answer should be a number/],
    [num, "abc", /you entered the text "abc"; the answer should be a number/],
    [num, "1e999", /you entered the text "1e999"; the answer should be a finite number/],
    [num, () => 1, /you entered a function; call it to get its value/],
    [num, Symbol("x"), /you entered the symbol x/],
    [text, ["exact match"], /you entered an array \["exact match"\]; the answer should be text/],
    [text, { a: 1 }, /you entered an object/],
    [text, 5n, /you entered the BigInt 5n/],
    [text, NaN, /you entered NaN/],
    [yesNo, "true", /you entered the text "true"; the answer should be true or false/],
    [yesNo, 1, /you entered 1; the answer should be true or false/],
  ];
  for (const [ex, v, re] of cases) {
    const verdict = gradeAnswer(ex, v);
    assert.equal(verdict.status, "wrong", describeTyped(v));
    assert.match(verdict.message, re);
    assert.match(verdict.message, /think/, "the hint is still shown");
  }
});

Deno.test("describeTyped cuts long values and survives cycles and nested BigInts", () => {
  const long = describeTyped("x".repeat(10_000));
  assert.ok(long.length < 100, long);
  assert.match(long, /…$/);
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  assert.equal(describeTyped(cyclic), "an object [object Object]");
  assert.equal(describeTyped([1n, NaN]), 'an array ["1n","NaN"]');
  assert.equal(describeTyped(-0), "-0");
});
