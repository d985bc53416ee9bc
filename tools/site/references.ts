/**
 * The bibliography: one JSON file per entry in `book/references/`.
 *
 * @module
 */

/** One bibliography entry. */
export interface Reference {
  /** citation key, equal to the file name */
  key: string;
  /** authors, comma-separated, in publication order */
  authors: string;
  /** year of publication */
  year: number;
  /** title */
  title: string;
  /** journal, conference, or "arXiv preprint" */
  venue: string;
  /** where to find it */
  url?: string;
  /** which tables, figures or sections the book uses */
  used: string;
}

const REQUIRED = ["key", "authors", "year", "title", "venue", "used"] as const;

/**
 * Loads and checks every entry.
 *
 * @param dir the references folder
 * @returns entries by key
 * @throws {Error} naming the file when a field is missing or the key differs from the name
 */
export function loadReferences(dir: string): Map<string, Reference> {
  const refs = new Map<string, Reference>();
  let entries: Deno.DirEntry[] = [];
  try {
    entries = [...Deno.readDirSync(dir)];
  } catch {
    return refs;
  }
  for (
    const e of entries.filter((e) => e.name.endsWith(".json")).sort((a, b) =>
      a.name < b.name ? -1 : 1
    )
  ) {
    const file = `${dir}/${e.name}`;
    let r: Reference;
    try {
      r = JSON.parse(Deno.readTextFileSync(file));
    } catch (err) {
      throw new Error(`${file}: not valid JSON (${err instanceof Error ? err.message : err})`);
    }
    for (const f of REQUIRED) {
      if (r[f] === undefined || r[f] === "") throw new Error(`${file}: missing field "${f}"`);
    }
    if (`${r.key}.json` !== e.name) {
      throw new Error(`${file}: key "${r.key}" differs from file name`);
    }
    refs.set(r.key, r);
  }
  return refs;
}

/**
 * Short label for a citation: "Wei et al. 2022", "Hoffmann and Borgeaud 2022", "Brown 2020".
 *
 * @param r the entry
 * @returns the label
 */
export function citeLabel(r: Reference): string {
  const names = r.authors.split(/,\s*|\s+and\s+/).map((s) => s.trim()).filter(Boolean);
  const surname = (n: string) => n.split(/\s+/).pop()!;
  const who = names.length > 2
    ? `${surname(names[0])} et al.`
    : names.length === 2
    ? `${surname(names[0])} and ${surname(names[1])}`
    : surname(names[0] ?? r.key);
  return `${who} ${r.year}`;
}
