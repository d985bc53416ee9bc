/**
 * Self-check exercises. Each chapter keeps its exercises in `lib/chapters/<slug>/exercises.ts` as
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

const MAX_SHOWN = 80;

function clip(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/**
 * Says what the reader typed, in words, for a message: `the text "abc"`, `NaN`, `the BigInt
 * 68n`, `an array [1]`, … Long values are cut to 80 characters.
 *
 * @param value anything a notebook cell can produce
 * @returns a short description naming the value and its kind
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { describeTyped } from "./exercises.ts";
 * assert.equal(describeTyped(68n), "the BigInt 68n");
 * assert.equal(describeTyped([1, 2]), "an array [1,2]");
 * assert.equal(describeTyped("abc"), 'the text "abc"');
 * ```
 */
export function describeTyped(value: unknown): string {
  switch (typeof value) {
    case "undefined":
      return "undefined";
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `the BigInt ${clip(String(value))}n`;
    case "string":
      return `the text ${clip(JSON.stringify(value))}`;
    case "boolean":
      return `the boolean ${value}`;
    case "symbol":
      return `the symbol ${clip(String(value.description ?? ""))}`;
    case "function":
      return `a function${value.name ? ` (${clip(value.name)})` : ""}; call it to get its value`;
  }
  if (value === null) return "null";
  let shown: string;
  try {
    shown = JSON.stringify(
      value,
      (
        _k,
        v,
      ) => (typeof v === "bigint"
        ? `${v}n`
        : typeof v === "number" && !Number.isFinite(v)
        ? String(v)
        : v),
    ) ?? String(value);
  } catch {
    shown = Object.prototype.toString.call(value);
  }
  return `${Array.isArray(value) ? "an array" : "an object"} ${clip(shown)}`;
}

// Plain decimal notation only: Number("") is 0 and Number("0x10") is 16, which would grade an
// empty or odd answer as a number.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function unanswered(id: string): Verdict {
  return {
    status: "unanswered",
    message: `Exercise ${id}: put your answer in the cell and run it again.`,
  };
}

function badInput(exercise: Exercise, typed: string, expected: string): Verdict {
  return {
    status: "wrong",
    message:
      `Exercise ${exercise.id}: you entered ${typed}; the answer should be ${expected}. ${exercise.hint}`,
  };
}

/**
 * Grades a reader's value against the exercise's computed answer.
 *
 * Numbers match within the tolerance (a string holding a plain decimal number such as
 * `"0.25"` or `"1e-3"` counts as that number); strings match case-insensitively after
 * trimming. `undefined`, `null`, `""` and a string of spaces count as not answered yet. Any
 * other value of the wrong kind (`NaN`, `Infinity`, a BigInt such as `68n`, an array, an
 * object, a function, a boolean for a number, a number for a yes/no question, …) is graded
 * wrong with a message that says what was entered.
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
 *   id: "0.1", question: "0.5^4?", answer: () => 0.0625, tolerance: 1e-4,
 *   explanation: "Four independent halves.", hint: "Multiply 0.5 by itself four times.",
 * };
 * assert.ok(gradeAnswer(ex, 0.0625).status === "right");
 * assert.ok(gradeAnswer(ex, 0.125).status === "wrong");
 * assert.ok(gradeAnswer(ex, " ").status === "unanswered");
 * assert.match(gradeAnswer(ex, NaN).message, /you entered NaN/);
 * ```
 */
export function gradeAnswer(exercise: Exercise, value: unknown): Verdict {
  const special = gradeByKind(exercise, value);
  if (special) return special;
  const expected = exercise.answer();
  if (
    !(typeof expected === "number" && Number.isFinite(expected)) &&
    typeof expected !== "string" && typeof expected !== "boolean"
  ) {
    throw new Error(`exercise ${exercise.id}: computed answer is ${describeTyped(expected)}`);
  }
  if (value === undefined || value === null) return unanswered(exercise.id);
  if (typeof value === "string" && value.trim() === "") return unanswered(exercise.id);
  const typed = describeTyped(value);
  let right: boolean;
  if (typeof expected === "number") {
    let v: number;
    if (typeof value === "number") {
      if (Number.isNaN(value)) {
        return badInput(
          exercise,
          "NaN (not a number: check the calculation that produced it)",
          "a number",
        );
      }
      if (!Number.isFinite(value)) return badInput(exercise, typed, "a finite number");
      v = value;
    } else if (typeof value === "string" && DECIMAL.test(value.trim())) {
      v = Number(value.trim());
      if (!Number.isFinite(v)) return badInput(exercise, typed, "a finite number");
    } else if (typeof value === "bigint") {
      return badInput(exercise, typed, `a plain number (write it without the "n")`);
    } else {
      return badInput(exercise, typed, "a number");
    }
    const tol = exercise.relativeTolerance !== undefined
      ? exercise.relativeTolerance * Math.abs(expected)
      : exercise.tolerance ?? 1e-9;
    right = Math.abs(v - expected) <= tol;
  } else if (typeof expected === "string") {
    let text: string;
    if (typeof value === "string") text = value;
    else if (typeof value === "number" && Number.isFinite(value)) text = String(value);
    else return badInput(exercise, typed, "text (a string in quotes)");
    right = text.trim().toLowerCase() === expected.trim().toLowerCase();
  } else {
    if (typeof value !== "boolean") return badInput(exercise, typed, "true or false");
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
 *   id: "0.1", question: "1+1?", answer: () => 2,
 *   explanation: "Yes.", hint: "Count.",
 * };
 * await checkAnswer(ex, undefined); // shows "put your answer in the cell…" in a notebook
 * ```
 */
export function checkAnswer(exercise: Exercise, value: unknown): Promise<void> {
  const verdict = gradeAnswer(exercise, value);
  return displayBundle({ "text/markdown": verdict.message, "text/plain": verdict.message });
}
