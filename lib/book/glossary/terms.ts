/**
 * The book's glossary. Each term has a stable id that chapters link to as
 * `[term](glossary:term-id)`, a definition written for this book, advice on the wording to use
 * and to avoid, related terms, and pointers to the chapters and figures that show it at work.
 *
 * The entries are data, one JSON file per term in `book/glossary/` (format and loader in
 * `./glossary_entries.ts`). Keeping them as data (not prose in a notebook) lets the tests check
 * that every cross-reference resolves, and lets the glossary chapter render the same entries
 * the site links to. This module looks terms up, checks a glossary and renders its entries.
 *
 * @module
 */
import {
  type BookPointer,
  FIGURE_ID,
  type GlossaryTerm,
  loadGlossary,
  NOTEBOOK_STEM,
  TERM_ID,
} from "./glossary_entries.ts";

export type { BookPointer, GlossaryTerm } from "./glossary_entries.ts";

/** Every glossary term, alphabetical by id, loaded from `book/glossary/<id>.json`. */
export const glossary: readonly GlossaryTerm[] = loadGlossary(
  new URL("../../../book/glossary/", import.meta.url),
  new URL("../../../book/references/", import.meta.url),
);

/**
 * Looks up one glossary term by id.
 *
 * @param id the term id, e.g. `"exact-match"`
 * @param terms the glossary to search (defaults to the book's)
 * @returns the term
 * @throws {Error} if no term has this id; the message lists the nearest known ids
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossaryTerm } from "./terms.ts";
 * assert.equal(glossaryTerm("exact-match").term, "exact match");
 * assert.throws(() => glossaryTerm("exact-matches"), /unknown glossary id/);
 * ```
 */
export function glossaryTerm(id: string, terms: readonly GlossaryTerm[] = glossary): GlossaryTerm {
  const found = terms.find((t) => t.id === id);
  if (!found) {
    const prefix = String(id).slice(0, 3);
    const near = terms.filter((t) => t.id.startsWith(prefix)).map((t) => t.id);
    throw new Error(
      `unknown glossary id ${JSON.stringify(id)}${
        near.length ? `; did you mean ${near.join(", ")}?` : ""
      }`,
    );
  }
  return found;
}

/**
 * Checks a glossary for internal consistency: ids well-formed and unique, required text
 * present, related ids and pointers well-formed and resolving.
 *
 * @param terms the glossary to check
 * @returns the list of problems found (empty when consistent)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossary, glossaryProblems } from "./terms.ts";
 * assert.deepEqual(glossaryProblems(glossary), []);
 * ```
 */
export function glossaryProblems(terms: readonly GlossaryTerm[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const t of terms) {
    if (!TERM_ID.test(t.id)) problems.push(`term id ${JSON.stringify(t.id)} is not kebab-case`);
    if (ids.has(t.id)) problems.push(`term id ${JSON.stringify(t.id)} appears twice`);
    ids.add(t.id);
    for (const field of ["term", "definition", "use", "avoid"] as const) {
      if (typeof t[field] !== "string" || t[field].trim() === "") {
        problems.push(`term ${t.id}: ${field} is empty`);
      }
    }
    for (const p of t.pointers) {
      if (!NOTEBOOK_STEM.test(p.notebook)) {
        problems.push(
          `term ${t.id}: pointer notebook ${JSON.stringify(p.notebook)} is not NN-slug`,
        );
      }
      if (p.figure !== undefined && !FIGURE_ID.test(p.figure)) {
        problems.push(`term ${t.id}: pointer figure ${JSON.stringify(p.figure)} is not fig-…`);
      }
    }
  }
  for (const t of terms) {
    for (const r of t.related) {
      if (!ids.has(r)) problems.push(`term ${t.id}: related id ${JSON.stringify(r)} is unknown`);
      if (r === t.id) problems.push(`term ${t.id}: relates to itself`);
    }
  }
  return problems;
}

/**
 * Finds every glossary link `[text](glossary:id)` in a Markdown string, outside code spans
 * and fenced code blocks.
 *
 * @param markdown Markdown text, e.g. a notebook cell
 * @returns the linked ids in order of appearance (with repeats)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossaryLinks } from "./terms.ts";
 * assert.deepEqual(glossaryLinks("an [elbow](glossary:capability-threshold) and [EM](glossary:exact-match)"),
 *   ["capability-threshold", "exact-match"]);
 * assert.deepEqual(glossaryLinks("write `[term](glossary:term-id)` to link"), []);
 * ```
 */
export function glossaryLinks(markdown: string): string[] {
  if (typeof markdown !== "string") {
    throw new TypeError(`markdown must be a string, got ${typeof markdown}`);
  }
  // code (fenced blocks and inline spans) is shown literally, so links inside it do not count
  const prose = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(glossary:([^)\s]*)\)/g)].map((m) => m[1]);
}

/**
 * Lists the glossary links in a Markdown text whose id is not in the glossary.
 *
 * @param markdown Markdown text
 * @param terms the glossary (defaults to the book's)
 * @returns the unknown ids, without repeats, in order of first appearance
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { unknownGlossaryLinks } from "./terms.ts";
 * assert.deepEqual(unknownGlossaryLinks("[x](glossary:exact-match) [y](glossary:nope)"), ["nope"]);
 * ```
 */
export function unknownGlossaryLinks(
  markdown: string,
  terms: readonly GlossaryTerm[] = glossary,
): string[] {
  const ids = new Set(terms.map((t) => t.id));
  return [...new Set(glossaryLinks(markdown).filter((id) => !ids.has(id)))];
}

/**
 * Renders a glossary entry as Markdown for the glossary chapter: an HTML anchor whose id is the
 * term id (the target of `glossary:` links in the site), a heading, the definition, use/avoid advice, related terms as glossary links, pointers as chapter
 * references, and citations as `[@key]`.
 *
 * @param term the entry
 * @returns Markdown text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossaryTerm, termMarkdown } from "./terms.ts";
 * const md = termMarkdown(glossaryTerm("grokking"));
 * assert.ok(md.startsWith('<a id="grokking"></a>\n\n### grokking'));
 * assert.ok(md.includes("[@power2022grokking]"));
 * ```
 */
export function termMarkdown(term: GlossaryTerm): string {
  const lines = [`<a id="${term.id}"></a>`, "", `### ${term.term}`, ""];
  if (term.aka?.length) lines.push(`*Also:* ${term.aka.join("; ")}`, "");
  lines.push(
    term.definition + (term.cite.length ? ` [${term.cite.map((c) => `@${c}`).join("; ")}]` : ""),
  );
  lines.push("", `**Use:** ${term.use}`, "", `**Avoid:** ${term.avoid}`);
  if (term.related.length) {
    lines.push(
      "",
      `**Related:** ${term.related.map((r) => `[${termName(r)}](glossary:${r})`).join(", ")}`,
    );
  }
  if (term.pointers.length) {
    lines.push("", `**Seen in:** ${term.pointers.map(pointerMarkdown).join("; ")}`);
  }
  return lines.join("\n");
}

/**
 * The display name of a glossary id, or the id itself when the book's glossary has no such
 * term (so rendering never throws; {@link glossaryProblems} reports unknown ids).
 *
 * @param id a term id
 * @returns the term as written in prose
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { termName } from "./terms.ts";
 * assert.equal(termName("token-nll"), "token negative log-likelihood");
 * assert.equal(termName("nope"), "nope");
 * ```
 */
export function termName(id: string): string {
  return glossary.find((t) => t.id === id)?.term ?? id;
}

/**
 * Formats a book pointer as Markdown: chapter number, a figure reference `[@fig-…]` (which the
 * site turns into a numbered link to the figure) if any, and the note.
 *
 * @param p the pointer
 * @returns e.g. `chapter 17, [@fig-gotchas-saturation] (what exact match hides)`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pointerMarkdown } from "./terms.ts";
 * assert.equal(pointerMarkdown({ notebook: "17-gotchas", figure: "fig-x", note: "n" }),
 *   "chapter 17, [@fig-x] (n)");
 * ```
 */
export function pointerMarkdown(p: BookPointer): string {
  const chapter = String(Number(p.notebook.slice(0, 2)));
  const fig = p.figure ? `, [@${p.figure}]` : "";
  return `chapter ${chapter}${fig} (${p.note})`;
}
