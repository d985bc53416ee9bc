/**
 * The files of the trained model ladder (`data/ladder-*.csv`, written by `tools/train_ladder.ts`):
 * one schema per file, the loaders, the checks that the files agree with each other, and the
 * few look-ups every analysis of the ladder starts from (the rungs, a rung's checkpoints, the
 * final checkpoints, the per-digit accuracies).
 *
 * The schemas are the files' format: `lib/training/ladder_generator.ts` writes its headers from
 * them, so a column added here is a column the generator must write.
 *
 * @module
 */
import { type CsvRow, type CsvSchema, loadCsvSync, parseCsv } from "./csv.ts";
import { pathName, readDataFileSync } from "./read.ts";

/** Schema of `ladder-checkpoints.csv`: every checkpoint of every rung of the main run. */
export const LADDER_CHECKPOINT_SCHEMA = {
  columns: {
    generator_version: "integer",
    seed: "integer",
    digits: "integer",
    hidden: "integer",
    parameters: "integer",
    batch: "integer",
    lr: "number",
    total_steps: "integer",
    step: "integer",
    tokens: "integer",
    compute_flops: "number",
    test_n: "integer",
    exact_match_count: "integer",
    exact_match: "number",
    token_accuracy: "number",
    mean_nll: "number",
    edit_distance: "number",
    source: "string",
  },
  key: ["hidden", "step"],
} as const satisfies CsvSchema;

/** Schema of `ladder-positions.csv`: correct answers per answer digit at every checkpoint. */
export const LADDER_POSITION_SCHEMA = {
  columns: {
    generator_version: "integer",
    digits: "integer",
    hidden: "integer",
    parameters: "integer",
    step: "integer",
    position: "integer",
    test_n: "integer",
    correct: "integer",
    source: "string",
  },
  key: ["hidden", "step", "position"],
} as const satisfies CsvSchema;

/** Schema of `ladder-subsets.csv`: exact match on nested prefixes of the test set. */
export const LADDER_SUBSET_SCHEMA = {
  columns: {
    generator_version: "integer",
    digits: "integer",
    hidden: "integer",
    parameters: "integer",
    step: "integer",
    subset_n: "integer",
    exact_match_count: "integer",
    source: "string",
  },
  key: ["hidden", "step", "subset_n"],
} as const satisfies CsvSchema;

/** Schema of `ladder-seeds.csv`: the final checkpoint of every width and seed of the seed study. */
export const LADDER_SEED_SCHEMA = {
  columns: {
    generator_version: "integer",
    seed: "integer",
    digits: "integer",
    hidden: "integer",
    parameters: "integer",
    steps: "integer",
    test_n: "integer",
    exact_match_count: "integer",
    exact_match: "number",
    token_accuracy: "number",
    mean_nll: "number",
    edit_distance: "number",
    source: "string",
  },
  key: ["hidden", "seed"],
} as const satisfies CsvSchema;

/** Schema of `ladder-seed-positions.csv`: correct answers per digit in the seed study. */
export const LADDER_SEED_POSITION_SCHEMA = {
  columns: {
    generator_version: "integer",
    seed: "integer",
    digits: "integer",
    hidden: "integer",
    parameters: "integer",
    steps: "integer",
    position: "integer",
    test_n: "integer",
    correct: "integer",
    source: "string",
  },
  key: ["hidden", "seed", "position"],
} as const satisfies CsvSchema;

/** One checkpoint of one rung. */
export type CheckpointRow = CsvRow<typeof LADDER_CHECKPOINT_SCHEMA>;
/** One answer digit of one checkpoint. */
export type PositionRow = CsvRow<typeof LADDER_POSITION_SCHEMA>;
/** Exact match on one test-set prefix at one checkpoint. */
export type SubsetRow = CsvRow<typeof LADDER_SUBSET_SCHEMA>;
/** Final checkpoint of one width trained with one seed (the seed study). */
export type SeedRow = CsvRow<typeof LADDER_SEED_SCHEMA>;
/** One answer digit of one width and seed at the final step (the seed study). */
export type SeedPositionRow = CsvRow<typeof LADDER_SEED_POSITION_SCHEMA>;

/** The tables of a ladder. */
export interface LadderData {
  /** checkpoints, file order */
  checkpoints: CheckpointRow[];
  /** per-position correct counts */
  positions: PositionRow[];
  /** exact match on nested test-set prefixes */
  subsets: SubsetRow[];
  /** the seed study (empty when no seed file was given) */
  seeds: SeedRow[];
}

/** The committed files, by the name they are read as. */
const FILES = {
  checkpoints: "ladder-checkpoints.csv",
  positions: "ladder-positions.csv",
  subsets: "ladder-subsets.csv",
  seeds: "ladder-seeds.csv",
  seedPositions: "ladder-seed-positions.csv",
} as const;

/** The repository's `data/` folder. */
const DATA_DIR = new URL("../../data/", import.meta.url);

/**
 * Parses the ladder's CSV texts and checks they agree (one generator version, one digit count,
 * a position row for every answer digit of every checkpoint, no count above its test size).
 *
 * @param texts the CSV texts (the seed study is optional)
 * @param names where they came from, for error messages
 * @returns the typed tables
 * @throws {Error} on a malformed file (naming file, line and column) or inconsistent files
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLadder } from "./ladder_runs.ts";
 * import { CHECKPOINT_HEADER, ladderLines, POSITION_HEADER, SUBSET_HEADER, TINY_LADDER } from "../training/ladder_generator.ts";
 * const l = ladderLines({ ...TINY_LADDER, steps: 10, checkpoints: 2 }, [4]);
 * const d = parseLadder({
 *   checkpoints: [CHECKPOINT_HEADER, ...l.checkpoints].join("\n"),
 *   positions: [POSITION_HEADER, ...l.positions].join("\n"),
 *   subsets: [SUBSET_HEADER, ...l.subsets].join("\n"),
 * });
 * assert.equal(d.checkpoints.length, 2);
 * assert.equal(d.positions.length, 2 * 3); // k = 3 answer digits for 2-digit operands
 * ```
 */
export function parseLadder(
  texts: { checkpoints: string; positions: string; subsets: string; seeds?: string },
  names: { checkpoints: string; positions: string; subsets: string; seeds: string } = {
    checkpoints: "checkpoints",
    positions: "positions",
    subsets: "subsets",
    seeds: "seeds",
  },
): LadderData {
  const checkpoints = parseCsv(texts.checkpoints, LADDER_CHECKPOINT_SCHEMA, names.checkpoints);
  const positions = parseCsv(texts.positions, LADDER_POSITION_SCHEMA, names.positions);
  const subsets = parseCsv(texts.subsets, LADDER_SUBSET_SCHEMA, names.subsets);
  const seeds = texts.seeds === undefined
    ? []
    : parseCsv(texts.seeds, LADDER_SEED_SCHEMA, names.seeds);
  const versions = new Set(
    [...checkpoints, ...positions, ...subsets, ...seeds].map((r) => r.generator_version),
  );
  if (versions.size !== 1) {
    throw new Error(`ladder files mix generator versions ${[...versions].join(", ")}`);
  }
  const digits = new Set(checkpoints.map((r) => r.digits));
  if (digits.size !== 1) throw new Error(`${names.checkpoints}: several digit counts`);
  const k = checkpoints[0].digits + 1;
  if (positions.length !== checkpoints.length * k) {
    throw new Error(
      `${names.positions}: ${positions.length} rows, expected ${checkpoints.length} checkpoints × ${k} positions`,
    );
  }
  for (const r of checkpoints) {
    if (r.exact_match_count > r.test_n) {
      throw new Error(
        `${names.checkpoints}: hidden ${r.hidden} step ${r.step}: exact_match_count ${r.exact_match_count} > test_n ${r.test_n}`,
      );
    }
  }
  return { checkpoints, positions, subsets, seeds };
}

/**
 * Loads the committed ladder from a directory (default: the repository's `data/`).
 *
 * @param dir directory URL holding `ladder-checkpoints.csv`, `ladder-positions.csv`,
 *   `ladder-subsets.csv` and `ladder-seeds.csv`
 * @returns the typed tables
 * @throws {Error} if a file is missing (naming it) or malformed (as {@link parseLadder})
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder } from "./ladder_runs.ts";
 * const d = loadLadder();
 * assert.ok(d.checkpoints.length >= 60);
 * ```
 */
export function loadLadder(dir: URL = DATA_DIR): LadderData {
  const url = (name: string) => new URL(name, dir);
  return parseLadder({
    checkpoints: readDataFileSync(url(FILES.checkpoints)),
    positions: readDataFileSync(url(FILES.positions)),
    subsets: readDataFileSync(url(FILES.subsets)),
    seeds: readDataFileSync(url(FILES.seeds)),
  }, {
    checkpoints: pathName(url(FILES.checkpoints)),
    positions: pathName(url(FILES.positions)),
    subsets: pathName(url(FILES.subsets)),
    seeds: pathName(url(FILES.seeds)),
  });
}

/**
 * Loads the per-digit counts of the seed study, `ladder-seed-positions.csv`.
 *
 * @param dir directory holding the file (default: the repository's `data/`)
 * @returns the rows
 * @throws {Error} if the file is missing or malformed (naming file, line and column), mixes
 *   generator versions, or a count exceeds its test size
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadSeedPositions } from "./ladder_runs.ts";
 * const rows = loadSeedPositions();
 * assert.ok(rows.every((r) => r.correct <= r.test_n));
 * ```
 */
export function loadSeedPositions(dir: URL = DATA_DIR): SeedPositionRow[] {
  const url = new URL(FILES.seedPositions, dir);
  const rows = loadCsvSync(url, LADDER_SEED_POSITION_SCHEMA);
  const name = pathName(url);
  const versions = new Set(rows.map((r) => r.generator_version));
  if (versions.size !== 1) {
    throw new Error(`${name}: mixes generator versions ${[...versions].join(", ")}`);
  }
  for (const r of rows) {
    if (r.correct > r.test_n) {
      throw new Error(
        `${name}: H=${r.hidden} seed ${r.seed} digit ${r.position}: ${r.correct} > ${r.test_n}`,
      );
    }
  }
  return rows;
}

/**
 * Widths of the ladder, smallest model first.
 *
 * @param data the ladder
 * @returns the distinct widths, ascending
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, rungs } from "./ladder_runs.ts";
 * const r = rungs(loadLadder());
 * assert.ok(r.every((h, i) => i === 0 || h > r[i - 1]));
 * ```
 */
export function rungs(data: LadderData): number[] {
  return [...new Set(data.checkpoints.map((r) => r.hidden))].sort((a, b) => a - b);
}

/**
 * The checkpoints of one rung, by step.
 *
 * @param data the ladder
 * @param hidden the width
 * @returns the rung's rows, ascending in step
 * @throws {RangeError} if there is no such rung
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, rungCheckpoints } from "./ladder_runs.ts";
 * assert.equal(rungCheckpoints(loadLadder(), 4)[0].step, 1);
 * assert.throws(() => rungCheckpoints(loadLadder(), 5), /no rung/);
 * ```
 */
export function rungCheckpoints(data: LadderData, hidden: number): CheckpointRow[] {
  const rows = data.checkpoints.filter((r) => r.hidden === hidden).sort((a, b) => a.step - b.step);
  if (rows.length === 0) throw new RangeError(`no rung with hidden width ${hidden}`);
  return rows;
}

/**
 * The last checkpoint of every rung, smallest model first.
 *
 * @param data the ladder
 * @returns one row per rung
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { finalPoints, loadLadder } from "./ladder_runs.ts";
 * const f = finalPoints(loadLadder());
 * assert.ok(f.every((r, i) => i === 0 || r.parameters > f[i - 1].parameters));
 * ```
 */
export function finalPoints(data: LadderData): CheckpointRow[] {
  return rungs(data).map((h) => rungCheckpoints(data, h).at(-1)!);
}

/**
 * Per-position accuracy at one checkpoint, least significant digit first.
 *
 * @param data the ladder
 * @param hidden the width
 * @param step the checkpoint's step
 * @returns k accuracies in [0, 1]
 * @throws {RangeError} if the checkpoint has no position rows
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLadder, positionAccuracy } from "./ladder_runs.ts";
 * assert.equal(positionAccuracy(loadLadder(), 4, 1).length, 6);
 * ```
 */
export function positionAccuracy(data: LadderData, hidden: number, step: number): number[] {
  const rows = data.positions.filter((r) => r.hidden === hidden && r.step === step)
    .sort((a, b) => a.position - b.position);
  if (rows.length === 0) throw new RangeError(`no positions for hidden ${hidden}, step ${step}`);
  return rows.map((r) => r.correct / r.test_n);
}
