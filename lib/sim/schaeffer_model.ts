/**
 * Schaeffer, Miranda & Koyejo's (2023) toy model of a model family, turned into a simulated
 * ladder that is scored by {@link scoreForwardPass}, so every metric comes from the same
 * logits and only the metric differs.
 *
 * - Per-token cross-entropy falls as a power law in parameters N: L_CE(N) = (N/c)\^α, α < 0.
 * - The probability of the correct token is p(N) = exp(−L_CE(N)).
 * - With L independent answer tokens: accuracy (exact match) ≈ p\^L, sharp on a log-N axis;
 *   token edit distance ≈ L·(1 − p), smooth (for substitution errors).
 *
 * The simulated ladder makes real logits from that model over a vocabulary of {@link VOCAB}
 * tokens. At each answer position two tokens compete: the target and the model's favourite
 * wrong token (a different token drawn uniformly); every other token has logit −∞. The
 * target's logit is logit(p(N)) + ε and the wrong token's is 0, with ε ~ Logistic(0, 1) drawn
 * per question and position. Then the argmax is right exactly when ε > −logit(p), which has probability
 * σ(logit p) = p: greedy decoding gets each token right with probability p(N), independently,
 * as in Schaeffer's derivation, while the probability given to the target scatters around p
 * (its median is p), so questions differ in difficulty as real test items do.
 *
 * For multiple choice each question has K options of C tokens (`choiceLength`, default L), the
 * correct one at a random
 * position. The correct option's tokens are built as above; a wrong option's tokens get
 * logit(p₀) + ε', where p₀ is p at N₀ = min(N, N_c) and N_c (`chanceUntil`, default the
 * smallest model) is the size up to which the wrong options look exactly as plausible as the
 * right one: every model up to N_c is at chance (1/K), and beyond N_c the wrong options stop
 * becoming more plausible while the right one keeps improving. Options are ranked by summed
 * log-likelihood.
 *
 * @module
 */
import { finite, positive, positiveInteger } from "../validate.ts";
import { Xoshiro128ss } from "./prng.ts";
import { type ForwardPassScores, scoreForwardPass } from "../metrics/forward_pass.ts";

/** Power-law constants of L_CE(N) = (N/c)\^α. */
export interface PowerLaw {
  /** scale constant c (parameters), > 0 */
  c: number;
  /** exponent α, < 0 */
  alpha: number;
}

/**
 * Per-token cross-entropy L_CE(N) = (N/c)\^α.
 *
 * @param n parameters N (> 0)
 * @param law constants c > 0 and α < 0
 * @returns the cross-entropy in nats per token
 * @throws {RangeError} if N or c is not positive, or α is not negative
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { crossEntropy } from "./schaeffer_model.ts";
 * assert.equal(crossEntropy(2e6, { c: 2e6, alpha: -0.35 }), 1); // N = c → 1 nat
 * ```
 */
export function crossEntropy(n: number, law: PowerLaw): number {
  positive("N", n);
  positive("c", law.c);
  finite("alpha", law.alpha);
  if (law.alpha >= 0) throw new RangeError(`alpha must be < 0, got ${law.alpha}`);
  return Math.pow(n / law.c, law.alpha);
}

/**
 * Probability of the correct token, p(N) = exp(−L_CE(N)).
 *
 * @param n parameters N
 * @param law power-law constants
 * @returns p in (0, 1)
 * @throws {RangeError} as {@link crossEntropy}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tokenProbability } from "./schaeffer_model.ts";
 * assert.ok(Math.abs(tokenProbability(2e6, { c: 2e6, alpha: -0.35 }) - Math.exp(-1)) < 1e-15);
 * ```
 */
export function tokenProbability(n: number, law: PowerLaw): number {
  return Math.exp(-crossEntropy(n, law));
}

/** The closed-form metrics of the toy model at one N. */
export interface SchaefferCurvePoint {
  /** parameters N of the toy model */
  n: number;
  /** log10 N */
  logN: number;
  /** L_CE(N) */
  crossEntropy: number;
  /** p = exp(−L_CE) */
  p: number;
  /** accuracy p\^L */
  accuracy: number;
  /** expected token edit distance L(1 − p) (substitutions only) */
  editDistance: number;
}

/**
 * The toy model's metrics in closed form on a grid of log10 N.
 *
 * @param logNs log10 parameter counts
 * @param law power-law constants
 * @param length answer length L (tokens)
 * @returns one point per N
 * @throws {RangeError} on a bad law or length
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { schaefferCurves } from "./schaeffer_model.ts";
 * const [pt] = schaefferCurves([Math.log10(2e6)], { c: 2e6, alpha: -0.35 }, 5);
 * assert.ok(Math.abs(pt.accuracy - Math.exp(-5)) < 1e-12);
 * ```
 */
export function schaefferCurves(
  logNs: readonly number[],
  law: PowerLaw,
  length: number,
): SchaefferCurvePoint[] {
  positiveInteger("length", length);
  return logNs.map((logN, i) => {
    finite(`logNs[${i}]`, logN);
    const n = Math.pow(10, logN);
    const ce = crossEntropy(n, law);
    const p = Math.exp(-ce);
    return {
      n,
      logN,
      crossEntropy: ce,
      p,
      accuracy: Math.exp(-length * ce),
      editDistance: length * (1 - p),
    };
  });
}

/** Vocabulary size of the simulated logits (a power of two). */
export const VOCAB = 64;

/** Arguments of {@link simulateSchaefferLadder}. */
export interface SchaefferLadder {
  /** log10 parameters of each model, increasing */
  logNs: readonly number[];
  /** power-law constants */
  law: PowerLaw;
  /** answer length L in tokens */
  length: number;
  /** questions per model */
  questions: number;
  /** options per multiple-choice question (K ≥ 2) */
  choices: number;
  /** tokens per multiple-choice option (default: `length`) */
  choiceLength?: number;
  /** log10 N up to which multiple choice is at chance (default: the smallest model) */
  chanceUntil?: number;
  /** PRNG seed */
  seed: number;
}

/** One model of the simulated ladder with all its metrics. */
export interface SchaefferLadderRow {
  /** log10 N */
  logN: number;
  /** p(N) = exp(−L_CE(N)), the median correct-token probability */
  p: number;
  /** free-generation metrics, scored on the correct options' rows */
  generation: ForwardPassScores;
  /** multiple-choice grade and Brier score over K options */
  multipleChoice: NonNullable<ForwardPassScores["multipleChoice"]>;
}

/**
 * Simulates a ladder of models from the toy model and scores each with one forward pass
 * (see the module documentation for how the logits are built).
 *
 * @param ladder sizes, law, L, questions, K, seed
 * @returns one row per model with generation metrics (exact match, token accuracy, NLL,
 *   Brier, edit distance) and multiple-choice metrics (grade, Brier)
 * @throws {RangeError} on invalid sizes or counts
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { simulateSchaefferLadder } from "./schaeffer_model.ts";
 * const rows = simulateSchaefferLadder({
 *   logNs: [6, 9, 12], law: { c: 2e6, alpha: -0.35 }, length: 5, questions: 50,
 *   choices: 4, seed: 1,
 * });
 * assert.ok(rows[2].generation.exactMatch > rows[0].generation.exactMatch);
 * ```
 */
export function simulateSchaefferLadder(ladder: SchaefferLadder): SchaefferLadderRow[] {
  const { law } = ladder;
  const L = positiveInteger("length", ladder.length);
  const Q = positiveInteger("questions", ladder.questions);
  const K = positiveInteger("choices", ladder.choices);
  if (K < 2) throw new RangeError(`choices must be ≥ 2, got ${K}`);
  if (!Array.isArray(ladder.logNs) || ladder.logNs.length === 0) {
    throw new RangeError(`logNs must be a non-empty array, got ${ladder.logNs}`);
  }
  ladder.logNs.forEach((x, i) => finite(`logNs[${i}]`, x));
  const logit = (p: number) => Math.log(p) - Math.log1p(-p);
  const chanceUntil = ladder.chanceUntil === undefined
    ? ladder.logNs[0]
    : finite("chanceUntil", ladder.chanceUntil);
  const rng = new Xoshiro128ss(ladder.seed);
  const V = VOCAB;
  const C = ladder.choiceLength === undefined
    ? L
    : positiveInteger("choiceLength", ladder.choiceLength);
  // a target token and a different "favourite wrong" token, uniform over the vocabulary
  const twoTokens = (): [number, number] => {
    const target = rng.nextUint32() & (VOCAB - 1);
    const wrong = (target + 1 + (rng.nextUint32() % (VOCAB - 1))) & (VOCAB - 1);
    return [target, wrong];
  };
  const logistic = () => {
    const u = rng.uniformPositive();
    return u === 1 ? 40 : Math.log(u) - Math.log1p(-u); // Logistic(0, 1) by inversion
  };
  return ladder.logNs.map((logN) => {
    const p = tokenProbability(Math.pow(10, logN), law);
    const base = logit(p);
    const wrongBase = logit(tokenProbability(Math.pow(10, Math.min(logN, chanceUntil)), law));
    // free generation: Q answers of L tokens
    const genLogits = new Float64Array(Q * L * V).fill(-Infinity);
    const genTargets = new Int32Array(Q * L);
    for (let pos = 0; pos < Q * L; pos++) {
      const [target, wrong] = twoTokens();
      genTargets[pos] = target;
      genLogits[pos * V + target] = base + logistic();
      genLogits[pos * V + wrong] = 0;
    }
    const generation = scoreForwardPass({
      logits: genLogits,
      shape: [Q, L, V],
      targets: genTargets,
      answerMask: new Uint8Array(Q * L).fill(1),
    });
    // multiple choice: Q questions × K options of C tokens
    const B = Q * K;
    const logits = new Float64Array(B * C * V).fill(-Infinity);
    const targets = new Int32Array(B * C);
    const question = new Int32Array(B);
    const correct = new Uint8Array(B);
    for (let q = 0; q < Q; q++) {
      const right = Math.floor(rng.uniform() * K); // where the correct option sits
      for (let o = 0; o < K; o++) {
        const row = q * K + o;
        question[row] = q;
        correct[row] = o === right ? 1 : 0;
        for (let t = 0; t < C; t++) {
          const pos = row * C + t;
          const [target, wrong] = twoTokens();
          targets[pos] = target;
          logits[pos * V + target] = (o === right ? base : wrongBase) + logistic();
          logits[pos * V + wrong] = 0;
        }
      }
    }
    const mcScores = scoreForwardPass({
      logits,
      shape: [B, C, V],
      targets,
      answerMask: new Uint8Array(B * C).fill(1),
      options: { multipleChoice: { question, correct } },
    });
    return { logN, p, generation, multipleChoice: mcScores.multipleChoice! };
  });
}

/** One metric's values along the ladder. */
export interface MetricSeries {
  /** metric name */
  metric: string;
  /** values in ladder order, oriented so that higher is better */
  values: number[];
  /** true if the raw metric is lower-is-better and was negated */
  negated: boolean;
}

/**
 * Every metric of a simulated ladder as a series, oriented "higher is better" (NLL, Brier
 * scores and edit distance are negated), ready for the emergence score.
 *
 * @param rows output of {@link simulateSchaefferLadder}
 * @returns one series per metric
 * @throws {RangeError} if there are no rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderMetricSeries, simulateSchaefferLadder } from "./schaeffer_model.ts";
 * const rows = simulateSchaefferLadder({
 *   logNs: [6, 8], law: { c: 2e6, alpha: -0.35 }, length: 4, questions: 20, choices: 4, seed: 1,
 * });
 * const s = ladderMetricSeries(rows);
 * assert.equal(s.length, 7);
 * assert.ok(s.find((m) => m.metric === "token NLL")!.negated);
 * ```
 */
export function ladderMetricSeries(rows: readonly SchaefferLadderRow[]): MetricSeries[] {
  if (rows.length === 0) throw new RangeError("ladderMetricSeries: no rows");
  const g = (f: (r: SchaefferLadderRow) => number) => rows.map(f);
  return [
    { metric: "exact match", values: g((r) => r.generation.exactMatch), negated: false },
    { metric: "multiple-choice grade", values: g((r) => r.multipleChoice.grade), negated: false },
    { metric: "per-token accuracy", values: g((r) => r.generation.tokenAccuracy), negated: false },
    {
      metric: "token edit distance",
      values: g((r) => -r.generation.meanEditDistance),
      negated: true,
    },
    { metric: "token NLL", values: g((r) => -r.generation.meanTokenNll), negated: true },
    { metric: "token Brier score", values: g((r) => -r.generation.brier), negated: true },
    {
      metric: "multiple-choice Brier score",
      values: g((r) => -r.multipleChoice.brier),
      negated: true,
    },
  ];
}
