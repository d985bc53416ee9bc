import { assert } from "../../assert.ts";
import { familyFigure, heldOutFigure } from "../../../lib/chapters/open-models/figures.ts";

const pts = ["A", "B", "C"].flatMap((family, f) =>
  [20, 21, 22, 23].map((x, i) => ({ task: "2D+", family, logFlops: x + f / 3, em: i / 3 }))
);

Deno.test("family figure: one dash pattern per highlighted family, named in a key, no legend", () => {
  const svg = familyFigure(pts, ["A", "B"], 22.9).outerHTML;
  assert.ok(svg.includes("stroke-dasharray"), "second family is dashed");
  // the key above the panels: marker glyph and name, in the family's colour
  assert.ok(svg.includes(">○ A<") && svg.includes(">□ B<"), "families named in the key");
  assert.ok(!svg.includes(" C<"), "a family that is not highlighted gets no label");
  assert.throws(() => familyFigure([], ["A"], 22), /no points/);
  assert.throws(() => familyFigure(pts, ["1", "2", "3", "4", "5", "6", "7"], 22), /at most six/);
});

Deno.test("held-out figure: routes named on the axis, each with its own dash pattern", () => {
  const points = ["flops", "observational", "baseline"].map((route, i) => ({
    task: "2Dx",
    split: "≤ 1e22",
    route,
    mae: 0.1 * (i + 1),
  }));
  const svg = heldOutFigure(points).outerHTML;
  for (const r of ["flops", "observational", "baseline"]) assert.ok(svg.includes(`>${r}<`), r);
  assert.ok((svg.match(/stroke-dasharray/g) ?? []).length >= 2);
  assert.throws(() => heldOutFigure([]), /no points/);
});
