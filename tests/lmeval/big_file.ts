/**
 * Builds a large lm-evaluation-harness results file in the shape Python writes: `results`
 * for many tasks (with `NaN` standard errors), `n-samples`, `config`, and a bulky top-level
 * `samples` section of logged per-example records holding `NaN` and `-Infinity`. Used by the
 * importer's size test (about 20 MB) and by `bench/lmeval_import.ts` (about 200 MB).
 *
 * @module
 */

/**
 * The text of a synthetic results file of roughly `bytes` characters (ASCII, deterministic).
 *
 * @param bytes approximate size in characters
 * @param tasks number of tasks in `results` (default 200)
 * @returns the JSON text, with Python's `NaN` and `-Infinity` tokens
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bigResultsText } from "./big_file.ts";
 * const text = bigResultsText(50_000, 3);
 * assert.ok(text.length >= 50_000 && text.includes("NaN"));
 * ```
 */
export function bigResultsText(bytes: number, tasks = 200): string {
  const parts: string[] = ['{\n  "results": {\n'];
  for (let t = 0; t < tasks; t++) {
    parts.push(
      `    "task_${t}": {"alias": "task_${t}", "acc,none": ${((t * 37) % 1000) / 1000}, ` +
        `"acc_stderr,none": NaN, "perplexity,none": ${
          10 + t / 7
        }, "perplexity_stderr,none": "N/A"}` +
        (t < tasks - 1 ? ",\n" : "\n"),
    );
  }
  parts.push('  },\n  "n-samples": {');
  for (let t = 0; t < tasks; t++) {
    parts.push(`"task_${t}": {"original": 5153, "effective": 5153}${t < tasks - 1 ? ", " : ""}`);
  }
  parts.push('},\n  "config": {"model": "hf", "model_args": "pretrained=synthetic"},\n');
  parts.push('  "samples": {"task_0": [\n');
  let size = parts.reduce((s, p) => s + p.length, 0);
  const filler = "the quick brown fox jumps over the lazy dog ".repeat(3);
  for (let i = 0; size < bytes; i++) {
    const record = `    {"doc_id": ${i}, "target": "word ${i}", "resps": [["${filler}\\n${i}"]], ` +
      `"acc": ${i % 2}, "perplexity": NaN, "logprob": -Infinity, "filter": "none"},\n`;
    parts.push(record);
    size += record.length;
  }
  parts.push('    {"doc_id": -1, "acc": NaN}\n  ]}\n}\n');
  return parts.join("");
}
