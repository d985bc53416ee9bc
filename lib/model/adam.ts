/**
 * The Adam optimizer (Kingma & Ba 2015) over one flat parameter vector, as the book's ladder
 * trains its models: zeroed moments, bias-corrected steps, updates in place.
 *
 * @module
 */
import { positiveInteger } from "../validate.ts";

/** Adam optimizer state. */
export interface AdamState {
  /** first moments */
  m: Float32Array;
  /** second moments */
  v: Float32Array;
  /** steps taken */
  t: number;
}

/**
 * Creates zeroed Adam moments for `n` parameters.
 *
 * @param n parameter count
 * @returns the state
 * @throws {RangeError} if n is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { adamState } from "./adam.ts";
 * assert.equal(adamState(3).t, 0);
 * ```
 */
export function adamState(n: number): AdamState {
  positiveInteger("n", n);
  return { m: new Float32Array(n), v: new Float32Array(n), t: 0 };
}

/**
 * One Adam step (Kingma & Ba 2015) with bias correction:
 * m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − lr·m̂/(√v̂ + ε).
 *
 * @param params parameters, updated in place
 * @param grads gradient
 * @param state moments, updated in place
 * @param lr learning rate
 * @param beta1 first-moment decay
 * @param beta2 second-moment decay
 * @param eps denominator floor
 * @throws {RangeError} if the arrays differ in length or lr is not finite and positive
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { adamState, adamStep } from "./adam.ts";
 * const x = new Float32Array([1]);
 * adamStep(x, new Float32Array([0.5]), adamState(1), 0.1);
 * // the first bias-corrected Adam step moves by lr·sign(g)
 * assert.ok(Math.abs(x[0] - 0.9) < 1e-6);
 * ```
 */
export function adamStep(
  params: Float32Array,
  grads: Float32Array,
  state: AdamState,
  lr: number,
  beta1 = 0.9,
  beta2 = 0.999,
  eps = 1e-8,
): void {
  if (!(Number.isFinite(lr) && lr > 0)) throw new RangeError(`lr must be > 0, got ${lr}`);
  if (params.length !== grads.length || params.length !== state.m.length) {
    throw new RangeError(
      `length mismatch: params ${params.length}, grads ${grads.length}, state ${state.m.length}`,
    );
  }
  state.t++;
  const c1 = 1 - Math.pow(beta1, state.t);
  const c2 = 1 - Math.pow(beta2, state.t);
  const { m, v } = state;
  for (let i = 0; i < params.length; i++) {
    const gi = grads[i];
    m[i] = beta1 * m[i] + (1 - beta1) * gi;
    v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
    params[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
  }
}
