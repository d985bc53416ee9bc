import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import { covariance, levenbergMarquardt } from "../../lib/fit/lm.ts";
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
