/**
 * Reader for the per-sample logs of lm-evaluation-harness (`--log_samples`), one JSON object a
 * line in `samples_<task>_<timestamp>.jsonl`, and the scores the book computes from them.
 *
 * Each line holds the document (`doc`), the `target`, the requests sent to the model
 * (`arguments`: per choice a context `arg_0` and a continuation `arg_1`), the model's answers
 * (`resps`, and `filtered_resps` after the task's filter) and the harness's own per-sample
 * metrics (`acc`, `acc_norm`, `exact_match`, …). Three kinds of request appear:
 *
 * - **multiple choice** (several log-likelihood requests): `filtered_resps` is one
 *   `[log-likelihood, is-greedy]` pair per choice (recent harness versions write both as
 *   strings, `["-0.26", "False"]`);
 * - **single log-likelihood** (LAMBADA-style): one pair, the log-likelihood of the target and
 *   whether greedy decoding would have produced it;
 * - **generation**: `filtered_resps` holds the generated text (possibly nested one level).
 *
 * From these the book computes, per sample, the discrete grade (multiple-choice grade = the
 * correct choice has the highest log-likelihood; `acc_norm` = the same after dividing by the
 * continuation's length in characters, as the harness does; exact match of generated text) and
 * continuous scores (probability on the correct answer after normalising over the choices,
 * Brier score, log-probability; edit distance of generated text), then averages them per file.
 *
 * @module
 */
import { emergenceScore } from "../metrics/emergence_score.ts";
import { maxOf } from "../math/extent.ts";
import { pathName, readDataFileSync } from "./read.ts";

/** What a sample asked of the model. */
export type SampleKind = "multiple_choice" | "loglikelihood" | "generate";

/** One parsed line of a samples file. */
export interface SampleRecord {
  /** `doc_id` */
  docId: number;
  /** request kind */
  kind: SampleKind;
  /** the target as logged (an index, a string or a number) */
  target: string | number;
  /** multiple choice: log-likelihood of each choice's continuation */
  logliks: number[];
  /** multiple choice / log-likelihood: whether greedy decoding yields the continuation */
  greedy: boolean[];
  /** multiple choice: each choice's continuation text (`arg_1`), when logged */
  continuations: (string | null)[];
  /** multiple choice: index of the correct choice */
  correct: number | null;
  /** generation: the (filtered) generated text */
  generated: string | null;
  /** the harness's per-sample metrics (numbers only), e.g. `{ acc: 1, acc_norm: 0 }` */
  logged: Record<string, number>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function toNumber(v: unknown, where: string): number {
  const x = typeof v === "string" ? Number(v) : v;
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new Error(`${where}: expected a log-likelihood, got ${JSON.stringify(v)}`);
  }
  return x;
}

function toBool(v: unknown, where: string): boolean {
  if (v === true || v === "True" || v === "true") return true;
  if (v === false || v === "False" || v === "false") return false;
  throw new Error(`${where}: expected True/False, got ${JSON.stringify(v)}`);
}

function continuationsOf(args: unknown): (string | null)[] {
  const pairs: unknown[] = Array.isArray(args)
    ? args
    : isRecord(args)
    ? Object.keys(args).filter((k) => /^gen_args_\d+$/.test(k))
      .sort((a, b) => Number(a.slice(9)) - Number(b.slice(9))).map((k) => args[k])
    : [];
  return pairs.map((p) => {
    if (Array.isArray(p) && typeof p[1] === "string") return p[1];
    if (isRecord(p) && typeof p.arg_1 === "string") return p.arg_1;
    return null;
  });
}

function correctIndex(
  target: unknown,
  doc: unknown,
  continuations: (string | null)[],
  n: number,
  where: string,
): number {
  if (typeof target === "number" && Number.isInteger(target)) return checkIndex(target, n, where);
  if (typeof target === "string" && /^\d+$/.test(target.trim())) {
    return checkIndex(Number(target), n, where);
  }
  if (typeof target === "string") {
    const norm = (s: string) => s.trim().toLowerCase();
    const hits = continuations.flatMap((
      c,
      i,
    ) => (c !== null && norm(c) === norm(target) ? [i] : []));
    if (hits.length === 1) return hits[0];
  }
  if (isRecord(doc) && typeof doc.label === "number" && Number.isInteger(doc.label)) {
    return checkIndex(doc.label, n, where);
  }
  throw new Error(
    `${where}: cannot tell which choice is correct from target ${JSON.stringify(target)}`,
  );
}

function checkIndex(i: number, n: number, where: string): number {
  if (i < 0 || i >= n) throw new Error(`${where}: target index ${i} but ${n} choices`);
  return i;
}

/**
 * Parses the text of a samples file.
 *
 * @param text the JSONL text (blank lines are skipped)
 * @param name where it came from, used in every error message
 * @returns one record per line
 * @throws {Error} naming the file and line if the text is empty, a line is not a JSON object,
 *   `doc_id` or `filtered_resps` is missing, a log-likelihood is not a number, or the correct
 *   choice cannot be found
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseSamples } from "./lmeval_samples.ts";
 * const line = JSON.stringify({ doc_id: 0, target: "1",
 *   filtered_resps: [["-2.0", "False"], ["-0.5", "True"]], acc: 1.0 });
 * const [r] = parseSamples(line, "samples_x.jsonl");
 * assert.deepEqual([r.kind, r.correct, r.logliks], ["multiple_choice", 1, [-2, -0.5]]);
 * ```
 */
export function parseSamples(text: string, name: string): SampleRecord[] {
  if (typeof text !== "string" || text.trim() === "") throw new Error(`${name}: empty file`);
  const out: SampleRecord[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `${name} line ${i + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (e) {
      throw new Error(`${where}: not valid JSON (${(e as Error).message})`);
    }
    if (!isRecord(row)) throw new Error(`${where}: not a JSON object`);
    if (typeof row.doc_id !== "number") throw new Error(`${where}: no numeric "doc_id"`);
    const fr = row.filtered_resps;
    if (!Array.isArray(fr) || fr.length === 0) throw new Error(`${where}: no "filtered_resps"`);
    const logged: Record<string, number> = Object.create(null);
    for (const [k, v] of Object.entries(row)) {
      if (typeof v === "number" && k !== "doc_id") logged[k] = v;
    }
    const target = typeof row.target === "number" || typeof row.target === "string"
      ? row.target
      : JSON.stringify(row.target);
    const pairs = fr.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] !== "object");
    if (pairs) {
      const logliks = fr.map((p, j) => toNumber((p as unknown[])[0], `${where} choice ${j}`));
      const greedy = fr.map((p, j) => toBool((p as unknown[])[1], `${where} choice ${j}`));
      const continuations = continuationsOf(row.arguments);
      if (logliks.length === 1) {
        out.push({
          docId: row.doc_id,
          kind: "loglikelihood",
          target,
          logliks,
          greedy,
          continuations,
          correct: 0,
          generated: null,
          logged,
        });
        return;
      }
      out.push({
        docId: row.doc_id,
        kind: "multiple_choice",
        target,
        logliks,
        greedy,
        continuations,
        correct: correctIndex(row.target, row.doc, continuations, logliks.length, where),
        generated: null,
        logged,
      });
      return;
    }
    let g: unknown = fr[0];
    while (Array.isArray(g)) g = g[0];
    if (typeof g !== "string") {
      throw new Error(`${where}: "filtered_resps" is neither log-likelihoods nor text`);
    }
    out.push({
      docId: row.doc_id,
      kind: "generate",
      target,
      logliks: [],
      greedy: [],
      continuations: [],
      correct: null,
      generated: g,
      logged,
    });
  });
  return out;
}

/**
 * Softmax of log-likelihoods: the probability the model puts on each choice when its
 * likelihoods are renormalised over the choices offered.
 *
 * @param logliks log-likelihoods (finite)
 * @returns probabilities summing to 1
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { choiceProbabilities } from "./lmeval_samples.ts";
 * const p = choiceProbabilities([Math.log(1), Math.log(3)]);
 * assert.ok(Math.abs(p[1] - 0.75) < 1e-12);
 * ```
 */
export function choiceProbabilities(logliks: readonly number[]): number[] {
  const m = maxOf(logliks);
  const e = logliks.map((l) => Math.exp(l - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

/**
 * Levenshtein edit distance (insertions, deletions, substitutions of UTF-16 code units).
 *
 * @param a one string
 * @param b another
 * @returns the number of edits
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { editDistance } from "./lmeval_samples.ts";
 * assert.equal(editDistance("kitten", "sitting"), 3);
 * ```
 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** Per-sample scores. */
export interface SampleScore {
  /** `doc_id` */
  docId: number;
  /** discrete: 1 if the graded answer is right */
  grade: number;
  /** multiple choice: the same grade after length normalisation (the harness's `acc_norm`) */
  gradeNorm: number | null;
  /** continuous: probability on the correct answer (over the choices; for a single
   * log-likelihood, e\^loglik itself) */
  pCorrect: number | null;
  /** continuous, lower is better: Σ_j (q_j − [j = correct])² over the choices */
  brier: number | null;
  /** continuous: ln pCorrect */
  logpCorrect: number | null;
  /** generation: edit distance between generated text and target (both trimmed) */
  edit: number | null;
  /** generation: 1 − edit / max(length) (1 = identical) */
  editSimilarity: number | null;
  /** multiple choice: number of choices (chance = 1/choices) */
  choices: number | null;
}

/**
 * Scores one sample. Ties in the log-likelihoods go to the first choice (as `numpy.argmax`,
 * which the harness uses).
 *
 * @param r a parsed record
 * @returns its discrete and continuous scores
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreSample } from "./lmeval_samples.ts";
 * const s = scoreSample({ docId: 0, kind: "multiple_choice", target: "1", logliks: [Math.log(0.25), Math.log(0.75)],
 *   greedy: [false, false], continuations: [" a", " b"], correct: 1, generated: null, logged: {} });
 * assert.equal(s.grade, 1);
 * assert.ok(Math.abs(s.pCorrect! - 0.75) < 1e-12 && Math.abs(s.brier! - 0.125) < 1e-12);
 * ```
 */
export function scoreSample(r: SampleRecord): SampleScore {
  const none = {
    gradeNorm: null,
    pCorrect: null,
    brier: null,
    logpCorrect: null,
    edit: null,
    editSimilarity: null,
    choices: null,
  };
  if (r.kind === "generate") {
    const g = (r.generated ?? "").trim();
    const t = String(r.target).trim();
    const d = editDistance(g, t);
    const len = Math.max(g.length, t.length);
    return {
      ...none,
      docId: r.docId,
      grade: g === t ? 1 : 0,
      edit: d,
      editSimilarity: len === 0 ? 1 : 1 - d / len,
    };
  }
  if (r.kind === "loglikelihood") {
    return {
      ...none,
      docId: r.docId,
      grade: r.greedy[0] ? 1 : 0,
      pCorrect: Math.exp(r.logliks[0]),
      logpCorrect: r.logliks[0],
    };
  }
  const c = r.correct!;
  const q = choiceProbabilities(r.logliks);
  const argmax = (xs: number[]) => xs.reduce((best, x, i) => (x > xs[best] ? i : best), 0);
  let gradeNorm: number | null = null;
  if (r.continuations.length === r.logliks.length && r.continuations.every((x) => x !== null)) {
    // the harness divides by the length of the choice text, without the one-character
    // target delimiter that precedes it in the request
    const lens = r.continuations.map((x) => Math.max(1, x!.length - (x!.startsWith(" ") ? 1 : 0)));
    gradeNorm = argmax(r.logliks.map((l, i) => l / lens[i])) === c ? 1 : 0;
  }
  return {
    ...none,
    docId: r.docId,
    grade: argmax(r.logliks) === c ? 1 : 0,
    gradeNorm,
    pCorrect: q[c],
    brier: q.reduce((s, x, j) => s + (x - (j === c ? 1 : 0)) ** 2, 0),
    logpCorrect: Math.log(q[c]),
    choices: r.logliks.length,
  };
}

/** Averages of per-sample scores over one file. */
export interface SamplesSummary {
  /** samples */
  n: number;
  /** request kind (all samples of a file share it) */
  kind: SampleKind;
  /** discrete: correct answers (multiple-choice grade, greedy match or exact match) */
  correct: number;
  /** discrete: mean grade */
  grade: number;
  /** multiple choice: mean length-normalised grade, if continuations were logged */
  gradeNorm: number | null;
  /** multiple choice: mean of 1/choices, the score of guessing uniformly */
  chance: number | null;
  /** continuous: mean probability on the correct answer */
  pCorrect: number | null;
  /** continuous, lower is better: mean Brier score */
  brier: number | null;
  /** continuous: mean ln probability on the correct answer (nats) */
  logpCorrect: number | null;
  /** generation: mean edit similarity */
  editSimilarity: number | null;
}

function mean(xs: (number | null)[]): number | null {
  if (xs.some((x) => x === null) || xs.length === 0) return null;
  return (xs as number[]).reduce((a, b) => a + b, 0) / xs.length;
}

/**
 * Scores every sample of a file and averages.
 *
 * @param records output of {@link parseSamples}
 * @returns the file's discrete and continuous scores
 * @throws {Error} if there are no records or they mix request kinds
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseSamples, summariseSamples } from "./lmeval_samples.ts";
 * const lines = [[-1, -2], [-3, -1]].map((ll, i) =>
 *   JSON.stringify({ doc_id: i, target: 0, filtered_resps: ll.map((l) => [l, false]) }));
 * const s = summariseSamples(parseSamples(lines.join("\n"), "x"));
 * assert.equal(s.grade, 0.5);
 * assert.equal(s.chance, 0.5);
 * ```
 */
export function summariseSamples(records: readonly SampleRecord[]): SamplesSummary {
  if (records.length === 0) throw new Error("summariseSamples: no samples");
  const kind = records[0].kind;
  if (records.some((r) => r.kind !== kind)) {
    throw new Error("summariseSamples: the samples mix request kinds (one task per file)");
  }
  const s = records.map(scoreSample);
  const correct = s.reduce((a, x) => a + x.grade, 0);
  return {
    n: s.length,
    kind,
    correct,
    grade: correct / s.length,
    gradeNorm: mean(s.map((x) => x.gradeNorm)),
    chance: kind === "multiple_choice" ? mean(s.map((x) => 1 / x.choices!)) : null,
    pCorrect: mean(s.map((x) => x.pCorrect)),
    brier: mean(s.map((x) => x.brier)),
    logpCorrect: mean(s.map((x) => x.logpCorrect)),
    editSimilarity: mean(s.map((x) => x.editSimilarity)),
  };
}

/** A metric the rescoring reports, with its direction. */
export interface RescoredMetric {
  /** key of {@link SamplesSummary} */
  key: "grade" | "gradeNorm" | "pCorrect" | "brier" | "logpCorrect" | "editSimilarity";
  /** label for tables */
  label: string;
  /** discrete (thresholded per sample) or continuous */
  kind: "discrete" | "continuous";
  /** true when lower is better (the emergence score then uses −value) */
  lowerIsBetter: boolean;
}

/** The metrics {@link rescoreLadder} reports, when the files allow them. */
export const RESCORED_METRICS: readonly RescoredMetric[] = [
  { key: "grade", label: "grade (acc / exact match)", kind: "discrete", lowerIsBetter: false },
  { key: "gradeNorm", label: "acc_norm", kind: "discrete", lowerIsBetter: false },
  { key: "pCorrect", label: "probability on correct", kind: "continuous", lowerIsBetter: false },
  { key: "brier", label: "Brier score", kind: "continuous", lowerIsBetter: true },
  { key: "logpCorrect", label: "ln p(correct)", kind: "continuous", lowerIsBetter: false },
  { key: "editSimilarity", label: "edit similarity", kind: "continuous", lowerIsBetter: false },
];

/** One metric across a ladder. */
export interface RescoredRow {
  /** the metric */
  metric: RescoredMetric;
  /** its value at each rung, in rung order */
  values: number[];
  /** BIG-bench emergence score of the values, oriented so that better is up */
  emergence: number;
}

/**
 * Rescores a ladder from its per-sample logs: every metric the files allow, at every rung, with
 * the emergence score of each (discrete and continuous side by side). Rungs must be in order
 * of scale and must have evaluated the same documents.
 *
 * @param rungs one summary's records per rung, smallest model first
 * @returns one row per metric available at every rung
 * @throws {Error} with fewer than 2 rungs, or if the rungs evaluated different documents
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseSamples, rescoreLadder } from "./lmeval_samples.ts";
 * const rung = (ll: number) => parseSamples(JSON.stringify({ doc_id: 0, target: 0,
 *   filtered_resps: [[ll, false], [-1, false]] }), "x");
 * const rows = rescoreLadder([rung(-2), rung(-1.5), rung(-0.5)]);
 * assert.deepEqual(rows.find((r) => r.metric.key === "grade")!.values, [0, 0, 1]);
 * ```
 */
export function rescoreLadder(rungs: readonly (readonly SampleRecord[])[]): RescoredRow[] {
  if (rungs.length < 2) throw new Error("rescoreLadder: a ladder needs at least 2 rungs");
  const ids = (rs: readonly SampleRecord[]) => rs.map((r) => r.docId).sort((a, b) => a - b).join();
  rungs.forEach((r, i) => {
    if (ids(r) !== ids(rungs[0])) {
      throw new Error(`rescoreLadder: rung ${i} evaluated other documents than rung 0`);
    }
  });
  const sums = rungs.map(summariseSamples);
  const rows: RescoredRow[] = [];
  for (const metric of RESCORED_METRICS) {
    const vals = sums.map((s) => s[metric.key]);
    if (vals.some((v) => v === null)) continue;
    const values = vals as number[];
    rows.push({
      metric,
      values,
      emergence: emergenceScore(values.map((v) => (metric.lowerIsBetter ? -v : v))),
    });
  }
  return rows;
}

/**
 * Reads and parses one per-sample log file (see {@link parseSamples}).
 *
 * @param path the file's path or URL
 * @returns its records
 * @throws {Error} naming the file when it cannot be read or a line is malformed
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exampleSamples, loadSamples } from "./lmeval_samples.ts";
 * const f = "dummy/samples_arc_easy_2026-09-24T03-05-32.831346.jsonl";
 * assert.equal(loadSamples(exampleSamples(f)).find((r) => r.docId === 1)?.correct, 1);
 * assert.throws(() => loadSamples("/nonexistent/samples_x.jsonl"), /cannot read file/);
 * ```
 */
export function loadSamples(path: string | URL): SampleRecord[] {
  const name = pathName(path);
  return parseSamples(readDataFileSync(path), name.slice(name.lastIndexOf("/") + 1));
}

/**
 * URL of a file or folder among the book's per-sample fixtures
 * (`tests/fixtures/lmeval/samples/<model folder>/<file>`), so notebooks can open them from
 * anywhere.
 *
 * @param path `"<model folder>"` or `"<model folder>/<file>"`
 * @returns the URL
 * @throws {Error} if the path has more than two parts or a part that is empty, `.` or `..`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exampleSamples } from "./lmeval_samples.ts";
 * assert.ok(exampleSamples("dummy").pathname.endsWith("/tests/fixtures/lmeval/samples/dummy"));
 * assert.throws(() => exampleSamples("../x"), /model folder/);
 * ```
 */
export function exampleSamples(path: string): URL {
  const parts = path.split("/");
  if (parts.length > 2 || parts.some((p) => p === "" || p === "." || p === ".." || /\\/.test(p))) {
    throw new Error(
      `exampleSamples: "${path}" must be "<model folder>" or "<model folder>/<file>"`,
    );
  }
  return new URL(`../../tests/fixtures/lmeval/samples/${path}`, import.meta.url);
}
