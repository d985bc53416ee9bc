import assert from "node:assert/strict";
import { runNeededFigure } from "../../../lib/chapters/extrapolation/figures.ts";

Deno.test("runNeededFigure: one row per model, 'never' written out, circle and square", () => {
  const el = runNeededFigure([
    { label: "70m", form: "power", needed: null },
    { label: "70m", form: "power+floor", needed: null },
    { label: "1b", form: "power", needed: 0.79 },
    { label: "1b", form: "power+floor", needed: null },
  ]);
  const svg = el.outerHTML;
  assert.ok(svg.includes("never (both)"));
  assert.ok(svg.includes("never (floor)"));
  assert.ok(!svg.includes("never (pure)"));
  assert.ok(svg.includes("pure power law"));
  assert.throws(() => runNeededFigure([]), /no points/);
});
