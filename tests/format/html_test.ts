import fc from "fast-check";
import { assert } from "../assert.ts";
import { escapeHtml } from "../../lib/format/html.ts";

Deno.test("escapeHtml: each of the five characters, written out by hand", () => {
  assert.equal(escapeHtml("&"), "&amp;");
  assert.equal(escapeHtml("<"), "&lt;");
  assert.equal(escapeHtml(">"), "&gt;");
  assert.equal(escapeHtml('"'), "&quot;");
  assert.equal(escapeHtml("'"), "&#39;");
  assert.equal(escapeHtml(`&<>"'`), "&amp;&lt;&gt;&quot;&#39;");
});

Deno.test("escapeHtml: other text is kept, references are escaped again", () => {
  assert.equal(escapeHtml(""), "");
  assert.equal(escapeHtml("p ≥ 0.5, k = 8 · σ(z)"), "p ≥ 0.5, k = 8 · σ(z)");
  assert.equal(escapeHtml("&amp;"), "&amp;amp;");
  assert.equal(escapeHtml("&#39;"), "&amp;#39;");
  assert.equal(
    escapeHtml(`<a href="x" title='y'>A&B</a>`),
    "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A&amp;B&lt;/a&gt;",
  );
});

Deno.test("escapeHtml: a non-string is an error naming the value", () => {
  assert.throws(
    () => escapeHtml(3 as unknown as string),
    /escapeHtml needs a string, got 3 \(number\)/,
  );
  assert.throws(
    () => escapeHtml(undefined as unknown as string),
    /got undefined \(undefined\)/,
  );
});

/** Reads character references back, as an HTML or XML parser does for the five above. */
function unescape(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!,
  );
}

Deno.test("property: escaped text holds no markup character and reads back as the input", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), (s) => {
      const e = escapeHtml(s);
      return !/[<>"']/.test(e) && !/&(?!(amp|lt|gt|quot|#39);)/.test(e) && unescape(e) === s;
    }),
    { seed: 42 },
  );
});

Deno.test("property: the escaped text parses back to the input, as content and in both quotes", async () => {
  const { parseHTML } = await import("linkedom");
  fc.assert(
    fc.property(fc.string(), (s) => {
      const e = escapeHtml(s);
      const { document } = parseHTML(
        `<html><body><p title="${e}" data-x='${e}'>${e}</p></body></html>`,
      );
      const p = document.querySelector("p")!;
      return p.textContent === s && p.getAttribute("title") === s &&
        p.getAttribute("data-x") === s;
    }),
    { numRuns: 200, seed: 42 },
  );
});
