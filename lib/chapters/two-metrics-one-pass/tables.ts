/**
 * Display rows for forward-pass scores: per-example values, and batch summaries with Wilson
 * intervals on the proportions (exact match over examples, token accuracy over tokens).
 *
 * @module
 */
import { formatAccuracy } from "../../stats/wilson.ts";
import type { ForwardPassScores } from "../../metrics/forward_pass.ts";

/**
 * One row per example: exact match, correct/answer tokens, Σ log-likelihood, mean Brier and
 * edit distance.
 *
 * @param s scores from `scoreForwardPass`
 * @returns rows for `showTable`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreForwardPass } from "../../metrics/forward_pass.ts";
 * import { tinyBatch } from "./examples.ts";
 * import { perExampleRows } from "./tables.ts";
 * const rows = perExampleRows(scoreForwardPass(tinyBatch()));
 * assert.equal(rows[1]["token edit distance"], 2);
 * ```
 */
export function perExampleRows(s: ForwardPassScores): Record<string, string | number>[] {
  const e = s.perExample;
  return Array.from({ length: s.examples }, (_, b) => ({
    example: b,
    "exact match": e.exactMatch[b],
    "correct / answer tokens": `${e.tokenCorrect[b]} / ${e.answerTokens[b]}`,
    "Σ ln q(target)": e.logLikelihood[b],
    "mean token NLL": -e.logLikelihood[b] / e.answerTokens[b],
    "mean token Brier": e.brier[b] / e.answerTokens[b],
    "token edit distance": e.editDistance[b],
  }));
}

/**
 * One summary row: exact match and token accuracy with Wilson intervals, mean NLL, Brier
 * and edit distance.
 *
 * @param label the row's name (e.g. "answer span only")
 * @param s scores from `scoreForwardPass`
 * @returns one row for `showTable`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreForwardPass } from "../../metrics/forward_pass.ts";
 * import { tinyBatch } from "./examples.ts";
 * import { summaryRow } from "./tables.ts";
 * const row = summaryRow("tiny", scoreForwardPass(tinyBatch()));
 * assert.ok(String(row["exact match [95% CI]"]).startsWith("0/2 (95 % upper bound"));
 * ```
 */
export function summaryRow(label: string, s: ForwardPassScores): Record<string, string | number> {
  return {
    scoring: label,
    "exact match [95% CI]": formatAccuracy(s.exactMatchCount, s.examples),
    "token accuracy [95% CI]": formatAccuracy(s.tokenCorrect, s.answerTokens),
    "mean token NLL (nats)": s.meanTokenNll,
    "mean token Brier": s.brier,
    "mean edit distance": s.meanEditDistance,
  };
}
