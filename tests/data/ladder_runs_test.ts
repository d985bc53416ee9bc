import { fileURLToPath, pathToFileURL } from "node:url";
import { assert, assertAlmostEquals } from "../assert.ts";
import {
  finalPoints,
  LADDER_CHECKPOINT_SCHEMA,
  LADDER_POSITION_SCHEMA,
  LADDER_SEED_POSITION_SCHEMA,
  LADDER_SEED_SCHEMA,
  LADDER_SUBSET_SCHEMA,
  loadLadder,
  loadSeedPositions,
  parseLadder,
  positionAccuracy,
  rungCheckpoints,
  rungs,
} from "../../lib/data/ladder_runs.ts";
import {
  BOOK_LADDER,
  CHECKPOINT_HEADER,
  GENERATOR_VERSION,
  POSITION_HEADER,
  SEED_HEADER,
  SEED_POSITION_HEADER,
  SUBSET_HEADER,
} from "../../lib/training/ladder_generator.ts";

const DATA = new URL("../../data/", import.meta.url);
const FILES = [
  "ladder-checkpoints.csv",
  "ladder-positions.csv",
  "ladder-subsets.csv",
  "ladder-seeds.csv",
  "ladder-seed-positions.csv",
];

/** A copy of the committed ladder files in a temporary folder, one file edited. */
const roots: string[] = [];
function copyWith(file: string, edit: (text: string) => string): { dir: URL; path: string } {
  const root = Deno.makeTempDirSync();
  roots.push(root);
  for (const f of FILES) {
    const text = Deno.readTextFileSync(new URL(f, DATA));
    Deno.writeTextFileSync(`${root}/${f}`, f === file ? edit(text) : text);
  }
  return { dir: pathToFileURL(`${root}/`), path: `${root}/${file}` };
}

Deno.test("one schema per file: the generator writes the schemas' columns in their order", () => {
  const pairs: [string, string, { columns: Record<string, string> }][] = [
    ["ladder-checkpoints.csv", CHECKPOINT_HEADER, LADDER_CHECKPOINT_SCHEMA],
    ["ladder-positions.csv", POSITION_HEADER, LADDER_POSITION_SCHEMA],
    ["ladder-subsets.csv", SUBSET_HEADER, LADDER_SUBSET_SCHEMA],
    ["ladder-seeds.csv", SEED_HEADER, LADDER_SEED_SCHEMA],
    ["ladder-seed-positions.csv", SEED_POSITION_HEADER, LADDER_SEED_POSITION_SCHEMA],
  ];
  for (const [file, header, schema] of pairs) {
    assert.equal(header, Object.keys(schema.columns).join(","), file);
    const first = Deno.readTextFileSync(new URL(file, DATA)).split("\n")[0];
    assert.equal(first, header, file);
  }
  // the committed checkpoint header, spelled out once: a renamed column must show up here
  assert.equal(
    CHECKPOINT_HEADER,
    "generator_version,seed,digits,hidden,parameters,batch,lr,total_steps,step,tokens," +
      "compute_flops,test_n,exact_match_count,exact_match,token_accuracy,mean_nll,edit_distance,source",
  );
});

Deno.test("a bad row is named by file, line and column", () => {
  // line 3 of the checkpoints: the mean NLL is not a number
  const bad = copyWith("ladder-checkpoints.csv", (t) => {
    const lines = t.split("\n");
    const cells = lines[2].split(",");
    cells[15] = "n/a";
    lines[2] = cells.join(",");
    return lines.join("\n");
  });
  assert.throws(
    () => loadLadder(bad.dir),
    (e: Error) =>
      e.message ===
        `${bad.path} line 3, column "mean_nll": "n/a" is not a number`,
  );
  // line 5 of the seed positions: a count that is not an integer
  const seedBad = copyWith("ladder-seed-positions.csv", (t) => {
    const lines = t.split("\n");
    const cells = lines[4].split(",");
    cells[8] = "12.5";
    lines[4] = cells.join(",");
    return lines.join("\n");
  });
  assert.throws(
    () => loadSeedPositions(seedBad.dir),
    (e: Error) =>
      e.message === `${seedBad.path} line 5, column "correct": "12.5" is not an integer`,
  );
  // a missing file is named
  const gone = copyWith("ladder-subsets.csv", (t) => t);
  Deno.removeSync(fileURLToPath(new URL("ladder-subsets.csv", gone.dir)));
  assert.throws(() => loadLadder(gone.dir), /ladder-subsets\.csv: cannot read file/);
  // a count above its test size, and mixed versions, in the seed positions
  const over = copyWith(
    "ladder-seed-positions.csv",
    (t) => t.replace(/\n2,2026,5,4,973,8000,0,2000,218,/, "\n2,2026,5,4,973,8000,0,2000,2018,"),
  );
  assert.throws(() => loadSeedPositions(over.dir), /H=4 seed 2026 digit 0: 2018 > 2000/);
  const mixed = copyWith(
    "ladder-seed-positions.csv",
    (t) => t.replace(/\n2,2026,5,4,/, "\n1,2026,5,4,"),
  );
  assert.throws(() => loadSeedPositions(mixed.dir), /mixes generator versions 1, 2/);
  for (const root of roots.splice(0)) Deno.removeSync(root, { recursive: true });
});

Deno.test("parseLadder rejects mixed versions, missing columns and short position files", () => {
  const ck = `${CHECKPOINT_HEADER}\n1,1,1,4,10,1,0.1,1,1,2,120,5,0,0,0.5,1.2,1,x`;
  const pos = `${POSITION_HEADER}\n1,1,4,10,1,0,5,2,x\n1,1,4,10,1,1,5,3,x`;
  const sub = `${SUBSET_HEADER}\n1,1,4,10,1,5,0,x`;
  assert.equal(
    parseLadder({ checkpoints: ck, positions: pos, subsets: sub }).checkpoints.length,
    1,
  );
  assert.throws(
    () => parseLadder({ checkpoints: ck, positions: pos, subsets: sub.replace("\n1,", "\n2,") }),
    /mix generator versions/,
  );
  assert.throws(
    () =>
      parseLadder({
        checkpoints: ck,
        positions: pos.split("\n").slice(0, 2).join("\n"),
        subsets: sub,
      }),
    /expected 1 checkpoints × 2 positions/,
  );
  assert.throws(
    () => parseLadder({ checkpoints: ck.replace("mean_nll", "nll"), positions: pos, subsets: sub }),
    /mean_nll/,
  );
  assert.throws(
    () =>
      parseLadder({
        checkpoints: ck.replace(",0,0,0.5", ",9,0,0.5"),
        positions: pos,
        subsets: sub,
      }),
    /exact_match_count 9 > test_n 5/,
  );
});

Deno.test("committed ladder: one generator version, token accuracy = mean of the digits, EM ≤ weakest digit", () => {
  const d = loadLadder();
  assert.ok(d.checkpoints.every((r) => r.generator_version === GENERATOR_VERSION));
  assert.ok(loadSeedPositions().every((r) => r.generator_version === GENERATOR_VERSION));
  const final = finalPoints(d);
  assert.ok(final.length >= 6);
  assert.deepEqual(final.map((r) => r.hidden), rungs(d));
  // ≥ 1.5 decades of parameters
  assert.ok(Math.log10(final.at(-1)!.parameters / final[0].parameters) >= 1.5);
  for (const r of d.checkpoints) {
    // token accuracy is the mean of the position accuracies (independent recomputation)
    const acc = positionAccuracy(d, r.hidden, r.step);
    assertAlmostEquals(acc.reduce((s, p) => s + p, 0) / acc.length, r.token_accuracy, 1e-7);
    // exact match can never exceed the worst position's accuracy
    assert.ok(r.exact_match <= Math.min(...acc) + 1e-12);
  }
  assert.throws(() => positionAccuracy(d, 4, 5), /no positions for hidden 4, step 5/);
});

Deno.test("seed study: the main seed's row equals the main run's final checkpoint", () => {
  const d = loadLadder();
  assert.ok(d.seeds.length >= 8);
  const main = d.seeds.filter((r) => r.seed === d.checkpoints[0].seed);
  assert.ok(main.length >= 2);
  for (const r of main) {
    const f = rungCheckpoints(d, r.hidden).at(-1)!;
    assert.equal(r.exact_match_count, f.exact_match_count);
    assert.equal(r.mean_nll, f.mean_nll);
    assert.equal(r.edit_distance, f.edit_distance);
    assert.equal(r.token_accuracy, f.token_accuracy);
  }
});

Deno.test("seed positions: every width and seed of the study, k digits each, agreeing with the seed file", () => {
  const rows = loadSeedPositions();
  const d = loadLadder();
  const k = BOOK_LADDER.digits + 1;
  assert.equal(
    rows.length,
    BOOK_LADDER.seedStudyHiddens.length * BOOK_LADDER.seedStudySeeds.length * k,
  );
  // the mean of a run's digit accuracies is its per-token accuracy in ladder-seeds.csv
  for (const s of d.seeds) {
    const mine = rows.filter((r) => r.hidden === s.hidden && r.seed === s.seed);
    assert.equal(mine.length, k);
    const mean = mine.reduce((a, r) => a + r.correct / r.test_n, 0) / k;
    assertAlmostEquals(mean, s.token_accuracy, 1e-7);
    // exact match can never exceed the weakest digit
    assert.ok(s.exact_match <= Math.min(...mine.map((r) => r.correct / r.test_n)) + 1e-12);
  }
  // the main seed's rows equal the main ladder's final positions
  for (const h of BOOK_LADDER.seedStudyHiddens) {
    const main = d.positions.filter((p) => p.hidden === h && p.step === BOOK_LADDER.steps)
      .map((p) => p.correct);
    const seed = rows.filter((r) => r.hidden === h && r.seed === BOOK_LADDER.seed)
      .sort((a, b) => a.position - b.position).map((r) => r.correct);
    assert.deepEqual(seed, main, `H=${h}`);
  }
});
