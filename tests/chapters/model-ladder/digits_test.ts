import { assert, assertAlmostEquals } from "../../assert.ts";
import type { SeedPositionRow } from "../../../lib/data/ladder_runs.ts";
import {
  digitCurves,
  digitSpreads,
  digitStates,
  digitSteps,
} from "../../../lib/chapters/model-ladder/digits.ts";

const toy: SeedPositionRow[] = [
  [4, 1, 0, 10],
  [4, 1, 1, 90],
  [4, 2, 0, 30],
  [4, 2, 1, 95],
  [8, 1, 0, 60],
  [8, 1, 1, 99],
  [8, 2, 0, 40],
  [8, 2, 1, 100],
].map(([hidden, seed, position, correct]) => ({
  generator_version: 2,
  seed,
  digits: 1,
  hidden,
  parameters: hidden * 10,
  steps: 10,
  position,
  test_n: 100,
  correct,
  source: "toy",
}));

Deno.test("digit spreads, curves and steps on a hand-made study", () => {
  const s = digitSpreads(toy);
  const d0h4 = s.find((x) => x.hidden === 4 && x.position === 0)!;
  assert.deepEqual(d0h4.values, [0.1, 0.3]);
  assertAlmostEquals(d0h4.mean, 0.2, 1e-12);
  const c = digitCurves(toy).find((p) => p.series === "digit 0" && p.x === 80)!;
  assert.deepEqual([c.lower, c.upper], [0.4, 0.6]);
  const st = digitSteps(toy, 0.5);
  assert.deepEqual(st[0].widths, [{ seed: 1, hidden: 8 }, { seed: 2, hidden: null }]);
  assert.deepEqual(st[1].widths, [{ seed: 1, hidden: 4 }, { seed: 2, hidden: 4 }]);
  assert.throws(() => digitSteps(toy, 1), /level/);
  // accuracies 0.1, 0.9, 0.3, 0.95, 0.6, 0.99, 0.4, 1.0
  assert.deepEqual(digitStates(toy), { total: 8, low: 1, middle: 3, high: 4 });
  assert.deepEqual(digitStates(toy, [4], [0]), { total: 2, low: 1, middle: 1, high: 0 });
  assert.throws(() => digitStates(toy, undefined, undefined, 0.8, 0.2), /lo < hi/);
});
