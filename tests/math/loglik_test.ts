import fc from "fast-check";
import { assert, assertAlmostEquals } from "../assert.ts";
import { meanTokenLogLikelihood, tokenLogLikelihood } from "../../lib/math/loglik.ts";
import { logExactMatch } from "../../lib/math/exact_match.ts";

Deno.test("tokenLogLikelihood: known values", () => {
  assertAlmostEquals(tokenLogLikelihood(0.5, 4), -4 * Math.LN2, 1e-15);
  // ln(0.9) = −0.105360515657826... (mpmath); ×20
  assertAlmostEquals(tokenLogLikelihood(0.9, 20), -2.1072103131565256, 1e-14);
  assert.equal(tokenLogLikelihood(1, 7), 0);
  assert.equal(tokenLogLikelihood(0, 7), -Infinity);
  assertAlmostEquals(meanTokenLogLikelihood(0.9), -0.10536051565782628, 1e-16);
  assert.equal(meanTokenLogLikelihood(0), -Infinity);
});

Deno.test("property: sum = k × mean, and equals ln EM", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 1e-300, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 10_000 }),
      (p, k) => {
        const sum = tokenLogLikelihood(p, k);
        assert.ok(Number.isFinite(sum));
        return Math.abs(sum - k * meanTokenLogLikelihood(p)) <= 1e-12 * Math.abs(sum) &&
          sum === logExactMatch(p, k);
      },
    ),
    { seed: 42, numRuns: 300 },
  );
});

Deno.test("bad input", () => {
  assert.throws(() => tokenLogLikelihood(1.5, 2), /p must lie in \[0, 1\], got 1.5/);
  assert.throws(() => tokenLogLikelihood(0.5, 0), /k must be a positive integer, got 0/);
  assert.throws(() => meanTokenLogLikelihood(NaN), /p must be a finite number, got NaN/);
  assert.throws(() => meanTokenLogLikelihood(-1), /p must lie in \[0, 1\], got -1/);
});
