/**
 * Does an early power-law fit predict the end of a real run? LAMBADA NLL per token of the
 * target word (ln perplexity) of all 16 Pythia models (`lib/fit/pythia_runs.ts`), under the
 * shared early-fit protocol (`lib/fit/protocol.ts`), as {@link ExtrapolationCheck} rows.
 * Chapter 12 tabulates them; the appendix of checked claims counts them.
 *
 * @module
 */
import { checkFromProtocol, type ExtrapolationCheck } from "./extrapolation_check.ts";
import { pythiaEarlyFits, type PythiaRun, pythiaRuns, sizeLadderFits } from "./pythia_runs.ts";

/**
 * Early fits on Pythia, over training and across sizes:
 *
 * - over training, each model: the checkpoints after the warm-up (step ≥ 1,430) and within the
 *   first `window` of the 143,000 steps are fitted against tokens; the final checkpoint is
 *   predicted. At 10 % the window holds steps 3,000 and 13,000 only, so the pure law goes
 *   through both and the floor form (4 points needed) cannot be fitted;
 * - across sizes, standard and deduplicated separately: the final checkpoints within `window`
 *   of the 12B model's compute (70M–1B) predict the 12B model.
 *
 * @param window fraction of the run, or of the 12B model's compute (default 0.1)
 * @param runs the runs (default: {@link pythiaRuns} from `data/pythia-evals.csv`)
 * @returns 16 × 2 rows over training (`across: "checkpoints"`, `model` the run's label such as
 *   "6.9b-deduped"), then 2 × 2 rows across sizes (`across: "model sizes"`)
 * @throws {Error} if the data file is missing or malformed
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaExtrapolationChecks } from "./pythia_extrapolation.ts";
 * const rows = pythiaExtrapolationChecks();
 * assert.equal(rows.length, 36);
 * assert.equal(rows[0].fitPoints, 2);
 * assert.equal(rows.filter((r) => r.across === "model sizes").length, 4);
 * ```
 */
export function pythiaExtrapolationChecks(
  window = 0.1,
  runs: PythiaRun[] = pythiaRuns(),
): ExtrapolationCheck[] {
  const pct = Math.round(window * 100);
  const rows = pythiaEarlyFits(runs, window).map((r) =>
    checkFromProtocol(r, {
      data: "Pythia over training, LAMBADA NLL",
      model: r.label,
      across: "checkpoints",
      condition: "published checkpoints (cosine LR schedule)",
      window: `first ${pct}% of steps, after warm-up`,
      windowFraction: window,
      target: "step 143,000",
    })
  );
  for (const deduped of [false, true]) {
    for (const r of sizeLadderFits(runs, deduped, window)) {
      rows.push(
        checkFromProtocol(r, {
          data: "Pythia across sizes, LAMBADA NLL",
          model: r.label,
          across: "model sizes",
          condition: "published evaluations",
          window: `models within ${pct}% of the 12B compute (70M–1B)`,
          windowFraction: window,
          target: "12B model",
        }),
      );
    }
  }
  return rows;
}
