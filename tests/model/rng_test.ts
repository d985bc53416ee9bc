import { assert, assertAlmostEquals } from "../assert.ts";
import { seededRng } from "../../lib/model/rng.ts";
import { Xoshiro128ss } from "../../lib/sim/prng.ts";

Deno.test("seededRng follows the book's xoshiro128** stream", () => {
  const a = seededRng(2024);
  const g = new Xoshiro128ss(2024);
  for (let i = 0; i < 100; i++) assert.equal(a.next(), g.uniform());
});

Deno.test("normals have mean ≈ 0 and variance ≈ 1 (20 000 draws, 5σ bands)", () => {
  const r = seededRng(9);
  const n = 20_000;
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const x = r.normal();
    s += x;
    s2 += x * x;
  }
  const mean = s / n;
  const variance = s2 / n - mean * mean;
  assertAlmostEquals(mean, 0, 5 / Math.sqrt(n)); // se of the mean = 1/√n
  assertAlmostEquals(variance, 1, 5 * Math.sqrt(2 / n)); // se of the variance ≈ √(2/n)
});

Deno.test("int(n) covers [0, n) evenly and rejects bad n", () => {
  const r = seededRng(3);
  const counts = new Array(6).fill(0);
  for (let i = 0; i < 6000; i++) counts[r.int(6)]++;
  // each count ~ Binomial(6000, 1/6): mean 1000, sd ≈ 28.9; 5 sd bands
  for (const c of counts) assert.ok(Math.abs(c - 1000) < 145, `count ${c}`);
  assert.throws(() => r.int(0), /positive integer/);
  assert.throws(() => r.int(2.5), /positive integer/);
  assert.throws(() => seededRng(-1), RangeError);
});
