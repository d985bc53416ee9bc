/**
 * Every metric of the emergence debate from **one forward pass**: given a batch of logits
 * (B examples × T positions × V vocabulary), the target token ids and an answer mask, score
 * only the answer span and return, side by side,
 *
 * - exact match per example (every answer token's argmax equals its target),
 * - per-token accuracy (correct answer tokens / answer tokens),
 * - mean token negative log-likelihood, −ln softmax(logits)[target], with a stable
 *   log-sum-exp: ln Σ_v e\^{z_v} = m + ln Σ_v e\^{z_v − m}, m = max_v z_v (logits of ±1e4 are fine),
 * - Brier score per answer token, Σ_v (q_v − 1[v = target])² = Σ_v q_v² − 2 q_target + 1,
 * - token edit distance (Levenshtein distance between the predicted and the target answer
 *   token sequences, unit costs),
 * - and, when multiple-choice options are given, the multiple-choice grade and the Brier
 *   score over the options.
 *
 * Position t's logits are the prediction for `targets[t]` (shift your targets first if your
 * model predicts the next token). Positions outside the mask are never read: their targets
 * may be padding such as −100, their logits anything. `−Infinity` logits (a masked-out
 * vocabulary entry) are allowed; `NaN` or `+Infinity` in a scored position is an error.
 *
 * Memory: besides the inputs, O(B·T) (one predicted id per position, one Levenshtein row);
 * no B·T·V temporary is ever made. Time: two passes over the V logits of each scored
 * position. The exponential is `expNonPositive` from `lib/math/exp.ts`, a table-driven e\^y
 * (2\^{k/256} table and a degree-4 polynomial, relative error < 1e−13 for y ≥ −708) instead of
 * `Math.exp`; see `bench/forward_pass.ts` for the measured speed against numpy. The edit
 * distance is `levenshtein` from `lib/metrics/levenshtein.ts`.
 *
 * @module
 */
import { describe } from "../validate.ts";
import {
  EXP_FRACTION,
  EXP_INV_STEP,
  EXP_POW2_NEG,
  EXP_STEP_HI,
  EXP_STEP_LO,
  EXP_TABLE_BITS,
  EXP_TABLE_SIZE,
  EXP_UNDERFLOW,
  expNonPositive,
} from "../math/exp.ts";
import { levenshtein } from "./levenshtein.ts";
import {
  gradeMultipleChoice,
  type MultipleChoice,
  type MultipleChoiceScores,
} from "./multiple_choice.ts";

/** Extra scoring options. */
export interface ScoreOptions {
  /** when given, the rows are options of multiple-choice questions */
  multipleChoice?: MultipleChoice;
}

/** Arguments of {@link scoreForwardPass}. */
export interface ForwardPass {
  /** logits, row-major [B][T][V] */
  logits: Float32Array | Float64Array;
  /** [B, T, V] */
  shape: readonly [number, number, number];
  /** target token id per position, length B·T (only answer positions are read) */
  targets: Int32Array | ArrayLike<number>;
  /** 1 where the position belongs to the answer span, 0 elsewhere; length B·T */
  answerMask: Uint8Array | ArrayLike<number>;
  /** multiple-choice grouping */
  options?: ScoreOptions;
}

/** Everything {@link scoreForwardPass} returns. */
export interface ForwardPassScores {
  /** number of examples B */
  examples: number;
  /** per-example values (length B) */
  perExample: {
    /** 1 if every answer token is predicted (argmax) correctly */
    exactMatch: Uint8Array;
    /** answer tokens predicted correctly */
    tokenCorrect: Int32Array;
    /** answer tokens (mask sum of the row) */
    answerTokens: Int32Array;
    /** Σ over answer tokens of ln q(target) */
    logLikelihood: Float64Array;
    /** Σ over answer tokens of the token Brier score */
    brier: Float64Array;
    /** Levenshtein distance between predicted and target answer spans */
    editDistance: Int32Array;
  };
  /** examples with exact match */
  exactMatchCount: number;
  /** exactMatchCount / B */
  exactMatch: number;
  /** correct answer tokens over all examples */
  tokenCorrect: number;
  /** answer tokens over all examples */
  answerTokens: number;
  /** tokenCorrect / answerTokens */
  tokenAccuracy: number;
  /** mean over answer tokens of −ln q(target) (nats) */
  meanTokenNll: number;
  /** mean over answer tokens of the token Brier score, in [0, 2] */
  brier: number;
  /** mean over examples of the token edit distance */
  meanEditDistance: number;
  /** present when `options.multipleChoice` was given */
  multipleChoice?: MultipleChoiceScores;
}

const EXP_MASK = EXP_TABLE_SIZE - 1;

// ---- the per-position kernel ---------------------------------------------------------------
// Kept as a small separate function so the engine optimizes it on its own; results go to
// module-level scratch variables instead of a fresh object per position.
let rowMax = 0, rowArgmax = 0, rowSum = 0, rowSumSq = 0;

/** Max, argmax (first on ties), Σ e\^{z−max} and Σ e\^{2(z−max)} of logits[o..end). */
function rowStatistics(x: Float32Array | Float64Array, o: number, end: number): void {
  let m = x[o], am = o;
  for (let i = o + 1; i < end; i++) {
    const v = x[i];
    if (v > m) {
      m = v;
      am = i;
    }
  }
  let s = 0, s2 = 0;
  for (let i = o; i < end; i++) {
    // expNonPositive(y) written out with its tables: as a call it ran about 1.5× slower side
    // by side (B = 16, T = 64, V = 50,000), and this loop runs once per logit
    const y = x[i] - m;
    let e = 0;
    if (y >= EXP_UNDERFLOW) {
      const k = (y * EXP_INV_STEP) | 0;
      const r = (y - k * EXP_STEP_HI) - k * EXP_STEP_LO;
      e = EXP_FRACTION[k & EXP_MASK] * EXP_POW2_NEG[-(k >> EXP_TABLE_BITS)] *
        (1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24)))));
    } else if (y !== y) {
      e = NaN; // a NaN logit, a +Infinity max (∞ − ∞) or all −Infinity (−∞ − (−∞))
    }
    s += e;
    s2 += e * e;
  }
  rowMax = m;
  rowArgmax = am - o;
  rowSum = s;
  rowSumSq = s2;
}

// ---- validation ----------------------------------------------------------------------------
function checkShape(shape: unknown): [number, number, number] {
  if (!Array.isArray(shape) || shape.length !== 3) {
    throw new RangeError(`shape must be [B, T, V], got ${describe(shape)}`);
  }
  const names = ["B", "T", "V"];
  shape.forEach((d, i) => {
    if (typeof d !== "number" || !Number.isInteger(d) || d < 1) {
      throw new RangeError(`shape[${i}] (${names[i]}) must be a positive integer, got ${d}`);
    }
  });
  return shape as [number, number, number];
}

/**
 * Scores one forward pass: exact match, per-token accuracy, mean token NLL, Brier score and
 * token edit distance on the answer span, plus the multiple-choice grade when options are
 * given. See the module documentation for the formulas.
 *
 * Predictions are the argmax of each position's logits (the first index on ties).
 *
 * @param pass logits, shape, targets, answerMask and optional options
 * @returns per-example values and batch aggregates
 * @throws {RangeError} if the shape is not three positive integers, an array's length
 *   disagrees with the shape, the mask holds values other than 0/1, an example has no
 *   answer position, a target id at an answer position is outside [0, V), a scored
 *   position's logits contain NaN or +Infinity (or are all −Infinity), or the
 *   multiple-choice arrays are malformed
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreForwardPass } from "./forward_pass.ts";
 * // B = 1, T = 2, V = 2: position 0 favours token 0, position 1 favours token 1.
 * const s = scoreForwardPass({
 *   logits: new Float32Array([2, 0, 0, 2]),
 *   shape: [1, 2, 2],
 *   targets: new Int32Array([0, 0]),
 *   answerMask: new Uint8Array([1, 1]),
 * });
 * assert.equal(s.exactMatch, 0);
 * assert.equal(s.tokenAccuracy, 0.5);
 * assert.equal(s.meanEditDistance, 1);
 * // NLL: −ln σ(2) and −ln σ(−2); their mean is (ln(1+e⁻²) + ln(1+e²)) / 2
 * const expected = (Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(2))) / 2;
 * assert.ok(Math.abs(s.meanTokenNll - expected) < 1e-12);
 * ```
 */
export function scoreForwardPass(pass: ForwardPass): ForwardPassScores {
  const [B, T, V] = checkShape(pass.shape);
  const { logits, targets, answerMask } = pass;
  if (!(logits instanceof Float32Array) && !(logits instanceof Float64Array)) {
    throw new RangeError("logits must be a Float32Array or Float64Array");
  }
  if (logits.length !== B * T * V) {
    throw new RangeError(
      `logits has ${logits.length} values but shape [${B}, ${T}, ${V}] needs B·T·V = ${B * T * V}`,
    );
  }
  if (!targets || targets.length !== B * T) {
    throw new RangeError(
      `targets has ${targets?.length} values but shape [${B}, ${T}, ${V}] needs B·T = ${B * T}`,
    );
  }
  if (!answerMask || answerMask.length !== B * T) {
    throw new RangeError(
      `answerMask has ${answerMask?.length} values but shape [${B}, ${T}, ${V}] needs B·T = ${
        B * T
      }`,
    );
  }

  const emArr = new Uint8Array(B);
  const correctArr = new Int32Array(B);
  const lenArr = new Int32Array(B);
  const llArr = new Float64Array(B);
  const brierArr = new Float64Array(B);
  const tedArr = new Int32Array(B);
  const predicted = new Int32Array(T);
  const wanted = new Int32Array(T);

  let totalCorrect = 0, totalTokens = 0, totalNll = 0, totalBrier = 0, totalTed = 0, emCount = 0;

  for (let b = 0; b < B; b++) {
    let len = 0, correct = 0, ll = 0, brier = 0;
    for (let t = 0; t < T; t++) {
      const pos = b * T + t;
      const mk = answerMask[pos];
      if (mk === 0) continue;
      if (mk !== 1) {
        throw new RangeError(
          `answerMask[${pos}] (example ${b}, position ${t}) must be 0 or 1, got ${describe(mk)}`,
        );
      }
      const target = targets[pos];
      if (!Number.isInteger(target) || target < 0 || target >= V) {
        throw new RangeError(
          `targets[${pos}] (example ${b}, position ${t}) must be a token id in [0, ${V}), got ${
            describe(target)
          }`,
        );
      }
      const o = pos * V;
      rowStatistics(logits, o, o + V);
      const m = rowMax, am = rowArgmax, s = rowSum, s2 = rowSumSq;
      if (!(s >= 1) || !Number.isFinite(s) || m === Infinity) {
        throw new RangeError(
          `logits at example ${b}, position ${t} contain NaN or +Infinity (or are all −Infinity): max ${m}, Σexp ${s}`,
        );
      }
      const zt = logits[o + target] - m;
      const lnS = Math.log(s);
      const logQ = zt - lnS;
      const qt = expNonPositive(zt) / s;
      ll += logQ;
      brier += s2 / (s * s) - 2 * qt + 1;
      if (am === target) correct++;
      predicted[len] = am;
      wanted[len] = target;
      len++;
    }
    if (len === 0) {
      throw new RangeError(
        `answerMask marks no answer position for example ${b} (row ${b} of ${B}): every example needs an answer span`,
      );
    }
    const ted = levenshtein(predicted.subarray(0, len), wanted.subarray(0, len));
    emArr[b] = correct === len ? 1 : 0;
    correctArr[b] = correct;
    lenArr[b] = len;
    llArr[b] = ll;
    brierArr[b] = brier;
    tedArr[b] = ted;
    emCount += emArr[b];
    totalCorrect += correct;
    totalTokens += len;
    totalNll -= ll;
    totalBrier += brier;
    totalTed += ted;
  }

  const result: ForwardPassScores = {
    examples: B,
    perExample: {
      exactMatch: emArr,
      tokenCorrect: correctArr,
      answerTokens: lenArr,
      logLikelihood: llArr,
      brier: brierArr,
      editDistance: tedArr,
    },
    exactMatchCount: emCount,
    exactMatch: emCount / B,
    tokenCorrect: totalCorrect,
    answerTokens: totalTokens,
    tokenAccuracy: totalCorrect / totalTokens,
    meanTokenNll: totalNll / totalTokens,
    brier: totalBrier / totalTokens,
    meanEditDistance: totalTed / B,
  };
  const mc = pass.options?.multipleChoice;
  if (mc) result.multipleChoice = gradeMultipleChoice(mc, llArr, lenArr);
  return result;
}
