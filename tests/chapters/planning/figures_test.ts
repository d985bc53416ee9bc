import assert from "node:assert/strict";
import { ladderStudy } from "../../../lib/sim/ladder_experiment.ts";
import { planningSpreadFigure } from "../../../lib/chapters/planning/figures.ts";
import { renderFigure } from "../../../lib/figures/render.ts";

Deno.test("planning figure: interval per row, dashed EM rows, notes, true elbow, reproducible", () => {
  const rows = ladderStudy({ x0: 22, s: 1.5, k: 8 }, [-2, 0], 200, 6, 1);
  const svg = planningSpreadFigure(rows).outerHTML;
  assert.ok(svg.startsWith("<svg"));
  assert.ok(svg.includes("stroke-dasharray")); // EM fits dashed, told apart without colour
  assert.ok(svg.includes("located 0/6: cannot locate"));
  assert.ok(svg.includes("located 6/6"));
  assert.ok(svg.includes("true elbow 23.60"));
  const meta = { caption: "c", alt: "a" };
  const a = renderFigure("fig-test-planning", planningSpreadFigure(rows), meta);
  const b = renderFigure("fig-test-planning", planningSpreadFigure(rows), meta);
  assert.equal(a.svg, b.svg);
  assert.throws(() => planningSpreadFigure([]), /no rows/);
});
