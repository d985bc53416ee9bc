import assert from "node:assert/strict";
import {
  distractorCurve,
  distractorPreset,
  simulateDistractor,
} from "../../../lib/sim/distractor.ts";
import { inverseCurvesFigure } from "../../../lib/chapters/inverse-scaling/figures.ts";

Deno.test("inverse figure: two line styles, labels, chance line, Wilson bars", () => {
  const series = (["u-shaped", "inverse"] as const).map((k, i) => ({
    label: k,
    curve: distractorCurve(distractorPreset(k), 18, 25, 20),
    measured: simulateDistractor(distractorPreset(k), [18, 21, 24], 400, i + 1),
  }));
  const svg = inverseCurvesFigure(series).outerHTML;
  assert.ok(svg.includes("u-shaped") && svg.includes("inverse") && svg.includes("chance"));
  assert.ok(svg.includes('stroke-dasharray="8,4"'), "second series dashed (style module)");
  assert.ok(!/#2166ac|#b2182b/i.test(svg), "Okabe–Ito, not the old blue/red pair");
  // 3 Wilson bars per series drawn as rules (one <line> per measurement)
  assert.ok((svg.match(/<line/g) ?? []).length >= 6);
  assert.throws(() => inverseCurvesFigure([]), /no series/);
});
