import { assert } from "../assert.ts";
import fc from "fast-check";
import {
  answerLength,
  answerTokens,
  contextLength,
  decodeAnswer,
  encodeRows,
  EQUALS,
  PAD,
  PLUS,
  problemKey,
  promptTokens,
  testSet,
  trainProblem,
} from "../../lib/tasks/addition.ts";
import { seededRng } from "../../lib/model/rng.ts";

Deno.test("answers decode to a + b for every n (property)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 7 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (n, u, v) => {
        const m = 10 ** n;
        const a = Math.min(m - 1, Math.floor(u * m));
        const b = Math.min(m - 1, Math.floor(v * m));
        const ans = answerTokens({ a, b }, n);
        assert.equal(ans.length, answerLength(n));
        assert.equal(decodeAnswer(ans), a + b);
        const prompt = promptTokens({ a, b }, n);
        assert.equal(prompt.length, 2 * n + 2);
        assert.equal(Number(prompt.slice(0, n).join("")), a);
        assert.equal(Number(prompt.slice(n + 1, 2 * n + 1).join("")), b);
      },
    ),
    { seed: 42, numRuns: 300 },
  );
});

Deno.test("worked example 999 + 1 = 1000: the answer is written 0,0,0,1 (least significant first)", () => {
  assert.deepEqual(promptTokens({ a: 999, b: 1 }, 3), [9, 9, 9, PLUS, 0, 0, 1, EQUALS]);
  assert.deepEqual(answerTokens({ a: 999, b: 1 }, 3), [0, 0, 0, 1]);
  assert.equal(contextLength(3), 11);
});

Deno.test("encodeRows: row j sees the prompt and exactly j answer digits, then padding", () => {
  const { contexts, targets } = encodeRows([{ a: 58, b: 67 }, { a: 0, b: 0 }], 2);
  const L = 8;
  const k = 3;
  assert.equal(contexts.length, 2 * k * L);
  // 58 + 67 = 125 → reversed 5, 2, 1
  assert.deepEqual([...targets.slice(0, 3)], [5, 2, 1]);
  assert.deepEqual([...contexts.slice(2 * L, 3 * L)], [5, 8, PLUS, 6, 7, EQUALS, 5, 2]);
  assert.deepEqual([...contexts.slice(0, L)], [5, 8, PLUS, 6, 7, EQUALS, PAD, PAD]);
  assert.deepEqual([...targets.slice(3)], [0, 0, 0]);
});

Deno.test("test set is distinct and training never draws a held-out problem", () => {
  const n = 2;
  const test = testSet(n, 2000, seededRng(5));
  const keys = new Set(test.map((p) => problemKey(p, n)));
  assert.equal(keys.size, 2000);
  const r = seededRng(6);
  for (let i = 0; i < 20_000; i++) assert.ok(!keys.has(problemKey(trainProblem(n, keys, r), n)));
  // the same seed gives the same test set
  assert.deepEqual(testSet(n, 50, seededRng(5)), test.slice(0, 50));
});

Deno.test("bad inputs throw with the value named", () => {
  assert.throws(() => promptTokens({ a: 100, b: 1 }, 2), /a must be < 10\^2, got 100/);
  assert.throws(() => answerTokens({ a: 1, b: -1 }, 2), /b must be a non-negative integer, got -1/);
  assert.throws(() => answerTokens({ a: 1.5, b: 1 }, 2), /a must be/);
  assert.throws(() => contextLength(0), /digits must be a positive integer/);
  assert.throws(() => contextLength(8), /digits must be ≤ 7/);
  assert.throws(() => decodeAnswer([1, 12]), /token 12 at position 1/);
  assert.throws(() => encodeRows([], 2), /at least one problem/);
  assert.throws(() => testSet(1, 51, seededRng(1)), /exceeds half/);
  assert.throws(() => testSet(1, NaN, seededRng(1)), /size/);
});
