import assert from "node:assert/strict";
import { valueBarsFigure } from "../../../lib/chapters/two-metrics-one-pass/figures.ts";

Deno.test("valueBarsFigure labels every bar and dashes the second group", () => {
  const bars = valueBarsFigure(
    [
      { label: "a", value: 0.1, text: "0.10", group: "g1" },
      { label: "b", value: 0.9, text: "0.90", group: "g2" },
    ],
    "value",
    [0, 1],
  ).outerHTML;
  assert.ok(bars.includes("0.10") && bars.includes("0.90") && bars.includes("stroke-dasharray"));
  assert.throws(() => valueBarsFigure([], "v", [0, 1]), /no bars/);
});
