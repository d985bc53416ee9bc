import fc from "fast-check";
import { assert, assertAlmostEquals } from "../assert.ts";
import { elbowLogCompute, logitOfRoot, transitionWidth } from "../../lib/math/elbow.ts";
import { exactMatch } from "../../lib/math/exact_match.ts";
import { perTokenAccuracy } from "../../lib/math/sigmoid.ts";

Deno.test("elbow: closed form against 40-digit Python decimal values (x0 = 22, s = 1.5)", () => {
  // x = 22 + ln(u/(1−u))/1.5 with u = 0.5^(1/k), Python decimal, prec 40
  const expected: Record<number, number> = {
    1: 22,
    4: 23.109942011565873,
    8: 23.601546658740913,
    20: 24.229910978622428,
    100: 25.3121435791868,
    10000: 28.384545756665754,
  };
  for (const [k, x] of Object.entries(expected)) {
    assertAlmostEquals(elbowLogCompute(Number(k), 22, 1.5), x, 1e-12, `k = ${k}`);
  }
});

Deno.test("elbow: EM at the elbow equals the target (round trip)", () => {
  for (const k of [1, 2, 4, 8, 20, 1000]) {
    for (const t of [0.01, 0.1, 0.5, 0.9, 0.99]) {
      const x = elbowLogCompute(k, 22, 1.5, t);
      assertAlmostEquals(exactMatch(perTokenAccuracy(x, 22, 1.5), k), t, 1e-12, `k ${k} t ${t}`);
    }
  }
});

Deno.test("elbow: scales as 1/s around x0", () => {
  const a = elbowLogCompute(8, 22, 1.5) - 22;
  const b = elbowLogCompute(8, 22, 3) - 22;
  assertAlmostEquals(a / b, 2, 1e-12);
});

Deno.test("logitOfRoot stays precise for k = 1e4 (naive form loses digits)", () => {
  // Python decimal: 9.576818634998630310...
  assertAlmostEquals(logitOfRoot(0.5, 10_000), 9.57681863499863, 1e-12);
});

Deno.test("transitionWidth: k = 1 is 2 ln 9 / s; shrinks with k towards ln(ln .1/ln .9)/s", () => {
  assertAlmostEquals(transitionWidth(1, 1.5), (2 * Math.log(9)) / 1.5, 1e-12);
  const limit = Math.log(Math.log(0.1) / Math.log(0.9)); // 3.0841...
  const w = [1, 4, 20, 1000, 100000].map((k) => transitionWidth(k, 1));
  for (let i = 1; i < w.length; i++) assert.ok(w[i] < w[i - 1], `width decreases at ${i}`);
  assert.ok(w.at(-1)! > limit);
  assertAlmostEquals(w.at(-1)!, limit, 1e-3);
});

Deno.test("property: elbow(k+1) > elbow(k) for s > 0", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 5000 }),
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.double({ min: 0.01, max: 20, noNaN: true }),
      fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      (k, x0, s, t) => elbowLogCompute(k + 1, x0, s, t) > elbowLogCompute(k, x0, s, t),
    ),
    { seed: 42, numRuns: 500 },
  );
});

Deno.test("bad input", () => {
  assert.throws(() => elbowLogCompute(0, 22, 1.5), /k must be a positive integer, got 0/);
  assert.throws(() => elbowLogCompute(4, NaN, 1.5), /x0 must be a finite number, got NaN/);
  assert.throws(() => elbowLogCompute(4, 22, 0), /s must be > 0, got 0/);
  assert.throws(() => elbowLogCompute(4, 22, -1), /s must be > 0, got -1/);
  assert.throws(() => elbowLogCompute(4, 22, Infinity), /s must be a finite number, got Infinity/);
  assert.throws(() => elbowLogCompute(4, 22, 1.5, 1), /target must lie in \(0, 1\), got 1/);
  assert.throws(() => elbowLogCompute(4, 22, 1.5, 0), /target must lie in \(0, 1\), got 0/);
  assert.throws(() => transitionWidth(4, 1, 0.9, 0.1), /low must be < high/);
  assert.equal(elbowLogCompute(1, 0, 1), 0);
});

Deno.test("elbow: a subnormal s gives a clear error instead of Infinity", () => {
  assert.throws(
    () => elbowLogCompute(4, 22, 1e-320),
    /elbowLogCompute: .* not a finite number for k=4, x0=22, s=1e-320.*s is too small/,
  );
  assert.throws(() => transitionWidth(4, 1e-320), /transitionWidth: .*s=1e-320 \(s is too small\)/);
  // small but normal s is still fine
  assert.ok(Number.isFinite(elbowLogCompute(4, 22, 1e-300)));
});
