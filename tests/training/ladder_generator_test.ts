import { assert } from "../assert.ts";
import {
  BOOK_LADDER,
  CHECKPOINT_HEADER,
  formatValue,
  GENERATOR_VERSION,
  ladderLines,
  POSITION_HEADER,
  SEED_HEADER,
  SEED_POSITION_HEADER,
  seedStudy,
  SUBSET_HEADER,
} from "../../lib/training/ladder_generator.ts";

const data = new URL("../../data/", import.meta.url);
const read = (name: string) => Deno.readTextFileSync(new URL(name, data)).split("\n");

Deno.test("the committed ladder CSVs are reproduced byte for byte by the two smallest rungs", () => {
  const small = BOOK_LADDER.hiddens.slice(0, 2);
  const lines = ladderLines(BOOK_LADDER, small);
  const files = [
    ["ladder-checkpoints.csv", CHECKPOINT_HEADER, lines.checkpoints],
    ["ladder-positions.csv", POSITION_HEADER, lines.positions],
    ["ladder-subsets.csv", SUBSET_HEADER, lines.subsets],
  ] as const;
  for (const [name, header, fresh] of files) {
    const committed = read(name);
    assert.equal(committed[0], header, `${name} header`);
    // the smallest rungs are written first, so they are the lines right after the header
    const slice = committed.slice(1, 1 + fresh.length);
    assert.equal(fresh.length > 0, true);
    for (let i = 0; i < fresh.length; i++) {
      assert.equal(fresh[i], slice[i], `${name} line ${i + 2}`);
    }
    // and the file ends with exactly one newline
    assert.equal(committed.at(-1), "", `${name} ends with a newline`);
  }
});

Deno.test("the committed seed study is reproduced for the smallest width and a second seed", () => {
  const h = BOOK_LADDER.seedStudyHiddens[0];
  const seed = BOOK_LADDER.seedStudySeeds[1];
  const fresh = seedStudy({ ...BOOK_LADDER, seedStudySeeds: [seed] }, [h]);
  const committed = read("ladder-seeds.csv");
  assert.equal(committed[0], SEED_HEADER);
  const prefix = `${GENERATOR_VERSION},${seed},${BOOK_LADDER.digits},${h},`;
  const line = committed.find((l) => l.startsWith(prefix));
  assert.equal(fresh.seeds[0], line);
  const positions = read("ladder-seed-positions.csv");
  assert.equal(positions[0], SEED_POSITION_HEADER);
  assert.deepEqual(fresh.positions, positions.filter((l) => l.startsWith(prefix)));
  assert.equal(fresh.positions.length, BOOK_LADDER.digits + 1);
});

Deno.test("the seed study covers every width between 16 and 32 of the main ladder", () => {
  const between = BOOK_LADDER.hiddens.filter((h) => h > 16 && h < 32);
  assert.ok(between.length >= 3);
  for (const h of between) assert.ok(BOOK_LADDER.seedStudyHiddens.includes(h), `H=${h}`);
  assert.ok(BOOK_LADDER.seedStudySeeds.length >= 4);
});

Deno.test("formatValue: 8 significant digits, never NaN", () => {
  assert.equal(formatValue(0.123456789), "0.12345679");
  assert.equal(formatValue(1e-9 / 3), "3.3333333e-10");
  assert.equal(formatValue(0), "0");
  assert.throws(() => formatValue(NaN), /cannot write NaN/);
  assert.throws(() => formatValue(Infinity), /cannot write Infinity/);
});
