/**
 * A ladder of evaluated models on one compute axis: a small CSV manifest names each
 * lm-evaluation-harness results file with the model's parameters N and training tokens D;
 * compute is C = 6·N·D. This module loads the manifest and the files and warns when the rungs
 * were run differently; reading one task's metric across the ladder (discrete or continuous,
 * with Wilson intervals and the emergence score) is `lib/metrics/ladder_metric.ts`.
 *
 * @module
 */
import { type CsvSchema, loadCsvSync } from "./csv.ts";
import { trainingCompute } from "../math/training_compute.ts";
import { type LmEvalResults, parseLmEval } from "./lmeval_results.ts";
import { ladderWarnings, type RunSettings, runSettings } from "./lmeval_files.ts";

/** Schema of a ladder manifest. */
export const LADDER_SCHEMA = {
  columns: { file: "string", model: "string", params: "positive", tokens: "positive" },
  key: ["model"],
} as const satisfies CsvSchema;

/** One model of a ladder. */
export interface LadderModel {
  /** model label from the manifest */
  model: string;
  /** parameters N */
  params: number;
  /** training tokens D */
  tokens: number;
  /** C = 6·N·D */
  compute: number;
  /** the parsed results file */
  results: LmEvalResults;
  /** how the file says it was run (shots, versions, groups) */
  settings: RunSettings;
}

/**
 * Loads a ladder manifest (CSV with `file,model,params,tokens`) and every results file it
 * names (paths relative to the manifest), sorted by compute.
 *
 * @param manifest path or URL of the CSV manifest
 * @returns the models, smallest compute first
 * @throws {Error} if the manifest fails its schema, a file is missing or malformed (the message
 *   names the file), or two models have the same compute
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "./lmeval_ladder.ts";
 * const ladder = loadLadder(new URL("../../tests/fixtures/lmeval/ladder-current.csv", import.meta.url));
 * assert.equal(ladder[0].model, "pythia-70m");
 * ```
 */
export function loadLadder(manifest: string | URL): LadderModel[] {
  const url = manifest instanceof URL ? manifest : new URL(manifest, `file://${Deno.cwd()}/`);
  const rows = loadCsvSync(url, LADDER_SCHEMA);
  const models = rows.map((r, i) => {
    const fileUrl = new URL(r.file, url);
    const path = decodeURIComponent(fileUrl.pathname);
    let text: string;
    try {
      text = Deno.readTextFileSync(fileUrl);
    } catch (e) {
      throw new Error(
        `${decodeURIComponent(url.pathname)} line ${i + 2}: cannot read results file ${path} (${
          (e as Error).message
        })`,
      );
    }
    return {
      model: r.model,
      params: r.params,
      tokens: r.tokens,
      compute: trainingCompute(r.params, r.tokens),
      results: parseLmEval(text, path),
      settings: runSettings(text, path.split("/").pop() ?? path),
    };
  });
  models.sort((a, b) => a.compute - b.compute);
  for (let i = 1; i < models.length; i++) {
    if (models[i].compute === models[i - 1].compute) {
      throw new Error(
        `${decodeURIComponent(url.pathname)}: ${models[i].model} and ${
          models[i - 1].model
        } have the same compute`,
      );
    }
  }
  return models;
}

/**
 * Warnings for one task of a ladder: rungs run with different few-shot counts or task
 * versions, or where the task is a group (see `lib/data/lmeval_files.ts`).
 *
 * @param ladder output of {@link loadLadder}
 * @param task task name
 * @returns warnings, empty when the rungs agree
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exampleFile, ladderTaskWarnings, loadLadder } from "./lmeval_ladder.ts";
 * assert.deepEqual(ladderTaskWarnings(loadLadder(exampleFile("ladder-current.csv")), "lambada_openai"), []);
 * ```
 */
export function ladderTaskWarnings(ladder: LadderModel[], task: string): string[] {
  return ladderWarnings(ladder.map((m) => m.settings), task);
}

/**
 * URL of a file of the example ladder shipped with the book (the hand-made results files in
 * `tests/fixtures/lmeval/`, holding real Pythia numbers), so notebooks can open them without
 * knowing their working directory.
 *
 * @param name file name, e.g. `"ladder-current.csv"`
 * @returns the file URL
 * @throws {Error} if the name contains a path separator
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exampleFile } from "./lmeval_ladder.ts";
 * assert.ok(exampleFile("ladder-current.csv").pathname.endsWith("/tests/fixtures/lmeval/ladder-current.csv"));
 * ```
 */
export function exampleFile(name: string): URL {
  if (/[\\/]/.test(name)) throw new Error(`exampleFile: "${name}" must be a bare file name`);
  return new URL(`../../tests/fixtures/lmeval/${name}`, import.meta.url);
}
