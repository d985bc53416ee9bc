// Figures of chapters 1–4: each draws what lib/tables returns, tells curves apart by dash
// pattern and a direct text label, has no legend, and renders to SVG and PNG.
import { assert } from "../assert.ts";
import { renderFigure } from "../../lib/figures/render.ts";
import {
  lossFirstEmergenceFigure,
  lossFrontierFigure,
} from "../../lib/chapters/loss-vs-capabilities/figures.ts";
import { chainPowerFigure } from "../../lib/chapters/the-chain/figures.ts";
import {
  jumpElbowFigure,
  jumpRatioFigure,
  jumpSlopeFigure,
} from "../../lib/chapters/sudden-jump-math/figures.ts";
import { scalesMetricsFigure } from "../../lib/chapters/eight-scales/figures.ts";
import { SERIES_DASHES, styledLines } from "../../lib/figures/styled_lines.ts";
import { lossFrontier, runLosses } from "../../lib/chapters/loss-vs-capabilities/tables.ts";
import { loadFirstEmergence } from "../../lib/data/first_emergence.ts";
import { powerCurves } from "../../lib/chapters/the-chain/tables.ts";
import {
  elbowTable,
  exactMatchCurves,
  slopeCurves,
  slopeRatioCurves,
} from "../../lib/chapters/sudden-jump-math/tables.ts";
import { metricCurves, scaleRows } from "../../lib/chapters/eight-scales/tables.ts";

function svgOf(el: Element): string {
  return renderFigure("fig-test", el, { caption: "c", alt: "a" }).svg;
}

function assertStyled(svg: string, labels: string[], dashes: number) {
  for (const l of labels) assert.ok(svg.includes(`>${l}<`), `label ${l}`);
  const found = SERIES_DASHES.slice(1, dashes).filter((d) =>
    svg.includes(`stroke-dasharray="${d}"`)
  );
  assert.equal(found.length, dashes - 1, "each non-first series has its own dash pattern");
  assert.ok(!svg.includes("<figure"), "no legend or title");
}

Deno.test("chain figure: five k, five line styles, labelled", () => {
  const svg = svgOf(chainPowerFigure(powerCurves()));
  assertStyled(svg, ["k = 1", "k = 2", "k = 4", "k = 8", "k = 20"], 5);
});

Deno.test("jump figures: elbows, slopes, ratio", () => {
  assertStyled(svgOf(jumpElbowFigure(exactMatchCurves(), elbowTable(), 0.5)), [
    "k = 1",
    "k = 4",
    "k = 8",
    "k = 20",
  ], 4);
  assertStyled(svgOf(jumpSlopeFigure(slopeCurves())), ["per-token", "k = 4", "k = 20"], 4);
  assertStyled(svgOf(jumpRatioFigure(slopeRatioCurves())), ["k = 2", "k = 20"], 4);
});

Deno.test("scales figure: three metrics labelled, eight checkpoints drawn twice", () => {
  const svg = svgOf(scalesMetricsFigure(metricCurves(), scaleRows()));
  assertStyled(svg, ["per-token p", "exact match p^4", "log-likelihood (rescaled)"], 3);
  assert.equal((svg.match(/<circle/g) ?? []).length, 8);
});

Deno.test("loss figures: frontier with runs; quoted vs paper", () => {
  const a = svgOf(lossFrontierFigure(lossFrontier(), runLosses(), 1.69));
  for (const l of ["GPT-3", "Gopher", "Chinchilla", "irreducible loss E = 1.69"]) {
    assert.ok(a.includes(`>${l}<`), l);
  }
  const b = svgOf(lossFirstEmergenceFigure(loadFirstEmergence()));
  for (
    const l of [
      "GPT-3 13B",
      "FLAN 68B",
      "LaMDA 68B",
      "● paper's compute   □ quoted compute (grey bar: a range)",
    ]
  ) {
    assert.ok(b.includes(`>${l}<`), l);
  }
});

Deno.test("figures reject empty data", () => {
  assert.throws(() => chainPowerFigure([]), /no points/);
  assert.throws(() => jumpElbowFigure([], [], 0.5), /no points/);
  assert.throws(() => scalesMetricsFigure([], []), /no points/);
  assert.throws(() => lossFrontierFigure([], [], 1.69), /empty frontier/);
  assert.throws(() => lossFirstEmergenceFigure([]), /no rows/);
  assert.throws(
    () => styledLines([{ x: 1, y: 1, s: "a" }], { x: "x", y: "y", series: "s" }, ["b"], []),
    /series "b" has no points/,
  );
});

Deno.test("figures are byte-stable across two renders", () => {
  const a = svgOf(jumpElbowFigure(exactMatchCurves(), elbowTable(), 0.5));
  const b = svgOf(jumpElbowFigure(exactMatchCurves(), elbowTable(), 0.5));
  assert.equal(a, b);
});
