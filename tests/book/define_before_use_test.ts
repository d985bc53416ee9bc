/**
 * Define before use: for each listed term, the first Markdown cell in reading order (chapter 0
 * to 19) that uses the term must also define it, by linking it to its glossary
 * entry (`[…](glossary:<id>)`), and that glossary entry must exist.
 */
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { cellText, CHAPTER_FILE, type Notebook } from "../../lib/book/notebook.ts";
import { glossaryLinks, glossaryTerm } from "../../lib/book/glossary/terms.ts";

const NOTEBOOKS = fileURLToPath(new URL("../../notebooks/", import.meta.url));

/** A term the reader must meet with its definition. */
interface Term {
  /** glossary id the first use links to */
  id: string;
  /** what counts as a use of the term in Markdown prose */
  use: RegExp;
}

/** The terms, with the wording that counts as using them. */
export const TERMS: readonly Term[] = [
  { id: "nats", use: /\bnats?\b/ },
  { id: "wilson-interval", use: /\bWilson (score )?interval/i },
  { id: "brier-score", use: /\bBrier\b/ },
  { id: "supervised-fine-tuning", use: /\bSFT\b|supervised fine-tuning/i },
  { id: "pass-at-k", use: /\bpass@(\d+|k)\b/ },
  { id: "logits", use: /\blogits\b/ },
  { id: "decade-of-compute", use: /\bdecades?\b/ },
];

/** One Markdown cell, with where it is. */
interface Place {
  notebook: string;
  cell: number;
  text: string;
}

/** Every Markdown cell of the book in reading order; code spans and formulas are left out. */
export function markdownCells(dir: string = NOTEBOOKS): Place[] {
  const files = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => CHAPTER_FILE.test(n))
    .sort();
  return files.flatMap((name) => {
    const nb: Notebook = JSON.parse(Deno.readTextFileSync(`${dir}${name}`));
    return nb.cells.flatMap((c, i) =>
      c.cell_type === "markdown" ? [{ notebook: name, cell: i, text: prose(cellText(c)) }] : []
    );
  });
}

/** Markdown without fenced code, inline code and `$…$` formulas (where `\operatorname{logit}` lives). */
function prose(md: string): string {
  return md.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "")
    .replace(/\$\$[\s\S]*?\$\$/g, "").replace(/\$[^$\n]*\$/g, "");
}

/** The first cell that uses the term, and whether that cell links the term to the glossary. */
export function firstUse(
  term: Term,
  cells: readonly Place[],
): { place: Place; defines: boolean } | null {
  const place = cells.find((c) => term.use.test(c.text));
  if (!place) return null;
  return { place, defines: glossaryLinks(place.text).includes(term.id) };
}

Deno.test("define before use: every term's first use links to its glossary entry", () => {
  const cells = markdownCells();
  assert.ok(cells.length > 100, `only ${cells.length} Markdown cells found`);
  const problems: string[] = [];
  for (const term of TERMS) {
    glossaryTerm(term.id); // throws if the glossary has no entry
    const first = firstUse(term, cells);
    if (!first) {
      problems.push(`${term.id}: never used (${term.use})`);
    } else if (!first.defines) {
      const m = first.place.text.match(term.use)!;
      problems.push(
        `${term.id}: first used in ${first.place.notebook} cell ${first.place.cell} ` +
          `("…${first.place.text.slice(Math.max(0, m.index! - 60), m.index! + 40)}…") ` +
          `without a [...](glossary:${term.id}) link in that cell`,
      );
    }
  }
  assert.deepEqual(problems, []);
});

Deno.test("define before use: an undefined first use is caught", () => {
  const cells: Place[] = [
    { notebook: "01-a.ipynb", cell: 0, text: "a loss of 2 nats" },
    { notebook: "02-b.ipynb", cell: 0, text: "[nats](glossary:nats) are natural-log units" },
  ];
  const term = TERMS.find((t) => t.id === "nats")!;
  assert.deepEqual(firstUse(term, cells), { place: cells[0], defines: false });
  assert.equal(firstUse(term, cells.slice(1))!.defines, true);
  assert.equal(firstUse(term, [{ notebook: "x", cell: 0, text: "no such word" }]), null);
  // formulas and code spans are not uses
  assert.equal(firstUse(TERMS.find((t) => t.id === "logits")!, cells), null);
  assert.equal(
    firstUse(term, [{ notebook: "x", cell: 0, text: prose("`nats` and $\\text{nats}$") }]),
    null,
  );
});
