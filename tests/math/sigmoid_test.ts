import fc from "fast-check";
import { assert, assertAlmostEquals } from "../assert.ts";
import { logit, perTokenAccuracy, sigmoid, sigmoidUnchecked } from "../../lib/math/sigmoid.ts";

Deno.test("sigmoid: known values (mpmath) and no overflow far out", () => {
  assert.equal(sigmoid(0), 0.5);
  assertAlmostEquals(sigmoid(-3), 0.04742587317756678, 1e-17);
  assertAlmostEquals(sigmoid(4.5), 0.9890130573694068, 1e-16);
  assertAlmostEquals(sigmoid(-800), 0, 1e-300); // e^-800 underflows cleanly to 0
  assert.equal(sigmoid(800), 1);
  assert.equal(sigmoid(-1e308), 0); // only exp(−|z|) is evaluated: it underflows, never overflows
  assert.equal(sigmoid(1e308), 1);
});

Deno.test("property: σ(−z) = 1 − σ(z) and logit inverts σ", () => {
  fc.assert(
    // |z| ≤ 10: logit amplifies σ's rounding by 1/(σ(1 − σ)) ≤ 2.3e4, so 1e-10 is ample
    fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (z) => {
      const a = sigmoid(z);
      return Math.abs(sigmoid(-z) - (1 - a)) <= 2e-16 && Math.abs(logit(a) - z) <= 1e-10;
    }),
    { seed: 42, numRuns: 500 },
  );
});

Deno.test("logit: values and limits", () => {
  assert.equal(logit(0.5), 0);
  assertAlmostEquals(logit(0.9), Math.log(9), 1e-15);
  assert.equal(logit(0), -Infinity);
  assert.equal(logit(1), Infinity);
});

Deno.test("perTokenAccuracy: the seed's model at its eight scales is monotone in x", () => {
  const xs = [20, 21, 22, 22.5, 23, 23.5, 24, 25];
  const ps = xs.map((x) => perTokenAccuracy(x, 22, 1.5));
  for (let i = 1; i < ps.length; i++) assert.ok(ps[i] > ps[i - 1]);
  assert.equal(perTokenAccuracy(22, 22, 1.5), 0.5);
});

Deno.test("bad input", () => {
  assert.throws(() => sigmoid(NaN), /z must be a finite number, got NaN/);
  assert.throws(() => sigmoid(Infinity), /z must be a finite number, got Infinity/);
  assert.throws(() => logit(1.5), /p must lie in \[0, 1\], got 1.5/);
  assert.throws(() => perTokenAccuracy(NaN, 22, 1), /x must be a finite number, got NaN/);
  assert.throws(() => perTokenAccuracy(22, 22, 0), /s must be > 0, got 0/);
  assert.throws(() => perTokenAccuracy(22, 22, -1), /s must be > 0, got -1/);
});

Deno.test("perTokenAccuracy: x − x0 beyond the largest double is the plateau, not an error", () => {
  assert.equal(perTokenAccuracy(1e308, -1e308, 1.5), 1);
  assert.equal(perTokenAccuracy(-1e308, 1e308, 1.5), 0);
  // the product (x − x0)·s is finite although x − x0 is not: σ(2) exactly as for x − x0 = 2
  assert.equal(perTokenAccuracy(1e308, -1e308, 1e-308), sigmoid(2));
  assert.equal(perTokenAccuracy(23, 22, 1.5), sigmoid(1.5));
});

Deno.test("sigmoidUnchecked: the same bits as sigmoid, exact limits, NaN passes through", () => {
  // σ(ln 3) = 1 / (1 + 1/3) = 3/4 and σ(−ln 3) = (1/3) / (4/3) = 1/4
  assertAlmostEquals(sigmoidUnchecked(Math.log(3)), 0.75, 1e-16);
  assertAlmostEquals(sigmoidUnchecked(-Math.log(3)), 0.25, 1e-16);
  assert.equal(sigmoidUnchecked(Infinity), 1);
  assert.equal(sigmoidUnchecked(-Infinity), 0);
  assert.ok(Number.isNaN(sigmoidUnchecked(NaN)));
  fc.assert(
    fc.property(
      fc.oneof(
        fc.double({ min: -40, max: 40, noNaN: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      ),
      (z) => Object.is(sigmoidUnchecked(z), sigmoid(z)),
    ),
    { seed: 42 },
  );
});
