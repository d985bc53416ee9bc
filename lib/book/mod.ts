/**
 * The book's helpers in one import: showing tables, figures and text in a notebook,
 * exercises and their self-checks, the by-hand check, predictions and checked statements.
 * Each name is defined, documented and tested in the module it is re-exported from.
 *
 * @module
 */
export * from "./display.ts";
export * from "./exercises.ts";
export * from "./exercise_text.ts";
export * from "./check.ts";
export * from "./predictions.ts";
export * from "./statements.ts";
