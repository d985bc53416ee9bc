/**
 * The files an lm-evaluation-harness run leaves in its output folder, and the checks a ladder
 * of such runs needs before its numbers are compared:
 *
 * - harness ≥ 0.4 writes `results_<timestamp>.json` (and, with `--log_samples`,
 *   `samples_<task>_<timestamp>.jsonl`) into `<output_path>/<model_name_sanitized>/`; a folder
 *   evaluated twice holds two of each, and the latest is the one to read;
 * - group rows (`mmlu`, `arc` …) in `results` carry a standard error pooled over their
 *   subtasks, from which no sample size can be recovered; the file names its groups under
 *   `groups` and `group_subtasks`;
 * - rungs evaluated with different numbers of few-shot examples or different task versions
 *   are not one curve.
 *
 * @module
 */

import { parsePythonJson } from "./python_json.ts";

const TIMESTAMP = String.raw`(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:\.\d+)?)`;

/**
 * The timestamp in a harness output file name, or null.
 *
 * @param name file name, e.g. `"results_2024-06-28T00-00-00.00001.json"`
 * @returns the timestamp text, e.g. `"2024-06-28T00-00-00.00001"`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { outputTimestamp } from "./lmeval_files.ts";
 * assert.equal(outputTimestamp("samples_copa_2026-10-01T23-15-32.942677.jsonl"), "2026-10-01T23-15-32.942677");
 * assert.equal(outputTimestamp("results.json"), null);
 * ```
 */
export function outputTimestamp(name: string): string | null {
  const m = new RegExp(`_${TIMESTAMP}\\.jsonl?$`).exec(name);
  return m ? m[1] : null;
}

function compareTimestamps(a: string, b: string): number {
  // same fixed-width date-time prefix; the fractional seconds compare as a decimal fraction
  const [da, fa = ""] = a.split(".");
  const [db, fb = ""] = b.split(".");
  if (da !== db) return da < db ? -1 : 1;
  const w = Math.max(fa.length, fb.length);
  const pa = fa.padEnd(w, "0"), pb = fb.padEnd(w, "0");
  return pa === pb ? 0 : pa < pb ? -1 : 1;
}

/**
 * Picks the latest of several harness output files by the timestamp in their names.
 *
 * @param names file names (other files are ignored)
 * @param prefix `"results"` or `"samples_<task>"`
 * @returns the latest matching name, or null if none matches
 * @throws {Error} if two files carry the same timestamp
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { latestOutput } from "./lmeval_files.ts";
 * const names = ["results_2024-06-28T00-00-00.9.json", "results_2024-06-28T00-00-00.10.json",
 *   "results_2024-06-27T23-59-59.json", "notes.txt"];
 * assert.equal(latestOutput(names, "results"), "results_2024-06-28T00-00-00.9.json");
 * ```
 */
export function latestOutput(names: readonly string[], prefix: string): string | null {
  const ext = prefix === "results" ? "json" : "jsonl";
  const re = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}_${TIMESTAMP}\\.${ext}$`);
  const hits = names.flatMap((n) => {
    const m = re.exec(n);
    return m ? [{ n, t: m[1] }] : [];
  });
  if (hits.length === 0) return null;
  hits.sort((a, b) => compareTimestamps(a.t, b.t));
  for (let i = 1; i < hits.length; i++) {
    if (compareTimestamps(hits[i - 1].t, hits[i].t) === 0) {
      throw new Error(`${hits[i - 1].n} and ${hits[i].n} carry the same timestamp`);
    }
  }
  return hits[hits.length - 1].n;
}

/**
 * The latest `results_*.json` in a folder.
 *
 * @param dir folder path
 * @returns the path of the latest results file
 * @throws {Error} naming the folder if it cannot be read or holds no results file
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { latestResultsFile } from "./lmeval_files.ts";
 * const d = await Deno.makeTempDir();
 * for (const t of ["2024-01-02T00-00-00.5", "2024-01-10T00-00-00.1"]) {
 *   await Deno.writeTextFile(`${d}/results_${t}.json`, "{}");
 * }
 * assert.ok(latestResultsFile(d).endsWith("results_2024-01-10T00-00-00.1.json"));
 * await Deno.remove(d, { recursive: true });
 * ```
 */
export function latestResultsFile(dir: string): string {
  let names: string[];
  try {
    names = [...Deno.readDirSync(dir)].filter((e) => e.isFile).map((e) => e.name);
  } catch (e) {
    throw new Error(`${dir}: cannot list the folder (${(e as Error).message})`);
  }
  const latest = latestOutput(names, "results");
  if (!latest) throw new Error(`${dir}: no results_<timestamp>.json file`);
  return `${dir.replace(/\/$/, "")}/${latest}`;
}

function parseLoose(text: string, name: string): Record<string, unknown> {
  try {
    const doc = parsePythonJson(text);
    if (typeof doc === "object" && doc !== null && !Array.isArray(doc)) {
      return doc as Record<string, unknown>;
    }
  } catch (e) {
    throw new Error(`${name}: not valid JSON (${(e as Error).message})`);
  }
  throw new Error(`${name}: top level must be a JSON object`);
}

/** What a results file says about how it was run, per task. */
export interface RunSettings {
  /** file name, for messages */
  name: string;
  /** task → few-shot examples (`n-shot`, or the legacy `config.num_fewshot` for every task) */
  shots: Record<string, number>;
  /** task → version (`versions`) */
  versions: Record<string, string>;
  /** names of group rows (keys of `groups`, and of `group_subtasks` with subtasks) */
  groups: Set<string>;
}

/**
 * Reads the run settings of a results file.
 *
 * @param text the file's text
 * @param name where it came from
 * @returns shots, versions and groups
 * @throws {Error} if the text is not a JSON object
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runSettings } from "./lmeval_files.ts";
 * const s = runSettings(JSON.stringify({ results: {}, "n-shot": { arc: 0 }, versions: { arc: 1.0 },
 *   group_subtasks: { mmlu: ["mmlu_stem"], arc: [] } }), "r.json");
 * assert.deepEqual([s.shots.arc, s.versions.arc, [...s.groups]], [0, "1", ["mmlu"]]);
 * ```
 */
export function runSettings(text: string, name: string): RunSettings {
  const doc = parseLoose(text, name);
  const shots: Record<string, number> = Object.create(null);
  const versions: Record<string, string> = Object.create(null);
  const groups = new Set<string>();
  const rec = (v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v) ? v as Record<string, unknown> : {};
  for (const [t, v] of Object.entries(rec(doc["n-shot"]))) {
    if (typeof v === "number") shots[t] = v;
  }
  const legacyShots = rec(doc.config).num_fewshot;
  if (typeof legacyShots === "number") {
    for (const t of Object.keys(rec(doc.results))) if (!(t in shots)) shots[t] = legacyShots;
  }
  for (const [t, v] of Object.entries(rec(doc.versions))) {
    if (typeof v === "number" || typeof v === "string") versions[t] = String(v);
  }
  for (const g of Object.keys(rec(doc.groups))) groups.add(g);
  for (const [g, subs] of Object.entries(rec(doc.group_subtasks))) {
    if (Array.isArray(subs) && subs.length > 0) groups.add(g);
  }
  return { name, shots, versions, groups };
}

/**
 * Warnings for a ladder whose rungs were not run alike on one task: a different number of
 * few-shot examples, a different task version, or the task recorded as a group in one file.
 *
 * @param rungs the settings of each rung's results file
 * @param task the task compared
 * @returns human-readable warnings (empty when the rungs agree)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderWarnings } from "./lmeval_files.ts";
 * const a = { name: "a.json", shots: { t: 0 }, versions: { t: "1" }, groups: new Set<string>() };
 * const b = { name: "b.json", shots: { t: 5 }, versions: { t: "1" }, groups: new Set<string>() };
 * assert.deepEqual(ladderWarnings([a, b], "t"), ["t: few-shot examples differ between rungs (a.json: 0, b.json: 5)"]);
 * ```
 */
export function ladderWarnings(rungs: readonly RunSettings[], task: string): string[] {
  const out: string[] = [];
  const differ = (pick: (r: RunSettings) => string | number | undefined, what: string) => {
    const vals = rungs.map((r) => pick(r));
    if (new Set(vals.map(String)).size > 1) {
      out.push(
        `${task}: ${what} differ between rungs (${
          rungs.map((r, i) => `${r.name}: ${vals[i] ?? "not recorded"}`).join(", ")
        })`,
      );
    }
  };
  differ((r) => r.shots[task], "few-shot examples");
  differ((r) => r.versions[task], "task versions");
  if (rungs.some((r) => r.groups.has(task))) {
    out.push(
      `${task}: is a group in ${
        rungs.filter((r) => r.groups.has(task)).map((r) => r.name).join(", ")
      }; its stderr is pooled over subtasks and gives no sample size`,
    );
  }
  return out;
}
