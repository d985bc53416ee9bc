/**
 * Column alignment for the book's tables: numbers right-aligned (so digits line up), text
 * left-aligned. A column counts as numeric when every non-empty cell reads as a number, a
 * percentage, an interval such as "0.425 [0.357, 0.496]", or "0/n (95 % upper bound u)".
 *
 * @module
 */
import { parseHTML } from "linkedom";

const NUMERIC =
  /^([<>≈~]\s*)?[-−+]?(\d[\d,]*\.?\d*|\.\d+)(e[-−+]?\d+)?\s*(%|×)?(\s*[\[(].*[\])])?$|^<\s*1\/\d+.*$|^0\/\d+ \(95 % upper bound [\d.e−-]+\)$|^(−|-)?∞$|^1e\d+$/i;

/**
 * Adds `class="num"` to the header and cells of every numeric column of an HTML table.
 *
 * @param html a `<table>` as produced by `lib/book/display.ts`
 * @returns the same table with numeric columns marked
 */
export function alignNumericColumns(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const table = document.querySelector("table");
  if (!table) return html;
  const rows = [...table.querySelectorAll("tbody tr")];
  const width = Math.max(0, ...rows.map((r) => r.children.length));
  for (let c = 0; c < width; c++) {
    const cells = rows.map((r) => r.children[c]).filter(Boolean);
    const texts = cells.map((td) => (td.textContent ?? "").trim()).filter((t) => t !== "");
    if (texts.length === 0 || !texts.every((t) => NUMERIC.test(t))) continue;
    for (const td of cells) td.classList.add("num");
    table.querySelectorAll("thead tr")[0]?.children[c]?.classList.add("num");
  }
  return table.outerHTML;
}
