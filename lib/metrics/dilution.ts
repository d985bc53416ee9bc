/**
 * The constructed example of chapter 6: prompt dilution. A "model" that copies the prompt
 * back with high confidence but knows nothing about the answer (a flat distribution over the
 * vocabulary at every answer position) is scored twice from the same logits — once on the
 * answer span, once on every position. Scoring the prompt makes it look good.
 *
 * @module
 */
import { positiveInteger } from "../validate.ts";
import { type ForwardPass, type ForwardPassScores, scoreForwardPass } from "./forward_pass.ts";

/** Sizes of the constructed example. */
export interface DilutionSetup {
  /** examples in the batch */
  examples: number;
  /** prompt tokens per example (copied with confidence) */
  promptTokens: number;
  /** answer tokens per example (flat logits: the model is guessing) */
  answerTokens: number;
  /** vocabulary size (≥ 2) */
  vocab: number;
  /** logit margin of the copied prompt token over the rest (default 20) */
  margin?: number;
}

/**
 * Builds the logits, targets and the honest (answer-only) mask of the example. Prompt target
 * at position t of example b is (b + t) mod V with logit `margin`, all else 0; answer targets
 * are (b + t + 1) mod V with every logit 0, so greedy decoding picks token 0 (first on ties)
 * and is right only where the target happens to be 0.
 *
 * @param setup sizes
 * @returns the forward-pass input with the answer-only mask
 * @throws {RangeError} if a size is not a positive integer or vocab < 2
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { dilutionBatch } from "./dilution.ts";
 * const b = dilutionBatch({ examples: 2, promptTokens: 3, answerTokens: 1, vocab: 5 });
 * assert.deepEqual(b.shape, [2, 4, 5]);
 * ```
 */
export function dilutionBatch(setup: DilutionSetup): ForwardPass {
  const B = positiveInteger("examples", setup.examples);
  const P = positiveInteger("promptTokens", setup.promptTokens);
  const A = positiveInteger("answerTokens", setup.answerTokens);
  const V = positiveInteger("vocab", setup.vocab);
  if (V < 2) throw new RangeError(`vocab must be ≥ 2, got ${V}`);
  const margin = setup.margin ?? 20;
  const T = P + A;
  const logits = new Float32Array(B * T * V);
  const targets = new Int32Array(B * T);
  const answerMask = new Uint8Array(B * T);
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < T; t++) {
      const pos = b * T + t;
      if (t < P) {
        targets[pos] = (b + t) % V;
        logits[pos * V + targets[pos]] = margin;
      } else {
        targets[pos] = (b + t + 1) % V;
        answerMask[pos] = 1;
      }
    }
  }
  return { logits, shape: [B, T, V], targets, answerMask };
}

/**
 * Scores the constructed example on the answer span and on every position.
 *
 * @param setup sizes
 * @returns `{ answerOnly, everyPosition }` scores from the same logits
 * @throws {RangeError} as {@link dilutionBatch}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { promptDilution } from "./dilution.ts";
 * const d = promptDilution({ examples: 10, promptTokens: 99, answerTokens: 1, vocab: 10 });
 * assert.ok(d.everyPosition.tokenAccuracy > 0.98 && d.answerOnly.tokenAccuracy <= 0.1);
 * ```
 */
export function promptDilution(
  setup: DilutionSetup,
): { answerOnly: ForwardPassScores; everyPosition: ForwardPassScores } {
  const batch = dilutionBatch(setup);
  return {
    answerOnly: scoreForwardPass(batch),
    everyPosition: scoreForwardPass({
      ...batch,
      answerMask: new Uint8Array(batch.targets.length).fill(1),
    }),
  };
}
