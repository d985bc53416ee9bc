/**
 * Reader for the per-sample logs of lm-evaluation-harness (`--log_samples`), one JSON object a
 * line in `samples_<task>_<timestamp>.jsonl`.
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
 * The scores the book computes from these records, discrete and continuous, are in
 * `lib/metrics/sample_scores.ts`.
 *
 * @module
 */
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
