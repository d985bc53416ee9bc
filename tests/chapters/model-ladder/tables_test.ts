import { assert } from "../../assert.ts";
import { TOY_SEED_POSITIONS } from "./toy_seed_positions.ts";
import {
  finalPoints,
  loadLadder,
  loadSeedPositions,
  rungCheckpoints,
} from "../../../lib/data/ladder_runs.ts";
import {
  chainTable,
  digitCrossingTable,
  digitRangeTable,
  digitTable,
  emExtrapolationTable,
  finalTable,
  nllExtrapolationTable,
  subsetTable,
} from "../../../lib/chapters/model-ladder/tables.ts";
import { chainComparison } from "../../../lib/metrics/chain_checks.ts";

/** Longest number of columns a chapter table may have. */
const MAX_COLUMNS = 7;

Deno.test("tables: zero successes are written 0/n with their upper bound; one subset row per checkpoint", () => {
  const d = loadLadder();
  const t = subsetTable(d, 4);
  assert.equal(t.length, rungCheckpoints(d, 4).length);
  assert.ok(String(t[0]["EM on 20"]).startsWith("0/20 (95 % upper bound 0.16)"));
  assert.throws(() => subsetTable(d, 5), /no subset rows for hidden 5/);
});

Deno.test("tables: every table of the chapter is at most seven columns wide", () => {
  const d = loadLadder();
  const s = loadSeedPositions();
  const tables = {
    finalTable: finalTable(d),
    digitTable: digitTable(d),
    chainTable: chainTable(d),
    nllExtrapolationTable: nllExtrapolationTable(d),
    emExtrapolationTable: emExtrapolationTable(d),
    subsetTable: subsetTable(d, 32),
    digitCrossingTable: digitCrossingTable(s),
    digitRangeTable: digitRangeTable(s, [16, 20, 24, 28, 32]),
  };
  for (const [name, rows] of Object.entries(tables)) {
    const n = Object.keys(rows[0]).length;
    assert.ok(n <= MAX_COLUMNS, `${name} has ${n} columns`);
  }
});

Deno.test("digit and chain tables: the H = 32 rung's digits, p^k, Π p_j and measured exact match", () => {
  const d = loadLadder();
  const i = finalPoints(d).findIndex((r) => r.hidden === 32);
  const c = chainComparison(d, finalPoints(d)[i]);
  const chain = chainTable(d)[i];
  assert.equal(chain["width H"], 32);
  assert.equal(chain["p^k"], c.pk.toPrecision(3));
  assert.equal(chain["Π p_j"], c.positionProduct.toPrecision(3));
  assert.equal(chain["p (mean)"], c.tokenAccuracy.toFixed(3));
  // the digit table's point estimates multiply to the chain table's Π p_j
  const digits = digitTable(d)[i];
  const product = [0, 1, 2, 3, 4, 5]
    .map((j) => Number(String(digits[`digit ${j}`]).split(" ")[0]))
    .reduce((a, p) => a * p, 1);
  assert.ok(Math.abs(product - c.positionProduct) < 0.01, `${product} vs ${c.positionProduct}`);
});

Deno.test("extrapolation tables: NLL and exact match apart, one row per rung, the fit window not a column", () => {
  const d = loadLadder();
  const nll = nllExtrapolationTable(d);
  const em = emExtrapolationTable(d);
  assert.equal(nll.length, finalPoints(d).length);
  assert.deepEqual(nll.map((r) => r["width H"]), em.map((r) => r["width H"]));
  assert.ok(!("fit window (steps)" in nll[0]) && !("fit window (steps)" in em[0]));
  // the H = 4 rung: measured 1.89 nats, never answers
  assert.equal(nll[0]["measured final NLL"], "1.89");
  assert.equal(em[0]["measured final EM [95% CI]"], "0/2000 (95 % upper bound 0.0019)");
});

const toy = TOY_SEED_POSITIONS;

Deno.test("digit tables on a hand-made study: where each digit steps, and its range across seeds", () => {
  assert.deepEqual(digitCrossingTable(toy, 0.5), [
    { digit: 0, "seed 1": "H = 8", "seed 2": "never" },
    { digit: 1, "seed 1": "H = 4", "seed 2": "H = 4" },
  ]);
  assert.deepEqual(digitRangeTable(toy, [4, 8]), [
    { digit: 0, "H = 4": "0.20 [0.10–0.30]", "H = 8": "0.50 [0.40–0.60]" },
    { digit: 1, "H = 4": "0.93 [0.90–0.95]", "H = 8": "0.99 [0.99–1.00]" },
  ]);
  assert.throws(() => digitRangeTable(toy, [16]), /width 16 is not in the seed study/);
});
