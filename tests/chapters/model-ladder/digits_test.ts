import { assert, assertAlmostEquals } from "../../assert.ts";
import { TOY_SEED_POSITIONS } from "./toy_seed_positions.ts";
import {
  digitCurves,
  digitSpreads,
  digitStates,
  digitSteps,
} from "../../../lib/chapters/model-ladder/digits.ts";

const toy = TOY_SEED_POSITIONS;

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
