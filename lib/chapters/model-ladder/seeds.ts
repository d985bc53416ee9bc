/**
 * The seed study of the model ladder (`data/ladder-seeds.csv`): how far a width's final exact
 * match and NLL move when only the training seed changes, and between which widths each seed's
 * exact match first reaches a level.
 *
 * @module
 */
import { formatAccuracy } from "../../stats/wilson.ts";
import { maxOf, minOf } from "../../math/extent.ts";
import { openUnit } from "../../validate.ts";
import type { LadderData } from "../../data/ladder_runs.ts";
import type { TableRow } from "./tables.ts";

/** The seed study's rows of each width, widths ascending and seeds in file order. */
function seedGroups(data: LadderData): LadderData["seeds"][] {
  if (data.seeds.length === 0) throw new Error("the ladder has no seed study (ladder-seeds.csv)");
  const widths = [...new Set(data.seeds.map((r) => r.hidden))].sort((a, b) => a - b);
  return widths.map((h) => data.seeds.filter((r) => r.hidden === h));
}

/**
 * The seed study's exact match as a table: for every width, the final exact match under each
 * training seed with its 95 % Wilson interval, and the range across seeds.
 *
 * @param data the ladder (with its seed study)
 * @returns one row per width: the width, one column per seed, the range
 * @throws {Error} if the ladder has no seed study
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../../data/ladder_runs.ts";
 * import { seedEmTable } from "./seeds.ts";
 * const t = seedEmTable(loadLadder());
 * assert.ok(t.length >= 2 && "EM range across seeds" in t[0] && "seed 2026" in t[0]);
 * ```
 */
export function seedEmTable(data: LadderData): TableRow[] {
  return seedGroups(data).map((rows) => {
    const row: TableRow = { "width H": rows[0].hidden };
    for (const r of rows) row[`seed ${r.seed}`] = formatAccuracy(r.exact_match_count, r.test_n);
    const em = rows.map((r) => r.exact_match);
    row["EM range across seeds"] = `${minOf(em).toFixed(3)}–${maxOf(em).toFixed(3)}`;
    return row;
  });
}

/**
 * The seed study's answer-token NLL as a table: for every width (with its parameter count),
 * the final mean NLL under each training seed, and the ratio of the largest to the smallest.
 *
 * @param data the ladder (with its seed study)
 * @returns one row per width: the width, parameters, one column per seed, the ratio
 * @throws {Error} if the ladder has no seed study
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../../data/ladder_runs.ts";
 * import { seedNllTable } from "./seeds.ts";
 * const t = seedNllTable(loadLadder());
 * assert.ok(t.every((r) => Number(r["NLL max/min"]) >= 1));
 * ```
 */
export function seedNllTable(data: LadderData): TableRow[] {
  return seedGroups(data).map((rows) => {
    const row: TableRow = { "width H": rows[0].hidden, parameters: rows[0].parameters };
    for (const r of rows) row[`seed ${r.seed}`] = r.mean_nll.toPrecision(3);
    const nll = rows.map((r) => r.mean_nll);
    row["NLL max/min"] = (maxOf(nll) / minOf(nll)).toFixed(2);
    return row;
  });
}

/**
 * Spread of one width's final exact match and NLL across the seed study's seeds.
 *
 * @param data the ladder (with its seed study)
 * @param hidden the width
 * @returns seeds, min and max of exact match and NLL
 * @throws {RangeError} if the width is not in the seed study
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../../data/ladder_runs.ts";
 * import { seedSpread } from "./seeds.ts";
 * const s = seedSpread(loadLadder(), 4);
 * assert.ok(s.emMin <= s.emMax && s.nllMin <= s.nllMax);
 * ```
 */
export function seedSpread(
  data: LadderData,
  hidden: number,
): { seeds: number; emMin: number; emMax: number; nllMin: number; nllMax: number } {
  const rows = data.seeds.filter((r) => r.hidden === hidden);
  if (rows.length === 0) throw new RangeError(`width ${hidden} is not in the seed study`);
  const em = rows.map((r) => r.exact_match);
  const nll = rows.map((r) => r.mean_nll);
  return {
    seeds: rows.length,
    emMin: minOf(em),
    emMax: maxOf(em),
    nllMin: minOf(nll),
    nllMax: maxOf(nll),
  };
}

/**
 * For every seed of the seed study, the pair of neighbouring widths between which the final
 * exact match first reaches `level` (null if it never does within the studied widths).
 *
 * @param data the ladder (with its seed study)
 * @param level exact-match level in (0, 1)
 * @returns one entry per seed, in seed order
 * @throws {RangeError} if level is not in (0, 1)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "../../data/ladder_runs.ts";
 * import { crossingBrackets } from "./seeds.ts";
 * const b = crossingBrackets(loadLadder(), 0.5);
 * assert.ok(b.length >= 2);
 * ```
 */
export function crossingBrackets(
  data: LadderData,
  level = 0.5,
): { seed: number; below: number | null; above: number | null }[] {
  openUnit("level", level);
  const seeds = [...new Set(data.seeds.map((r) => r.seed))].sort((a, b) => a - b);
  return seeds.map((seed) => {
    const rows = data.seeds.filter((r) => r.seed === seed).sort((a, b) => a.hidden - b.hidden);
    const i = rows.findIndex((r) => r.exact_match >= level);
    if (i < 0) return { seed, below: rows.at(-1)!.hidden, above: null };
    return { seed, below: i > 0 ? rows[i - 1].hidden : null, above: rows[i].hidden };
  });
}
