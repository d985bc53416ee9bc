import { assert, assertAlmostEquals } from "../../assert.ts";
import {
  CONTRAST,
  contrastCurves,
  rightTokenProbability,
  summariseCurve,
} from "../../../lib/chapters/real-vs-apparent/curves.ts";
import { contrastFigure } from "../../../lib/chapters/real-vs-apparent/figures.ts";
import { contrastText } from "../../../lib/chapters/real-vs-apparent/figure_text.ts";
import { renderFigure } from "../../../lib/figures/render.ts";
import { assertSvgSnapshot } from "../../snapshot.ts";

Deno.test("contrast curves: q^k and e^(ln q) from the two per-token models", () => {
  const pts = contrastCurves();
  assert.equal(pts.length, 2 * 2 * (CONTRAST.steps + 1));
  const at = (panel: string, metric: string, x: number) =>
    pts.find((p) => p.panel === panel && p.metric === metric && Math.abs(p.x - x) < 1e-9)!;
  // the metric-driven model at its midpoint: q = 1/2, EM = 2^-6, ln q = −ln 2
  assert.equal(at("metric-driven", "exact match", 22).value, 1 / 64);
  assertAlmostEquals(at("metric-driven", "log-likelihood per token", 22).logLik, -Math.LN2, 1e-15);
  assertAlmostEquals(at("metric-driven", "log-likelihood per token", 22).value, 0.5, 1e-15);
  // the strategy shift at x = 21: t = 5σ(−3.75), d = 2.5σ(0) = 1.25, q = σ(t − d), by hand
  const t = 5 / (1 + Math.exp(3.75)), q = 1 / (1 + Math.exp(-(t - 1.25)));
  assertAlmostEquals(rightTokenProbability("strategy shift", 21), q, 1e-15);
  assertAlmostEquals(at("strategy shift", "exact match", 21).value, q ** 6, 1e-15);
  assert.throws(() => rightTokenProbability("other" as never, 21), /panel must be/);
  assert.throws(() => contrastCurves({ ...CONTRAST, k: 0 }), /k must be a positive integer/);
  assert.throws(() => contrastCurves({ ...CONTRAST, to: 17 }), /from \(18\) must be < to \(17\)/);
});

Deno.test("contrast: only the strategy shift bends the log-likelihood", () => {
  const pts = contrastCurves();
  const smooth = summariseCurve(pts, "metric-driven", "log-likelihood per token");
  const shift = summariseCurve(pts, "strategy shift", "log-likelihood per token");
  assert.equal(smooth.monotone, true);
  assert.equal(shift.monotone, false);
  assert.ok(shift.lowest.value < shift.first.value - 0.3, "a real dip, not a wobble");
  assert.ok(shift.last.value > shift.first.value + 0.3, "then a rise past the start");
  // both exact-match curves cross one half inside the range, later than the smooth metric
  for (const panel of ["metric-driven", "strategy shift"] as const) {
    const em = summariseCurve(pts, panel, "exact match").half;
    const ll = summariseCurve(pts, panel, "log-likelihood per token").half;
    assert.ok(em && ll && em.x > ll.x, `${panel}: exact match reaches ½ after the log-likelihood`);
  }
  assert.throws(() => summariseCurve([], "metric-driven", "exact match"), /has 0 points/);
});

Deno.test("contrast text: the numbers in the alt text are the curves' values", () => {
  const pts = contrastCurves();
  const { alt, caption } = contrastText(pts);
  const shift = summariseCurve(pts, "strategy shift", "log-likelihood per token");
  assert.ok(alt.includes(`to its lowest, ${shift.lowest.value.toFixed(2)} at 21.9`));
  assert.match(alt, /crosses 0\.5 at 23\.4 and reaches 0\.99 at 26/);
  assert.match(alt, /crosses 0\.5 at 25\.1 and reaches 0\.59 at 26/);
  assert.match(caption, /exact match q⁶ \(solid\)/);
  assert.match(caption, /σ\(1\.5·\(x − 22\)\)/);
  assert.throws(() => contrastText(pts, { ...CONTRAST, k: 1.5 }), /k must be a positive integer/);
});

Deno.test("contrast figure: two panels, dashed log-likelihood, direct labels, snapshot", async () => {
  const el = contrastFigure(contrastCurves());
  const svg = renderFigure("fig-real-vs-apparent", el, { caption: "c", alt: "alt" }).svg;
  assert.match(svg, /stroke-dasharray="8,4"/);
  assert.match(svg, />one smooth per-token curve</);
  assert.match(svg, />a distractor learned first</);
  assert.equal(svg.match(/>exact match</g)?.length, 2);
  assert.equal(svg.match(/>log-likelihood per token</g)?.length, 2);
  assert.match(svg, />lowest, 0\.17</);
  assert.doesNotMatch(svg, /#1b7837|#b2182b/i, "no red/green pair");
  assert.throws(() => contrastFigure([]), /no points/);
  await assertSvgSnapshot("fig-real-vs-apparent", svg);
});
