import * as Plot from "@observablehq/plot";
import { assert } from "../assert.ts";
import {
  normalizeSvg,
  plot,
  renderFigure,
  standaloneSvg,
  svgToPng,
} from "../../lib/figures/render.ts";

Deno.test("plot() returns an <svg> and refuses options that wrap it in a <figure>", () => {
  const el = plot({ marks: [Plot.lineY([1, 2, 3])] });
  assert.equal(el.tagName.toLowerCase(), "svg");
  assert.throws(
    () => plot({ title: "no titles", marks: [Plot.lineY([1, 2])] }),
    /plot\(\) must return an <svg>, got <figure>/,
  );
});

Deno.test("standalone SVG has xmlns, a title and an aria-label", () => {
  const svg = standaloneSvg(plot({ marks: [Plot.lineY([1, 2])] }), 'a "quoted" <line>');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /aria-label="a &quot;quoted&quot; &lt;line&gt;"/);
  assert.match(svg, /<title>a &quot;quoted&quot; &lt;line&gt;<\/title>/);
  assert.throws(() => standaloneSvg({ tagName: "DIV" } as Element, "x"), /needs an <svg>/);
});

Deno.test("normalizeSvg renumbers Plot's counters in order of appearance", () => {
  assert.equal(
    normalizeSvg('<a id="plot-clip-7"/><b clip-path="url(#plot-clip-7)"/><c id="plot-clip-3"/>'),
    '<a id="plot-clip-1"/><b clip-path="url(#plot-clip-1)"/><c id="plot-clip-2"/>',
  );
  // class names that are not counters are left alone
  assert.equal(normalizeSvg('class="plot-d6a7b5"'), 'class="plot-d6a7b5"');
});

Deno.test("the same figure renders to the same bytes whatever was drawn before", () => {
  const make = () =>
    renderFigure(
      "fig-clip",
      plot({ marks: [Plot.lineY([1, 3, 2], { clip: true }), Plot.dot([[1, 2]], { clip: true })] }),
      { caption: "c", alt: "a" },
    );
  const a = make();
  plot({ marks: [Plot.lineY([5, 6], { clip: true })] }); // advances Plot's clip counter
  const b = make();
  assert.equal(a.svg, b.svg);
  assert.deepEqual(a.png, b.png);
  assert.match(a.svg, /plot-clip-1/);
});

Deno.test("PNG is a real PNG at twice the SVG width", () => {
  const png = svgToPng(standaloneSvg(plot({ marks: [Plot.lineY([1, 2])] }), "x"));
  assert.deepEqual([...png.slice(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
  assert.equal(width, 1280);
  assert.throws(() => svgToPng("<svg"), Error);
});

Deno.test("renderFigure validates id, caption and alt", () => {
  const el = plot({ marks: [Plot.lineY([1, 2])] });
  assert.throws(() => renderFigure("Figure 1", el, { caption: "c", alt: "a" }), /fig-some-name/);
  assert.throws(() => renderFigure("fig-a", el, { caption: " ", alt: "a" }), /caption is empty/);
  assert.throws(() => renderFigure("fig-a", el, { caption: "c", alt: "" }), /alt text is empty/);
});
