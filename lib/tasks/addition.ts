/**
 * The ladder's task: n-digit addition written as tokens.
 *
 * A problem a + b with 0 ≤ a, b < 10ⁿ is the token sequence
 *
 *   a_{n−1} … a_0  +  b_{n−1} … b_0  =  c_0 c_1 … c_n
 *
 * Operands are written most significant digit first, zero-padded to n digits; the answer
 * c = a + b has n + 1 digits (the last is the final carry, often 0) and is written
 * **reversed, least significant digit first**. Reversed, digit c_j depends only on a_j, b_j
 * and the carry out of position j − 1, which the model can read off a_{j−1}, b_{j−1} and the
 * digit c_{j−1} it has just written (the carry is 1 exactly when c_{j−1} < a_{j−1} + b_{j−1}).
 * Written the usual way round, the first digit would depend on every carry at once.
 *
 * Tokens: digits 0–9 are ids 0–9, "+" is 10, "=" is 11, padding is 12 (V = 13).
 *
 * The model predicting answer digit j sees a left-aligned window of L = 3n + 2 tokens: the
 * 2n + 2 prompt tokens, the j answer digits written so far, then padding.
 *
 * @module
 */
import { nonNegativeInteger, positiveInteger } from "../validate.ts";
import type { Rng } from "../model/rng.ts";

/** Token id of "+". */
export const PLUS = 10;
/** Token id of "=". */
export const EQUALS = 11;
/** Token id of padding. */
export const PAD = 12;
/** Vocabulary size. */
export const VOCAB_SIZE = 13;
/** Largest supported operand width (10ⁿ·10ⁿ pairs must stay exact in a double). */
export const MAX_DIGITS = 7;

/** One addition problem. */
export interface Problem {
  /** first operand */
  a: number;
  /** second operand */
  b: number;
}

function checkDigits(n: number): number {
  positiveInteger("digits", n);
  if (n > MAX_DIGITS) throw new RangeError(`digits must be ≤ ${MAX_DIGITS}, got ${n}`);
  return n;
}

function checkOperand(name: string, x: number, n: number): void {
  nonNegativeInteger(name, x);
  if (x >= 10 ** n) throw new RangeError(`${name} must be < 10^${n}, got ${x}`);
}

/**
 * Context length the model sees for n-digit operands: L = 3n + 2.
 *
 * @param n operand digits
 * @returns L
 * @throws {RangeError} if n is not an integer in [1, 7]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { contextLength } from "./addition.ts";
 * assert.equal(contextLength(3), 11);
 * ```
 */
export function contextLength(n: number): number {
  return 3 * checkDigits(n) + 2;
}

/**
 * Answer length k = n + 1 (digits of the sum, carry digit included).
 *
 * @param n operand digits
 * @returns k
 * @throws {RangeError} if n is not an integer in [1, 7]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { answerLength } from "./addition.ts";
 * assert.equal(answerLength(3), 4);
 * ```
 */
export function answerLength(n: number): number {
  return checkDigits(n) + 1;
}

/**
 * Token ids of the prompt "a+b=" (operands most significant first, zero-padded).
 *
 * @param p the problem
 * @param n operand digits
 * @returns 2n + 2 token ids
 * @throws {RangeError} if an operand is not an integer in [0, 10ⁿ)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { promptTokens } from "./addition.ts";
 * assert.deepEqual(promptTokens({ a: 47, b: 5 }, 2), [4, 7, 10, 0, 5, 11]);
 * ```
 */
export function promptTokens(p: Problem, n: number): number[] {
  checkDigits(n);
  checkOperand("a", p.a, n);
  checkOperand("b", p.b, n);
  const digits = (x: number) => {
    const out: number[] = [];
    for (let i = n - 1; i >= 0; i--) out.push(Math.floor(x / 10 ** i) % 10);
    return out;
  };
  return [...digits(p.a), PLUS, ...digits(p.b), EQUALS];
}

/**
 * Token ids of the answer, least significant digit first, n + 1 digits.
 *
 * @param p the problem
 * @param n operand digits
 * @returns n + 1 digits of a + b, reversed
 * @throws {RangeError} if an operand is not an integer in [0, 10ⁿ)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { answerTokens } from "./addition.ts";
 * assert.deepEqual(answerTokens({ a: 47, b: 58 }, 2), [5, 0, 1]); // 105 reversed
 * ```
 */
export function answerTokens(p: Problem, n: number): number[] {
  checkDigits(n);
  checkOperand("a", p.a, n);
  checkOperand("b", p.b, n);
  const sum = p.a + p.b;
  const out: number[] = [];
  for (let i = 0; i <= n; i++) out.push(Math.floor(sum / 10 ** i) % 10);
  return out;
}

/**
 * Reads a reversed answer back into a number (inverse of {@link answerTokens}).
 *
 * @param tokens answer digits, least significant first
 * @returns the number
 * @throws {RangeError} if a token is not a digit 0–9
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeAnswer } from "./addition.ts";
 * assert.equal(decodeAnswer([5, 0, 1]), 105);
 * ```
 */
export function decodeAnswer(tokens: ArrayLike<number>): number {
  let x = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!(Number.isInteger(t) && t >= 0 && t <= 9)) {
      throw new RangeError(`answer token ${t} at position ${i} is not a digit`);
    }
    x = x * 10 + t;
  }
  return x;
}

/**
 * Teacher-forced rows for a batch of problems: one row per answer digit. Row (i, j) holds
 * the prompt of problem i, answer digits 0 … j−1, then padding (L tokens), and its target
 * is answer digit j. Rows are ordered problem-major: row index i·k + j.
 *
 * @param problems the problems
 * @param n operand digits
 * @returns contexts [B·k, L] and targets [B·k], with k = n + 1 and L = 3n + 2
 * @throws {RangeError} on an empty batch or a bad operand
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encodeRows, PAD } from "./addition.ts";
 * const { contexts, targets } = encodeRows([{ a: 9, b: 3 }], 1);
 * // L = 5, k = 2: "9+3=" then PAD | "9+3=" then the first answer digit 2
 * assert.deepEqual([...contexts], [9, 10, 3, 11, PAD, 9, 10, 3, 11, 2]);
 * assert.deepEqual([...targets], [2, 1]);
 * ```
 */
export function encodeRows(
  problems: readonly Problem[],
  n: number,
): { contexts: Int32Array; targets: Int32Array } {
  if (problems.length === 0) throw new RangeError("encodeRows needs at least one problem");
  const L = contextLength(n);
  const k = answerLength(n);
  const contexts = new Int32Array(problems.length * k * L).fill(PAD);
  const targets = new Int32Array(problems.length * k);
  problems.forEach((p, i) => {
    const prompt = promptTokens(p, n);
    const answer = answerTokens(p, n);
    for (let j = 0; j < k; j++) {
      const row = i * k + j;
      const o = row * L;
      for (let t = 0; t < prompt.length; t++) contexts[o + t] = prompt[t];
      for (let t = 0; t < j; t++) contexts[o + prompt.length + t] = answer[t];
      targets[row] = answer[j];
    }
  });
  return { contexts, targets };
}

/**
 * Key of a problem in a set: a·10ⁿ + b (distinct for distinct problems).
 *
 * @param p the problem
 * @param n operand digits
 * @returns the key
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { problemKey } from "./addition.ts";
 * assert.equal(problemKey({ a: 12, b: 7 }, 2), 1207);
 * ```
 */
export function problemKey(p: Problem, n: number): number {
  return p.a * 10 ** n + p.b;
}

/**
 * Draws a held-out test set of `size` distinct problems, uniform over all 10²ⁿ pairs.
 *
 * @param n operand digits
 * @param size number of distinct test problems (≤ 10²ⁿ / 2, so training keeps most pairs)
 * @param rng seeded stream
 * @returns the problems, in draw order
 * @throws {RangeError} if size is not a positive integer or too large
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { testSet } from "./addition.ts";
 * import { seededRng } from "../model/rng.ts";
 * const t = testSet(2, 50, seededRng(3));
 * assert.equal(new Set(t.map((p) => p.a * 100 + p.b)).size, 50);
 * ```
 */
export function testSet(n: number, size: number, rng: Rng): Problem[] {
  checkDigits(n);
  positiveInteger("size", size);
  const total = 10 ** (2 * n);
  if (size > total / 2) {
    throw new RangeError(`test set size ${size} exceeds half of the ${total} possible problems`);
  }
  const seen = new Set<number>();
  const out: Problem[] = [];
  const m = 10 ** n;
  while (out.length < size) {
    const p = { a: rng.int(m), b: rng.int(m) };
    const key = problemKey(p, n);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/**
 * Draws one training problem uniformly from all pairs not in the held-out set (rejection
 * sampling), so no test problem is ever trained on.
 *
 * @param n operand digits
 * @param heldOut keys ({@link problemKey}) of the test problems
 * @param rng seeded stream
 * @returns a training problem
 * @throws {RangeError} on a bad n
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { problemKey, trainProblem } from "./addition.ts";
 * import { seededRng } from "../model/rng.ts";
 * const held = new Set([problemKey({ a: 0, b: 0 }, 1)]);
 * const r = seededRng(1);
 * for (let i = 0; i < 200; i++) {
 *   const p = trainProblem(1, held, r);
 *   assert.ok(!(p.a === 0 && p.b === 0));
 * }
 * ```
 */
export function trainProblem(n: number, heldOut: ReadonlySet<number>, rng: Rng): Problem {
  checkDigits(n);
  const m = 10 ** n;
  for (;;) {
    const p = { a: rng.int(m), b: rng.int(m) };
    if (!heldOut.has(problemKey(p, n))) return p;
  }
}
