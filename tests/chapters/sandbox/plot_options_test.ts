import { parseHTML } from "linkedom";
import { assert } from "../../assert.ts";
import { sampleSandbox } from "../../../lib/chapters/sandbox/curves.ts";
import {
  METRIC_COLOUR,
  PER_TOKEN_COLOUR,
  PER_TOKEN_DASH,
  SANDBOX_CLASSES,
  sandboxPlotOptions,
} from "../../../lib/chapters/sandbox/plot_options.ts";
import { sandboxFigure } from "../../../lib/chapters/sandbox/figures.ts";
import type { SandboxState } from "../../../lib/chapters/sandbox/state.ts";

function svgOf(state: Partial<SandboxState>) {
  const html = sandboxFigure(sampleSandbox(state)).outerHTML;
  return { html, doc: parseHTML(`<html><body>${html}</body></html>`).document };
}

Deno.test("sandbox figure: dashed per-token, solid metric, told apart by style, never red against green", () => {
  const { html, doc } = svgOf({ k: 4 });
  assert.ok(html.startsWith("<svg"), "no <figure> wrapper: no legend or title");
  const g = doc.querySelector(`g.${SANDBOX_CLASSES.perToken}`)!;
  const r = doc.querySelector(`g.${SANDBOX_CLASSES.metric}`)!;
  assert.equal(g.getAttribute("stroke"), PER_TOKEN_COLOUR);
  assert.equal(g.getAttribute("stroke-dasharray"), PER_TOKEN_DASH);
  assert.equal(r.getAttribute("stroke"), METRIC_COLOUR);
  assert.equal(r.getAttribute("stroke-dasharray"), null, "the metric line is solid");
  // Okabe–Ito blue and vermillion, not the red/green pair the chart once used
  assert.deepEqual([PER_TOKEN_COLOUR, METRIC_COLOUR], ["#0072B2", "#D55E00"]);
  // direct labels name both curves and their line style
  const labels = [...doc.querySelectorAll(`g.${SANDBOX_CLASSES.labels} text`)].map((t) =>
    t.textContent
  );
  assert.deepEqual(labels, ["per-token p (dashed)", "exact match p⁴ (solid)"]);
  // the elbow's label, on two lines: "elbow: EM = ½ at " and the compute
  const elbowText = [...doc.querySelectorAll(`g.${SANDBOX_CLASSES.elbow} text`)].map((t) =>
    t.textContent
  ).join("");
  assert.match(elbowText, /^elbow: EM = ½ at 1\.29 × 10²³ FLOPs$/);
});

Deno.test("sandbox figure: at k = 1 with exact match both paths are the same", () => {
  const { doc } = svgOf({ k: 1 });
  const d = (cls: string) => doc.querySelector(`g.${cls} path`)!.getAttribute("d");
  assert.ok(d(SANDBOX_CLASSES.perToken)!.length > 100);
  assert.equal(d(SANDBOX_CLASSES.metric), d(SANDBOX_CLASSES.perToken));
  assert.notEqual(
    svgOf({ k: 2 }).doc.querySelector(`g.${SANDBOX_CLASSES.metric} path`)!.getAttribute("d"),
    d(SANDBOX_CLASSES.perToken),
  );
});

Deno.test("sandbox figure: elbow marker x grows with k", () => {
  const markerX = (k: number) => {
    const tr = svgOf({ k }).doc.querySelector(`g.${SANDBOX_CLASSES.elbow} path`)!
      .getAttribute("transform")!;
    return Number(/translate\(([\d.]+),/.exec(tr)![1]);
  };
  // chart frame 50…620 px for 10^18…10^27: x = 50 + (xe − 18)/9 · 570
  assert.ok(Math.abs(markerX(1) - (50 + (4 / 9) * 570)) < 1e-6);
  assert.ok(markerX(20) > markerX(4) && markerX(4) > markerX(1));
});

Deno.test("sandbox figure: log-likelihood mode has a nats axis; far elbow is written, not drawn", () => {
  const ll = svgOf({ k: 20, metric: "mean-loglik" }).html;
  assert.match(ll, /mean ln p, nats \(solid\)/);
  assert.match(ll, />−10<|>-10</);
  // the same fixed axis whatever the setting: no silent rescaling
  assert.match(svgOf({ k: 20, x0: 26, s: 4, metric: "mean-loglik" }).html, />−10<|>-10</);
  // the marker is the elbow, on the x axis: no curve in this mode is exact match
  assert.match(ll, /elbow: 1\.70 × 10²⁴ FLOPs/);
  assert.doesNotMatch(ll, /EM = ½/);
  const far = svgOf({ k: 3, x0: 26, s: 0.25 });
  assert.match(far.html, /elbow beyond 10²⁷ FLOPs/);
  assert.equal(far.doc.querySelectorAll(`g.${SANDBOX_CLASSES.elbow} path`).length, 0);
});

Deno.test("sandbox figure: byte-identical across renders; width is checked", () => {
  assert.equal(svgOf({ k: 7 }).html, svgOf({ k: 7 }).html);
  const c = sampleSandbox({});
  assert.equal(sandboxPlotOptions(c, 480).width, 480);
  assert.throws(
    () => sandboxPlotOptions(c, 200),
    /width must be a number in \[360, 640\], got 200/,
  );
  assert.throws(() => sandboxPlotOptions(c, NaN), /got NaN/);
});
