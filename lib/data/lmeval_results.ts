/**
 * Importer for lm-evaluation-harness output (`results.json`), in the layouts real users have:
 *
 * - **current** (harness ≥ 0.4): `results[task]["acc,none"]`, `"acc_stderr,none"`,
 *   `"acc_norm,none"`, `"perplexity,none"`, `"exact_match,strict-match"`, … (metric, comma,
 *   filter), an `"alias"` string, stderr sometimes the string `"N/A"`; top-level `"n-samples"`,
 *   `"config"`, `"versions"`, `"n-shot"`, `"model_name"`.
 * - **legacy** (harness ≤ 0.3, e.g. the Pythia evaluation files): `results[task].acc`,
 *   `acc_stderr`, `ppl`, `ppl_stderr`, … without a filter suffix; top-level `"config"` and
 *   `"versions"`.
 *
 * Python's `json` module writes `NaN` and `Infinity`, which are not JSON; the importer reads
 * them as "not available" (a metric whose value is NaN is reported missing, never returned as a
 * number). Anything else malformed is an `Error` naming the file, the task and the key; values
 * quoted in messages are cut to 80 characters.
 *
 * The text is read by `parsePythonJson` (`lib/data/python_json.ts`), a JSON parser that
 * accepts those tokens directly (no rewritten copy of the text) and builds only the parts the
 * importer uses (`results`, `n-samples`, `config.model`, `config.model_args`, `model_name`);
 * everything else, such as logged samples, is checked for structure (brackets, commas, colons,
 * quotes, tokens) and skipped. A 200 MB file therefore costs about one pass over its text, and
 * memory of about twice its size at the peak (the bytes read and the decoded text; see
 * `bench/lmeval_import.ts`). Objects are built without a prototype and metric names are
 * looked up with `Map`s, so keys such as `"constructor,none"`, `"toString"` or `"__proto__"`
 * are ordinary names.
 *
 * @module
 */
import { pathName, readDataFile } from "./read.ts";
import { type KeepPolicy, parsePythonJson } from "./python_json.ts";

/** One metric of one task. */
export interface LmEvalMetric {
  /** metric name without filter, e.g. `"acc"`, `"perplexity"`, `"exact_match"` */
  name: string;
  /** filter name (`"none"`, `"strict-match"`, …); `"none"` for legacy files */
  filter: string;
  /** the value; `null` when the file held NaN/Infinity */
  value: number | null;
  /** standard error; `null` when absent, `"N/A"` or NaN */
  stderr: number | null;
}

/** One task's results. */
export interface LmEvalTask {
  /** task name as in the file */
  task: string;
  /** metrics in file order */
  metrics: LmEvalMetric[];
  /** number of evaluated examples, from `n-samples` when present */
  nSamples: number | null;
}

/** A parsed results file. */
export interface LmEvalResults {
  /** where it came from (file path), used in messages */
  name: string;
  /** which layout was detected */
  layout: "current" | "legacy";
  /** model identifier from `model_name`, `config.model_args` or `config.model` */
  model: string | null;
  /** tasks in file order */
  tasks: LmEvalTask[];
}

/** Legacy metric names mapped to the current ones. */
const ALIASES: ReadonlyMap<string, string> = new Map([["ppl", "perplexity"]]);

function alias(name: string): string {
  return ALIASES.get(name) ?? name;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function own(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

const PREVIEW = 80;

/**
 * A value as it would appear in an error message, cut to 80 characters (a bad value can be
 * megabytes long).
 *
 * @param v any parsed value
 * @returns JSON text of at most 80 characters, followed by "…" and the full length when cut
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { preview } from "./lmeval_results.ts";
 * assert.equal(preview("abc"), '"abc"');
 * assert.match(preview("x".repeat(1e6)), /^"x{79}… \(a string of 1000000 characters\)$/);
 * ```
 */
export function preview(v: unknown): string {
  let text: string;
  if (typeof v === "number") return String(v); // JSON.stringify would print 1e400 as null
  if (typeof v === "string") {
    // quote only the head: JSON.stringify of a 50 MB string would copy it whole
    const head = JSON.stringify(v.slice(0, PREVIEW + 1));
    return v.length > PREVIEW
      ? `${head.slice(0, PREVIEW)}… (a string of ${v.length} characters)`
      : head;
  }
  if (Array.isArray(v) && v.length > PREVIEW) {
    text = `[${v.slice(0, PREVIEW).map((x) => preview(x)).join(",")},…]`;
  } else {
    try {
      text = JSON.stringify(v) ?? String(v);
    } catch {
      text = String(v);
    }
  }
  return text.length > PREVIEW ? `${text.slice(0, PREVIEW)}… (${text.length} characters)` : text;
}

function clipName(name: string): string {
  return name.length > PREVIEW ? `${name.slice(0, PREVIEW)}…` : name;
}

/** What {@link parseLmEval} keeps of a results file. */
const LMEVAL_POLICY: KeepPolicy = {
  results: { "*": { samples: "skip", "*": "all" } },
  "n-samples": "all",
  config: { model: "all", model_args: "all" },
  model_name: "all",
};

function numberOrNull(v: unknown, where: string): number | null {
  if (v === null || v === "N/A") return null;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new Error(`${where}: expected a number, got ${preview(v)}`);
}

/**
 * Parses the text of an lm-evaluation-harness results file.
 *
 * @param text the file's text
 * @param name where it came from, used in every error message
 * @returns tasks with their metrics, the layout and the model name
 * @throws {Error} naming the file (and task and key, and the bad value cut to 80 characters)
 *   if the text is empty or not JSON (with line and column), has no `results` object, a task
 *   entry is not an object, a metric value is neither a number nor NaN, a stderr is neither
 *   a number, NaN nor "N/A", or no task has any metric
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLmEval } from "./lmeval_results.ts";
 * const r = parseLmEval('{"results": {"lambada_openai": {"acc,none": 0.5, "acc_stderr,none": 0.01}}}', "x.json");
 * assert.equal(r.layout, "current");
 * assert.equal(r.tasks[0].metrics[0].value, 0.5);
 * ```
 */
export function parseLmEval(text: string, name: string): LmEvalResults {
  if (typeof text !== "string" || !/\S/.test(text.slice(0, 4096)) && text.trim() === "") {
    throw new Error(`${name}: empty file`);
  }
  let doc: unknown;
  try {
    doc = parsePythonJson(text, LMEVAL_POLICY);
  } catch (e) {
    throw new Error(`${name}: not valid JSON (${(e as Error).message})`);
  }
  if (!isRecord(doc)) throw new Error(`${name}: top level must be a JSON object`);
  const results = own(doc, "results");
  if (!isRecord(results)) {
    throw new Error(
      `${name}: no "results" object (is this an lm-evaluation-harness results file?)`,
    );
  }
  const rawSamples = own(doc, "n-samples");
  const nSamples = isRecord(rawSamples) ? rawSamples : {};
  let sawComma = false;
  let sawPlain = false;
  const tasks: LmEvalTask[] = [];
  for (const [task, entry] of Object.entries(results)) {
    if (!isRecord(entry)) {
      throw new Error(
        `${name}: results["${clipName(task)}"] must be an object, got ${preview(entry)}`,
      );
    }
    const values = new Map<string, { name: string; filter: string; value: unknown }>();
    const errors = new Map<string, unknown>();
    for (const [key, raw] of Object.entries(entry)) {
      if (key === "alias" || key === "name" || key === "sample_len" || key === "samples") continue;
      const comma = key.indexOf(",");
      const base = comma >= 0 ? key.slice(0, comma) : key;
      const filter = comma >= 0 ? key.slice(comma + 1) : "none";
      if (comma >= 0) sawComma = true;
      else sawPlain = true;
      if (base.endsWith("_stderr")) {
        errors.set(`${alias(base.slice(0, -7))},${filter}`, raw);
      } else {
        if (
          typeof raw === "string" || typeof raw === "boolean" || isRecord(raw) || Array.isArray(raw)
        ) {
          throw new Error(
            `${name}: results["${clipName(task)}"]["${clipName(key)}"] must be a number, got ${
              preview(raw)
            }`,
          );
        }
        const metric = alias(base);
        values.set(`${metric},${filter}`, { name: metric, filter, value: raw });
      }
    }
    const metrics: LmEvalMetric[] = [];
    for (const [id, m] of values) {
      const where = `${name}: results["${clipName(task)}"] metric "${clipName(m.name)}" (filter "${
        clipName(m.filter)
      }")`;
      metrics.push({
        name: m.name,
        filter: m.filter,
        value: numberOrNull(m.value, where),
        stderr: errors.has(id) ? numberOrNull(errors.get(id), `${where} stderr`) : null,
      });
    }
    const ns = own(nSamples, task);
    const effective = isRecord(ns) ? own(ns, "effective") : undefined;
    const n = typeof effective === "number" ? effective : null;
    tasks.push({ task, metrics, nSamples: n });
  }
  if (tasks.length === 0 || tasks.every((t) => t.metrics.length === 0)) {
    throw new Error(`${name}: "results" holds no metrics`);
  }
  const rawConfig = own(doc, "config");
  const config = isRecord(rawConfig) ? rawConfig : {};
  const modelName = own(doc, "model_name");
  const modelArgs = own(config, "model_args");
  const configModel = own(config, "model");
  const model = typeof modelName === "string"
    ? modelName
    : typeof modelArgs === "string" && modelArgs !== ""
    ? modelArgs
    : typeof configModel === "string"
    ? configModel
    : null;
  return { name, layout: sawComma || !sawPlain ? "current" : "legacy", model, tasks };
}

/**
 * Reads and parses a results file (see {@link parseLmEval}).
 *
 * @param path file path or URL
 * @returns the parsed results
 * @throws {Error} if the file cannot be read or is malformed (message names the path)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLmEval } from "./lmeval_results.ts";
 * const p = await Deno.makeTempFile({ suffix: ".json" });
 * await Deno.writeTextFile(p, '{"results": {"t": {"acc": 0.25, "acc_stderr": 0.01}}, "config": {"model": "m"}}');
 * const r = await loadLmEval(p);
 * assert.equal(r.layout, "legacy");
 * await Deno.remove(p);
 * ```
 */
export async function loadLmEval(path: string | URL): Promise<LmEvalResults> {
  return parseLmEval(await readDataFile(path), pathName(path));
}

/**
 * Looks up one metric of one task. Legacy `ppl` is found as `perplexity`.
 *
 * @param results a parsed file
 * @param task task name
 * @param metric metric name, e.g. `"acc"`, `"acc_norm"`, `"perplexity"`, `"exact_match"`
 * @param filter filter name; default: `"none"` if present, else the only filter there is
 * @returns the metric
 * @throws {Error} if the task or metric is missing, the filter is ambiguous, or the value
 *   was NaN in the file
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { getMetric, parseLmEval } from "./lmeval_results.ts";
 * const r = parseLmEval('{"results": {"t": {"ppl": 12.5, "acc": 0.4}}}', "x.json");
 * assert.equal(getMetric(r, "t", "perplexity").value, 12.5);
 * ```
 */
export function getMetric(
  results: LmEvalResults,
  task: string,
  metric: string,
  filter?: string,
): LmEvalMetric & { value: number } {
  const t = results.tasks.find((x) => x.task === task);
  if (!t) {
    throw new Error(
      `${results.name}: no task "${task}" (tasks: ${results.tasks.map((x) => x.task).join(", ")})`,
    );
  }
  const want = alias(metric);
  const candidates = t.metrics.filter((m) => m.name === want);
  if (candidates.length === 0) {
    throw new Error(
      `${results.name}: task "${task}" has no metric "${metric}" (has: ${
        t.metrics.map((m) => `${m.name},${m.filter}`).join("; ")
      })`,
    );
  }
  let m: LmEvalMetric | undefined;
  if (filter !== undefined) m = candidates.find((c) => c.filter === filter);
  else if (candidates.length === 1) m = candidates[0];
  else m = candidates.find((c) => c.filter === "none");
  if (!m) {
    throw new Error(
      `${results.name}: task "${task}" metric "${metric}": filter ${
        filter === undefined ? "not given and ambiguous" : `"${filter}" not found`
      } (filters: ${candidates.map((c) => c.filter).join(", ")})`,
    );
  }
  if (m.value === null) {
    throw new Error(`${results.name}: task "${task}" metric "${metric}" is NaN in the file`);
  }
  return m as LmEvalMetric & { value: number };
}

/**
 * Number of examples behind an accuracy: `n-samples` if the file has it, else recovered from
 * the accuracy and its standard error. The harness reports the sample standard error,
 * se = sqrt(p(1 − p)/(n − 1)), so n = p(1 − p)/se² + 1; the result is accepted only if it is
 * within 0.05 of an integer and p·n is within 0.05 of an integer (a whole number of correct
 * answers).
 *
 * A group row (`mmlu`, `ai2_arc` …) carries a standard error pooled over its subtasks, not
 * √(p(1 − p)/(n − 1)); solving it for n gives a number unrelated to the group's size, and
 * when that number happens to lie near a whole count it would be accepted. Pass `isGroup`
 * and the answer is `null` unless the file states `n-samples`.
 *
 * @param task the task (for `nSamples`)
 * @param metric an accuracy-type metric with its stderr
 * @param options `isGroup`: the task is a group of subtasks (see `lib/data/lmeval_files.ts`)
 * @returns n, or `null` if it cannot be recovered (no stderr, p ∈ {0, 1}, a group, or not a
 *   whole count)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { inferSampleSize } from "./lmeval_results.ts";
 * // Pythia-70M LAMBADA: acc 0.18455268775470599, stderr 0.00540468283118203 → 5153
 * const n = inferSampleSize({ task: "lambada_openai", metrics: [], nSamples: null },
 *   { name: "acc", filter: "none", value: 0.18455268775470599, stderr: 0.00540468283118203 });
 * assert.equal(n, 5153);
 * ```
 */
export function inferSampleSize(
  task: LmEvalTask,
  metric: LmEvalMetric,
  options: { isGroup?: boolean } = {},
): number | null {
  if (task.nSamples !== null) return task.nSamples;
  if (options.isGroup) return null;
  const p = metric.value;
  const se = metric.stderr;
  if (p === null || se === null || !(se > 0) || p <= 0 || p >= 1) return null;
  const n = p * (1 - p) / (se * se) + 1;
  const rn = Math.round(n);
  if (Math.abs(n - rn) > 0.05) return null;
  if (Math.abs(p * rn - Math.round(p * rn)) > 0.05) return null;
  return rn;
}
