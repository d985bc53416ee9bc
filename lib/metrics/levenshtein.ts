/**
 * Edit distance between token sequences, the continuous "how far off" score of an answer
 * that exact match grades only as right or wrong.
 *
 * @module
 */

/**
 * Levenshtein distance between two integer sequences (insert, delete, substitute cost 1),
 * with one row of scratch memory.
 *
 * @param a first sequence
 * @param b second sequence
 * @returns the minimum number of edits turning a into b
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { levenshtein } from "./levenshtein.ts";
 * assert.equal(levenshtein([1, 2, 3], [1, 3]), 1);
 * assert.equal(levenshtein([], [4, 5]), 2);
 * ```
 */
export function levenshtein(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length, m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  const row = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) row[j] = j;
  for (let i = 1; i <= n; i++) {
    let diag = row[0];
    row[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= m; j++) {
      const up = row[j];
      const cost = ai === b[j - 1] ? 0 : 1;
      row[j] = Math.min(up + 1, row[j - 1] + 1, diag + cost);
      diag = up;
    }
  }
  return row[m];
}
