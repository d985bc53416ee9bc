import assert from "node:assert/strict";
import { standaloneSvg } from "../../../lib/figures/render.ts";
import {
  chainLadderFigure,
  chainPoints,
  pathsFigure,
} from "../../../lib/chapters/monte-carlo/figures.ts";
import { simulateChain } from "../../../lib/sim/chain_simulation.ts";
import { assertSvgSnapshot } from "../../snapshot.ts";

const rows = simulateChain({ xs: [19, 21, 23, 25], x0: 22, s: 1.5, k: 8, n: 200, seed: 1 });

Deno.test("chainPoints: Wilson bars on both metrics, zero notes only where 0 of n", () => {
  const pts = chainPoints(rows, { truth: true });
  const em = pts.filter((p) => p.series === "exact match, k = 8");
  assert.equal(em.length, 4);
  em.forEach((p, i) => {
    assert.equal(p.note !== undefined, rows[i].emSuccesses === 0);
    assert.ok(p.lower! <= p.y && p.y <= p.upper!);
  });
  assert.equal(pts.filter((p) => p.series === "true p^8").length, 4);
  assert.ok(chainPoints(rows, { notes: false }).every((p) => p.note === undefined));
});

Deno.test("chapter 5 figures render and are stable (snapshot)", async () => {
  const ladder = chainLadderFigure(rows, { truth: true });
  await assertSvgSnapshot("sim-ladder", standaloneSvg(ladder, "simulated ladder"));
  const paths = pathsFigure(
    rows,
    simulateChain({
      xs: [19, 21, 23, 25],
      x0: 22,
      s: 1.5,
      k: 8,
      n: 200,
      seed: 2,
      path: "exact",
    }),
  );
  assert.ok(paths.outerHTML.includes("(binomial path)"));
  assert.throws(() => chainLadderFigure([]), /no rows/);
  assert.throws(() => pathsFigure([], rows), /no rows/);
});
