/**
 * Scores of per-sample logs of lm-evaluation-harness (records parsed by
 * `lib/data/lmeval_samples.ts`), computed from the model's log-likelihoods and generated text
 * rather than taken from the harness's own columns.
 *
 * Per sample: the discrete grade (multiple-choice grade = the correct choice has the highest
 * log-likelihood; `acc_norm` = the same after dividing by the continuation's length in
 * characters, as the harness does; exact match of generated text) and continuous scores
 * (probability on the correct answer after normalising over the choices, Brier score,
 * log-probability; edit distance of generated text). Per file: their averages. Per ladder:
 * every metric at every rung with its emergence score.
 *
 * @module
 */
import type { SampleKind, SampleRecord } from "../data/lmeval_samples.ts";
import { emergenceScore } from "./emergence_score.ts";
import { levenshtein } from "./levenshtein.ts";
import { maxOf } from "../math/extent.ts";

/**
 * Softmax of log-likelihoods: the probability the model puts on each choice when its
 * likelihoods are renormalised over the choices offered.
 *
 * @param logliks log-likelihoods (finite)
 * @returns probabilities summing to 1
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { choiceProbabilities } from "./sample_scores.ts";
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
 * Levenshtein edit distance of two strings (insertions, deletions, substitutions of UTF-16 code
 * units): {@link levenshtein} on the strings' code units.
 *
 * @param a one string
 * @param b another
 * @returns the number of edits
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { editDistance } from "./sample_scores.ts";
 * assert.equal(editDistance("kitten", "sitting"), 3);
 * ```
 */
export function editDistance(a: string, b: string): number {
  return levenshtein(codeUnits(a), codeUnits(b));
}

function codeUnits(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
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
 * import { scoreSample } from "./sample_scores.ts";
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
 * @param records output of `parseSamples` (`lib/data/lmeval_samples.ts`)
 * @returns the file's discrete and continuous scores
 * @throws {Error} if there are no records or they mix request kinds
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseSamples } from "../data/lmeval_samples.ts";
 * import { summariseSamples } from "./sample_scores.ts";
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
 * import { parseSamples } from "../data/lmeval_samples.ts";
 * import { rescoreLadder } from "./sample_scores.ts";
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
