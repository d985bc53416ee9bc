/**
 * Shows an exercise's wording in a notebook. The wording lives only in `lib/chapters/<slug>/exercises.ts`;
 * the notebook calls `await showExercise(ex3_1)` instead of repeating it, so the question the
 * reader sees, the answers file and the self-check never drift apart.
 *
 * @module
 */
import { displayBundle } from "./display.ts";
import type { Exercise } from "./exercises.ts";

const KIND_LABEL = {
  compute: "",
  predict: "Predict, then run. ",
  "change-parameter": "Change a parameter. ",
  discuss: "For discussion. ",
} as const;

/**
 * The Markdown a notebook shows for an exercise: its id, a label for its kind, the question,
 * and for predictions how to write one.
 *
 * @param exercise the exercise
 * @returns Markdown
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exerciseMarkdown } from "./exercise_text.ts";
 * const md = exerciseMarkdown({
 *   id: "3.4", kind: "predict", question: "Does the elbow move earlier or later?",
 *   prediction: { type: "direction", options: ["earlier", "later"] },
 *   answer: () => "later", explanation: "e", hint: "h",
 * });
 * assert.match(md, /^\*\*3\.4\*\* \*Predict, then run\.\* Does the elbow/);
 * assert.match(md, /"earlier" or "later"/);
 * ```
 */
export function exerciseMarkdown(exercise: Exercise): string {
  const label = KIND_LABEL[exercise.kind ?? "compute"];
  const head = `**${exercise.id}** ${label ? `*${label.trim()}* ` : ""}${exercise.question}`;
  const p = exercise.prediction;
  if (!p) return head;
  const quoted = (xs: readonly string[]) => xs.map((x) => `"${x}"`);
  let how: string;
  if (p.type === "direction") {
    const q = quoted(p.options);
    how = `one of ${q.slice(0, -1).join(", ")} or ${q[q.length - 1]}`;
  } else if (p.type === "range") {
    how = `a range \`[low, high]\` no wider than ${p.maxWidth}`;
  } else {
    how = `a list of ${quoted(p.items).join(", ")}, largest first`;
  }
  return `${head}\n\nWrite your prediction (${how}) in the next cell *before* you run the ` +
    "cell after it; the check cell then compares.";
}

/**
 * Displays an exercise's wording in the notebook (see {@link exerciseMarkdown}).
 *
 * @param exercise the exercise
 * @returns nothing
 * @example
 * ```ts
 * import { showExercise } from "./exercise_text.ts";
 * await showExercise({
 *   id: "0.9", question: "1 + 1?", answer: () => 2, explanation: "e", hint: "h",
 * });
 * ```
 */
export function showExercise(exercise: Exercise): Promise<void> {
  const md = exerciseMarkdown(exercise);
  return displayBundle({ "text/markdown": md, "text/plain": md });
}
