import * as Plot from "@observablehq/plot";
import { assert } from "../assert.ts";
import {
  displayBundle,
  FIGURE_MIME,
  figureBundle,
  formatNumber,
  inKernel,
  showFigure,
  showMarkdown,
  showTable,
  TABLE_MIME,
  tableBundle,
  tableMarkup,
} from "../../lib/book/display.ts";
import { plot, renderFigure } from "../../lib/figures/render.ts";
import { encodeBase64 } from "../../lib/book/base64.ts";

Deno.test("outside the kernel display helpers are silent no-ops that resolve to undefined", async () => {
  assert.equal(inKernel(), false);
  assert.equal(await showMarkdown("x"), undefined);
  assert.equal(await showTable([{ a: 1 }]), undefined);
  assert.equal(
    await showFigure("fig-t", plot({ marks: [Plot.lineY([1, 2])] }), { caption: "c", alt: "a" }),
    undefined,
  );
  await assert.rejects(() => displayBundle({ "text/html": "<b>" }), /text\/plain fallback/);
});

Deno.test("a figure bundle carries SVG, PNG, alt text and the build metadata", () => {
  const fig = renderFigure("fig-t", plot({ marks: [Plot.lineY([1, 2])] }), {
    caption: "Cap",
    alt: "Alt",
  });
  const b = figureBundle(fig);
  assert.equal(b["image/svg+xml"], fig.svg);
  assert.equal(b["image/png"], encodeBase64(fig.png));
  assert.equal(b["text/plain"], "[fig-t] Alt");
  assert.deepEqual(b[FIGURE_MIME], { id: "fig-t", caption: "Cap", alt: "Alt" });
});

Deno.test("tables: HTML escapes, text aligns, numbers are formatted", () => {
  const t = tableMarkup([{ name: "<a>", p: 0.047425873, em: 5.0596e-6 }, {
    name: "b",
    p: 1,
    em: 0.5,
  }], { caption: "T & U" });
  assert.match(t.html, /<caption>T &amp; U<\/caption>/);
  assert.match(t.html, /<td>&lt;a&gt;<\/td><td>0\.04743<\/td><td>5\.060e-6<\/td>/);
  assert.equal(t.text.split("\n")[1], "name        p        em");
  assert.throws(() => tableMarkup([]), /no rows/);
  const b = tableBundle([{ a: 1 }], { caption: "c" });
  assert.deepEqual(b[TABLE_MIME], { caption: "c" });
  assert.equal(
    tableMarkup([{ a: 0.5 }], { format: { a: (v) => `${Number(v) * 100}%` } }).html.includes(
      "<td>50%</td>",
    ),
    true,
  );
});

Deno.test("formatNumber: significant digits, exponents for tiny and huge values", () => {
  assert.equal(formatNumber(0.5), "0.5");
  assert.equal(formatNumber(0.0625), "0.0625");
  assert.equal(formatNumber(0.81758), "0.8176");
  assert.equal(formatNumber(1e-7), "1.000e-7");
  assert.equal(formatNumber(2.5e24), "2.500e24");
  assert.equal(formatNumber(-3.0486), "-3.049");
  assert.equal(formatNumber(42), "42");
  assert.equal(formatNumber(NaN), "NaN");
});

Deno.test("base64 matches btoa on every byte value", () => {
  const bytes = Uint8Array.from({ length: 70000 }, (_, i) => (i * 7) % 256);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  assert.equal(encodeBase64(bytes), btoa(bin));
});
