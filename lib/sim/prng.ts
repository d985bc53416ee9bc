/**
 * The book's seeded pseudo-random number generator: **xoshiro128\*\*** (Blackman & Vigna,
 * "Scrambled linear pseudorandom number generators", 2018/2021), a 128-bit-state generator
 * with 32-bit outputs and period 2\^128 − 1. It uses only 32-bit integer operations
 * (`Math.imul`, shifts), so the stream is identical on every JavaScript engine and machine.
 *
 * **Seeding procedure.** The seed is an integer in [0, 2\^53). It is fed to SplitMix64
 * (Steele, Lea & Flood 2014; increment 0x9E3779B97F4A7C15, the mixer of Vigna's reference
 * `splitmix64.c`) and the first two 64-bit outputs, each split high half first, fill the
 * four 32-bit state words s0..s3. This is the seeding the xoshiro authors recommend; it
 * never yields the forbidden all-zero state for these seeds.
 *
 * Besides uniforms, the class draws **32 Bernoulli(p) variables at once** as the bits of one
 * 32-bit word ({@link Xoshiro128ss.bernoulliWord}): each lane compares its own random bits
 * against the binary expansion of p, most significant bit first, and is decided at the first
 * bit where they differ. A lane stays undecided with probability ½ per word, so all 32 lanes
 * are decided after the maximum of 32 Geometric(½) variables, about log2(32) + 1.3 ≈ 6.3
 * random words on average (6.35 counted over 10⁵ words) instead of 32 — the trick behind the
 * simulator's speed.
 *
 * @module
 */
import { nonNegativeInteger, probability } from "../validate.ts";

const MASK64 = (1n << 64n) - 1n;

/** SplitMix64 step on a BigInt state; returns [nextState, output]. */
function splitMix64(state: bigint): [bigint, bigint] {
  const next = (state + 0x9E3779B97F4A7C15n) & MASK64;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xBF58476D1CE4E5B9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94D049BB133111EBn) & MASK64;
  z = z ^ (z >> 31n);
  return [next, z];
}

/**
 * Expands a seed into the four 32-bit words of a xoshiro128** state with SplitMix64.
 *
 * @param seed an integer in [0, 2\^53)
 * @returns the state words [s0, s1, s2, s3] as unsigned 32-bit integers
 * @throws {RangeError} if the seed is not a non-negative safe integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { seedState } from "./prng.ts";
 * // SplitMix64 from state 0 first outputs 0xE220A8397B1DCDAF (Vigna's reference code).
 * assert.deepEqual(seedState(0).slice(0, 2), [0xE220A839, 0x7B1DCDAF]);
 * ```
 */
export function seedState(seed: number): [number, number, number, number] {
  nonNegativeInteger("seed", seed);
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a safe integer below 2^53, got ${seed}`);
  }
  let state = BigInt(seed);
  let a: bigint, b: bigint;
  [state, a] = splitMix64(state);
  [state, b] = splitMix64(state);
  return [
    Number(a >> 32n),
    Number(a & 0xFFFFFFFFn),
    Number(b >> 32n),
    Number(b & 0xFFFFFFFFn),
  ];
}

/**
 * A xoshiro128** generator. Create one per experiment with a fixed seed; the same seed gives
 * the same numbers on every machine.
 */
export class Xoshiro128ss {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /**
   * A generator whose whole sequence is fixed by `seed`.
   *
   * @param seed an integer in [0, 2\^53), expanded with SplitMix64 (see the module docs)
   * @throws {RangeError} if the seed is not a non-negative safe integer
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { Xoshiro128ss } from "./prng.ts";
   * const a = new Xoshiro128ss(42), b = new Xoshiro128ss(42);
   * assert.equal(a.nextUint32(), b.nextUint32());
   * ```
   */
  constructor(seed: number) {
    const [s0, s1, s2, s3] = seedState(seed);
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
  }

  /**
   * Next 32-bit output: result = rotl(s1·5, 7)·9, then the xoshiro128 state transition.
   *
   * @returns an unsigned integer in [0, 2\^32)
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { Xoshiro128ss } from "./prng.ts";
   * const u = new Xoshiro128ss(1).nextUint32();
   * assert.ok(Number.isInteger(u) && u >= 0 && u < 2 ** 32);
   * ```
   */
  nextUint32(): number {
    return this.nextInt32() >>> 0;
  }

  /** Same as {@link nextUint32} but as a signed 32-bit integer (the raw bits). */
  nextInt32(): number {
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /**
   * A uniform double in [0, 1) with 53 random bits (two 32-bit outputs: 27 high bits of the
   * first, 26 of the second), so every value is a multiple of 2\^−53.
   *
   * @returns u in [0, 1)
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { Xoshiro128ss } from "./prng.ts";
   * const u = new Xoshiro128ss(7).uniform();
   * assert.ok(u >= 0 && u < 1);
   * ```
   */
  uniform(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * A uniform double in (0, 1]: 1 − {@link uniform}; safe to take the logarithm of.
   *
   * @returns u in (0, 1]
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { Xoshiro128ss } from "./prng.ts";
   * const u = new Xoshiro128ss(7).uniformPositive();
   * assert.ok(u > 0 && u <= 1);
   * ```
   */
  uniformPositive(): number {
    return 1 - this.uniform();
  }

  /**
   * A standard normal variate by the Box–Muller transform (one of the pair is used; two
   * uniforms per call): sqrt(−2 ln u1) · cos(2π u2), u1 in (0, 1].
   *
   * @returns a draw from Normal(0, 1)
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { Xoshiro128ss } from "./prng.ts";
   * const r = new Xoshiro128ss(11);
   * let s = 0;
   * for (let i = 0; i < 10000; i++) s += r.normal();
   * assert.ok(Math.abs(s / 10000) < 0.05); // 5 standard errors
   * ```
   */
  normal(): number {
    const u1 = this.uniformPositive();
    const u2 = this.uniform();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /**
   * One Bernoulli(p) draw: true with probability p (uses {@link uniform}, 53-bit resolution).
   *
   * @param p success probability in [0, 1]
   * @returns true with probability p
   * @throws {RangeError} if p is outside [0, 1] or NaN
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { Xoshiro128ss } from "./prng.ts";
   * const r = new Xoshiro128ss(3);
   * assert.equal(r.bernoulli(1), true);
   * assert.equal(r.bernoulli(0), false);
   * ```
   */
  bernoulli(p: number): boolean {
    probability("p", p);
    return this.uniform() < p;
  }

  /**
   * 32 independent Bernoulli(p) draws packed as the bits of one word (bit i = lane i;
   * 1 = success). p is used to 64 bits of its binary expansion (`bits` from
   * {@link bernoulliBits}), so each lane is Bernoulli(p') with |p − p'| < 2\^−64.
   *
   * Each lane compares a fresh random bit per round against the next bit of p: a lane whose
   * random bit is 0 where p has a 1 is decided "below p" (success); a 1 where p has a 0 is
   * decided "above p" (failure). Rounds stop when every lane is decided.
   *
   * @param bits p's binary expansion from {@link bernoulliBits}
   * @returns a signed 32-bit integer whose set bits mark successes
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { bernoulliBits, Xoshiro128ss } from "./prng.ts";
   * const r = new Xoshiro128ss(5);
   * assert.equal(r.bernoulliWord(bernoulliBits(1)), -1); // all 32 bits set
   * assert.equal(r.bernoulliWord(bernoulliBits(0)), 0);
   * ```
   */
  bernoulliWord(bits: BernoulliBits): number {
    if (bits.kind === 1) return -1;
    if (bits.kind === 0) return 0;
    let undecided = -1;
    let success = 0;
    const hi = bits.hi, lo = bits.lo;
    for (let i = 31; i >= 0 && undecided !== 0; i--) {
      const r = this.nextInt32();
      if ((hi >>> i) & 1) {
        success |= undecided & ~r;
        undecided &= r;
      } else {
        undecided &= ~r;
      }
    }
    for (let i = 31; i >= 0 && undecided !== 0; i--) {
      const r = this.nextInt32();
      if ((lo >>> i) & 1) {
        success |= undecided & ~r;
        undecided &= r;
      } else {
        undecided &= ~r;
      }
    }
    return success; // lanes still undecided after 64 bits drew exactly p's prefix: failure
  }

  /**
   * Counts, for n answers of k tokens each correct with probability p, the correct tokens
   * and the all-correct answers. Same draws as calling {@link bernoulliWord} k times per
   * block of 32 answers (lane = answer, word j = token j), but with the generator state held
   * in local variables, which is what makes the simulator fast.
   *
   * @param bits p's binary expansion from {@link bernoulliBits}
   * @param k tokens per answer (positive integer; not re-checked here)
   * @param n answers (positive integer; not re-checked here)
   * @returns `[tokenCorrect, emSuccesses]`
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { bernoulliBits, Xoshiro128ss } from "./prng.ts";
   * assert.deepEqual(new Xoshiro128ss(1).chainCounts(bernoulliBits(1), 3, 40), [120, 40]);
   * ```
   */
  chainCounts(bits: BernoulliBits, k: number, n: number): [number, number] {
    if (bits.kind === 1) return [n * k, n];
    if (bits.kind === 0) return [0, 0];
    let s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3;
    const hi = bits.hi | 0, lo = bits.lo | 0;
    let tokens = 0, em = 0;
    for (let start = 0; start < n; start += 32) {
      const lanes = n - start;
      const laneMask = lanes >= 32 ? -1 : (1 << lanes) - 1;
      let all = laneMask;
      for (let j = 0; j < k; j++) {
        let undecided = -1, success = 0;
        for (let half = 0; half < 2 && undecided !== 0; half++) {
          const pbits = half === 0 ? hi : lo;
          for (let i = 31; i >= 0; i--) {
            // xoshiro128** step, inlined
            const m = Math.imul(s1, 5);
            const r = Math.imul((m << 7) | (m >>> 25), 9);
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            if ((pbits >>> i) & 1) {
              success |= undecided & ~r;
              undecided &= r;
            } else {
              undecided &= ~r;
            }
            if (undecided === 0) break;
          }
        }
        const w = success & laneMask;
        let x = w - ((w >>> 1) & 0x55555555);
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        tokens += Math.imul((x + (x >>> 4)) & 0x0F0F0F0F, 0x01010101) >>> 24;
        all &= w;
      }
      let x = all - ((all >>> 1) & 0x55555555);
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
      em += Math.imul((x + (x >>> 4)) & 0x0F0F0F0F, 0x01010101) >>> 24;
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
    return [tokens, em];
  }
}

/** The binary expansion of a probability, prepared for {@link Xoshiro128ss.bernoulliWord}. */
export interface BernoulliBits {
  /** 0: p = 0; 1: p = 1; 2: 0 < p < 1 */
  kind: 0 | 1 | 2;
  /** bits 1..32 of p after the binary point, as an unsigned integer */
  hi: number;
  /** bits 33..64 of p after the binary point */
  lo: number;
}

/**
 * Splits p into its first 64 binary digits: p ≈ hi·2\^−32 + lo·2\^−64 (exact for every double
 * ≥ 2\^−64, since a double has 53 significant bits).
 *
 * @param p probability in [0, 1]
 * @returns the prepared bits
 * @throws {RangeError} if p is outside [0, 1] or not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bernoulliBits } from "./prng.ts";
 * assert.deepEqual(bernoulliBits(0.75), { kind: 2, hi: 0xC0000000, lo: 0 });
 * ```
 */
export function bernoulliBits(p: number): BernoulliBits {
  probability("p", p);
  if (p === 0) return { kind: 0, hi: 0, lo: 0 };
  if (p === 1) return { kind: 1, hi: 0, lo: 0 };
  const scaled = p * 4294967296;
  const hi = Math.floor(scaled);
  const lo = Math.floor((scaled - hi) * 4294967296);
  return { kind: 2, hi: hi >>> 0, lo: lo >>> 0 };
}

/**
 * Number of set bits in a 32-bit integer (SWAR popcount).
 *
 * @param x a 32-bit integer (signed or unsigned bits)
 * @returns the number of 1 bits, 0..32
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { popcount32 } from "./prng.ts";
 * assert.equal(popcount32(-1), 32);
 * assert.equal(popcount32(0b1011), 3);
 * ```
 */
export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0F0F0F0F;
  return Math.imul(x, 0x01010101) >>> 24;
}
