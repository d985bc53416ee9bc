import assert from "node:assert/strict";
import fc from "fast-check";
import { assertAlmostEquals } from "../assert.ts";
import { impliedPerToken, impliedPerTokenInterval } from "../../lib/fit/implied_per_token.ts";
import { exactMatch } from "../../lib/math/exact_match.ts";
import { wilsonInterval } from "../../lib/stats/wilson.ts";

Deno.test("impliedPerToken inverts exactMatch (property, seeded)", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 1e-6, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 30 }),
      (p, k) => {
        assertAlmostEquals(impliedPerToken(exactMatch(p, k), k), p, 1e-12);
      },
    ),
    { seed: 42 },
  );
});

Deno.test("impliedPerToken: known values (GPT-3 175B 4D+ few-shot 25.5 %, k = 5 answer digits)", () => {
  // python3: 0.255 ** 0.2 = 0.7608657519274441
  assertAlmostEquals(impliedPerToken(0.255, 5), 0.7608657519274441, 1e-14);
  assert.equal(impliedPerToken(0, 3), 0);
  assert.equal(impliedPerToken(1, 3), 1);
});

Deno.test("impliedPerTokenInterval maps the Wilson interval through x^(1/k)", () => {
  const r = impliedPerTokenInterval(510, 2000, 5);
  const ci = wilsonInterval(510, 2000);
  assertAlmostEquals(r.pLower, ci.lower ** 0.2, 1e-12);
  assertAlmostEquals(r.pUpper, ci.upper ** 0.2, 1e-12);
  assert.ok(r.pLower < r.p && r.p < r.pUpper);
  // 0/2000: Wilson upper by the formula in python3 (z = 1.959963984540054) is
  // 0.001917047281252934, and 0.001917047281252934 ** 0.2 = 0.28610573599617384
  const z = impliedPerTokenInterval(0, 2000, 5);
  assertAlmostEquals(z.emUpper, 0.001917047281252934, 1e-15);
  assertAlmostEquals(z.pUpper, 0.28610573599617384, 1e-13);
});

Deno.test("impliedPerToken: errors name the argument", () => {
  assert.throws(() => impliedPerToken(1.2, 2), /em must lie in \[0, 1\], got 1.2/);
  assert.throws(() => impliedPerToken(NaN, 2), /em must be a finite number, got NaN/);
  assert.throws(() => impliedPerToken(0.5, 2.5), /k must be a positive integer, got 2.5/);
  assert.throws(() => impliedPerTokenInterval(3, 2, 2), /successes must be ≤ n/);
});
