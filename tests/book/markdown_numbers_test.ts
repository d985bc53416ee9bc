/**
 * Numbers typed into Markdown: every decimal number (a digit, a dot, a digit) in a Markdown
 * cell of chapters 1–17 is listed in {@link NUMBERS} with how it is checked, and the check
 * holds. A check is one of:
 *
 * - `calc`: the chapter's computation, recomputed here with `lib/` (or the formula the prose
 *   states), formatted with as many decimals as the prose shows, must give the same string;
 * - `data`: a value of a column of a committed data file (a published number), scaled as
 *   written, must round to the same string;
 * - `code`: a parameter the chapter sets, so the literal must appear in one of the chapter's
 *   code cells;
 * - `label`: not a quantity (a section, table or figure number, a model name, a version).
 *
 * A decimal in Markdown that is not listed fails the test, and so does a listed one that no
 * longer appears.
 */
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { csvParse } from "d3-dsv";
import { cellText, type Notebook } from "../../lib/book/notebook.ts";
import { HOFFMANN_2022 } from "../../lib/math/loss_law.ts";
import { requiredPerToken } from "../../lib/math/exact_match.ts";
import { transitionWidth } from "../../lib/math/elbow.ts";
import { maxExactMatchSlope, perTokenSlope } from "../../lib/math/derivative.ts";
import { wilsonInterval } from "../../lib/stats/wilson.ts";
import {
  finalPoints,
  loadLadder,
  loadSeedPositions,
  positionAccuracy,
} from "../../lib/data/ladder_runs.ts";
import { BOOK_LADDER } from "../../lib/training/ladder_generator.ts";
import { scoreForwardPass } from "../../lib/metrics/forward_pass.ts";
import { tinyBatch } from "../../lib/chapters/two-metrics-one-pass/examples.ts";
import { gompertzWidth } from "../../lib/math/gompertz.ts";
import { elbowLogCompute } from "../../lib/math/elbow.ts";
import { maxOf, minOf } from "../../lib/math/extent.ts";
import { SCALE_XS } from "../../lib/chapters/eight-scales/tables.ts";
import { digitSpreads } from "../../lib/chapters/model-ladder/digits.ts";
import { belowElbowStudy } from "../../lib/chapters/extrapolation/below_elbow_study.ts";
import type { BelowElbowMethod } from "../../lib/fit/below_elbow.ts";
import { assumedKFits, measureLadder } from "../../lib/sim/assumed_chain_length.ts";
import { scaffoldStudy, weiChainOfThoughtScales } from "../../lib/sim/prompt_format.ts";
import { distractorPreset } from "../../lib/sim/distractor.ts";
import { loadAnswerLengths, loadOpenModels } from "../../lib/data/observational.ts";
import { heldOutSuite, type SuiteEntry } from "../../lib/chapters/open-models/suite.ts";
import { heldOutTasks } from "../../lib/chapters/open-models/splits.ts";
import { familyCrossings } from "../../lib/chapters/open-models/families.ts";
import { impliedBand, meanLength } from "../../lib/chapters/open-models/implied.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** How one number is checked. */
export type Check =
  | { kind: "calc"; value: () => number }
  | { kind: "data"; file: string; column: string; scale: number | "mantissa" }
  | { kind: "code"; file?: string }
  | { kind: "label"; why: string };

/** One decimal typed into a chapter's Markdown. */
export interface Listed {
  /** chapter number as in the file name, e.g. `"09b"` */
  chapter: string;
  /** the number exactly as written */
  text: string;
  /** one check for every occurrence, or one check per occurrence in reading order */
  check: Check | Check[];
}

const calc = (value: () => number): Check => ({ kind: "calc", value });
const data = (file: string, column: string, scale: number | "mantissa" = 1): Check => ({
  kind: "data",
  file,
  column,
  scale,
});
const code = (file?: string): Check => ({ kind: "code", file });
const label = (why: string): Check => ({ kind: "label", why });

const Z2 = 1.959963984540054 ** 2; // z² of a 95 % interval, 3.8414…

/** Computes a value once, on first use. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const ladder = once(loadLadder);
const digitAt = (h: number, j: number) => positionAccuracy(ladder(), h, BOOK_LADDER.steps)[j];
const rung = (h: number) => finalPoints(ladder()).find((r) => r.hidden === h)!;
const checkpoint = (h: number, step: number) =>
  ladder().checkpoints.find((r) => r.hidden === h && r.step === step)!;
const seedDigit = (h: number, j: number) =>
  digitSpreads(loadSeedPositions()).find((s) => s.hidden === h && s.position === j)!;
const tiny = once(() => scoreForwardPass(tinyBatch()));

/** GPT-3's accuracy (a proportion) on one task, from Table H.1. */
function gpt3(model: string, task: string): number {
  const row = readCsv("gpt3-arithmetic-sizes.csv").find((r) =>
    r.model === model && r.task === task
  );
  if (!row) throw new Error(`no GPT-3 row for ${model} ${task}`);
  return Number(row.accuracy_pct) / 100;
}
const gpt3Flops = (model: string) =>
  Number(readCsv("gpt3-compute.csv").find((r) => r.model === model)!.compute_flops);
/** Compute ratios between neighbouring GPT-3 sizes. */
function gpt3Ratios(): number[] {
  const f = readCsv("gpt3-compute.csv").map((r) => Number(r.compute_flops)).sort((a, b) => a - b);
  return f.slice(1).map((v, i) => v / f[i]);
}
/** Implied per-digit accuracy EM^(1/k) of the four smallest sizes on 2D+, 2Dx and 1DC (1–5 %). */
function smallImplied(): number[] {
  return readCsv("gpt3-arithmetic-sizes.csv")
    .filter((r) => ["2D+", "2Dx", "1DC"].includes(r.task))
    .filter((r) => ["GPT-3 Small", "GPT-3 Medium", "GPT-3 Large", "GPT-3 XL"].includes(r.model))
    .map((r) => (Number(r.accuracy_pct) / 100) ** (1 / Number(r.answer_digits_max)));
}

const lengths = once(loadAnswerLengths);
const openModels = once(loadOpenModels);
const openModel = (name: string) => openModels().find((m) => m.model === name)!;
const suite = once((): SuiteEntry[] => heldOutSuite(openModels(), heldOutTasks(lengths())));
/** Spread (decades) of the 50 % crossings of the families that cross, per task. */
function crossingSpreads(): number[] {
  return heldOutTasks(lengths()).flatMap((t) => {
    const xs = familyCrossings(openModels(), t, 0.5).flatMap((f) =>
      f.crossing === null || f.crossing === undefined ? [] : [f.crossing]
    );
    return xs.length > 1 ? [maxOf(xs) - minOf(xs)] : [];
  });
}
function result(task: string, split: string, route: string) {
  const e = suite().find((x) => x.task === task && x.split.name === split);
  const r = e?.results.find((x) => x.route === route);
  if (!r) throw new Error(`no held-out result ${task} / ${split} / ${route}`);
  return r;
}
const mae = (task: string, split: string, route: string) => result(task, split, route).mae;
const ARITHMETIC = ["2D+", "2Dx", "3D+", "3D-"];
const atLowest = (route: string) => ARITHMETIC.map((t) => mae(t, "≤ 1.0e22 FLOPs", route));
const elbowOff = (task: string, split: string, route: string) => {
  const r = result(task, split, route);
  return Math.abs(r.elbow! - r.trueElbow!);
};
const elbowMiss = (tasks: string[]) => tasks.map((t) => elbowOff(t, "≤ 1.0e22 FLOPs", "flops"));
/** How far GSM8K's elbow is placed, both routes, at the two lowest cutoffs. */
const gsm8kEarly = () =>
  ["≤ 1.0e22 FLOPs", "≤ 3.0e22 FLOPs"].flatMap((split) =>
    ["flops", "observational"].map((route) => elbowOff("GSM8K", split, route))
  );

/** Claim (b) of chapter 12: the absolute miss at the elbow of one method in one window. */
function claimBMiss(method: BelowElbowMethod, decadesBelow: number): number {
  const rows = belowElbowStudy().filter((r) =>
    r.method === method && r.decadesBelow === decadesBelow && r.atElbow
  );
  if (rows.length !== 1) {
    throw new Error(`claim (b): ${rows.length} rows for ${method}, ${decadesBelow} decades`);
  }
  return Math.abs(rows[0].absError);
}
/** Chapter 17: the six fits' forecasts at the true elbow. */
const gotchaForecasts = () =>
  assumedKFits(
    measureLadder({ x0: 22, s: 1.5, k: 8 }, [21.5, 22, 22.5], 1000, 3),
    [1, 2, 4, 8, 16, 32],
    23.6,
  ).map((f) => f.atTarget);
/** Chapter 17: the direct-prompt elbow at which the six-step scaffold gains one decade. */
function oneDecadeElbow(): number {
  const tie = Math.log10(weiChainOfThoughtScales()[0].flops);
  let low = 24, high = 26;
  for (let i = 0; i < 50; i++) {
    const mid = (low + high) / 2;
    if (scaffoldStudy([mid], 1.5, 6, tie)[0].decadesEarlier < 1) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** Every decimal of chapters 1–17's Markdown, by chapter. */
export const NUMBERS: readonly Listed[] = [
  // 01: the loss law and the first-emergence table
  {
    chapter: "01",
    text: "0.097",
    check: calc(() =>
      (HOFFMANN_2022.alpha - HOFFMANN_2022.beta) / (HOFFMANN_2022.alpha + HOFFMANN_2022.beta)
    ),
  },
  { chapter: "01", text: "2.3", check: data("first-emergence.csv", "paper_flops", "mantissa") },
  { chapter: "01", text: "3.1", check: data("first-emergence.csv", "paper_flops", "mantissa") },
  { chapter: "01", text: "5.0", check: data("first-emergence.csv", "paper_flops", "mantissa") },
  { chapter: "01", text: "1.3", check: data("first-emergence.csv", "paper_flops", "mantissa") },
  { chapter: "01", text: "2.9", check: data("first-emergence.csv", "paper_flops", "mantissa") },
  {
    chapter: "01",
    text: "28.8",
    check: calc(() =>
      Number(
        readCsv("first-emergence.csv").find((r) => r.paper_model === "Codex")!.paper_ability
          .match(/= ([\d.]+)%/)![1],
      )
    ),
  },
  // 02: the chain
  { chapter: "02", text: "0.75", check: code() },
  { chapter: "02", text: "0.99", check: code() },
  // positions of the width-32 rung of chapter 10 (digit 2 and digit 1 at the final checkpoint)
  { chapter: "02", text: "0.43", check: calc(() => digitAt(32, 2)) },
  { chapter: "02", text: "0.98", check: calc(() => digitAt(32, 1)) },
  // 03: the sudden-jump math
  { chapter: "03", text: "1.5", check: code() },
  { chapter: "03", text: "0.8", check: calc(() => requiredPerToken(0.01, 20)) },
  { chapter: "03", text: "3.84", check: calc(() => Z2) },
  { chapter: "03", text: "0.0038", check: calc(() => wilsonInterval(0, 1000).upper) },
  { chapter: "03", text: "2.6", check: calc(() => 4 * 1.5 / Math.LN10) },
  { chapter: "03", text: "5.2", check: calc(() => 8 * 1.5 / Math.LN10) },
  {
    chapter: "03",
    text: "1.47",
    check: calc(() => maxExactMatchSlope(1e6, 1.5) / perTokenSlope(22, 22, 1.5)),
  },
  { chapter: "03", text: "2.93", check: calc(() => transitionWidth(1, 1.5)) },
  { chapter: "03", text: "2.09", check: calc(() => transitionWidth(20, 1.5)) },
  { chapter: "03", text: "3.08", check: calc(() => gompertzWidth(1)) },
  // 04: eight scales
  { chapter: "04", text: "1.5", check: code() },
  { chapter: "04", text: "22.5", check: code() },
  { chapter: "04", text: "23.5", check: calc(() => SCALE_XS[5]) },
  { chapter: "04", text: "3.16", check: calc(() => Math.sqrt(10)) },
  { chapter: "04", text: "0.0005", check: calc(() => 0.5e-3) }, // half a unit in the third decimal
  { chapter: "04", text: "1.96", check: calc(() => Math.sqrt(Z2)) },
  { chapter: "04", text: "3.84", check: calc(() => Z2) },
  // 05: Monte Carlo
  { chapter: "05", text: "1.5", check: code() },
  { chapter: "05", text: "0.0038", check: calc(() => wilsonInterval(0, 1000).upper) },
  // random words until all 32 lanes have met their first differing bit: E[max of 32 geometric(½)]
  {
    chapter: "05",
    text: "6.4",
    check: calc(() => {
      let sum = 0;
      for (let j = 0; j < 200; j++) sum += 1 - (1 - 2 ** -j) ** 32;
      return sum;
    }),
  },
  // 06: two metrics, one pass (the hand-built batch of lib/metrics/examples.ts)
  { chapter: "06", text: "0.375", check: calc(() => 0.25 ** 2 + 0.5 ** 2 + 0.25 ** 2) },
  { chapter: "06", text: "0.36", check: calc(() => 0.6 ** 2) },
  { chapter: "06", text: "0.04", check: calc(() => 0.2 ** 2) },
  { chapter: "06", text: "0.64", check: calc(() => 0.8 ** 2) },
  { chapter: "06", text: "1.04", check: calc(() => tiny().perExample.brier[0] - 0.375) },
  {
    chapter: "06",
    text: "1.151",
    check: calc(() => -tiny().perExample.logLikelihood[0] / tiny().perExample.answerTokens[0]),
  },
  {
    chapter: "06",
    text: "0.7075",
    check: calc(() => tiny().perExample.brier[0] / tiny().perExample.answerTokens[0]),
  },
  {
    chapter: "06",
    text: "1.46",
    check: calc(() => tiny().perExample.brier[1] / tiny().perExample.answerTokens[1]),
  },
  { chapter: "06", text: "2.30", check: calc(() => Math.LN10) },
  { chapter: "06", text: "0.99", check: calc(() => 0.99 + 0.01 * 0.1) }, // 99 copied tokens of 100
  { chapter: "06", text: "0.125", check: calc(() => (0.75 - 1) ** 2 + 0.25 ** 2) },
  { chapter: "06", text: "1.125", check: calc(() => (0.25 - 1) ** 2 + 0.75 ** 2) },
  { chapter: "06", text: "0.49", check: label("an example probability just below ½") },
  { chapter: "06", text: "0.51", check: label("an example probability just above ½") },
  // 07: Schaeffer's re-scoring
  { chapter: "07", text: "0.35", check: code() },
  { chapter: "07", text: "0.25", check: calc(() => 1 / 4) },
  { chapter: "07", text: "0.037", check: calc(() => wilsonInterval(0, 100).upper) },
  { chapter: "07", text: "0.01", check: calc(() => 1 / 100) },
  // 08: GPT-3's arithmetic
  { chapter: "08", text: "80.4", check: data("gpt3-arithmetic.csv", "accuracy_pct") },
  { chapter: "08", text: "80.2", check: data("gpt3-arithmetic.csv", "notes") },
  { chapter: "08", text: "1.0", check: calc(() => gpt3("GPT-3 175B", "2D+") ** (1 / 3)) },
  { chapter: "08", text: "0.67", check: calc(() => gpt3("GPT-3 175B", "5D+") ** (1 / 6)) },
  { chapter: "08", text: "8.64", check: calc(() => 1e15 * 86_400 / 1e19) },
  {
    chapter: "08",
    text: "1.2",
    check: data("gpt3-compute.csv", "compute_flops", "mantissa"),
  },
  {
    chapter: "08",
    text: "2.3",
    check: [
      data("gpt3-compute.csv", "compute_flops", "mantissa"),
      data("wei2022-emergence.csv", "train_flops", "mantissa"),
    ],
  },
  { chapter: "08", text: "11.9", check: data("gpt3-arithmetic-sizes.csv", "accuracy_pct") },
  { chapter: "08", text: "55.5", check: data("gpt3-arithmetic-sizes.csv", "accuracy_pct") },
  {
    chapter: "08",
    text: "13.6",
    check: calc(() => gpt3Flops("GPT-3 175B") / gpt3Flops("GPT-3 13B")),
  },
  { chapter: "08", text: "8.4", check: calc(() => 100 * gpt3("GPT-3 13B", "3D+")) },
  {
    chapter: "08",
    text: "1.7",
    check: calc(() => minOf(gpt3Ratios())),
  },
  { chapter: "08", text: "0.555", check: calc(() => gpt3("GPT-3 13B", "2D+")) },
  { chapter: "08", text: "0.82", check: calc(() => gpt3("GPT-3 13B", "2D+") ** (1 / 3)) },
  { chapter: "08", text: "0.119", check: calc(() => gpt3("GPT-3 6.7B", "2D+")) },
  { chapter: "08", text: "0.49", check: calc(() => gpt3("GPT-3 6.7B", "2D+") ** (1 / 3)) },
  { chapter: "08", text: "0.51", check: calc(() => 1 - gpt3("GPT-3 6.7B", "2D+") ** (1 / 3)) },
  { chapter: "08", text: "0.18", check: calc(() => 1 - gpt3("GPT-3 13B", "2D+") ** (1 / 3)) },
  {
    chapter: "08",
    text: "2.9",
    check: calc(() =>
      (1 - gpt3("GPT-3 6.7B", "2D+") ** (1 / 3)) / (1 - gpt3("GPT-3 13B", "2D+") ** (1 / 3))
    ),
  },
  { chapter: "08", text: "0.74", check: calc(() => gpt3("GPT-3 13B", "2D+") ** (1 / 2)) },
  { chapter: "08", text: "0.0019", check: calc(() => wilsonInterval(0, 2000).upper) },
  { chapter: "08", text: "3.84", check: calc(() => Z2) },
  { chapter: "08", text: "2003.84", check: calc(() => 2000 + Z2) },
  { chapter: "08", text: "1.9", check: calc(() => wilsonInterval(0, 2000).upper * 1e3) },
  { chapter: "08", text: "0.29", check: calc(() => wilsonInterval(0, 2000).upper ** (1 / 5)) },
  { chapter: "08", text: "0.05", check: calc(() => 100 / 2000) },
  { chapter: "08", text: "0.15", check: calc(() => (1 / 2000) ** (1 / 4)) },
  { chapter: "08", text: "0.28", check: calc(() => (1 / 2000) ** (1 / 6)) },
  { chapter: "08", text: "0.26", check: calc(() => minOf(smallImplied())) },
  { chapter: "08", text: "0.41", check: calc(() => maxOf(smallImplied())) },
  { chapter: "08", text: "3.1", check: data("wei2022-emergence.csv", "train_flops", "mantissa") },
  // 09: open models
  { chapter: "09", text: "8.4", check: code() },
  { chapter: "09", text: "0.5", check: calc(() => minOf(crossingSpreads())) },
  { chapter: "09", text: "1.8", check: calc(() => maxOf(crossingSpreads())) },
  { chapter: "09", text: "1.2", check: data("obsscaling-benchmarks.csv", "flops_1e21") },
  { chapter: "09", text: "7.2", check: data("obsscaling-benchmarks.csv", "flops_1e21") },
  { chapter: "09", text: "2.5", check: calc(() => meanLength(lengths()["2D+"])) },
  { chapter: "09", text: "3.5", check: calc(() => meanLength(lengths()["2Dx"])) },
  { chapter: "09", text: "3.3", check: calc(() => meanLength(lengths()["3D-"])) },
  {
    chapter: "09",
    text: "41.55",
    check: calc(() => 100 * openModel("meta-llama/Llama-2-7b-hf").arithmetic["2Dx"]!.em),
  },
  {
    chapter: "09",
    text: "0.78",
    check: calc(() => {
      const s = openModel("meta-llama/Llama-2-7b-hf").arithmetic["2Dx"]!;
      return impliedBand(s.correct, s.n, lengths()["2Dx"]).p;
    }),
  },
  {
    chapter: "09",
    text: "0.08",
    check: [
      calc(() => (1 / 2000) ** (1 / 3)),
      calc(() => (1 / 2000) ** (1 / 3)),
      calc(() => (1 / 2000) ** (1 / 3)),
      calc(() => mae("2Dx", "≤ 1.0e22 FLOPs", "observational")),
      calc(() => mae("3D+", "≤ 1.0e22 FLOPs", "observational")),
      calc(() => (1 / 2000) ** (1 / 3)),
    ],
  },
  {
    chapter: "09",
    text: "0.003",
    check: calc(() =>
      minOf(["2D+", "3D+", "3D-"].map((t) => mae(t, "≤ 8.4e22 FLOPs", "baseline")))
    ),
  },
  {
    chapter: "09",
    text: "0.035",
    check: calc(() =>
      maxOf(["2D+", "3D+", "3D-"].map((t) => mae(t, "≤ 8.4e22 FLOPs", "baseline")))
    ),
  },
  {
    chapter: "09",
    text: "0.14",
    check: calc(() => mae("2D+", "≤ 1.0e22 FLOPs", "observational")),
  },
  {
    chapter: "09",
    text: "0.06",
    check: calc(() => mae("3D-", "≤ 1.0e22 FLOPs", "observational")),
  },
  { chapter: "09", text: "0.13", check: calc(() => minOf(atLowest("flops"))) },
  { chapter: "09", text: "0.28", check: calc(() => maxOf(atLowest("flops"))) },
  { chapter: "09", text: "0.6", check: calc(() => minOf(elbowMiss(["2Dx", "3D+"]))) },
  {
    chapter: "09",
    text: "0.7",
    check: [
      calc(() => maxOf(elbowMiss(["2Dx", "3D+"]))),
      calc(() => minOf(gsm8kEarly())),
      calc(() => minOf(gsm8kEarly())),
    ],
  },
  { chapter: "09", text: "0.21", check: calc(() => minOf(atLowest("baseline"))) },
  { chapter: "09", text: "0.51", check: calc(() => maxOf(atLowest("baseline"))) },
  {
    chapter: "09",
    text: "0.86",
    check: calc(() => maxOf(loadOpenModels().flatMap((m) => m.benchmarks.gsm8k ?? []))),
  },
  { chapter: "09", text: "1.7", check: calc(() => maxOf(gsm8kEarly())) },
  {
    chapter: "09",
    text: "0.20",
    check: calc(() => mae("3D+", "smaller half of each family", "observational")),
  },
  {
    chapter: "09",
    text: "0.198",
    check: calc(() => mae("3D+", "smaller half of each family", "flops")),
  },
  // 10: the trained ladder
  {
    chapter: "10",
    text: "3.07",
    check: calc(() => BOOK_LADDER.steps * BOOK_LADDER.batch * 6 / 1e6),
  },
  { chapter: "10", text: "1.92", check: calc(() => (5 / 6) * Math.LN10) },
  { chapter: "10", text: "0.10", check: calc(() => seedDigit(24, 1).min) },
  { chapter: "10", text: "0.94", check: calc(() => seedDigit(24, 1).max) },
  { chapter: "10", text: "0.29", check: calc(() => checkpoint(128, 3106).exact_match) },
  { chapter: "10", text: "0.80", check: calc(() => checkpoint(96, 3106).exact_match) },
  // 12: extrapolation
  {
    chapter: "12",
    text: "0.05",
    check: [
      code("lib/chapters/extrapolation/simulated_checks.ts"),
      code("lib/chapters/extrapolation/simulated_checks.ts"),
    ],
  },
  { chapter: "12", text: "0.1", check: code("lib/chapters/extrapolation/simulated_checks.ts") },
  { chapter: "12", text: "0.5", check: code("lib/chapters/extrapolation/simulated_checks.ts") },
  { chapter: "12", text: "1.05", check: calc(() => 1 + 0.05) },
  { chapter: "12", text: "0.049", check: calc(() => Math.log(1.05)) },
  { chapter: "12", text: "1.5", check: code() },
  { chapter: "12", text: "21.5", check: code() },
  { chapter: "12", text: "22.5", check: code() },
  { chapter: "12", text: "23.6", check: calc(() => elbowLogCompute(8, 22, 1.5)) },
  { chapter: "12", text: "0.17", check: calc(() => claimBMiss("em-chain-model", 1)) },
  { chapter: "12", text: "0.16", check: calc(() => claimBMiss("em-chain-model", 1.5)) },
  {
    chapter: "12",
    text: "0.015",
    // "within": the larger miss of the two windows, rounded up to the third decimal
    check: calc(() =>
      Math.ceil(
        1000 *
          Math.max(
            claimBMiss("per-token-chain-model", 1),
            claimBMiss("per-token-chain-model", 1.5),
          ),
      ) / 1000
    ),
  },
  // 13: bring your own results
  { chapter: "13", text: "0.4", check: label("lm-evaluation-harness version 0.4") },
  { chapter: "13", text: "0.05", check: code("lib/data/lmeval_results.ts") },
  { chapter: "13", text: "0.25", check: calc(() => 1 / 4) },
  // 14: the sandbox
  { chapter: "14", text: "0.129", check: calc(() => -Math.log(rung(32).token_accuracy)) },
  { chapter: "14", text: "0.331", check: calc(() => rung(32).mean_nll) },
  { chapter: "14", text: "1.5", check: code() },
  { chapter: "14", text: "1.7", check: calc(() => 10 ** (elbowLogCompute(20, 22, 1.5) - 24)) },
  { chapter: "14", text: "0.1", check: label("the 10 % level that starts the transition width") },
  { chapter: "14", text: "0.9", check: label("the 90 % level that ends the transition width") },
  {
    chapter: "14",
    text: "2.85",
    check: calc(() => elbowLogCompute(50, 22, 1.5) - elbowLogCompute(1, 22, 1.5)),
  },
  { chapter: "14", text: "2.93", check: calc(() => transitionWidth(1, 1.5)) },
  { chapter: "14", text: "2.06", check: calc(() => gompertzWidth(1.5)) },
  { chapter: "14", text: "0.375", check: calc(() => perTokenSlope(22, 22, 1.5)) },
  { chapter: "14", text: "0.552", check: calc(() => maxExactMatchSlope(1e6, 1.5)) },
  {
    chapter: "14",
    text: "1.47",
    check: calc(() => maxExactMatchSlope(1e6, 1.5) / perTokenSlope(22, 22, 1.5)),
  },
  // 15: planning
  {
    chapter: "15",
    text: "1.5",
    check: [
      code(),
      code(),
      calc(() => 2 * Math.log10(70 / 13)),
      code(),
      code("lib/chapters/planning/heterogeneous.ts"),
    ],
  },
  { chapter: "15", text: "3.7", check: calc(() => 2 * Math.log10(70 / 1)) },
  { chapter: "15", text: "2.0", check: calc(() => 2 * Math.log10(70 / 7)) },
  // 16: inverse scaling
  {
    chapter: "16",
    text: "2.5",
    check: calc(() => distractorPreset("u-shaped").distractorStrength),
  },
  {
    chapter: "16",
    text: "1.5",
    check: calc(() => distractorPreset("u-shaped").distractorSteepness),
  },
  { chapter: "16", text: "23.5", check: calc(() => distractorPreset("u-shaped").trueMidpoint) },
  { chapter: "16", text: "28.5", check: calc(() => distractorPreset("inverse").trueMidpoint) },
  { chapter: "16", text: "0.05", check: code() },
  // 17: gotchas
  { chapter: "17", text: "1.5", check: code() },
  { chapter: "17", text: "23.6", check: calc(() => elbowLogCompute(8, 22, 1.5)) },
  { chapter: "17", text: "21.5", check: code() },
  { chapter: "17", text: "0.019", check: calc(() => wilsonInterval(0, 200).upper) },
  { chapter: "17", text: "22.5", check: code() },
  { chapter: "17", text: "0.4", check: calc(() => minOf(gotchaForecasts())) },
  { chapter: "17", text: "0.9", check: calc(() => maxOf(gotchaForecasts())) },
  { chapter: "17", text: "1.3", check: data("wei2022-emergence.csv", "train_flops", "mantissa") },
  { chapter: "17", text: "2.9", check: data("wei2022-emergence.csv", "train_flops", "mantissa") },
  { chapter: "17", text: "24.5", check: code() },
  { chapter: "17", text: "25.3", check: calc(() => oneDecadeElbow()) },
  { chapter: "17", text: "21.95", check: code("lib/chapters/gotchas/contamination.ts") },
  { chapter: "17", text: "22.1", check: code("lib/chapters/gotchas/contamination.ts") },
  { chapter: "17", text: "25.5", check: code() },
];

/** Numbers of a data column, parsed. */
function readCsv(file: string): Record<string, string>[] {
  return csvParse(Deno.readTextFileSync(`${ROOT}data/${file}`)) as unknown as Record<
    string,
    string
  >[];
}

/** Decimals shown in `text`: `toFixed` with as many digits as `text` has after the dot. */
function shown(value: number, text: string): string {
  return value.toFixed(text.split(".")[1].length);
}

/** The problem with one check of one number, or null when it holds. */
export function checkProblem(
  chapter: string,
  text: string,
  c: Check,
  codeText: string,
): string | null {
  const where = `chapter ${chapter}, ${text}`;
  if (c.kind === "label") return null;
  if (c.kind === "code") {
    const source = c.file ? Deno.readTextFileSync(`${ROOT}${c.file}`) : codeText;
    const re = new RegExp(`(?<![\\d.])${text.replace(".", "\\.")}(?![\\d])`);
    return re.test(source)
      ? null
      : `${where}: not set in ${c.file ?? "any code cell of the chapter"}`;
  }
  if (c.kind === "calc") {
    const v = c.value();
    if (!Number.isFinite(v)) return `${where}: computed ${v}`;
    return shown(v, text) === text ? null : `${where}: computed ${shown(v, text)}`;
  }
  const rows = readCsv(c.file);
  if (rows.length === 0 || !(c.column in rows[0])) {
    throw new Error(`data/${c.file} has no column ${c.column}`);
  }
  // a numeric column, or the numbers written inside a text column (a note)
  const values = rows.flatMap((r) =>
    [...r[c.column].matchAll(/-?\d+(\.\d+)?([eE][+-]?\d+)?/g)].map((m) => Number(m[0]))
  ).filter((v) => Number.isFinite(v) && v !== 0);
  const ok = values.some((v) => {
    const scaled = c.scale === "mantissa"
      ? v / 10 ** Math.floor(Math.log10(Math.abs(v)))
      : v * c.scale;
    return shown(scaled, text) === text;
  });
  return ok ? null : `${where}: no value of data/${c.file} column ${c.column} rounds to it`;
}

/**
 * The decimals typed into one Markdown text (formulas included), in order. Left out, as names
 * rather than quantities: numbers inside a model name (`Qwen1.5-0.5B`, `Phi-1.5`, `6.7B`), and
 * section, figure, table and exercise numbers (`Section 5.1`, `Table 3.9`, `exercise 11.2`).
 */
export function decimals(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\d\.?)\d+\.\d+(?!\.?\d)/g)].filter((m) => {
    const before = markdown.slice(0, m.index);
    const after = markdown.slice(m.index! + m[0].length);
    if (/[A-Za-z]$|[A-Za-z0-9]-$/.test(before) || /^[BMK]\b/.test(after)) return false;
    return !/\b(Section|Sections|Figure|Fig\.|Table|exercise|Exercise|Appendix)\s+$/.test(before);
  }).map((m) => m[0]);
}

/** Chapters 1–17: Markdown decimals and code text, by chapter number. */
function chapters(): Map<string, { decimals: string[]; code: string }> {
  const dir = `${ROOT}notebooks/`;
  const out = new Map<string, { decimals: string[]; code: string }>();
  for (const name of [...Deno.readDirSync(dir)].map((e) => e.name).sort()) {
    const m = name.match(/^(0[1-9]|1[0-7])([a-z]?)-.*\.ipynb$/);
    if (!m) continue;
    const nb: Notebook = JSON.parse(Deno.readTextFileSync(dir + name));
    const md = nb.cells.filter((c) => c.cell_type === "markdown").map(cellText);
    const code = nb.cells.filter((c) => c.cell_type === "code").map(cellText).join("\n");
    out.set(m[1] + m[2], { decimals: md.flatMap(decimals), code });
  }
  return out;
}

Deno.test("markdown numbers: every decimal in chapters 1–17 is listed, and every listed one is there", () => {
  const found = chapters();
  assert.ok(found.size >= 17, `only ${found.size} chapters found`);
  const listed = new Map(NUMBERS.map((n) => [`${n.chapter} ${n.text}`, n]));
  assert.equal(listed.size, NUMBERS.length, "a number is listed twice for one chapter");
  const counts = new Map<string, number>();
  for (const [chapter, { decimals }] of found) {
    for (const d of decimals) {
      counts.set(`${chapter} ${d}`, (counts.get(`${chapter} ${d}`) ?? 0) + 1);
    }
  }
  const unlisted = [...counts.keys()].filter((k) => !listed.has(k));
  assert.deepEqual(unlisted, [], "decimals in Markdown that nothing checks");
  const stale = [...listed.keys()].filter((k) => !counts.has(k));
  assert.deepEqual(stale, [], "listed numbers that no Markdown cell shows any more");
  const miscounted = NUMBERS.filter((n) =>
    Array.isArray(n.check) && n.check.length !== counts.get(`${n.chapter} ${n.text}`)
  ).map((n) => `${n.chapter} ${n.text}: ${counts.get(`${n.chapter} ${n.text}`)} occurrences`);
  assert.deepEqual(miscounted, [], "per-occurrence checks that do not match the occurrences");
});

Deno.test("markdown numbers: each listed number agrees with its check", () => {
  const found = chapters();
  const problems = NUMBERS.flatMap((n) =>
    (Array.isArray(n.check) ? n.check : [n.check]).map((c) =>
      checkProblem(n.chapter, n.text, c, found.get(n.chapter)?.code ?? "")
    )
  ).filter((p) => p !== null);
  assert.deepEqual(problems, []);
  const checks = NUMBERS.flatMap((n) => Array.isArray(n.check) ? n.check : [n.check]);
  const labels = checks.filter((c) => c.kind === "label").length;
  assert.ok(labels <= 6, `${labels} numbers are only labelled, not checked`);
});

Deno.test("markdown numbers: the checks can fail", () => {
  assert.deepEqual(
    decimals("p = 0.129, $3.84/(n + 3.84)$, 37 %, harness 0.4.13, Qwen1.5-0.5B, 6.7B, Table 3.9"),
    ["0.129", "3.84", "3.84"],
  );
  assert.match(
    checkProblem("03", "2.94", calc(() => 2 * Math.log(9) / 1.5), "")!,
    /computed 2\.93/,
  );
  assert.match(checkProblem("02", "0.77", code(), "exactMatch(0.75, 20)")!, /not set/);
  assert.equal(checkProblem("02", "0.75", code(), "exactMatch(0.75, 20)"), null);
  const flops = data("first-emergence.csv", "paper_flops", "mantissa");
  assert.equal(checkProblem("01", "2.3", flops, ""), null);
  assert.match(checkProblem("01", "2.4", flops, "")!, /no value/);
});
