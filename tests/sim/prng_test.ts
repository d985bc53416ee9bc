import fc from "fast-check";
import assert from "node:assert/strict";
import { assertAlmostEquals } from "../assert.ts";
import { bernoulliBits, popcount32, seedState, Xoshiro128ss } from "../../lib/sim/prng.ts";

Deno.test("xoshiro128** matches Vigna's reference C code (SplitMix64-seeded with 42)", () => {
  // Expected values printed by the reference xoshiro128starstar.c + splitmix64.c, compiled
  // with gcc and seeded the same way (two SplitMix64 outputs, high half first).
  const r = new Xoshiro128ss(42);
  assert.deepEqual(
    [1, 2, 3, 4, 5].map(() => r.nextUint32()),
    [825760943, 2622800619, 310231447, 2495256757, 2989135795],
  );
});

Deno.test("SplitMix64 seeding: state 0 gives the published first output", () => {
  assert.deepEqual(seedState(0).slice(0, 2), [0xE220A839, 0x7B1DCDAF]);
});

Deno.test("same seed → same stream; different seeds → different streams", () => {
  const a = new Xoshiro128ss(7), b = new Xoshiro128ss(7), c = new Xoshiro128ss(8);
  const xa = Array.from({ length: 100 }, () => a.uniform());
  const xb = Array.from({ length: 100 }, () => b.uniform());
  const xc = Array.from({ length: 100 }, () => c.uniform());
  assert.deepEqual(xa, xb);
  assert.ok(xa.some((x, i) => x !== xc[i]));
});

Deno.test("bad seeds are rejected with the argument's name", () => {
  assert.throws(() => new Xoshiro128ss(-1), /seed/);
  assert.throws(() => new Xoshiro128ss(1.5), /seed/);
  assert.throws(() => new Xoshiro128ss(NaN), /seed/);
  assert.throws(() => new Xoshiro128ss(2 ** 53), /seed/);
});

Deno.test("uniform: mean ½ and variance 1/12 within 5 standard errors (n = 200 000)", () => {
  const r = new Xoshiro128ss(123);
  const n = 200_000;
  let s = 0, s2 = 0;
  for (let i = 0; i < n; i++) {
    const u = r.uniform();
    assert.ok(u >= 0 && u < 1);
    s += u;
    s2 += u * u;
  }
  const mean = s / n;
  assertAlmostEquals(mean, 0.5, 5 * Math.sqrt(1 / 12 / n));
  // Var(U²) = 1/5 − 1/9 = 4/45
  assertAlmostEquals(s2 / n, 1 / 3, 5 * Math.sqrt(4 / 45 / n));
});

Deno.test("bernoulliBits: exact binary digits", () => {
  assert.deepEqual(bernoulliBits(0.5), { kind: 2, hi: 0x80000000, lo: 0 });
  // 1/3 = 0.0101… in binary, but the double nearest 1/3 keeps 53 significant bits, i.e.
  // binary digits 2..54: digits 55..64 are zero, so lo = 0x55555400, not 0x55555555.
  assert.deepEqual(bernoulliBits(1 / 3), { kind: 2, hi: 0x55555555, lo: 0x55555400 });
  assert.equal(bernoulliBits(0).kind, 0);
  assert.equal(bernoulliBits(1).kind, 1);
  assert.throws(() => bernoulliBits(1.1), /p must lie in \[0, 1\]/);
  assert.throws(() => bernoulliBits(NaN), /p must be a finite number/);
});

Deno.test("bernoulliWord: lane frequencies match p within 5 standard errors", () => {
  const r = new Xoshiro128ss(99);
  for (const p of [0.001, 0.1, 1 / 3, 0.5, 0.9, 0.999]) {
    const bits = bernoulliBits(p);
    const words = 20_000;
    let ones = 0;
    const perLane = new Array(32).fill(0);
    for (let w = 0; w < words; w++) {
      const x = r.bernoulliWord(bits);
      ones += popcount32(x);
      for (let l = 0; l < 32; l++) perLane[l] += (x >>> l) & 1;
    }
    const n = words * 32;
    assertAlmostEquals(ones / n, p, 5 * Math.sqrt(p * (1 - p) / n), `p = ${p}`);
    // each lane alone is Bernoulli(p) too (no lane bias)
    for (let l = 0; l < 32; l++) {
      assertAlmostEquals(perLane[l] / words, p, 5.5 * Math.sqrt(p * (1 - p) / words), `lane ${l}`);
    }
  }
});

Deno.test("bernoulliWord: lanes are pairwise uncorrelated (adjacent-lane co-occurrence ≈ p²)", () => {
  const r = new Xoshiro128ss(5);
  const p = 0.3, words = 20_000;
  const bits = bernoulliBits(p);
  let both = 0;
  for (let w = 0; w < words; w++) {
    const x = r.bernoulliWord(bits);
    both += popcount32(x & (x >>> 1) & 0x7FFFFFFF);
  }
  const n = words * 31;
  assertAlmostEquals(both / n, p * p, 5 * Math.sqrt(p * p * (1 - p * p) / n));
});

Deno.test("popcount32 agrees with a bit-by-bit count (property)", () => {
  fc.assert(
    fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (x) => {
      let c = 0;
      for (let i = 0; i < 32; i++) c += (x >>> i) & 1;
      return popcount32(x) === c;
    }),
    { seed: 42, numRuns: 500 },
  );
});
