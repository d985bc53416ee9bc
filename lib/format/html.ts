/**
 * Escaping text for HTML and SVG markup, the one function every page, table and figure of the
 * book writes text through.
 *
 * @module
 */
import { describe } from "../validate.ts";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text so that it reads back unchanged wherever it is placed in HTML or SVG (XML):
 * as element content, or as an attribute value in double or single quotes. Each of the five
 * characters that markup gives a meaning is replaced by a character reference, every other
 * character is kept:
 *
 * & → `&amp;`, < → `&lt;`, > → `&gt;`, " → `&quot;`, ' → `&#39;`.
 *
 * `&amp;` goes first in effect (the replacement is one pass), so the result never holds a
 * reference the input did not ask for, and escaping twice escapes the ampersands again
 * (`&` → `&amp;` → `&amp;amp;`). The apostrophe becomes the numeric `&#39;` rather than
 * `&apos;`, which HTML 4 does not define; a browser, an XML parser and a screen reader all read
 * it back as '. Unquoted attribute values are not covered: always quote them.
 *
 * @param s any text
 * @returns the text with &, <, >, " and ' replaced by character references
 * @throws {TypeError} if s is not a string (a number or `undefined` must be formatted first)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { escapeHtml } from "./html.ts";
 * assert.equal(escapeHtml(`A's <b> & "c"`), "A&#39;s &lt;b&gt; &amp; &quot;c&quot;");
 * assert.equal(escapeHtml("p ≥ 0.5"), "p ≥ 0.5");
 * ```
 */
export function escapeHtml(s: string): string {
  if (typeof s !== "string") {
    throw new TypeError(`escapeHtml needs a string, got ${describe(s)} (${typeof s})`);
  }
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
