import assert from "node:assert/strict";
import {
  loadGpt3Arithmetic,
  loadGpt3ArithmeticSizes,
  loadGpt3Compute,
} from "../../../lib/data/gpt3.ts";
import { loadPythia } from "../../../lib/data/pythia.ts";
import { loadWeiEmergence } from "../../../lib/data/wei.ts";
import { gpt3SizePoints, impliedArithmetic } from "../../../lib/fit/implied_arithmetic.ts";
import { pythiaPoints, weiPoints } from "../../../lib/chapters/real-curves/points.ts";
import {
  arithmeticFigure,
  arithmeticSizesFigure,
  emergenceScaleFigure,
  pythiaAccuracyFigure,
  pythiaPerplexityFigure,
} from "../../../lib/chapters/real-curves/figures.ts";
import { ladderFigure } from "../../../lib/chapters/bring-your-own-results/figures.ts";
import { loadLadder } from "../../../lib/data/lmeval_ladder.ts";
import { ladderMetric } from "../../../lib/metrics/ladder_metric.ts";
import { elbowFigure, extrapolationFigure } from "../../../lib/chapters/extrapolation/figures.ts";
import { extrapolate } from "../../../lib/fit/extrapolate.ts";

const svgOk = (el: Element) => {
  const h = el.outerHTML;
  assert.ok(h.startsWith("<svg"), "an <svg>, not a <figure>");
  assert.ok(!h.includes("NaN"), "no NaN coordinates");
  return h;
};

Deno.test("arithmetic figure: both line styles and direct labels", () => {
  const h = svgOk(
    arithmeticFigure(impliedArithmetic(loadGpt3Arithmetic(), "answer-digits"), "answer digits k"),
  );
  assert.ok(h.includes("stroke-dasharray"));
  for (
    const l of [
      "addition: exact match",
      "addition: implied p",
      "subtraction: exact match",
      "subtraction: implied p",
    ]
  ) {
    assert.ok(h.includes(l), l);
  }
});

Deno.test("arithmetic sizes figure: ten labelled panels, two line styles, EM and p labels", () => {
  const pts = gpt3SizePoints(loadGpt3ArithmeticSizes(), loadGpt3Compute(), "answer-digits");
  const h = svgOk(arithmeticSizesFigure(pts));
  for (const t of ["2D+", "2D-", "3D+", "3D-", "4D+", "4D-", "5D+", "5D-", "2Dx", "1DC"]) {
    assert.ok(h.includes(`>${t}<`), t);
  }
  assert.ok(h.includes('stroke-dasharray="5,3"'), "dashed p line");
  assert.ok(h.includes('stroke-dasharray="1,2"'), "dotted bound where EM is 0 of n");
  // one key above the panels instead of an "EM" and a "p" label squeezed into each panel
  assert.ok(
    h.includes(">solid line, filled dots: exact match   dashed line, hollow dots: implied p<"),
  );
  assert.equal((h.match(/>EM</g) ?? []).length, 0);
  assert.throws(() => arithmeticSizesFigure([]), /no points/);
});

Deno.test("Pythia and Wei figures label every point", () => {
  const pts = pythiaPoints(loadPythia());
  for (const el of [pythiaAccuracyFigure(pts), pythiaPerplexityFigure(pts)]) {
    const h = svgOk(el);
    for (const p of pts) assert.ok(h.includes(`>${p.model}<`), p.model);
  }
  const w = weiPoints(loadWeiEmergence());
  const h = svgOk(emergenceScaleFigure(w));
  assert.ok(h.includes("GPT-3 13B") && h.includes("PaLM 540B"));
});

Deno.test("extrapolation, elbow and ladder figures render", () => {
  const xs = [1, 2, 4, 8, 16, 32, 64], ys = xs.map((x) => 2 + 3 * x ** -0.5);
  const h = svgOk(
    extrapolationFigure(
      [extrapolate(xs, ys, 8, "power"), extrapolate(xs, ys, 8, "power+floor")],
      "tokens",
      "loss",
      "fit window",
    ),
  );
  assert.ok(
    h.includes("pure power law") && h.includes("power law + floor") && h.includes("fit window"),
  );
  assert.throws(() => extrapolationFigure([], "x", "y", "c"), /no results/);
  svgOk(elbowFigure([{ x: 20, em: 0.1, k: 2 }, { x: 24, em: 0.9, k: 2 }], [{ k: 2, elbow: 22.6 }]));
  const ladder = loadLadder(new URL("../../fixtures/lmeval/ladder-current.csv", import.meta.url));
  svgOk(ladderFigure(ladderMetric(ladder, "lambada_openai", "acc"), "↑ accuracy", false));
});
