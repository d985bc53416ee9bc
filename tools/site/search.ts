/**
 * The site's offline search: documents (chapter sections, glossary terms, figure captions)
 * indexed at build time with MiniSearch and written as a script the pages load on demand
 * (a script, not JSON, so it also works from file:// where pages cannot fetch).
 *
 * @module
 */
import MiniSearch from "minisearch";

/** One searchable document. */
export interface SearchDoc {
  /** link relative to the site root, with its #fragment */
  href: string;
  /** shown as the hit's title */
  title: string;
  /** "chapter", "glossary" or "figure" */
  kind: string;
  /** the searchable text */
  text: string;
}

/** MiniSearch options shared by the build and the page (they must agree). */
export const SEARCH_OPTIONS = {
  idField: "href",
  fields: ["title", "text"],
  storeFields: ["title", "kind", "href", "snippet"],
};

/**
 * Builds the index and returns the script that defines `window.EMERGENCE_SEARCH`.
 *
 * @param docs the documents; hrefs must be unique
 * @returns JavaScript source
 * @throws {Error} on a duplicate href (MiniSearch would reject it less clearly)
 */
export function searchIndexScript(docs: SearchDoc[]): string {
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.href)) throw new Error(`search index: two documents link to ${d.href}`);
    seen.add(d.href);
  }
  const ms = new MiniSearch(SEARCH_OPTIONS);
  ms.addAll(docs.map((d) => ({ ...d, snippet: snippet(d.text) })));
  return `globalThis.EMERGENCE_SEARCH = ${
    JSON.stringify({ options: SEARCH_OPTIONS, index: ms.toJSON() })
  };\n`;
}

function snippet(text: string): string {
  return text.length <= 160 ? text : `${text.slice(0, 157).replace(/\s+\S*$/, "")} …`;
}
