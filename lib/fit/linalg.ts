/**
 * The small dense linear algebra the fits need (2×2 and 3×3 normal equations): solving and
 * inverting a symmetric matrix by Gaussian elimination with partial pivoting.
 *
 * @module
 */
import { maxOf } from "../math/extent.ts";

/** A dense matrix, row-major. */
export type Matrix = number[][];

/**
 * Solves A·x = b by Gaussian elimination with partial pivoting.
 *
 * @param a square matrix (not modified)
 * @param b right-hand side (not modified)
 * @param what what is being solved, for the error message
 * @returns x
 * @throws {Error} if the matrix is singular to working precision (a pivot smaller than
 *   1e-13 × the largest entry), or the sizes do not match
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { solve } from "./linalg.ts";
 * assert.deepEqual(solve([[2, 0], [0, 4]], [2, 2]), [1, 0.5]);
 * ```
 */
export function solve(a: Matrix, b: number[], what = "linear system"): number[] {
  const n = a.length;
  if (b.length !== n || a.some((row) => row.length !== n)) {
    throw new Error(`${what}: matrix is not ${n}×${n} or right-hand side has the wrong length`);
  }
  const m = a.map((row, i) => [...row, b[i]]);
  const scale = maxOf(a.flat().map(Math.abs));
  if (!Number.isFinite(scale)) throw new Error(`${what}: matrix has a non-finite entry`);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
    if (!(Math.abs(m[piv][c]) > 1e-13 * scale)) {
      throw new Error(`${what}: matrix is singular (the parameters are not identifiable)`);
    }
    [m[c], m[piv]] = [m[piv], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/**
 * Inverse of a square matrix (column by column with {@link solve}).
 *
 * @param a square matrix
 * @param what what is being inverted, for the error message
 * @returns A⁻¹
 * @throws {Error} if the matrix is singular
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { invert } from "./linalg.ts";
 * assert.deepEqual(invert([[2, 0], [0, 4]]), [[0.5, 0], [0, 0.25]]);
 * ```
 */
export function invert(a: Matrix, what = "matrix"): Matrix {
  const n = a.length;
  const cols = Array.from(
    { length: n },
    (_, j) => solve(a, Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)), what),
  );
  return Array.from({ length: n }, (_, i) => cols.map((col) => col[i]));
}
