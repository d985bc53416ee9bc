import assert from "node:assert/strict";
import fc from "fast-check";
import { assertAlmostEquals } from "../assert.ts";
import { covariance, levenbergMarquardt } from "../../lib/fit/levenberg_marquardt.ts";
import { invert, solve } from "../../lib/fit/linalg.ts";

Deno.test("solve/invert: 3×3 system with pivoting; A·A⁻¹ = I", () => {
  // first pivot is 0: needs row exchange
  const a = [[0, 2, 1], [1, 1, 1], [2, 1, 3]];
  const x = solve(a, [7, 6, 13]); // x = (1, 2, 3): 0+4+3 = 7, 1+2+3 = 6, 2+2+9 = 13
  [1, 2, 3].forEach((v, i) => assertAlmostEquals(x[i], v, 1e-12));
  const inv = invert(a);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      const s = a[i].reduce((acc, v, k) => acc + v * inv[k][j], 0);
      assertAlmostEquals(s, i === j ? 1 : 0, 1e-12);
    }
  }
});

Deno.test("solve: singular and malformed systems are refused", () => {
  assert.throws(() => solve([[1, 2], [2, 4]], [1, 2], "fit"), /fit: matrix is singular/);
  assert.throws(() => solve([[1, 2]], [1], "fit"), /not 1×1|wrong length/);
  assert.throws(() => solve([[1, NaN], [0, 1]], [1, 1]), /non-finite entry/);
});

Deno.test("levenbergMarquardt: exponential decay y = 3·e^(−0.7x) recovered from a poor start", () => {
  const xs = [0, 0.5, 1, 1.5, 2, 3, 4];
  const ys = xs.map((x) => 3 * Math.exp(-0.7 * x));
  const fit = levenbergMarquardt({
    names: ["a", "b"],
    start: [1, 0.1],
    residuals: ([a, b]) => xs.map((x, i) => ys[i] - a * Math.exp(-b * x)),
    jacobian: ([a, b]) => xs.map((x) => [-Math.exp(-b * x), a * x * Math.exp(-b * x)]),
  });
  assertAlmostEquals(fit.theta[0], 3, 1e-8);
  assertAlmostEquals(fit.theta[1], 0.7, 1e-8);
  assert.deepEqual(fit.atBound, []);
});

Deno.test("levenbergMarquardt: errors for a bad start, non-finite residuals, no convergence", () => {
  const base = {
    names: ["c"],
    residuals: ([c]: number[]) => [1 - c, 2 - c],
    jacobian: () => [[-1], [-1]],
  };
  assert.throws(
    () => levenbergMarquardt({ ...base, start: [5], upper: [1] }),
    /start c=5 is outside \[-Infinity, 1\]/,
  );
  assert.throws(
    () => levenbergMarquardt({ ...base, start: [1], residuals: () => [NaN, 1] }, { what: "toy" }),
    /toy: model gave a non-finite residual at c=1/,
  );
  assert.throws(
    () =>
      levenbergMarquardt({
        names: ["a", "b"],
        start: [1, 0.1],
        residuals: ([a, b]) =>
          [0, 0.5, 1].map((x) => 3 * Math.exp(-0.7 * x) - a * Math.exp(-b * x)),
        jacobian: ([a, b]) => [0, 0.5, 1].map((x) => [-Math.exp(-b * x), a * x * Math.exp(-b * x)]),
      }, { maxIterations: 2 }),
    /did not converge in 2 iterations/,
  );
});

Deno.test("covariance: σ̂²(JᵀJ)⁻¹ and the degrees-of-freedom check", () => {
  // JᵀJ = diag(4, 1), rss 6 on 5 points, 2 params: σ̂² = 2 → diag(0.5, 2)
  assert.deepEqual(covariance([[4, 0], [0, 1]], 6, 5), [[0.5, 0], [0, 2]]);
  assert.throws(() => covariance([[1, 0], [0, 1]], 1, 2, "fit"), /fit: 2 points for 2 parameters/);
});

/** Exact minimum of ‖Aθ − y‖² over a 2-D box: interior, each edge, each corner. */
function boxedLeastSquares(A: number[][], y: number[], lo: number[], hi: number[]): number {
  const rss = (t: number[]) =>
    A.reduce((s, row, i) => s + (row[0] * t[0] + row[1] * t[1] - y[i]) ** 2, 0);
  const candidates: number[][] = [];
  const dot = (u: number[], v: number[]) => u.reduce((s, x, i) => s + x * v[i], 0);
  const c0 = A.map((r) => r[0]);
  const c1 = A.map((r) => r[1]);
  const a = dot(c0, c0), b = dot(c0, c1), d = dot(c1, c1);
  const g0 = dot(c0, y), g1 = dot(c1, y);
  const det = a * d - b * b;
  if (Math.abs(det) > 1e-12) candidates.push([(d * g0 - b * g1) / det, (a * g1 - b * g0) / det]);
  const clamp = (v: number, i: number) => Math.min(hi[i], Math.max(lo[i], v));
  for (const t1 of [lo[1], hi[1]]) candidates.push([clamp((g0 - b * t1) / a, 0), t1]);
  for (const t0 of [lo[0], hi[0]]) candidates.push([t0, clamp((g1 - b * t0) / d, 1)]);
  return Math.min(
    ...candidates
      .filter((t) => t.every((v, i) => v >= lo[i] - 1e-12 && v <= hi[i] + 1e-12))
      .map(rss),
  );
}

Deno.test("bounded LM reaches the exact box-constrained minimum of linear least squares", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.double({ min: -3, max: 3, noNaN: true }),
          fc.double({ min: -3, max: 3, noNaN: true }),
        ),
        {
          minLength: 4,
          maxLength: 8,
        },
      ),
      fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 8, maxLength: 8 }),
      fc.tuple(
        fc.double({ min: -2, max: 0, noNaN: true }),
        fc.double({ min: 0.1, max: 2, noNaN: true }),
      ),
      (rows, ys, [l, h]) => {
        const A = rows.map(([u, v], i) => [u + 0.5 * i, v - 0.3 * i * i]);
        const y = ys.slice(0, A.length);
        const lo = [l, l];
        const hi = [h, h];
        const fit = levenbergMarquardt({
          names: ["a", "b"],
          start: [0, 0],
          lower: lo,
          upper: hi,
          residuals: ([t0, t1]) => A.map((r, i) => r[0] * t0 + r[1] * t1 - y[i]),
          jacobian: () => A,
        });
        const best = boxedLeastSquares(A, y, lo, hi);
        return fit.rss <= best * (1 + 1e-9) + 1e-12;
      },
    ),
    { seed: 13, numRuns: 300 },
  );
});
