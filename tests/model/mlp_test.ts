import { assert, assertAlmostEquals } from "../assert.ts";
import fc from "fast-check";
import {
  backward,
  forward,
  initMlp,
  type MlpConfig,
  parameterCount,
  viewParams,
  workspace,
} from "../../lib/model/mlp.ts";
import { adamState, adamStep } from "../../lib/model/adam.ts";
import { seededRng } from "../../lib/model/rng.ts";

const cfg: MlpConfig = { contextLength: 3, vocabSize: 5, hidden: 6 };

/** Mean CE computed from scratch in float64 from the weights, independent of forward(). */
function referenceLoss(data: Float32Array, ctx: number[][], targets: number[]): number {
  const p = viewParams(cfg, data);
  const { contextLength: L, vocabSize: V, hidden: H } = cfg;
  let total = 0;
  ctx.forEach((row, r) => {
    const h1 = Array.from({ length: H }, (_, j) => {
      let s = p.b1[j];
      for (let pos = 0; pos < L; pos++) s += p.w1[(pos * V + row[pos]) * H + j];
      return Math.max(0, s);
    });
    const h2 = Array.from({ length: H }, (_, j) => {
      let s = p.b2[j];
      for (let i = 0; i < H; i++) s += h1[i] * p.w2[i * H + j];
      return Math.max(0, s);
    });
    const z = Array.from({ length: V }, (_, v) => {
      let s = p.b3[v];
      for (let i = 0; i < H; i++) s += h2[i] * p.w3[i * V + v];
      return s;
    });
    const m = Math.max(...z);
    const lse = m + Math.log(z.reduce((s, x) => s + Math.exp(x - m), 0));
    total += lse - z[targets[r]];
  });
  return total / ctx.length;
}

Deno.test("parameterCount matches the layout: L·V·H + H + H² + H + H·V + V", () => {
  // 3·5·6 + 6 + 36 + 6 + 30 + 5 = 90 + 83 = 173, by hand
  assert.equal(parameterCount(cfg), 173);
  assert.equal(initMlp(cfg, seededRng(1)).data.length, 173);
});

Deno.test("forward + backward: loss equals a float64 reference, gradient matches finite differences", () => {
  const p = initMlp(cfg, seededRng(11));
  // non-zero biases so every parameter group is exercised
  for (let i = 0; i < p.b1.length; i++) p.b1[i] = 0.1 * (i - 2);
  const ctxRows = [[0, 4, 2], [3, 3, 1], [1, 0, 4]];
  const targets = [2, 0, 4];
  const ctx = new Int32Array(ctxRows.flat());
  const ws = workspace(cfg, 3);
  forward(p, ctx, 3, ws);
  const g = new Float32Array(p.data.length);
  const loss = backward(p, ctx, new Int32Array(targets), 3, ws, g);
  assertAlmostEquals(loss, referenceLoss(p.data, ctxRows, targets), 1e-5, "loss");
  // central differences in float64 on a float64 copy of the weights
  const base = Float64Array.from(p.data);
  let checked = 0;
  for (let i = 0; i < base.length; i += 7) {
    const eps = 1e-3;
    const plus = Float32Array.from(base);
    plus[i] += eps;
    const minus = Float32Array.from(base);
    minus[i] -= eps;
    const fd = (referenceLoss(plus, ctxRows, targets) - referenceLoss(minus, ctxRows, targets)) /
      (2 * eps);
    assertAlmostEquals(g[i], fd, 2e-3, `gradient ${i}`);
    checked++;
  }
  assert.ok(checked > 20);
});

Deno.test("training on a fixed batch lowers the loss (Adam works end to end)", () => {
  const p = initMlp(cfg, seededRng(5));
  const ctx = new Int32Array([0, 1, 2, 2, 1, 0, 4, 4, 4]);
  const tg = new Int32Array([1, 3, 0]);
  const ws = workspace(cfg, 3);
  const g = new Float32Array(p.data.length);
  const st = adamState(p.data.length);
  forward(p, ctx, 3, ws);
  const first = backward(p, ctx, tg, 3, ws, g);
  let last = first;
  for (let s = 0; s < 200; s++) {
    adamStep(p.data, g, st, 0.01);
    forward(p, ctx, 3, ws);
    last = backward(p, ctx, tg, 3, ws, g);
  }
  assert.ok(last < 0.05 * first, `loss ${first} → ${last}`);
});

Deno.test("same seed, same bits; different seed, different weights", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
      const a = initMlp(cfg, seededRng(seed)).data;
      const b = initMlp(cfg, seededRng(seed)).data;
      const c = initMlp(cfg, seededRng(seed + 1)).data;
      assert.deepEqual(a, b);
      assert.notDeepEqual(a, c);
    }),
    { seed: 42, numRuns: 30 },
  );
});

Deno.test("bad inputs throw with the value named", () => {
  const p = initMlp(cfg, seededRng(1));
  const ws = workspace(cfg, 1);
  assert.throws(() => forward(p, new Int32Array([0, 5, 1]), 1, ws), /token 5 at row 0, position 1/);
  assert.throws(() => forward(p, new Int32Array([0, 1]), 1, ws), /need rows·L = 3/);
  assert.throws(() => forward(p, new Int32Array(6), 2, ws), /capacity 1/);
  forward(p, new Int32Array([0, 1, 2]), 1, ws);
  assert.throws(
    () => backward(p, new Int32Array([0, 1, 2]), new Int32Array([7]), 1, ws, new Float32Array(173)),
    /target 7/,
  );
  assert.throws(
    () => backward(p, new Int32Array(3), new Int32Array(1), 1, ws, new Float32Array(3)),
    /length 3/,
  );
  assert.throws(
    () => parameterCount({ contextLength: 0, vocabSize: 5, hidden: 2 }),
    /contextLength/,
  );
  assert.throws(() => parameterCount({ contextLength: 2, vocabSize: 5, hidden: 1.5 }), /hidden/);
  assert.throws(() => viewParams(cfg, new Float32Array(3)), /expected 173/);
});
