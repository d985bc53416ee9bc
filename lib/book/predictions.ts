/**
 * Predict-then-run exercises: the reader writes a prediction in one cell, runs the code in the
 * next, and the check cell compares the two. A prediction is a direction (one of a few words),
 * a range `[low, high]` that should contain the result, or a ranking of named items. The
 * comparison says how the prediction and the result relate (inside, above or below the range;
 * how many pairs of the ranking are in the right order), not only whether they are equal.
 *
 * @module
 */

/** How a prediction is compared with the computed result. */
export type PredictionSpec =
  | {
    /** the result is one word out of `options`, e.g. "earlier" / "later" / "no change" */
    type: "direction";
    /** the words the reader may answer with */
    options: readonly string[];
  }
  | {
    /** the result is a number; the reader gives `[low, high]` */
    type: "range";
    /** the widest range accepted as a prediction (`high − low`) */
    maxWidth: number;
  }
  | {
    /** the result is an ordering of `items`, largest first */
    type: "ranking";
    /** the items the reader must put in order */
    items: readonly string[];
  };

/** The outcome of comparing one prediction with the result. */
export interface PredictionComparison {
  /** `"right"`, `"wrong"` or `"unanswered"` */
  status: "right" | "wrong" | "unanswered";
  /** one sentence on how the prediction relates to the result (never states the result) */
  detail: string;
}

/**
 * Joins a ranking, largest first, into the text form a ranking exercise's answer returns.
 *
 * @param items the items, largest first
 * @returns the items joined by `" > "`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rankingText } from "./predictions.ts";
 * assert.equal(rankingText(["exact match", "per-token"]), "exact match > per-token");
 * ```
 */
export function rankingText(items: readonly string[]): string {
  return items.join(" > ");
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/**
 * Compares a reader's prediction with the computed result.
 *
 * - direction: the prediction must be one of `options` (case and spaces ignored);
 * - range: the prediction is `[low, high]` with `low ≤ high` and `high − low ≤ maxWidth`; it is
 *   right when the result lies inside, and the detail says whether the result is above or below;
 * - ranking: the prediction lists every item once, largest first; the detail counts the pairs
 *   in the right order (right only when all are).
 *
 * @param spec how to compare
 * @param result the computed result: a word, a number, or a ranking joined by {@link rankingText}
 * @param prediction the reader's prediction
 * @returns status and a one-sentence detail
 * @throws {Error} if `result` does not fit `spec` (an authoring error, not a reader's)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { comparePrediction } from "./predictions.ts";
 * const range = { type: "range", maxWidth: 1 } as const;
 * assert.equal(comparePrediction(range, 23.6, [23, 24]).status, "right");
 * assert.match(comparePrediction(range, 23.6, [22, 23]).detail, /above your range/);
 * const rank = { type: "ranking", items: ["a", "b", "c"] } as const;
 * assert.match(comparePrediction(rank, "c > a > b", ["a", "b", "c"]).detail, /1 of 3 pairs/);
 * ```
 */
export function comparePrediction(
  spec: PredictionSpec,
  result: unknown,
  prediction: unknown,
): PredictionComparison {
  if (isBlank(prediction)) {
    return { status: "unanswered", detail: "write your prediction in its cell first" };
  }
  if (spec.type === "direction") {
    const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
    const options = spec.options.map(norm);
    if (typeof result !== "string" || !options.includes(norm(result))) {
      throw new Error(`direction result ${JSON.stringify(result)} is not one of the options`);
    }
    const p = typeof prediction === "string" ? norm(prediction) : undefined;
    if (p === undefined || !options.includes(p)) {
      return {
        status: "wrong",
        detail: `answer with one of ${spec.options.map((o) => `"${o}"`).join(", ")}; got ${
          JSON.stringify(prediction)
        }`,
      };
    }
    return p === norm(result)
      ? { status: "right", detail: `you predicted "${p}", and that is what happened` }
      : { status: "wrong", detail: `you predicted "${p}", and that is not what happened` };
  }
  if (spec.type === "range") {
    if (typeof result !== "number" || !Number.isFinite(result)) {
      throw new Error(`range result ${result} is not a finite number`);
    }
    const ok = Array.isArray(prediction) && prediction.length === 2 &&
      prediction.every((v) => typeof v === "number" && Number.isFinite(v));
    if (!ok) {
      return {
        status: "wrong",
        detail: `give a range as two numbers [low, high]; got ${JSON.stringify(prediction)}`,
      };
    }
    const [lo, hi] = prediction as number[];
    if (lo > hi) return { status: "wrong", detail: `low ${lo} is above high ${hi}` };
    if (hi - lo > spec.maxWidth) {
      return {
        status: "wrong",
        detail: `the range [${lo}, ${hi}] is wider than ${spec.maxWidth}: commit to a narrower one`,
      };
    }
    if (result < lo) return { status: "wrong", detail: "the result lies below your range" };
    if (result > hi) return { status: "wrong", detail: "the result lies above your range" };
    return { status: "right", detail: "the result lies inside your range" };
  }
  const items = spec.items;
  if (typeof result !== "string") throw new Error(`ranking result ${result} is not a string`);
  const truth = result.split(" > ");
  if (truth.length !== items.length || !items.every((i) => truth.includes(i))) {
    throw new Error(`ranking result "${result}" does not order the items ${items.join(", ")}`);
  }
  const given = Array.isArray(prediction) ? prediction.map(String) : [];
  if (given.length !== items.length || !items.every((i) => given.includes(i))) {
    return {
      status: "wrong",
      detail: `list each of ${items.map((i) => `"${i}"`).join(", ")} once, largest first; got ${
        JSON.stringify(prediction)
      }`,
    };
  }
  let pairs = 0;
  let agree = 0;
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      pairs++;
      if (truth.indexOf(given[i]) < truth.indexOf(given[j])) agree++;
    }
  }
  return {
    status: agree === pairs ? "right" : "wrong",
    detail: `${agree} of ${pairs} pairs in your ranking are in the right order`,
  };
}
