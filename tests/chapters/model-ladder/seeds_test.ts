import { assert } from "../../assert.ts";
import { loadLadder } from "../../../lib/data/ladder_runs.ts";
import {
  crossingBrackets,
  seedEmTable,
  seedNllTable,
  seedSpread,
} from "../../../lib/chapters/model-ladder/seeds.ts";

Deno.test("seed tables: one row per width, exact match and NLL apart, no seed study is an error", () => {
  const d = loadLadder();
  const widths = new Set(d.seeds.map((r) => r.hidden)).size;
  const seeds = [...new Set(d.seeds.map((r) => r.seed))];
  const em = seedEmTable(d);
  const nll = seedNllTable(d);
  assert.equal(em.length, widths);
  assert.equal(nll.length, widths);
  assert.deepEqual(Object.keys(em[0]), [
    "width H",
    ...seeds.map((s) => `seed ${s}`),
    "EM range across seeds",
  ]);
  assert.deepEqual(Object.keys(nll[0]), [
    "width H",
    "parameters",
    ...seeds.map((s) => `seed ${s}`),
    "NLL max/min",
  ]);
  // H = 4 never answers: every seed reads 0/2000 with its upper bound
  assert.equal(em[0][`seed ${seeds[0]}`], "0/2000 (95 % upper bound 0.0019)");
  assert.throws(() => seedEmTable({ ...d, seeds: [] }), /no seed study/);
  assert.throws(() => seedNllTable({ ...d, seeds: [] }), /no seed study/);
});

Deno.test("seed spread and crossing brackets agree with the seed rows", () => {
  const d = loadLadder();
  const s = seedSpread(d, 32);
  const rows = d.seeds.filter((r) => r.hidden === 32);
  assert.equal(s.seeds, rows.length);
  assert.equal(s.emMax, Math.max(...rows.map((r) => r.exact_match)));
  assert.throws(() => seedSpread(d, 5), /width 5 is not in the seed study/);
  for (const b of crossingBrackets(d, 0.5)) {
    const mine = d.seeds.filter((r) => r.seed === b.seed);
    if (b.above !== null) {
      assert.ok(mine.find((r) => r.hidden === b.above)!.exact_match >= 0.5);
    }
    if (b.below !== null && b.above !== null) {
      assert.ok(mine.find((r) => r.hidden === b.below)!.exact_match < 0.5);
    }
  }
  assert.throws(() => crossingBrackets(d, 1), /level/);
});
