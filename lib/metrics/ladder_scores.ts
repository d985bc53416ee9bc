/**
 * Emergence scores of a trained ladder's four metrics across its rungs (exact match, per-token
 * accuracy, mean NLL, edit distance), each oriented so that higher is better.
 *
 * @module
 */
import { emergenceScore } from "./emergence_score.ts";
import type { CheckpointRow } from "../data/ladder_runs.ts";

/** Emergence score of one metric across the ladder's final points. */
export interface MetricScore {
  /** metric name */
  metric: string;
  /** values ordered by model size, in "higher is better" orientation */
  values: number[];
  /** the BIG-bench emergence score */
  score: number;
}

/**
 * Emergence scores (lib/metrics/emergence_score.ts) of the four metrics over rows ordered by scale.
 * NLL and edit distance are negated so that, for every metric, higher is better and a
 * positive score means "improves with scale". Exact match and token accuracy get the
 * resolution floor minStep = 1/n (1/(n·k) for tokens).
 *
 * @param rows checkpoints ordered by increasing scale (e.g. `finalPoints` of `lib/data/ladder_runs.ts`)
 * @returns one score per metric
 * @throws {RangeError} if fewer than 2 rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { finalPoints, loadLadder } from "../data/ladder_runs.ts";
 * import { ladderEmergenceScores } from "./ladder_scores.ts";
 * const s = ladderEmergenceScores(finalPoints(loadLadder()));
 * assert.deepEqual(s.map((m) => m.metric), ["exact match", "per-token accuracy", "−mean NLL", "−edit distance"]);
 * ```
 */
export function ladderEmergenceScores(rows: readonly CheckpointRow[]): MetricScore[] {
  if (rows.length < 2) throw new RangeError(`need at least 2 rows, got ${rows.length}`);
  const n = rows[0].test_n;
  const k = rows[0].digits + 1;
  const metric = (name: string, values: number[], minStep?: number): MetricScore => ({
    metric: name,
    values,
    score: emergenceScore(values, minStep === undefined ? {} : { minStep }),
  });
  return [
    metric("exact match", rows.map((r) => r.exact_match), 1 / n),
    metric("per-token accuracy", rows.map((r) => r.token_accuracy), 1 / (n * k)),
    metric("−mean NLL", rows.map((r) => -r.mean_nll)),
    metric("−edit distance", rows.map((r) => -r.edit_distance)),
  ];
}
