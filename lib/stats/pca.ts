/**
 * Principal components of a small table of benchmark scores (models × benchmarks), fitted on
 * one set of models and applied to others: the capability measure of the observational route.
 * Columns are centred on the fitting models' means and not rescaled (every benchmark is an
 * accuracy in [0, 1]). Eigenvectors come from the cyclic Jacobi method, deterministic; each
 * component's sign is fixed so that its loadings sum to a positive number (PC-1 then grows with
 * every benchmark).
 *
 * @module
 */
import { finite } from "../validate.ts";

/** A fitted PCA. */
export interface Pca {
  /** column means of the fitting rows */
  means: number[];
  /** components, one row of loadings per component, largest variance first */
  components: number[][];
  /** variance along each component */
  variances: number[];
  /** share of the total variance along each component */
  explained: number[];
}

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations.
 *
 * @param a symmetric matrix (not modified)
 * @returns eigenvalues (descending) and unit eigenvectors (rows, same order)
 * @throws {Error} if the matrix is not square, not symmetric or not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { symmetricEigen } from "./pca.ts";
 * const { values } = symmetricEigen([[2, 1], [1, 2]]);
 * assert.ok(Math.abs(values[0] - 3) < 1e-12 && Math.abs(values[1] - 1) < 1e-12);
 * ```
 */
export function symmetricEigen(a: number[][]): { values: number[]; vectors: number[][] } {
  const n = a.length;
  a.forEach((row, i) => {
    if (row.length !== n) {
      throw new Error(`symmetricEigen: row ${i} has ${row.length} entries, expected ${n}`);
    }
    row.forEach((v, j) => {
      finite(`a[${i}][${j}]`, v, "symmetricEigen");
      if (Math.abs(v - a[j][i]) > 1e-12 * (1 + Math.abs(v))) {
        throw new Error(`symmetricEigen: a[${i}][${j}] = ${v} ≠ a[${j}][${i}] = ${a[j][i]}`);
      }
    });
  });
  const m = a.map((r) => [...r]);
  const v: number[][] = m.map((_, i) => m.map((_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p][q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(m[p][q]) < 1e-300) continue;
        const theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k][p];
          const mkq = m[k][q];
          m[k][p] = c * mkp - s * mkq;
          m[k][q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p][k];
          const mqk = m[q][k];
          m[p][k] = c * mpk - s * mqk;
          m[q][k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = m.map((_, i) => i).sort((i, j) => m[j][j] - m[i][i] || i - j);
  return {
    values: order.map((i) => m[i][i]),
    vectors: order.map((i) => v.map((row) => row[i])),
  };
}

/**
 * Fits a PCA to the rows of `x` (models × benchmarks).
 *
 * @param x data matrix, at least 2 rows, no missing values
 * @returns means, components (sign-fixed), variances and explained shares
 * @throws {Error} on fewer than 2 rows, ragged rows or a non-finite value (naming row and column)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitPca } from "./pca.ts";
 * const p = fitPca([[0, 0], [1, 1], [2, 2]]);
 * assert.ok(Math.abs(p.components[0][0] - Math.SQRT1_2) < 1e-12);
 * assert.ok(Math.abs(p.explained[0] - 1) < 1e-12);
 * ```
 */
export function fitPca(x: number[][]): Pca {
  if (x.length < 2) throw new Error(`fitPca: needs at least 2 rows, got ${x.length}`);
  const d = x[0].length;
  x.forEach((r, i) => {
    if (r.length !== d) throw new Error(`fitPca: row ${i} has ${r.length} columns, expected ${d}`);
    r.forEach((v, j) => finite(`x[${i}][${j}]`, v, "fitPca"));
  });
  const means = Array.from({ length: d }, (_, j) => x.reduce((s, r) => s + r[j], 0) / x.length);
  const cov = Array.from(
    { length: d },
    (_, i) =>
      Array.from(
        { length: d },
        (_, j) => x.reduce((s, r) => s + (r[i] - means[i]) * (r[j] - means[j]), 0) / (x.length - 1),
      ),
  );
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) cov[i][j] = cov[j][i];
  const { values, vectors } = symmetricEigen(cov);
  const components = vectors.map((v) => (v.reduce((s, t) => s + t, 0) < 0 ? v.map((t) => -t) : v));
  const variances = values.map((v) => Math.max(0, v));
  const total = variances.reduce((s, v) => s + v, 0);
  return {
    means,
    components,
    variances,
    explained: variances.map((v) => (total > 0 ? v / total : 0)),
  };
}

/**
 * Scores of rows on the first `m` components of a fitted PCA.
 *
 * @param pca the fitted PCA
 * @param x rows to project (same columns as the fit)
 * @param m number of components
 * @returns one array of m scores per row
 * @throws {Error} on a column-count mismatch, a non-finite value or m out of range
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitPca, pcaScores } from "./pca.ts";
 * const p = fitPca([[0, 0], [1, 1], [2, 2]]);
 * assert.ok(Math.abs(pcaScores(p, [[3, 3]], 1)[0][0] - 2 * Math.SQRT2) < 1e-12);
 * ```
 */
export function pcaScores(pca: Pca, x: number[][], m: number): number[][] {
  const d = pca.means.length;
  if (!Number.isInteger(m) || m < 1 || m > d) {
    throw new RangeError(`pcaScores: m = ${m} must be an integer in [1, ${d}]`);
  }
  return x.map((r, i) => {
    if (r.length !== d) {
      throw new Error(`pcaScores: row ${i} has ${r.length} columns, expected ${d}`);
    }
    r.forEach((v, j) => finite(`x[${i}][${j}]`, v, "pcaScores"));
    return pca.components.slice(0, m).map((c) =>
      c.reduce((s, w, j) => s + w * (r[j] - pca.means[j]), 0)
    );
  });
}
