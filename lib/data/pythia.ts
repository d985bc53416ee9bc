/**
 * The Pythia evaluation files (Biderman et al. 2023; github.com/EleutherAI/pythia,
 * `evals/pythia-v1/<model>/{zero-shot,five-shot}/*.json`, Apache-2.0) as one tidy long table,
 * `data/pythia-evals.csv`: one row per model, deduplication, checkpoint, number of shots, task
 * and metric, each naming the file it was read from.
 *
 * The files are lm-evaluation-harness output in the older layout and are read with the book's
 * own importer (`lib/data/lmeval_results.ts`). The number of shots comes from each file's
 * `config.num_fewshot`, never from its name (four files of the 1B model named `5shot` are
 * zero-shot runs), and the checkpoint from `config.model_args` (`revision=stepN`), checked
 * against the file name. The standard 1B model's files sit in the folder `pythia-1b-bf16`.
 * {@link loadPythia} selects from the table the zero-shot LAMBADA accuracy and perplexity the
 * book plots.
 *
 * @module
 */
import { type CsvSchema, loadCsvSync } from "./csv.ts";
import { getMetric, inferSampleSize, parseLmEval } from "./lmeval_results.ts";
import { parsePythonJson } from "./python_json.ts";

/** Parameters of each Pythia size (the Pythia README's model table); deduped models match. */
export const PYTHIA_PARAMS: Readonly<Record<string, number>> = {
  "70m": 70426624,
  "160m": 162322944,
  "410m": 405334016,
  "1b": 1011781632,
  "1.4b": 1414647808,
  "2.8b": 2775208960,
  "6.9b": 6857302016,
  "12b": 11846072320,
};

/** Tokens per optimizer step: 1024 sequences of 2048 tokens (Biderman et al. 2023). */
export const PYTHIA_TOKENS_PER_STEP = 2097152;

/** The last published checkpoint of every model (143,000 steps, about 300 B tokens). */
export const PYTHIA_FINAL_STEP = 143000;

/** Tasks and metrics copied into `data/pythia-evals.csv`. */
export const PYTHIA_TASKS: Readonly<Record<string, readonly string[]>> = {
  lambada_openai: ["acc", "perplexity"],
  arc_easy: ["acc", "acc_norm"],
  arc_challenge: ["acc", "acc_norm"],
  piqa: ["acc", "acc_norm"],
  sciq: ["acc", "acc_norm"],
  winogrande: ["acc"],
  logiqa: ["acc", "acc_norm"],
  wsc: ["acc"],
};

/**
 * Answer choices per question of the multiple-choice tasks (from the task definitions: ARC
 * questions have four options, a few three or five; PIQA two solutions; SciQ four options;
 * WinoGrande two fillers; LogiQA four options; WSC, as the harness poses it, yes or no), so
 * chance is 1/choices. LAMBADA is not multiple choice.
 */
export const PYTHIA_TASK_CHOICES: Readonly<Record<string, number>> = {
  arc_easy: 4,
  arc_challenge: 4,
  piqa: 2,
  sciq: 4,
  winogrande: 2,
  logiqa: 4,
  wsc: 2,
};

/** Schema of `data/pythia-evals.csv`. */
export const PYTHIA_EVALS_SCHEMA = {
  columns: {
    model: "string",
    deduped: "integer",
    params: "positive",
    step: "integer",
    tokens: "number",
    shots: "integer",
    task: "string",
    metric: "string",
    value: "number",
    stderr: "number",
    n: "integer",
    n_from: "string",
    source: "string",
  },
  key: ["model", "deduped", "shots", "step", "task", "metric"],
} as const satisfies CsvSchema;

/** A row of `data/pythia-evals.csv`. */
export interface PythiaEvalRow {
  /** model name, e.g. `"pythia-1b"` (the standard 1B model's files are under `pythia-1b-bf16`) */
  model: string;
  /** 1 for the model trained on the deduplicated Pile, else 0 */
  deduped: number;
  /** parameters */
  params: number;
  /** optimizer step of the checkpoint */
  step: number;
  /** tokens seen: step × 2,097,152 */
  tokens: number;
  /** few-shot examples, from the file's `config.num_fewshot` */
  shots: number;
  /** task, e.g. `"lambada_openai"` */
  task: string;
  /** `"acc"`, `"acc_norm"` or `"perplexity"` */
  metric: string;
  /** the value in the file */
  value: number;
  /** its standard error in the file */
  stderr: number;
  /** examples evaluated */
  n: number;
  /** `"stderr"`: n recovered from this row's accuracy and stderr; `"task"`: from the task's other rows */
  n_from: string;
  /** path of the evaluation file in github.com/EleutherAI/pythia */
  source: string;
}

/** A row before n is filled in: n is null where the stderr cannot give it (accuracy 0 or 1). */
export type PythiaEvalDraft = Omit<PythiaEvalRow, "n"> & { n: number | null };

/** Column order of `data/pythia-evals.csv`. */
export const PYTHIA_EVALS_HEADER: readonly string[] = Object.keys(PYTHIA_EVALS_SCHEMA.columns);

/**
 * Model identity of a folder under `evals/pythia-v1/`: the size, whether it is deduplicated,
 * and the book's model name (`pythia-1b-bf16` is the standard 1B model).
 *
 * @param folder folder name, e.g. `"pythia-1b-bf16"`, `"pythia-410m-deduped"`
 * @returns `{ model, size, deduped }`, or `null` for folders that are not one of the 16
 *   standard or deduplicated models (batch-size and intervention studies, the fp16 1B run)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaFolder } from "./pythia.ts";
 * assert.deepEqual(pythiaFolder("pythia-1b-bf16"), { model: "pythia-1b", size: "1b", deduped: false });
 * assert.equal(pythiaFolder("pythia-160m-0.5MtokBS"), null);
 * ```
 */
export function pythiaFolder(
  folder: string,
): { model: string; size: string; deduped: boolean } | null {
  const m = /^pythia-(70m|160m|410m|1b|1\.4b|2\.8b|6\.9b|12b)(-deduped|-bf16)?$/.exec(folder);
  if (!m) return null;
  const size = m[1];
  if (size === "1b" && m[2] === undefined) return null; // the standard 1B is the bf16 folder
  if (size !== "1b" && m[2] === "-bf16") return null;
  return { model: `pythia-${size}`, size, deduped: m[2] === "-deduped" };
}

/**
 * Reads one Pythia evaluation file into tidy rows (n left as inferred from the stderr, or
 * `null` where it cannot be: accuracy 0 or 1).
 *
 * @param text the JSON text
 * @param path its path inside the Pythia repository, e.g.
 *   `"evals/pythia-v1/pythia-70m/zero-shot/70m_step143000.json"` (becomes the `source`)
 * @returns one row per task and metric of {@link PYTHIA_TASKS}
 * @throws {Error} naming the path if the folder is not one of the 16 models, the checkpoint in
 *   the config disagrees with the file name, `num_fewshot` is missing, or a task or metric is
 *   missing
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaFileRows } from "./pythia.ts";
 * const text = JSON.stringify({ results: { lambada_openai: { ppl: 38.1, ppl_stderr: 1.4,
 *   acc: 0.3283524160683097, acc_stderr: 0.006542638265686499 } },
 *   config: { model_args: "pretrained=EleutherAI/pythia-v1.1-160m,revision=step143000",
 *   num_fewshot: 0 } });
 * const rows = pythiaFileRows(text, "evals/pythia-v1/pythia-160m/zero-shot/160m_step143000.json",
 *   ["lambada_openai"]);
 * assert.equal(rows[0].n, 5153);
 * assert.equal(rows[1].metric, "perplexity");
 * ```
 */
export function pythiaFileRows(
  text: string,
  path: string,
  tasks: readonly string[] = Object.keys(PYTHIA_TASKS),
): PythiaEvalDraft[] {
  const parts = path.split("/");
  const folder = parts.at(-3) ?? "";
  const id = pythiaFolder(folder);
  if (!id) throw new Error(`${path}: folder "${folder}" is not one of the 16 Pythia models`);
  const fileStep = /_step(\d+)\.json$/.exec(path);
  const doc = parsePythonJson(text) as { config?: { model_args?: unknown; num_fewshot?: unknown } };
  const args = typeof doc.config?.model_args === "string" ? doc.config.model_args : "";
  const rev = /revision=step(\d+)/.exec(args);
  if (!rev || !fileStep || rev[1] !== fileStep[1]) {
    throw new Error(
      `${path}: checkpoint in config.model_args (${
        JSON.stringify(args)
      }) does not match the file name`,
    );
  }
  const shots = doc.config?.num_fewshot;
  if (typeof shots !== "number" || !Number.isInteger(shots) || shots < 0) {
    throw new Error(`${path}: config.num_fewshot is ${JSON.stringify(shots)}, not a count`);
  }
  const step = Number(rev[1]);
  const results = parseLmEval(text, path);
  const rows: PythiaEvalDraft[] = [];
  for (const task of tasks) {
    const metrics = PYTHIA_TASKS[task];
    if (!metrics) throw new Error(`pythiaFileRows: unknown task "${task}"`);
    const t = results.tasks.find((x) => x.task === task);
    if (!t) throw new Error(`${path}: no task "${task}"`);
    const acc = getMetric(results, task, "acc");
    const n = inferSampleSize(t, acc);
    for (const metric of metrics) {
      const m = getMetric(results, task, metric);
      if (m.stderr === null) throw new Error(`${path}: ${task} ${metric} has no stderr`);
      rows.push({
        model: id.model,
        deduped: id.deduped ? 1 : 0,
        params: PYTHIA_PARAMS[id.size],
        step,
        tokens: step * PYTHIA_TOKENS_PER_STEP,
        shots,
        task,
        metric,
        value: m.value,
        stderr: m.stderr,
        n,
        n_from: "stderr",
        source: path,
      });
    }
  }
  return rows;
}

/**
 * Fills the n of rows whose accuracy is 0 or 1 (n cannot be recovered from the stderr there)
 * with the n every other row of the same task has, and marks them `n_from = "task"`.
 *
 * @param rows rows from {@link pythiaFileRows}
 * @returns the same rows with every n set
 * @throws {Error} if the rows of one task disagree on n, or a task has no row with n
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fillSampleSizes } from "./pythia.ts";
 * const base = { model: "m", deduped: 0, params: 1, step: 0, tokens: 0, shots: 0, task: "wsc",
 *   metric: "acc", stderr: 0, n_from: "stderr", source: "x" };
 * const out = fillSampleSizes([{ ...base, value: 0.5, n: 104 }, { ...base, value: 0, n: null }]);
 * assert.equal(out[1].n, 104);
 * assert.equal(out[1].n_from, "task");
 * ```
 */
export function fillSampleSizes(
  rows: PythiaEvalDraft[],
): PythiaEvalRow[] {
  const byTask = new Map<string, number>();
  for (const r of rows) {
    if (r.n === null) continue;
    const seen = byTask.get(r.task);
    if (seen !== undefined && seen !== r.n) {
      throw new Error(`${r.source}: ${r.task} has n = ${r.n}, other files give ${seen}`);
    }
    byTask.set(r.task, r.n);
  }
  return rows.map((r) => {
    if (r.n !== null) return { ...r, n: r.n };
    const n = byTask.get(r.task);
    if (n === undefined) throw new Error(`${r.source}: no file gives n for ${r.task}`);
    return { ...r, n, n_from: "task" };
  });
}

/**
 * Loads `data/pythia-evals.csv`.
 *
 * @param filter optional predicate on rows
 * @returns the rows (file order: model size, deduplication, shots, step, task, metric)
 * @throws {Error} if the file is missing or fails its schema, or an accuracy is outside [0, 1]
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPythiaEvals } from "./pythia.ts";
 * const r = loadPythiaEvals((r) => r.model === "pythia-160m" && r.deduped === 0 && r.step === 143000 &&
 *   r.shots === 0 && r.task === "lambada_openai" && r.metric === "perplexity");
 * assert.equal(r[0].value.toFixed(2), "38.06");
 * ```
 */
export function loadPythiaEvals(filter?: (r: PythiaEvalRow) => boolean): PythiaEvalRow[] {
  const rows = loadCsvSync(new URL("../../data/pythia-evals.csv", import.meta.url), {
    ...PYTHIA_EVALS_SCHEMA,
  });
  rows.forEach((r, i) => {
    if (r.metric !== "perplexity" && !(r.value >= 0 && r.value <= 1)) {
      throw new RangeError(`data/pythia-evals.csv line ${i + 2}: ${r.metric} = ${r.value}`);
    }
  });
  return filter ? rows.filter(filter) : rows;
}

/** Sort order of models by size. */
export const PYTHIA_SIZES: readonly string[] = Object.keys(PYTHIA_PARAMS);

/**
 * Sort key for rows of the tidy table: size, deduplication, shots, step, task order of
 * {@link PYTHIA_TASKS}, metric order.
 *
 * @param a a row
 * @param b another row
 * @returns negative, zero or positive
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { comparePythiaRows } from "./pythia.ts";
 * const r = { model: "pythia-70m", deduped: 0, shots: 0, step: 1, task: "wsc", metric: "acc" };
 * assert.ok(comparePythiaRows(r, { ...r, model: "pythia-12b" }) < 0);
 * ```
 */
export function comparePythiaRows(
  a: Pick<PythiaEvalRow, "model" | "deduped" | "shots" | "step" | "task" | "metric">,
  b: Pick<PythiaEvalRow, "model" | "deduped" | "shots" | "step" | "task" | "metric">,
): number {
  const size = (m: string) => PYTHIA_SIZES.indexOf(m.replace(/^pythia-/, ""));
  const tasks = Object.keys(PYTHIA_TASKS);
  return size(a.model) - size(b.model) || a.deduped - b.deduped ||
    a.shots - b.shots || a.step - b.step || tasks.indexOf(a.task) - tasks.indexOf(b.task) ||
    PYTHIA_TASKS[a.task].indexOf(a.metric) - PYTHIA_TASKS[b.task].indexOf(b.metric);
}

/** One Pythia checkpoint on LAMBADA (OpenAI), zero-shot: accuracy and perplexity. */
export interface PythiaRow {
  /** model name, e.g. `"pythia-70m"` (standard, not deduplicated) */
  model: string;
  /** parameters N */
  params: number;
  /** optimizer step of the checkpoint */
  step: number;
  /** training tokens D seen at that step */
  tokens: number;
  /** LAMBADA accuracy */
  acc: number;
  /** LAMBADA perplexity */
  ppl: number;
  /** test-set size */
  n: number;
  /** the evaluation file it was read from (path in github.com/EleutherAI/pythia) */
  source: string;
}

/**
 * Pythia LAMBADA (OpenAI) zero-shot accuracy and perplexity of the standard (not deduplicated)
 * models, from `data/pythia-evals.csv` (see {@link loadPythiaEvals}).
 *
 * @param which `"final"`: the last checkpoint (step 143,000) of the eight sizes, 70M…12B;
 *   or a model name such as `"pythia-6.9b"`: that model at every published checkpoint
 * @returns the rows, smallest model or earliest step first
 * @throws {Error} if the data file is missing or malformed, or no row matches
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPythia } from "./pythia.ts";
 * assert.equal(loadPythia()[0].model, "pythia-70m");
 * assert.equal(loadPythia("pythia-6.9b").length, 27);
 * ```
 */
export function loadPythia(which: string = "final"): PythiaRow[] {
  const rows = loadPythiaEvals((r) =>
    r.deduped === 0 && r.shots === 0 && r.task === "lambada_openai" &&
    (which === "final" ? r.step === PYTHIA_FINAL_STEP : r.model === which)
  );
  const out: PythiaRow[] = [];
  for (const r of rows) {
    if (r.metric !== "acc") continue;
    const ppl = rows.find((x) =>
      x.metric === "perplexity" && x.model === r.model && x.step === r.step
    );
    if (!ppl) throw new Error(`data/pythia-evals.csv: ${r.model} step ${r.step} has no perplexity`);
    out.push({
      model: r.model,
      params: r.params,
      step: r.step,
      tokens: r.tokens,
      acc: r.value,
      ppl: ppl.value,
      n: r.n,
      source: r.source,
    });
  }
  if (out.length === 0) throw new Error(`loadPythia: no rows for "${which}"`);
  return out;
}
