/**
 * Self-check exercises. Each chapter keeps its exercises in `lib/exercises/<chapter>.ts` as
 * {@link Exercise} objects whose answers are computed by the library (never typed in), so the
 * book, the teacher's answer file and the tests all agree.
 *
 * In a notebook the reader writes a value and runs `await checkAnswer(exercise, value)`; the
 * cell says right or wrong and why, without printing the answer.
 *
 * @module
 */
import { displayBundle } from "./display.ts";
import { comparePrediction, type PredictionSpec } from "./predictions.ts";

/** A numeric or text answer. */
export type Answer = number | string | boolean;

/**
 * What an exercise asks the reader to do: compute a value; predict, then run and compare;
 * change a parameter, rerun a figure or table and say what changed; or discuss (not checked).
 */
export type ExerciseKind = "compute" | "predict" | "change-parameter" | "discuss";

/** The precision a numeric question asks for, stated in its wording. */
export type Precision = { decimals: number } | { significant: number };

/** One exercise. */
export interface Exercise {
  /** what the reader does (default `"compute"`) */
  kind?: ExerciseKind;
  /** for numeric answers: the precision the question asks for; the tolerance follows it */
  precision?: Precision;
  /** for `"predict"`: how the prediction is compared with `answer()` */
  prediction?: PredictionSpec;
  /** stable id, e.g. `"02.1"` (chapter.number) */
  id: string;
  /** the question, Markdown */
  question: string;
  /**
   * computes the correct answer from `lib/`; for `"discuss"`, returns the notes for the teacher
   * (printed in the answers file, never graded)
   */
  answer: () => Answer;
  /** absolute tolerance for numeric answers (default 1e-9) */
  tolerance?: number;
  /** relative tolerance for numeric answers; used instead of `tolerance` when given */
  relativeTolerance?: number;
  /** shown when the reader is right: why it is right */
  explanation: string;
  /** shown when the reader is wrong: a nudge that does not give the answer away */
  hint: string;
}

/** The verdict on one attempt. */
export interface Verdict {
  /** `"right"`, `"wrong"` or `"unanswered"` */
  status: "right" | "wrong" | "unanswered";
  /** Markdown message for the reader */
  message: string;
}

/**
 * Grades a reader's value against the exercise's computed answer.
 *
 * Numbers match within the tolerance; strings match case-insensitively after trimming;
 * `undefined`, `null` and `NaN` count as not answered yet.
 *
 * @param exercise the exercise
 * @param value the reader's answer
 * @returns the verdict and a message (never containing the answer when wrong)
 * @throws {Error} if the exercise's own answer is not a finite number, string or boolean
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gradeAnswer } from "./exercises.ts";
 * const ex = {
 *   id: "00.1", question: "0.5^4?", answer: () => 0.0625, tolerance: 1e-4,
 *   explanation: "Four independent halves.", hint: "Multiply 0.5 by itself four times.",
 * };
 * assert.ok(gradeAnswer(ex, 0.0625).status === "right");
 * assert.ok(gradeAnswer(ex, 0.125).status === "wrong");
 * ```
 */
export function gradeAnswer(exercise: Exercise, value: unknown): Verdict {
  const special = gradeByKind(exercise, value);
  if (special) return special;
  const expected = exercise.answer();
  if (typeof expected === "number" && !Number.isFinite(expected)) {
    throw new Error(`exercise ${exercise.id}: computed answer is ${expected}`);
  }
  if (value === undefined || value === null || (typeof value === "number" && isNaN(value))) {
    return {
      status: "unanswered",
      message: `Exercise ${exercise.id}: put your answer in the cell and run it again.`,
    };
  }
  let right: boolean;
  if (typeof expected === "number") {
    const v = typeof value === "string" ? Number(value) : value;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      return {
        status: "wrong",
        message: `Exercise ${exercise.id}: expected a number, got ${
          JSON.stringify(value)
        }. ${exercise.hint}`,
      };
    }
    const tol = exercise.relativeTolerance !== undefined
      ? exercise.relativeTolerance * Math.abs(expected)
      : exercise.tolerance ?? 1e-9;
    right = Math.abs(v - expected) <= tol;
  } else if (typeof expected === "string") {
    right = String(value).trim().toLowerCase() === expected.trim().toLowerCase();
  } else {
    right = value === expected;
  }
  return right
    ? { status: "right", message: `**Right** (${exercise.id}). ${exercise.explanation}` }
    : { status: "wrong", message: `**Not yet** (${exercise.id}). ${exercise.hint}` };
}

/** Discussion questions are not graded; predictions are compared by `predictions.ts`. */
function gradeByKind(exercise: Exercise, value: unknown): Verdict | undefined {
  if (exercise.kind === "discuss") {
    return {
      status: "unanswered",
      message: `Exercise ${exercise.id} is for discussion: it has no single answer to check.`,
    };
  }
  if (!exercise.prediction) return undefined;
  const c = comparePrediction(exercise.prediction, exercise.answer(), value);
  const message = c.status === "right"
    ? `**Right** (${exercise.id}): ${c.detail}. ${exercise.explanation}`
    : c.status === "wrong"
    ? `**Not quite** (${exercise.id}): ${c.detail}. ${exercise.hint}`
    : `Exercise ${exercise.id}: ${c.detail}, then run the cells below it.`;
  return { status: c.status, message };
}

/**
 * Grades and shows the verdict in the notebook.
 *
 * @param exercise the exercise
 * @param value the reader's answer (leave `undefined` until you have one)
 * @returns nothing (see `displayBundle`)
 * @throws {Error} as {@link gradeAnswer}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkAnswer } from "./exercises.ts";
 * const ex = {
 *   id: "00.1", question: "1+1?", answer: () => 2,
 *   explanation: "Yes.", hint: "Count.",
 * };
 * await checkAnswer(ex, undefined); // shows "put your answer in the cell…" in a notebook
 * ```
 */
export function checkAnswer(exercise: Exercise, value: unknown): Promise<void> {
  const verdict = gradeAnswer(exercise, value);
  return displayBundle({ "text/markdown": verdict.message, "text/plain": verdict.message });
}
