/**
 * The ladder's random numbers: a thin adapter over the book's seeded generator
 * **xoshiro128\*\*** ({@link Xoshiro128ss} in `lib/sim/prng.ts`, seeded through SplitMix64),
 * adding integers in [0, n) and Box–Muller normals. The uniform stream is integer arithmetic
 * only and bit-identical on every engine; the normals use `Math.log`, `Math.cos` and
 * `Math.sqrt`, which V8 computes with its own fdlibm port, identical across machines for one
 * Deno version. The stream is part of what `GENERATOR_VERSION` in `tools/train_ladder.ts`
 * pins.
 *
 * @module
 */
import { positiveInteger } from "../validate.ts";
import { Xoshiro128ss } from "../sim/prng.ts";

/** A seeded stream of uniforms, integers and normals. */
export interface Rng {
  /** uniform in [0, 1) (53 bits) */
  next(): number;
  /** uniform integer in [0, n) */
  int(n: number): number;
  /** standard normal (Box–Muller, one value per call, the sine branch discarded) */
  normal(): number;
}

/**
 * Creates a seeded stream.
 *
 * @param seed an integer in [0, 2⁵³)
 * @returns the stream
 * @throws {RangeError} if the seed is not a non-negative safe integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { seededRng } from "./rng.ts";
 * import { Xoshiro128ss } from "../sim/prng.ts";
 * // same stream as the book's generator
 * assert.equal(seededRng(42).next(), new Xoshiro128ss(42).uniform());
 * const r = seededRng(1);
 * const k = r.int(6);
 * assert.ok(Number.isInteger(k) && k >= 0 && k < 6);
 * ```
 */
export function seededRng(seed: number): Rng {
  const g = new Xoshiro128ss(seed);
  return {
    next: () => g.uniform(),
    int(n: number): number {
      positiveInteger("n", n);
      return Math.floor(g.uniform() * n);
    },
    normal(): number {
      const u1 = g.uniformPositive(); // in (0, 1]: log never sees 0
      const u2 = g.uniform();
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
  };
}
