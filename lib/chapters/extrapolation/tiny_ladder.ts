/**
 * Claim (a) of chapter 12 on the tiny-model ladder trained in chapter 10
 * (`data/ladder-checkpoints.csv`): early power-law fits of each model's answer NLL against
 * tokens, and one model's curve for plotting. The file is optional (it is produced by training
 * the ladder); the chapter checks for it before calling these functions.
 *
 * @module
 */
import type { PowerForm } from "../../fit/extrapolate.ts";
import { checkFromProtocol, type ExtrapolationCheck } from "../../fit/extrapolation_check.ts";
import { predictFinal } from "../../fit/protocol.ts";
import { dataUrl } from "../../data/read.ts";
import { loadCsvSync } from "../../data/csv.ts";
import { LADDER_CHECKPOINT_SCHEMA } from "../../data/ladder_runs.ts";

/**
 * Early fits on the tiny-model ladder trained in chapter 10 (constant learning rate, Adam):
 * for each model, fit the answer NLL against tokens on the checkpoints within the first 10 %
 * of its steps and predict the final checkpoint. A fit that fails (too few points, no
 * convergence) is reported as a row with `NaN` prediction and the reason in `condition`.
 *
 * @param path the checkpoint file (default `data/ladder-checkpoints.csv`)
 * @param window fraction of the steps the fit may see (default 0.1)
 * @returns one row per model × form (`model` is "hidden h, n params")
 * @throws {Error} if the file is missing or fails its schema
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tinyLadderChecks } from "./tiny_ladder.ts";
 * import { CHECKPOINT_HEADER } from "../../training/ladder_generator.ts";
 * const p = await Deno.makeTempFile({ suffix: ".csv" });
 * const lines = [CHECKPOINT_HEADER];
 * for (const s of [1, 2, 4, 8, 16, 32, 64, 128]) {
 *   lines.push(`2,1,2,4,100,1,0.01,128,${s},${s * 10},${s * 6000},10,0,0,0.5,${1 + 2 * s ** -0.5},1,t`);
 * }
 * await Deno.writeTextFile(p, lines.join("\n"));
 * const rows = tinyLadderChecks(p, 0.15);
 * assert.ok(Math.abs(rows.find((r) => r.form === "power+floor")!.relError) < 1e-6);
 * await Deno.remove(p);
 * ```
 */
export function tinyLadderChecks(
  path: string | URL = dataUrl("ladder-checkpoints.csv"),
  window = 0.1,
): ExtrapolationCheck[] {
  const rows = loadCsvSync(path, LADDER_CHECKPOINT_SCHEMA);
  const hiddens = [...new Set(rows.map((r) => r.hidden))].sort((a, b) => a - b);
  const out: ExtrapolationCheck[] = [];
  for (const h of hiddens) {
    const run = rows.filter((r) => r.hidden === h).sort((a, b) => a.step - b.step);
    const total = run[0].total_steps;
    const last = run[run.length - 1];
    const checkpoints = run.map((r) => ({ step: r.step, x: r.tokens, y: r.mean_nll }));
    for (const form of ["power", "power+floor"] as PowerForm[]) {
      const res = predictFinal(checkpoints, form, { window, minStep: 1 });
      out.push(
        checkFromProtocol(res, {
          data: "tiny ladder (chapter 10)",
          model: `hidden ${h}, ${last.parameters} params`,
          across: "checkpoints",
          condition: res.failure ? `fit failed: ${res.failure}` : "constant LR (Adam)",
          window: `first ${Math.round(window * 100)}% of steps (≤ ${Math.floor(window * total)})`,
          windowFraction: window,
          target: `step ${last.step}`,
        }),
      );
    }
  }
  return out;
}

/**
 * The answer-NLL curve of one model of the tiny ladder, for plotting.
 *
 * @param hidden the model's hidden size
 * @param path the checkpoint file (default `data/ladder-checkpoints.csv`)
 * @returns tokens and NLL by step
 * @throws {Error} if the file is missing or has no rows for that hidden size
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tinyLadderCurve } from "./tiny_ladder.ts";
 * import { CHECKPOINT_HEADER } from "../../training/ladder_generator.ts";
 * const p = await Deno.makeTempFile({ suffix: ".csv" });
 * const line = (s: number, nll: number) => `2,1,2,4,1,1,0.01,2,${s},${10 * s},${60 * s},10,0,0,0.5,${nll},1,t`;
 * await Deno.writeTextFile(p, [CHECKPOINT_HEADER, line(1, 2), line(2, 1.5)].join("\n"));
 * assert.deepEqual(tinyLadderCurve(4, p), { tokens: [10, 20], nll: [2, 1.5] });
 * await Deno.remove(p);
 * ```
 */
export function tinyLadderCurve(
  hidden: number,
  path: string | URL = dataUrl("ladder-checkpoints.csv"),
): { tokens: number[]; nll: number[] } {
  const rows = loadCsvSync(path, LADDER_CHECKPOINT_SCHEMA)
    .filter((r) => r.hidden === hidden)
    .sort((a, b) => a.step - b.step);
  if (rows.length === 0) throw new Error(`tinyLadderCurve: no rows with hidden = ${hidden}`);
  return { tokens: rows.map((r) => r.tokens), nll: rows.map((r) => r.mean_nll) };
}
