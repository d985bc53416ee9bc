/**
 * Heading ids, anchor links and the in-page contents list for the static book's pages.
 *
 * @module
 */
import { parseHTML } from "linkedom";
import { escapeHtml } from "../../lib/format/html.ts";

/** One heading of a page. */
export interface Heading {
  /** 1 to 4 */
  level: number;
  /** the id given to the heading */
  id: string;
  /** plain text (maths as its TeX source) */
  text: string;
  /** the heading's own HTML (maths rendered), without its anchor link */
  html: string;
}

/**
 * The plain text of an HTML fragment: tags dropped, entities decoded, KaTeX reduced to its TeX.
 *
 * @param html an HTML fragment
 * @returns its text, with runs of white space collapsed
 */
export function plainText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${html}</div></body></html>`);
  const div = document.querySelector("div")!;
  for (const k of [...div.querySelectorAll(".katex")]) {
    const tex = k.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? "";
    k.replaceWith(document.createTextNode(tex));
  }
  for (const s of [...div.querySelectorAll("script, style")]) s.remove();
  return (div.textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * A URL fragment for a heading: lower case, letters and digits joined by hyphens.
 *
 * @param text heading text
 * @returns the slug ("section" when nothing is left)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slug } from "./headings.ts";
 * assert.equal(slug("Exact match at 8 scales: p^k"), "exact-match-at-8-scales-p-k");
 * ```
 */
export function slug(text: string): string {
  const s = text.normalize("NFKD").toLowerCase().replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  return s || "section";
}

/**
 * Gives every h2–h4 without an id a unique id (never one the page already uses) and an anchor
 * link, and returns the headings in order.
 *
 * @param html a page body
 * @returns the body with ids and anchors, and its headings
 */
export function addHeadingAnchors(html: string): { html: string; headings: Heading[] } {
  const used = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const headings: Heading[] = [];
  const out = html.replace(
    /<h([1-4])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g,
    (whole, lvl: string, attrs: string | undefined, inner: string) => {
      const level = Number(lvl);
      const text = plainText(inner);
      const given = attrs && /\sid="([^"]+)"/.exec(attrs)?.[1];
      if (level === 1) {
        headings.push({ level, id: given ?? "", text, html: inner });
        return whole;
      }
      let id = given;
      if (!id) {
        const base = slug(text);
        id = base;
        for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
        used.add(id);
      }
      headings.push({ level, id, text, html: inner.replace(/<a\s[^>]*>|<\/a>/g, "") });
      return `<h${level}${
        given ? attrs : `${attrs ?? ""} id="${id}"`
      }>${inner}<a class="anchor" href="#${id}" aria-label="Link to this section: ${
        escapeHtml(text)
      }">#</a></h${level}>`;
    },
  );
  return { html: out, headings };
}

/**
 * The in-page contents list of a long page (its h2 headings), or "" for a short one.
 *
 * @param headings the page's headings
 * @param minimum fewest h2 headings that earn a list
 * @returns HTML
 */
export function tocHtml(headings: Heading[], minimum = 4): string {
  const h2 = headings.filter((h) => h.level === 2);
  if (h2.length < minimum) return "";
  return `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">In this chapter</h2><ol>${
    h2.map((h) => `<li><a href="#${h.id}">${h.html}</a></li>`).join("")
  }</ol></nav>`;
}
