/**
 * A tiny autoregressive language model for the ladder: an MLP over a fixed, left-aligned
 * context window (Bengio et al. 2003 style), with hand-written backpropagation over
 * `Float32Array`s. Two ReLU hidden layers of width H:
 *
 *   h₁ = ReLU(b₁ + Σ_pos W₁[pos, token_pos])          (one-hot input: a sum of L rows)
 *   h₂ = ReLU(b₂ + h₁·W₂)
 *   logits = b₃ + h₂·W₃,  p = softmax(logits)
 *
 * W₁ has one row per (position, token) pair, so the first layer is a lookup-and-sum of L
 * rows rather than a dense product. Parameters N = L·V·H + H + H² + H + H·V + V.
 *
 * Every loop runs in a fixed order on one thread, so the same parameters and inputs give
 * the same bits on every run.
 *
 * @module
 */
import { positiveInteger } from "../validate.ts";
import type { Rng } from "./rng.ts";

/** Shape of one model. */
export interface MlpConfig {
  /** context length L (tokens the model sees, padded) */
  contextLength: number;
  /** vocabulary size V */
  vocabSize: number;
  /** hidden width H of both hidden layers */
  hidden: number;
}

/** Parameters as one flat array with named views (so the optimizer sees one vector). */
export interface MlpParams {
  /** the shape */
  config: MlpConfig;
  /** all parameters, flat */
  data: Float32Array;
  /** [L·V, H] */
  w1: Float32Array;
  /** [H] */
  b1: Float32Array;
  /** [H, H] */
  w2: Float32Array;
  /** [H] */
  b2: Float32Array;
  /** [H, V] */
  w3: Float32Array;
  /** [V] */
  b3: Float32Array;
}

function checkConfig(config: MlpConfig): void {
  positiveInteger("contextLength", config.contextLength, "MlpConfig");
  positiveInteger("vocabSize", config.vocabSize, "MlpConfig");
  positiveInteger("hidden", config.hidden, "MlpConfig");
}

/**
 * Number of parameters, N = L·V·H + H + H² + H + H·V + V.
 *
 * @param config the shape
 * @returns N
 * @throws {RangeError} if a dimension is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parameterCount } from "./mlp.ts";
 * // 11·13·8 + 8 + 64 + 8 + 8·13 + 13 = 1144 + 8 + 64 + 8 + 104 + 13
 * assert.equal(parameterCount({ contextLength: 11, vocabSize: 13, hidden: 8 }), 1341);
 * ```
 */
export function parameterCount(config: MlpConfig): number {
  checkConfig(config);
  const { contextLength: L, vocabSize: V, hidden: H } = config;
  return L * V * H + H + H * H + H + H * V + V;
}

/**
 * Lays out named views (W₁, b₁, W₂, b₂, W₃, b₃, in that order) over a flat array.
 *
 * @param config the shape
 * @param data a flat array of exactly N = parameterCount(config) values
 * @returns the parameters, sharing memory with `data`
 * @throws {RangeError} if `data` has the wrong length
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { viewParams } from "./mlp.ts";
 * const p = viewParams({ contextLength: 1, vocabSize: 2, hidden: 1 }, new Float32Array(9));
 * assert.equal(p.b3.length, 2);
 * p.b3[1] = 5;
 * assert.equal(p.data[8], 5); // views share the flat array
 * ```
 */
export function viewParams(config: MlpConfig, data: Float32Array): MlpParams {
  const n = parameterCount(config);
  if (data.length !== n) {
    throw new RangeError(`parameter array has length ${data.length}, expected ${n}`);
  }
  const { contextLength: L, vocabSize: V, hidden: H } = config;
  let o = 0;
  const take = (len: number) => {
    const v = data.subarray(o, o + len);
    o += len;
    return v;
  };
  return {
    config,
    data,
    w1: take(L * V * H),
    b1: take(H),
    w2: take(H * H),
    b2: take(H),
    w3: take(H * V),
    b3: take(V),
  };
}

/**
 * Initial parameters: W₁ ~ N(0, 2/L) (He for a sum of L one-hot rows), W₂ ~ N(0, 2/H),
 * W₃ ~ N(0, 1/H), biases zero. Draws come from `rng` in the order W₁, W₂, W₃.
 *
 * @param config the shape
 * @param rng seeded stream (see `seededRng`)
 * @returns fresh parameters
 * @throws {RangeError} on a bad shape
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { initMlp } from "./mlp.ts";
 * import { seededRng } from "./rng.ts";
 * const a = initMlp({ contextLength: 5, vocabSize: 4, hidden: 3 }, seededRng(1));
 * const b = initMlp({ contextLength: 5, vocabSize: 4, hidden: 3 }, seededRng(1));
 * assert.deepEqual(a.data, b.data);
 * assert.ok(a.b1.every((x) => x === 0));
 * ```
 */
export function initMlp(config: MlpConfig, rng: Rng): MlpParams {
  const p = viewParams(config, new Float32Array(parameterCount(config)));
  const { contextLength: L, hidden: H } = config;
  const fill = (a: Float32Array, sd: number) => {
    for (let i = 0; i < a.length; i++) a[i] = rng.normal() * sd;
  };
  fill(p.w1, Math.sqrt(2 / L));
  fill(p.w2, Math.sqrt(2 / H));
  fill(p.w3, Math.sqrt(1 / H));
  return p;
}

/** Scratch buffers for a batch of rows (reused between steps to avoid allocation). */
export interface Workspace {
  /** rows the buffers hold */
  capacity: number;
  /** [rows, H] */
  h1: Float32Array;
  /** [rows, H] */
  h2: Float32Array;
  /** [rows, V] logits, then probabilities during backprop */
  logits: Float32Array;
  /** [rows, H] */
  d1: Float32Array;
  /** [rows, H] */
  d2: Float32Array;
}

/**
 * Allocates scratch buffers for up to `rows` rows.
 *
 * @param config the shape
 * @param rows batch rows
 * @returns the workspace
 * @throws {RangeError} if rows is not a positive integer
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { workspace } from "./mlp.ts";
 * assert.equal(workspace({ contextLength: 3, vocabSize: 4, hidden: 5 }, 2).h1.length, 10);
 * ```
 */
export function workspace(config: MlpConfig, rows: number): Workspace {
  checkConfig(config);
  positiveInteger("rows", rows);
  const { vocabSize: V, hidden: H } = config;
  return {
    capacity: rows,
    h1: new Float32Array(rows * H),
    h2: new Float32Array(rows * H),
    logits: new Float32Array(rows * V),
    d1: new Float32Array(rows * H),
    d2: new Float32Array(rows * H),
  };
}

function checkBatch(p: MlpParams, contexts: Int32Array, rows: number, ws: Workspace): void {
  const { contextLength: L, vocabSize: V } = p.config;
  positiveInteger("rows", rows);
  if (rows > ws.capacity) {
    throw new RangeError(`rows ${rows} exceed the workspace capacity ${ws.capacity}`);
  }
  if (contexts.length < rows * L) {
    throw new RangeError(`contexts has ${contexts.length} tokens, need rows·L = ${rows * L}`);
  }
  for (let i = 0; i < rows * L; i++) {
    const t = contexts[i];
    if (!(t >= 0 && t < V)) {
      throw new RangeError(
        `token ${t} at row ${Math.floor(i / L)}, position ${i % L} is outside [0, ${V})`,
      );
    }
  }
}

/**
 * Forward pass: logits for `rows` contexts (each L token ids, row-major in `contexts`).
 * The result is written to `ws.logits` ([rows, V]); hidden activations stay in `ws` for
 * {@link backward}.
 *
 * @param p parameters
 * @param contexts token ids, [rows, L]
 * @param rows number of rows
 * @param ws workspace with capacity ≥ rows
 * @returns `ws.logits` (a view of the first rows·V entries)
 * @throws {RangeError} if a token id is outside [0, V) or the buffers are too small
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { forward, initMlp, workspace } from "./mlp.ts";
 * import { seededRng } from "./rng.ts";
 * const cfg = { contextLength: 2, vocabSize: 3, hidden: 4 };
 * const p = initMlp(cfg, seededRng(7));
 * const logits = forward(p, new Int32Array([0, 2]), 1, workspace(cfg, 1));
 * assert.equal(logits.length, 3);
 * assert.ok(logits.every(Number.isFinite));
 * ```
 */
export function forward(
  p: MlpParams,
  contexts: Int32Array,
  rows: number,
  ws: Workspace,
): Float32Array {
  checkBatch(p, contexts, rows, ws);
  const { contextLength: L, vocabSize: V, hidden: H } = p.config;
  const { w1, b1, w2, b2, w3, b3 } = p;
  const { h1, h2, logits } = ws;
  for (let r = 0; r < rows; r++) {
    const ho = r * H;
    for (let j = 0; j < H; j++) h1[ho + j] = b1[j];
    for (let pos = 0; pos < L; pos++) {
      const wo = (pos * V + contexts[r * L + pos]) * H;
      for (let j = 0; j < H; j++) h1[ho + j] += w1[wo + j];
    }
    for (let j = 0; j < H; j++) if (h1[ho + j] < 0) h1[ho + j] = 0;
    for (let j = 0; j < H; j++) h2[ho + j] = b2[j];
    for (let i = 0; i < H; i++) {
      const a = h1[ho + i];
      if (a === 0) continue;
      const wo = i * H;
      for (let j = 0; j < H; j++) h2[ho + j] += a * w2[wo + j];
    }
    for (let j = 0; j < H; j++) if (h2[ho + j] < 0) h2[ho + j] = 0;
    const lo = r * V;
    for (let v = 0; v < V; v++) logits[lo + v] = b3[v];
    for (let i = 0; i < H; i++) {
      const a = h2[ho + i];
      if (a === 0) continue;
      const wo = i * V;
      for (let v = 0; v < V; v++) logits[lo + v] += a * w3[wo + v];
    }
  }
  return logits.subarray(0, rows * V);
}

/**
 * Mean cross-entropy (nats) of `targets` under the logits of the last {@link forward}, and
 * its gradient with respect to every parameter, written into `grads` (same layout as
 * `p.data`, overwritten). Must follow `forward(p, contexts, rows, ws)` with the same
 * arguments. Turns `ws.logits` into probabilities.
 *
 * Backprop: δ₃ = (softmax − onehot)/rows; ∂W₃ = h₂ᵀδ₃; δ₂ = (δ₃W₃ᵀ)⊙[h₂>0];
 * ∂W₂ = h₁ᵀδ₂; δ₁ = (δ₂W₂ᵀ)⊙[h₁>0]; ∂W₁[pos, token] += δ₁.
 *
 * @param p parameters
 * @param contexts the same contexts as the forward pass
 * @param targets target token per row
 * @param rows number of rows
 * @param ws the workspace used by the forward pass
 * @param grads output gradient, length N
 * @returns mean negative log-likelihood over the rows, in nats
 * @throws {RangeError} if a target is outside [0, V) or `grads` has the wrong length
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { backward, forward, initMlp, workspace } from "./mlp.ts";
 * import { seededRng } from "./rng.ts";
 * const cfg = { contextLength: 2, vocabSize: 3, hidden: 4 };
 * const p = initMlp(cfg, seededRng(7));
 * const ws = workspace(cfg, 1);
 * const ctx = new Int32Array([0, 2]);
 * forward(p, ctx, 1, ws);
 * const g = new Float32Array(p.data.length);
 * const loss = backward(p, ctx, new Int32Array([1]), 1, ws, g);
 * assert.ok(loss > 0 && Number.isFinite(loss));
 * assert.ok(Math.abs(g[g.length - 2] - (Math.exp(-loss) - 1)) < 1e-6); // ∂b₃[target] = p − 1
 * ```
 */
export function backward(
  p: MlpParams,
  contexts: Int32Array,
  targets: Int32Array,
  rows: number,
  ws: Workspace,
  grads: Float32Array,
): number {
  const { contextLength: L, vocabSize: V, hidden: H } = p.config;
  if (grads.length !== p.data.length) {
    throw new RangeError(`grads has length ${grads.length}, expected ${p.data.length}`);
  }
  if (targets.length < rows) {
    throw new RangeError(`targets has ${targets.length} entries, need ${rows}`);
  }
  grads.fill(0);
  const g = viewParams(p.config, grads);
  const { w2, w3 } = p;
  const { h1, h2, logits, d1, d2 } = ws;
  let loss = 0;
  const scale = 1 / rows;
  for (let r = 0; r < rows; r++) {
    const t = targets[r];
    if (!(t >= 0 && t < V)) throw new RangeError(`target ${t} at row ${r} is outside [0, ${V})`);
    const lo = r * V;
    let max = -Infinity;
    for (let v = 0; v < V; v++) if (logits[lo + v] > max) max = logits[lo + v];
    let sum = 0;
    for (let v = 0; v < V; v++) sum += Math.exp(logits[lo + v] - max);
    const logSum = Math.log(sum) + max;
    loss += logSum - logits[lo + t];
    for (let v = 0; v < V; v++) {
      logits[lo + v] = (Math.exp(logits[lo + v] - logSum) - (v === t ? 1 : 0)) * scale;
    }
  }
  // output layer
  for (let r = 0; r < rows; r++) {
    const lo = r * V;
    const ho = r * H;
    for (let v = 0; v < V; v++) g.b3[v] += logits[lo + v];
    for (let i = 0; i < H; i++) {
      const a = h2[ho + i];
      let back = 0;
      const wo = i * V;
      for (let v = 0; v < V; v++) {
        const d = logits[lo + v];
        if (a !== 0) g.w3[wo + v] += a * d;
        back += w3[wo + v] * d;
      }
      d2[ho + i] = a > 0 ? back : 0;
    }
  }
  // second hidden layer
  for (let r = 0; r < rows; r++) {
    const ho = r * H;
    for (let j = 0; j < H; j++) g.b2[j] += d2[ho + j];
    for (let i = 0; i < H; i++) {
      const a = h1[ho + i];
      if (a === 0) {
        d1[ho + i] = 0;
        continue;
      }
      const wo = i * H;
      let back = 0;
      for (let j = 0; j < H; j++) {
        const d = d2[ho + j];
        g.w2[wo + j] += a * d;
        back += w2[wo + j] * d;
      }
      d1[ho + i] = back;
    }
  }
  // first layer: scatter into the rows that were looked up
  for (let r = 0; r < rows; r++) {
    const ho = r * H;
    for (let j = 0; j < H; j++) g.b1[j] += d1[ho + j];
    for (let pos = 0; pos < L; pos++) {
      const wo = (pos * V + contexts[r * L + pos]) * H;
      for (let j = 0; j < H; j++) g.w1[wo + j] += d1[ho + j];
    }
  }
  return loss / rows;
}
