import assert from "node:assert/strict";
import fc from "fast-check";
import {
  contaminationFigure,
  oneLadderFigure,
  scaffoldFigure,
  spreadLabels,
  twoReadingsFigure,
} from "../../lib/figures/gotchas.ts";
import { twoReadings } from "../../lib/gotchas/headline.ts";
import { assumedKFits, fitCurves, measureLadder } from "../../lib/gotchas/extrapolation.ts";
import { formatCurves } from "../../lib/gotchas/scaffold.ts";
import { chapterFamily, crossCheck, evaluateFamily } from "../../lib/gotchas/contamination.ts";

const W = { x0: 22, s: 1.5, k: 8 };

Deno.test("spreadLabels: keeps order, enforces the gap, moves nothing already apart", () => {
  assert.deepEqual(spreadLabels([0.1, 0.5, 0.9], 0.1), [0.1, 0.5, 0.9]);
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
      (ys) => {
        const out = spreadLabels(ys, 0.05);
        const sorted = ys.map((y, i) => ({ y, o: out[i] })).sort((a, b) => a.y - b.y || a.o - b.o);
        for (let i = 1; i < sorted.length; i++) {
          assert.ok(sorted[i].o - sorted[i - 1].o >= 0.05 - 1e-9);
        }
      },
    ),
    { seed: 42, numRuns: 200 },
  );
});

Deno.test("gotchas figures draw their data with line styles and direct labels", () => {
  const two = twoReadingsFigure(twoReadings(W, [18, 19, 20], 200, 1)).outerHTML;
  assert.ok(two.includes("exact match (95% bars)") && two.includes("NLL/token ÷ first rung"));
  assert.ok(two.includes('stroke-dasharray="7,4"'));
  const m = measureLadder(W, [21.5, 22, 22.5], 1000, 3);
  const one = oneLadderFigure(m, fitCurves(assumedKFits(m, [1, 8], 24), 21, 25, 20), [
    { x: 21, em: 0 },
    { x: 25, em: 0.9 },
  ]).outerHTML;
  assert.ok(one.includes("k = 1") && one.includes("k = 8") && one.includes("truth"));
  const sc = scaffoldFigure(
    formatCurves(
      [
        { label: "direct", format: { k: 1, x0: 24.5, s: 1.5 } },
        { label: "CoT", format: { k: 6, x0: 22.57, s: 1.5 } },
      ],
      20,
      26,
      20,
    ),
    23.11,
    "tie",
  ).outerHTML;
  assert.ok(sc.includes("direct") && sc.includes("CoT") && sc.includes(">tie<"));
  const scores = evaluateFamily(chapterFamily(), [20, 22, 24], 300, 1);
  const cont = contaminationFigure(scores, crossCheck(scores)).outerHTML;
  assert.ok(
    cont.includes("A (leaked)") && cont.includes("z = ") && cont.includes("stroke-dasharray"),
  );
  assert.throws(() => twoReadingsFigure([]), /no rows/);
  assert.throws(() => oneLadderFigure(m, [], []), /no fit curves/);
  assert.throws(() => scaffoldFigure([], null, ""), /no curves/);
  assert.throws(() => contaminationFigure([], []), /no scores/);
});
