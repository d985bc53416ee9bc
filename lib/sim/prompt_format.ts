/**
 * Gotcha 3: the prompt scaffold moves the elbow.
 *
 * A prompt can change what the model is graded on in two ways, and both move the elbow
 * x_e = x0 + logit(½\^(1/k))/s (the log-compute where exact match reaches ½):
 *
 * - **through p**: a clearer prompt makes each token easier, shifting the per-token midpoint
 *   x0 by Δ; the elbow moves by exactly Δ, for any k (earlier if Δ < 0, later if Δ > 0);
 * - **through k**: a scaffold that asks for written steps changes how many tokens must all be
 *   right; more steps move the elbow later, fewer earlier.
 *
 * Chain-of-thought does both at once: more steps (k up), each easier (x0 down). Then the
 * scaffold loses to the direct prompt below a crossover compute and wins above it, which is
 * the pattern Wei et al. report (gains only from about 10²³ training FLOPs).
 *
 * @module
 */
import { finite, positive, positiveInteger } from "../validate.ts";
import { elbowLogCompute, logitOfRoot } from "../math/elbow.ts";
import { exactMatch, logExactMatch } from "../math/exact_match.ts";
import { perTokenAccuracy } from "../math/sigmoid.ts";
import { rangeGrid } from "../math/grid.ts";
import { loadWeiEmergence } from "../data/wei.ts";

/** A prompt format seen through the chain model: k tokens, each with p = σ((x − x0)·s). */
export interface PromptFormat {
  /** tokens (or steps) that must all be right */
  k: number;
  /** per-token midpoint, log10 FLOPs */
  x0: number;
  /** steepness per decade */
  s: number;
}

function checkFormat(f: PromptFormat, name: string, where: string): void {
  if (f === null || typeof f !== "object") {
    throw new TypeError(`${where}: ${name} must be an object`);
  }
  positiveInteger(`${name}.k`, f.k, where);
  finite(`${name}.x0`, f.x0, where);
  positive(`${name}.s`, f.s, where);
}

/**
 * Elbow of a prompt format (exact match = `target`).
 *
 * @param f the format
 * @param target exact-match level in (0, 1), default ½
 * @returns log10 compute of the elbow
 * @throws {RangeError} on a bad format or target
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatElbow } from "./prompt_format.ts";
 * assert.equal(formatElbow({ k: 1, x0: 24.5, s: 1.5 }), 24.5);
 * ```
 */
export function formatElbow(f: PromptFormat, target = 0.5): number {
  checkFormat(f, "format", "formatElbow");
  return elbowLogCompute(f.k, f.x0, f.s, target);
}

/**
 * Exact match of a prompt format at log-compute x: σ((x − x0)·s)\^k.
 *
 * @param f the format
 * @param x log10 compute
 * @returns exact match in [0, 1]
 * @throws {RangeError} on a bad format or x
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatExactMatch } from "./prompt_format.ts";
 * assert.equal(formatExactMatch({ k: 2, x0: 22, s: 1 }, 22), 0.25);
 * ```
 */
export function formatExactMatch(f: PromptFormat, x: number): number {
  checkFormat(f, "format", "formatExactMatch");
  return exactMatch(perTokenAccuracy(x, f.x0, f.s), f.k);
}

/**
 * Elbow shift when the scaffold changes only the per-token midpoint by `deltaX0` decades:
 * returns elbow(x0 + Δ) − elbow(x0), which equals Δ for every k.
 *
 * @param f the baseline format
 * @param deltaX0 change of the per-token midpoint, decades (negative: easier tokens)
 * @returns the elbow shift, decades
 * @throws {RangeError} on a bad format or delta
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { elbowShiftFromMidpoint } from "./prompt_format.ts";
 * assert.ok(Math.abs(elbowShiftFromMidpoint({ k: 8, x0: 22, s: 1.5 }, -1) + 1) < 1e-12);
 * ```
 */
export function elbowShiftFromMidpoint(f: PromptFormat, deltaX0: number): number {
  checkFormat(f, "format", "elbowShiftFromMidpoint");
  finite("deltaX0", deltaX0, "elbowShiftFromMidpoint");
  return formatElbow({ ...f, x0: f.x0 + deltaX0 }) - formatElbow(f);
}

/**
 * Elbow shift when the scaffold changes only the number of tokens that must be right, from
 * f.k to `k2`: [logit(½\^(1/k2)) − logit(½\^(1/k))]/s. Positive (later) when k2 > k.
 *
 * @param f the baseline format
 * @param k2 the new chain length
 * @returns the elbow shift, decades
 * @throws {RangeError} on a bad format or k2
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { elbowShiftFromChainLength } from "./prompt_format.ts";
 * // k 1 → 4 at s = 1.5: logit(½^(1/4))/1.5 = 1.664913/1.5 = 1.109942
 * assert.ok(Math.abs(elbowShiftFromChainLength({ k: 1, x0: 22, s: 1.5 }, 4) - 1.109942) < 1e-6);
 * ```
 */
export function elbowShiftFromChainLength(f: PromptFormat, k2: number): number {
  checkFormat(f, "format", "elbowShiftFromChainLength");
  positiveInteger("k2", k2, "elbowShiftFromChainLength");
  return formatElbow({ ...f, k: k2 }) - formatElbow(f);
}

/**
 * The per-step midpoint a scaffold with `k` steps (steepness `s`) must have for its exact
 * match to equal the direct prompt's at log-compute `crossover`:
 * x0 = crossover − logit(EM_direct(crossover)\^(1/k))/s.
 *
 * @param direct the direct-answer format
 * @param k steps the scaffold asks for
 * @param s per-step steepness
 * @param crossover log10 compute where the two formats should tie
 * @returns the scaffold format
 * @throws {RangeError} on bad formats or a crossover where the direct exact match is 0 or 1
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { calibrateScaffold, formatExactMatch } from "./prompt_format.ts";
 * const direct = { k: 1, x0: 24.5, s: 1.5 };
 * const cot = calibrateScaffold(direct, 6, 1.5, 23.11);
 * assert.ok(Math.abs(formatExactMatch(cot, 23.11) - formatExactMatch(direct, 23.11)) < 1e-12);
 * ```
 */
export function calibrateScaffold(
  direct: PromptFormat,
  k: number,
  s: number,
  crossover: number,
): PromptFormat {
  checkFormat(direct, "direct", "calibrateScaffold");
  positiveInteger("k", k, "calibrateScaffold");
  positive("s", s, "calibrateScaffold");
  finite("crossover", crossover, "calibrateScaffold");
  const em = formatExactMatch(direct, crossover);
  if (!(em > 0 && em < 1)) {
    throw new RangeError(
      `calibrateScaffold: direct exact match at ${crossover} is ${em}, not in (0, 1)`,
    );
  }
  return { k, x0: crossover - logitOfRoot(em, k) / s, s };
}

/**
 * Where two prompt formats tie: the log-compute in [from, to] at which their exact matches
 * are equal, found by bisection on ln EM_a − ln EM_b (60 halvings). Returns null if the
 * difference does not change sign over the interval.
 *
 * @param a first format
 * @param b second format
 * @param from lower end, log10 compute
 * @param to upper end (> from)
 * @returns the crossover, or null
 * @throws {RangeError} on bad formats or an empty interval
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { crossover } from "./prompt_format.ts";
 * // k = 1 vs k = 1 shifted: never tie
 * assert.equal(crossover({ k: 1, x0: 22, s: 1 }, { k: 1, x0: 23, s: 1 }, 18, 28), null);
 * ```
 */
export function crossover(
  a: PromptFormat,
  b: PromptFormat,
  from: number,
  to: number,
): number | null {
  checkFormat(a, "a", "crossover");
  checkFormat(b, "b", "crossover");
  finite("from", from, "crossover");
  finite("to", to, "crossover");
  if (!(from < to)) throw new RangeError(`crossover: from (${from}) must be < to (${to})`);
  const g = (x: number) =>
    logExactMatch(perTokenAccuracy(x, a.x0, a.s), a.k) -
    logExactMatch(perTokenAccuracy(x, b.x0, b.s), b.k);
  let lo = from, hi = to;
  let glo = g(lo);
  const ghi = g(hi);
  if (glo === 0) return lo;
  if (ghi === 0) return hi;
  if (Math.sign(glo) === Math.sign(ghi)) return null;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    const gm = g(mid);
    if (Math.sign(gm) === Math.sign(glo)) {
      lo = mid;
      glo = gm;
    } else hi = mid;
  }
  return (lo + hi) / 2;
}

/** A published chain-of-thought emergence scale. */
export interface CotScale {
  /** the ability as named in the table */
  ability: string;
  /** training FLOPs from which chain-of-thought beats the plain prompt */
  flops: number;
  /** the model family and size */
  model: string;
  /** where the number comes from */
  source: string;
}

/**
 * The chain-of-thought rows of Wei et al. (2022, "Emergent Abilities of Large Language
 * Models", Table 1), read from `data/wei2022-emergence.csv`: the training compute from which
 * chain-of-thought prompting beats the plain prompt (math word problems 1.3·10²³ FLOPs with
 * LaMDA 68B, StrategyQA 2.9·10²³ with PaLM 62B), in table order.
 *
 * @returns the rows whose ability starts with "Chain-of-thought:"
 * @throws {Error} if the data file is missing, malformed, or has no such rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { weiChainOfThoughtScales } from "./prompt_format.ts";
 * assert.equal(weiChainOfThoughtScales()[0].flops, 1.3e23);
 * ```
 */
export function weiChainOfThoughtScales(): CotScale[] {
  const rows = loadWeiEmergence().filter((r) => r.ability.startsWith("Chain-of-thought:"));
  if (rows.length === 0) {
    throw new Error('data/wei2022-emergence.csv: no "Chain-of-thought:" rows');
  }
  return rows.map((r) => ({
    ability: r.ability,
    flops: r.train_flops,
    model: `${r.model} ${Math.round(r.params / 1e9)}B`,
    source: r.source,
  }));
}

/** One row of the scaffold study. */
export interface ScaffoldStudyRow {
  /** per-token midpoint of the direct prompt */
  directX0: number;
  /** elbow of the direct prompt */
  directElbow: number;
  /** elbow of the calibrated scaffold */
  scaffoldElbow: number;
  /** directElbow − scaffoldElbow: how many decades earlier the scaffold's elbow is */
  decadesEarlier: number;
}

/**
 * How far a chain-of-thought scaffold pulls the elbow forward, when it is calibrated to tie
 * with the direct prompt at `crossoverX` (e.g. log10 1.3e23 from Wei et al.) and the direct
 * prompt's own elbow sits at different places.
 *
 * @param directX0s per-token midpoints of the direct prompt (k = 1, so also its elbow)
 * @param s steepness (both formats)
 * @param kScaffold steps of the scaffold
 * @param crossoverX log10 compute of the tie
 * @returns one row per direct midpoint
 * @throws {RangeError} on bad arguments
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scaffoldStudy } from "./prompt_format.ts";
 * const [row] = scaffoldStudy([24.5], 1.5, 6, Math.log10(1.3e23));
 * assert.ok(row.decadesEarlier > 0.4 && row.decadesEarlier < 0.7);
 * ```
 */
export function scaffoldStudy(
  directX0s: readonly number[],
  s: number,
  kScaffold: number,
  crossoverX: number,
): ScaffoldStudyRow[] {
  return directX0s.map((x0, i) => {
    finite(`directX0s[${i}]`, x0, "scaffoldStudy");
    const direct = { k: 1, x0, s };
    const cot = calibrateScaffold(direct, kScaffold, s, crossoverX);
    const directElbow = formatElbow(direct);
    const scaffoldElbow = formatElbow(cot);
    return {
      directX0: x0,
      directElbow,
      scaffoldElbow,
      decadesEarlier: directElbow - scaffoldElbow,
    };
  });
}

/**
 * Samples exact match of several prompt formats on an even grid, for charts.
 *
 * @param formats labelled formats
 * @param from first log10 compute
 * @param to last log10 compute (> from)
 * @param steps intervals
 * @returns points `{ label, x, em }`
 * @throws {RangeError} on bad formats or range
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatCurves } from "./prompt_format.ts";
 * const pts = formatCurves([{ label: "direct", format: { k: 1, x0: 22, s: 1 } }], 21, 23, 2);
 * assert.equal(pts[1].em, 0.5);
 * ```
 */
export function formatCurves(
  formats: readonly { label: string; format: PromptFormat }[],
  from: number,
  to: number,
  steps = 140,
): { label: string; x: number; em: number }[] {
  const xs = rangeGrid(from, to, steps, "formatCurves");
  return formats.flatMap(({ label, format }) =>
    xs.map((x) => ({ label, x, em: formatExactMatch(format, x) }))
  );
}
