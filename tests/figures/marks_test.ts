import assert from "node:assert/strict";
import fc from "fast-check";
import * as Plot from "@observablehq/plot";
import { textWidth } from "../../lib/figures/style.ts";
import {
  endLabels,
  greyBars,
  spreadLabels,
  upperBoundMarks,
  zeroOfNBound,
} from "../../lib/figures/marks.ts";
import { plot } from "../../lib/figures/render.ts";

const SCALE = { domain: [0, 1] as const, height: 400, marginTop: 28, marginBottom: 44 };

Deno.test("zeroOfNBound: 3.84 / (n + 3.84), the 95 % Wilson upper end for 0 of n", () => {
  // Python: z2 / (1000 + z2) = 0.0038267584855551234, z2 / (100 + z2) = 0.03699349820698568
  assert.ok(Math.abs(zeroOfNBound(1000) - 0.0038267584855551234) < 1e-16);
  assert.ok(Math.abs(zeroOfNBound(100) - 0.03699349820698568) < 1e-16);
  assert.throws(() => zeroOfNBound(0), /n must be a positive integer/);
});

Deno.test("spreadLabels: keeps order, enforces the gap in pixels, stays in the frame", () => {
  assert.deepEqual(spreadLabels([0.1, 0.5, 0.9], SCALE, 15), [0, 0, 0]);
  // two labels at the same height: 15 px apart
  const dy = spreadLabels([0.5, 0.5], SCALE, 15);
  assert.equal(Math.abs(dy[0] - dy[1]), 15);
  // a crowd at the bottom is pushed up, not out of the frame
  const bottom = spreadLabels([0, 0, 0, 0], SCALE, 15);
  const px = bottom.map((d) => 356 + d);
  assert.ok(Math.max(...px) <= 354, `lowest label at ${Math.max(...px)}`);
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 7 }),
      (ys) => {
        const out = spreadLabels(ys, SCALE, 15);
        const placed = ys.map((y, i) => 356 - y * 328 + out[i]).sort((a, b) => a - b);
        for (let i = 1; i < placed.length; i++) assert.ok(placed[i] - placed[i - 1] >= 15 - 1e-9);
      },
    ),
    { seed: 42, numRuns: 300 },
  );
  assert.throws(
    () => spreadLabels([0], { ...SCALE, domain: [1e-3, 1], log: true }),
    /log scale needs positive values, got 0/,
  );
});

Deno.test("endLabels, greyBars, upperBoundMarks draw what they say", () => {
  const svg = plot({
    marks: [
      ...endLabels([{ text: "a", x: 0, y: 0.5 }, { text: "bb", x: 1, y: 0.5 }], SCALE, 8, 1),
      ...upperBoundMarks([{ x: 0.5, y: zeroOfNBound(1000) }], { x: "x", y: "y", floor: 0 }),
    ],
  }).outerHTML;
  assert.ok(svg.includes(">a<") && svg.includes(">bb<"));
  assert.ok(svg.includes('aria-description="backdrop leader"'), "the short line gets a leader");
  assert.ok(svg.includes('aria-description="upper bound for 0 of n"'));
  const bars = plot({
    y: { domain: ["r1", "r2"] },
    marks: greyBars([{ row: "r1", value: 1, text: "1.0" }, {
      row: "r2",
      value: 2,
      text: "2.0",
      outline: true,
    }]),
  }).outerHTML;
  assert.ok(bars.includes("1.0") && bars.includes('stroke-dasharray="4,3"'));
  assert.equal(textWidth("abcdefghij", 12), 78);
  assert.ok(Plot);
});
