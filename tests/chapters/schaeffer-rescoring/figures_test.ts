import assert from "node:assert/strict";
import {
  emergenceScoreFigure,
  shareFigure,
} from "../../../lib/chapters/schaeffer-rescoring/figures.ts";

Deno.test("emergenceScoreFigure draws ∞ for infinite scores and rejects NaN", () => {
  const svg = emergenceScoreFigure([
    { metric: "EM", score: Infinity },
    { metric: "NLL", score: 12.5 },
  ]).outerHTML;
  assert.ok(svg.includes("∞ (median step 0)") && svg.includes("12.5"));
  assert.throws(() => emergenceScoreFigure([]), /no bars/);
  assert.throws(() => emergenceScoreFigure([{ metric: "x", score: NaN }]), /x score is NaN/);
});

Deno.test("shareFigure labels every bar", () => {
  const share = shareFigure([
    { metric: "multiple-choice grade", percent: 76, label: "≈ 76 %" },
    { metric: "exact string match", percent: 16, label: "≈ 16 %" },
  ]).outerHTML;
  assert.ok(share.includes("≈ 76 %") && share.includes("≈ 16 %"));
  assert.throws(() => shareFigure([]), /no bars/);
});
