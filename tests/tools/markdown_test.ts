import { fileURLToPath } from "node:url";
import { assert } from "../assert.ts";
import { type LinkContext, renderMarkdown } from "../../tools/site/markdown.ts";
import { citeLabel, loadReferences } from "../../tools/site/references.ts";

const cited: string[] = [];
const ctx: LinkContext = {
  citeLabel: (k) => {
    if (k === "missing") throw new Error("unknown citation");
    return `Label ${k}`;
  },
  figure: (id) => ({ label: "Figure 2.1", href: `02-x.html#${id}` }),
  glossary: (id) => `18-glossary.html#${id}`,
  onCite: (k) => cited.push(k),
};

Deno.test("maths is rendered by KaTeX at build time, inline and display", () => {
  const html = renderMarkdown("Let $p^k$ be\n\n$$\\sigma(z) = \\frac{1}{1+e^{-z}}$$", ctx);
  assert.match(html, /class="katex"/);
  assert.match(html, /class="katex-display"/);
  assert.ok(!html.includes("$"), "no raw TeX delimiters left");
  assert.throws(() => renderMarkdown("$\\frac{1}{$", ctx), /bad TeX/);
});

Deno.test("code spans keep dollars and brackets literally", () => {
  const html = renderMarkdown("Use `x = $a$` and `[@key]`.", ctx);
  assert.match(html, /<code>x = \$a\$<\/code>/);
  assert.match(html, /<code>\[@key\]<\/code>/);
  assert.ok(!html.includes("katex"));
});

Deno.test("citations, figure references and glossary links resolve", () => {
  cited.length = 0;
  const html = renderMarkdown(
    "As shown [@wei2022; @schaeffer2023], see [@fig-chain] and [scaling law](glossary:scaling-law).",
    ctx,
  );
  assert.match(html, /\(<a class="cite" href="bibliography.html#wei2022">Label wei2022<\/a>; /);
  assert.match(html, /<a class="figref" href="02-x.html#fig-chain">Figure 2.1<\/a>/);
  assert.match(html, /<a href="18-glossary.html#scaling-law">scaling law<\/a>/);
  assert.deepEqual(cited, ["wei2022", "schaeffer2023"]);
  assert.throws(() => renderMarkdown("[@missing]", ctx), /unknown citation/);
});

Deno.test("citation labels: one, two, many authors", () => {
  const base = { key: "k", year: 2022, title: "t", venue: "v", used: "u" };
  assert.equal(citeLabel({ ...base, authors: "Jason Wei" }), "Wei 2022");
  assert.equal(citeLabel({ ...base, authors: "Jason Wei and Yi Tay" }), "Wei and Tay 2022");
  assert.equal(
    citeLabel({ ...base, authors: "Jason Wei, Yi Tay, Rishi Bommasani" }),
    "Wei et al. 2022",
  );
});

Deno.test("every bibliography entry in book/references is complete", () => {
  const refs = loadReferences(fileURLToPath(new URL("../../book/references", import.meta.url)));
  for (const r of refs.values()) {
    assert.ok(Number.isInteger(r.year) && r.year > 1900 && r.year < 2030, `${r.key}: year`);
  }
});

Deno.test("links to another chapter's section resolve through the chapter resolver", () => {
  const withChapters: LinkContext = {
    ...ctx,
    chapter: (name, hash) => {
      if (name !== "eight-scales") throw new Error(`no chapter named ${name}`);
      return `04-eight-scales.html${hash ? `#${hash}` : ""}`;
    },
  };
  const html = renderMarkdown(
    "See [what 0 of n allows](chapter:eight-scales#what-0-of-n-allows) and " +
      "[chapter 4](chapter:eight-scales).",
    withChapters,
  );
  assert.match(html, /<a href="04-eight-scales.html#what-0-of-n-allows">what 0 of n allows<\/a>/);
  assert.match(html, /<a href="04-eight-scales.html">chapter 4<\/a>/);
  assert.throws(() => renderMarkdown("[x](chapter:nowhere#a)", withChapters), /no chapter named/);
  assert.throws(() => renderMarkdown("[x](chapter:eight-scales)", ctx), /no chapter resolver/);
  // inside code the link stays literal
  assert.match(renderMarkdown("`[x](chapter:nowhere)`", withChapters), /chapter:nowhere/);
});
