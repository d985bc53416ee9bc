/**
 * The model ladder: one task, one training recipe, several widths. This module holds the
 * ladder's specification, runs its rungs and turns the checkpoints into the CSV lines of
 * `data/ladder-checkpoints.csv`, `data/ladder-positions.csv` and `data/ladder-subsets.csv`
 * (written by `tools/train_ladder.ts`; the book only reads them).
 *
 * Every rung shares the test set (seed `testSeed`) and the training stream (seed `seed`);
 * only the width H and the initial weights (seed `seed + H`) differ, so a rung's rows do not
 * depend on which other rungs were run.
 *
 * @module
 */
import { positiveInteger } from "../validate.ts";
import { seededRng } from "../model/rng.ts";
import { answerLength, testSet } from "../tasks/addition.ts";
import { type Checkpoint, trainRun } from "./train_run.ts";

/**
 * Bump by hand whenever anything that changes the CSV bytes changes: model, initialization,
 * optimizer, task encoding, random streams, the spec, the metrics or the number format.
 */
export const GENERATOR_VERSION = 2;

/** Everything that determines a ladder's results. */
export interface LadderSpec {
  /** operand digits n */
  digits: number;
  /** hidden widths, one rung each */
  hiddens: number[];
  /** optimizer steps per rung (the same for every rung) */
  steps: number;
  /** problems per step */
  batch: number;
  /** Adam learning rate */
  lr: number;
  /** seed of the training stream; rung H's weights use seed + H */
  seed: number;
  /** held-out problems */
  testSize: number;
  /** seed of the test set */
  testSeed: number;
  /** log-spaced checkpoints per rung */
  checkpoints: number;
  /** nested test-set prefixes on which exact match is also counted (last = testSize) */
  subsets: number[];
  /** seed study: these widths are retrained with each of `seedStudySeeds` (final checkpoint only) */
  seedStudyHiddens: number[];
  /** seed study: training seeds (the first is `seed`, reproducing the main run's final rows) */
  seedStudySeeds: number[];
}

/** The book's ladder (trained by `tools/train_ladder.ts`). */
export const BOOK_LADDER: LadderSpec = {
  digits: 5,
  hiddens: [4, 8, 16, 20, 24, 28, 32, 64, 96, 128],
  steps: 8000,
  batch: 64,
  lr: 3e-3,
  seed: 2026,
  testSize: 2000,
  testSeed: 7,
  checkpoints: 20,
  subsets: [20, 200, 2000],
  seedStudyHiddens: [4, 8, 16, 20, 24, 28, 32, 64],
  seedStudySeeds: [2026, 2027, 2028, 2029],
};

/** A tiny ladder for the tests: trains in a second or two. */
export const TINY_LADDER: LadderSpec = {
  digits: 2,
  hiddens: [4, 16, 48],
  steps: 400,
  batch: 32,
  lr: 1e-2,
  seed: 11,
  testSize: 200,
  testSeed: 3,
  checkpoints: 8,
  subsets: [20, 200],
  seedStudyHiddens: [4, 16],
  seedStudySeeds: [11, 12],
};

/** Header of `data/ladder-checkpoints.csv`. */
export const CHECKPOINT_HEADER =
  "generator_version,seed,digits,hidden,parameters,batch,lr,total_steps,step,tokens,compute_flops,test_n,exact_match_count,exact_match,token_accuracy,mean_nll,edit_distance,source";
/** Header of `data/ladder-positions.csv`. */
export const POSITION_HEADER =
  "generator_version,digits,hidden,parameters,step,position,test_n,correct,source";
/** Header of `data/ladder-subsets.csv`. */
export const SUBSET_HEADER =
  "generator_version,digits,hidden,parameters,step,subset_n,exact_match_count,source";

/** Header of `data/ladder-seeds.csv`. */
export const SEED_HEADER =
  "generator_version,seed,digits,hidden,parameters,steps,test_n,exact_match_count,exact_match,token_accuracy,mean_nll,edit_distance,source";

/** Header of `data/ladder-seed-positions.csv` (per-position counts of the seed study). */
export const SEED_POSITION_HEADER =
  "generator_version,seed,digits,hidden,parameters,steps,position,test_n,correct,source";

/** CSV lines of the seed study (no headers). */
export interface SeedStudyLines {
  /** lines of `ladder-seeds.csv` */
  seeds: string[];
  /** lines of `ladder-seed-positions.csv` */
  positions: string[];
}

/**
 * The seed study with its per-position counts: like {@link seedStudyLines}, plus one line per
 * answer position of every final checkpoint. When the main run's lines are passed, a width
 * trained with `spec.seed` is taken from them instead of being retrained (training does not
 * depend on how many checkpoints are evaluated, so the bytes are the same).
 *
 * @param spec the ladder
 * @param hiddens which widths (default: the spec's seed-study widths)
 * @param main lines of the main run ({@link ladderLines}) to reuse for `seed = spec.seed`
 * @returns lines of `ladder-seeds.csv` and `ladder-seed-positions.csv`, width-major
 * @throws {RangeError} on a bad spec
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderLines, seedStudy, TINY_LADDER } from "./ladder_generator.ts";
 * const spec = { ...TINY_LADDER, steps: 20 };
 * const s = seedStudy(spec, [4], ladderLines(spec, [4]));
 * assert.equal(s.seeds.length, 2);
 * assert.equal(s.positions.length, 2 * 3); // k = 3 answer digits
 * assert.deepEqual(seedStudy(spec, [4]), s); // reusing the main run changes no byte
 * ```
 */
export function seedStudy(
  spec: LadderSpec,
  hiddens: number[] = spec.seedStudyHiddens,
  main?: LadderLines,
): SeedStudyLines {
  checkSpec(spec);
  const out: SeedStudyLines = { seeds: [], positions: [] };
  for (const h of hiddens) {
    for (const seed of spec.seedStudySeeds) {
      positiveInteger("seedStudySeeds entry", seed, "LadderSpec");
      const isFinal = (l: string, hiddenCol: number, stepCol: number) => {
        const f = l.split(",");
        return Number(f[hiddenCol]) === h && Number(f[stepCol]) === spec.steps;
      };
      let lines: LadderLines | undefined;
      if (main && seed === spec.seed) {
        const c = main.checkpoints.filter((l) => isFinal(l, 3, 8));
        if (c.length === 1) {
          lines = {
            checkpoints: c,
            positions: main.positions.filter((l) => isFinal(l, 2, 4)),
            subsets: [],
          };
        }
      }
      lines ??= ladderLines({ ...spec, seed, hiddens: [h], checkpoints: 2 }, [h]);
      const last = lines.checkpoints[lines.checkpoints.length - 1].split(",");
      // checkpoint columns: 0 version, 1 seed, 2 digits, 3 hidden, 4 parameters, 7 total_steps,
      // 11 test_n, 12 em count, 13 em, 14 token acc, 15 nll, 16 edit distance, 17 source
      out.seeds.push(
        [0, 1, 2, 3, 4, 7, 11, 12, 13, 14, 15, 16, 17].map((i) => last[i]).join(","),
      );
      // position columns: 0 version, 1 digits, 2 hidden, 3 parameters, 4 step, 5 position,
      // 6 test_n, 7 correct, 8 source
      for (const l of lines.positions.filter((l) => isFinal(l, 2, 4))) {
        const f = l.split(",");
        out.positions.push(
          [f[0], seed, f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]].join(","),
        );
      }
    }
  }
  return out;
}

/**
 * The seed study: each width in `spec.seedStudyHiddens` retrained with every seed in
 * `spec.seedStudySeeds` (training stream `seed`, weights `seed + H`), scored at its final
 * step only. Evaluating fewer checkpoints does not change training, so the row for
 * `seed = spec.seed` equals the main run's final row.
 *
 * @param spec the ladder
 * @param hiddens which widths (default: the spec's seed-study widths)
 * @returns lines of `ladder-seeds.csv`, width-major, seeds in spec order
 * @throws {RangeError} on a bad spec
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { seedStudyLines, TINY_LADDER } from "./ladder_generator.ts";
 * const lines = seedStudyLines({ ...TINY_LADDER, steps: 20 }, [4]);
 * assert.equal(lines.length, 2);
 * assert.ok(lines[1].startsWith("2,12,2,4,"));
 * ```
 */
export function seedStudyLines(
  spec: LadderSpec,
  hiddens: number[] = spec.seedStudyHiddens,
): string[] {
  return seedStudy(spec, hiddens).seeds;
}

/** CSV lines of one or more rungs (no headers). */
export interface LadderLines {
  /** lines of `ladder-checkpoints.csv` */
  checkpoints: string[];
  /** lines of `ladder-positions.csv` */
  positions: string[];
  /** lines of `ladder-subsets.csv` */
  subsets: string[];
}

/**
 * A number as written in the CSVs: 8 significant digits, then JavaScript's shortest
 * round-trip form (deterministic).
 *
 * @param x a finite number
 * @returns its text
 * @throws {RangeError} if x is not finite
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatValue } from "./ladder_generator.ts";
 * assert.equal(formatValue(1 / 3), "0.33333333");
 * assert.equal(formatValue(2), "2");
 * ```
 */
export function formatValue(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`cannot write ${x} to a ladder CSV`);
  return String(Number(x.toPrecision(8)));
}

/**
 * Checks a spec: positive integer digits, widths and test size, subsets ending at the test
 * size.
 *
 * @param spec the ladder
 * @returns the spec
 * @throws {RangeError} naming the bad field
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkSpec, TINY_LADDER } from "./ladder_generator.ts";
 * assert.equal(checkSpec(TINY_LADDER), TINY_LADDER);
 * assert.throws(() => checkSpec({ ...TINY_LADDER, hiddens: [] }), /hiddens is empty/);
 * ```
 */
export function checkSpec(spec: LadderSpec): LadderSpec {
  positiveInteger("digits", spec.digits, "LadderSpec");
  if (spec.hiddens.length === 0) throw new RangeError("LadderSpec.hiddens is empty");
  spec.hiddens.forEach((h, i) => positiveInteger(`hiddens[${i}]`, h, "LadderSpec"));
  positiveInteger("testSize", spec.testSize, "LadderSpec");
  const last = spec.subsets[spec.subsets.length - 1];
  if (last !== spec.testSize) {
    throw new RangeError(`LadderSpec.subsets must end with testSize ${spec.testSize}, got ${last}`);
  }
  spec.subsets.forEach((s, i) => positiveInteger(`subsets[${i}]`, s, "LadderSpec"));
  return spec;
}

/**
 * Trains the rungs `hiddens` (default: all of the spec's) and returns their CSV lines.
 * Compute is estimated as 6·N·tokens (N parameters, tokens = answer tokens trained on).
 *
 * @param spec the ladder
 * @param hiddens which widths to run (each must be in the spec)
 * @param onCheckpoint optional progress callback
 * @returns the lines of the three CSVs, rung by rung in the order given
 * @throws {RangeError} on a bad spec or a width not in the spec
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ladderLines, TINY_LADDER } from "./ladder_generator.ts";
 * const spec = { ...TINY_LADDER, steps: 20, checkpoints: 3 };
 * const lines = ladderLines(spec, [4]);
 * assert.equal(lines.checkpoints.length, 3);
 * assert.ok(lines.checkpoints[0].startsWith("2,11,2,4,"));
 * ```
 */
export function ladderLines(
  spec: LadderSpec,
  hiddens: number[] = spec.hiddens,
  onCheckpoint?: (hidden: number, parameters: number, c: Checkpoint) => void,
): LadderLines {
  checkSpec(spec);
  for (const h of hiddens) {
    if (!spec.hiddens.includes(h)) throw new RangeError(`hidden ${h} is not a rung of the spec`);
  }
  const test = testSet(spec.digits, spec.testSize, seededRng(spec.testSeed));
  const k = answerLength(spec.digits);
  const source = `tools/train_ladder.ts v${GENERATOR_VERSION}`;
  const out: LadderLines = { checkpoints: [], positions: [], subsets: [] };
  const v = GENERATOR_VERSION;
  for (const hidden of hiddens) {
    let parameters = 0;
    const run = trainRun(
      {
        digits: spec.digits,
        hidden,
        steps: spec.steps,
        batch: spec.batch,
        lr: spec.lr,
        initSeed: spec.seed + hidden,
        dataSeed: spec.seed,
        checkpoints: spec.checkpoints,
      },
      test,
      (c) => onCheckpoint?.(hidden, parameters, c),
    );
    parameters = run.parameters;
    for (const c of run.checkpoints) {
      const m = c.metrics;
      out.checkpoints.push([
        v,
        spec.seed,
        spec.digits,
        hidden,
        run.parameters,
        spec.batch,
        formatValue(spec.lr),
        spec.steps,
        c.step,
        c.tokens,
        6 * run.parameters * c.tokens,
        m.n,
        m.exactMatchCount,
        formatValue(m.exactMatch),
        formatValue(m.tokenAccuracy),
        formatValue(m.meanNll),
        formatValue(m.editDistance),
        source,
      ].join(","));
      for (let j = 0; j < k; j++) {
        out.positions.push(
          [v, spec.digits, hidden, run.parameters, c.step, j, m.n, m.positionCorrect[j], source]
            .join(","),
        );
      }
      for (const size of spec.subsets) {
        let count = 0;
        for (let i = 0; i < size; i++) count += m.exact[i];
        out.subsets.push(
          [v, spec.digits, hidden, run.parameters, c.step, size, count, source].join(","),
        );
      }
    }
  }
  return out;
}
