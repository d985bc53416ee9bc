/**
 * Exercises that make students think, and tolerances that follow the question:
 * - every numbered chapter (0 to 17; the glossary and the appendix are exempt) has a predict-then-run, a
 *   change-a-parameter and a discussion exercise;
 * - every numeric answer states its precision in `precision` and in its wording, and its
 *   tolerance accepts the answer rounded to that precision but not one a few units off.
 */
import assert from "node:assert/strict";
import { type ExerciseKind, gradeAnswer, type Precision } from "../../lib/book/exercises.ts";
import { loadExercises } from "../../tools/answers.ts";

const chapters = await loadExercises(new URL("../../", import.meta.url));
/** The numbered chapters, 0 to 17 (chapter 18 is the glossary, 19 the appendix). */
export const LESSON_CHAPTERS = Array.from({ length: 18 }, (_, i) => String(i));

const WORDS = ["zero", "one", "two", "three", "four", "five", "six"];

/** The last place the precision asks for, at the value a. */
export function unit(p: Precision, a: number): number {
  if ("decimals" in p) return 10 ** -p.decimals;
  return 10 ** (Math.floor(Math.log10(Math.abs(a))) - p.significant + 1);
}

/** The answer rounded as the question asks. */
export function rounded(p: Precision, a: number): number {
  const u = unit(p, a);
  return Math.round(a / u) * u;
}

/** Does the wording state the precision? */
export function statesPrecision(p: Precision, question: string): boolean {
  const n = "decimals" in p ? p.decimals : p.significant;
  const num = `(?:${n}|${WORDS[n]})`;
  if ("decimals" in p) {
    if (n === 0) return /\b(integer|whole number)\b/i.test(question);
    return new RegExp(`\\b${num} decimal(s| places?)?\\b`, "i").test(question);
  }
  return new RegExp(`\\b${num} significant (digits?|figures?)\\b`, "i").test(question);
}

Deno.test("every lesson chapter has the three kinds of exercises that make students think", () => {
  for (const nn of LESSON_CHAPTERS) {
    const ch = chapters.find((c) => c.chapter === nn);
    assert.ok(ch, `chapter ${nn} has no exercises`);
    const kinds = new Set<ExerciseKind>(ch.exercises.map((e) => e.kind ?? "compute"));
    for (const k of ["predict", "change-parameter", "discuss"]) {
      assert.ok(kinds.has(k as ExerciseKind), `chapter ${nn} has no "${k}" exercise`);
    }
    for (const ex of ch.exercises) {
      if (ex.kind === "predict") assert.ok(ex.prediction, `${ex.id}: predict without a spec`);
    }
  }
});

for (const ch of chapters) {
  for (const ex of ch.exercises) {
    if (ex.kind === "discuss" || ex.prediction) continue;
    const a = ex.answer();
    if (typeof a !== "number") continue;
    Deno.test(`exercise ${ex.id}: states its precision, and the tolerance follows it`, () => {
      assert.ok(ex.precision, `${ex.id} has a numeric answer but no precision`);
      const p = ex.precision;
      assert.ok(
        statesPrecision(p, ex.question),
        `${ex.id}: wording does not state ${JSON.stringify(p)}`,
      );
      const u = unit(p, a);
      for (const v of [rounded(p, a), a + 0.499 * u, a - 0.499 * u]) {
        assert.equal(gradeAnswer(ex, v).status, "right", `${ex.id}: ${v} (rounded as asked) fails`);
      }
      for (const v of [a + 2.5 * u, a - 2.5 * u]) {
        assert.equal(gradeAnswer(ex, v).status, "wrong", `${ex.id}: ${v} is too far yet passes`);
      }
    });
  }
}

Deno.test("precision helpers", () => {
  assert.equal(unit({ decimals: 3 }, 23.6), 1e-3);
  assert.ok(Math.abs(unit({ significant: 3 }, 0.00383) - 1e-5) < 1e-20);
  assert.ok(Math.abs(rounded({ decimals: 2 }, 1.2345) - 1.23) < 1e-12);
  assert.ok(statesPrecision({ decimals: 3 }, "… Three decimals."));
  assert.ok(statesPrecision({ decimals: 0 }, "Give the smallest integer."));
  assert.ok(statesPrecision({ significant: 2 }, "(2 significant digits are enough.)"));
  assert.ok(!statesPrecision({ decimals: 2 }, "… Three decimals."));
  assert.ok(!statesPrecision({ decimals: 3 }, "What is it?"));
});
