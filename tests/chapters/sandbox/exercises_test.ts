import { assert, assertAlmostEquals } from "../../assert.ts";
import { gradeAnswer } from "../../../lib/book/exercises.ts";
import {
  ex14_1,
  ex14_2,
  ex14_3,
  ex14_4,
  exercises,
} from "../../../lib/chapters/sandbox/exercises.ts";

// Independent values (Python, double precision), u = 0.5**(1/20) = 0.9659363289248456:
//   13.1  22 + ln(u/(1-u))/1.5           = 24.229910978622428
//   13.2  ln(u/(1-u))/3                  = 1.1149554893112144
//   13.3  ln(0.5)/20                     = -0.03465735902799727
//   13.4  20 * u**19 = 20 * 0.5 / u      = 10.352649238413775
Deno.test("ch13 exercises: answers against independent values", () => {
  assertAlmostEquals(ex14_1.answer() as number, 24.229910978622428, 1e-12);
  assertAlmostEquals(ex14_2.answer() as number, 1.1149554893112144, 1e-12);
  assertAlmostEquals(ex14_3.answer() as number, -0.03465735902799727, 1e-14);
  assertAlmostEquals(ex14_4.answer() as number, 10.352649238413775, 1e-10);
  assert.deepEqual(exercises.map((e) => e.id), ["14.1", "14.2", "14.3", "14.4", "14.5", "14.6"]);
});

Deno.test("ch13 exercises: values a reader would read off the sandbox are accepted", () => {
  assert.equal(gradeAnswer(ex14_1, 24.23).status, "right");
  assert.equal(gradeAnswer(ex14_1, 24.3).status, "wrong");
  assert.equal(gradeAnswer(ex14_2, 1.11).status, "right");
  assert.equal(gradeAnswer(ex14_2, 2.23).status, "wrong"); // the s = 1.5 shift
  assert.equal(gradeAnswer(ex14_3, -0.0347).status, "right");
  assert.equal(gradeAnswer(ex14_3, -0.693).status, "wrong"); // ln ½ without dividing by k
  assert.equal(gradeAnswer(ex14_4, 10.3).status, "right");
  assert.equal(gradeAnswer(ex14_4, 20).status, "wrong");
});
