import assert from "node:assert/strict";
import {
  contaminationFigure,
  oneLadderFigure,
  scaffoldFigure,
  twoReadingsFigure,
} from "../../../lib/chapters/gotchas/figures.ts";
import { twoReadings } from "../../../lib/sim/two_readings.ts";
import { assumedKFits, fitCurves, measureLadder } from "../../../lib/sim/assumed_chain_length.ts";
import { formatCurves } from "../../../lib/sim/prompt_format.ts";
import {
  chapterFamily,
  crossCheck,
  evaluateFamily,
} from "../../../lib/chapters/gotchas/contamination.ts";

const W = { x0: 22, s: 1.5, k: 8 };

Deno.test("gotchas figures draw their data with line styles and direct labels", () => {
  const two = twoReadingsFigure(twoReadings(W, [18, 19, 20], 200, 1)).outerHTML;
  assert.ok(two.includes("exact match (95% bars)") && two.includes("NLL/token ÷ first rung"));
  assert.ok(two.includes('stroke-dasharray="8,4"'), "NLL dashed in the style's second pattern");
  assert.ok(!/#1b7837|#b2182b/i.test(two), "no red/green pair");
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
