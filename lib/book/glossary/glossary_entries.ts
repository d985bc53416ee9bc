/**
 * The glossary's entries are data: one JSON file per term in `book/glossary/`, named by the
 * term's id (`book/glossary/exact-match.json`), like the bibliography in `book/references/`.
 * This module defines an entry's shape and loads and checks the files; a bad entry is an error
 * naming the file and the field.
 *
 * An entry file holds these fields, in this order:
 * - `id`: lower-case words joined by hyphens, equal to the file name without `.json`;
 * - `term`: the term as written in prose;
 * - `aka` (optional): other names the literature uses;
 * - `definition`, `use`, `avoid`: Markdown text, either one string or a list of strings that
 *   are joined with single spaces (one sentence per item keeps diffs small);
 * - `related`: ids of related glossary terms;
 * - `pointers`: where the book shows the term, `{ "notebook", "figure"?, "note" }`;
 * - `cite`: bibliography keys, each the name of a file `book/references/<key>.json`.
 *
 * @module
 */
import { fileNames, type JsonFile, readJsonFiles } from "../../data/json_files.ts";
import { describe } from "../../validate.ts";

/** Where a term (or a misconception's answer) is shown in the book. */
export interface BookPointer {
  /** notebook slug without extension, e.g. `"17-gotchas"` */
  notebook: string;
  /** a figure id shown in that notebook, e.g. `"fig-gotchas-nll-vs-em"` (optional) */
  figure?: string;
  /** what the reader will find there, one short phrase */
  note: string;
}

/** One glossary entry. */
export interface GlossaryTerm {
  /** stable id, lower-case words joined by hyphens; used in `glossary:<id>` links */
  id: string;
  /** the term as written in prose */
  term: string;
  /** other names the literature uses */
  aka?: string[];
  /** definition in the book's own words (Markdown) */
  definition: string;
  /** wording to prefer, and when the term is the right one */
  use: string;
  /** wording or uses to avoid, and why */
  avoid: string;
  /** ids of related glossary terms */
  related: string[];
  /** where the book shows the term at work */
  pointers: BookPointer[];
  /** bibliography keys (book/references/<key>.json) the definition rests on */
  cite: string[];
}

/** A term id: lower-case words (letters and digits) joined by hyphens. */
export const TERM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A pointer's notebook: two digits, a hyphen and the slug, e.g. `17-gotchas`. */
export const NOTEBOOK_STEM = /^\d\d-[a-z0-9-]+$/;
/** A pointer's figure id, e.g. `fig-gotchas-saturation`. */
export const FIGURE_ID = /^fig-[a-z0-9-]+$/;

const FIELDS = ["id", "term", "aka", "definition", "use", "avoid", "related", "pointers", "cite"];
const POINTER_FIELDS = ["notebook", "figure", "note"];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function fail(file: string, field: string, must: string, value: unknown): never {
  throw new Error(`${file}: field "${field}" must be ${must}, got ${describe(value)}`);
}

function unknownFields(file: string, o: Json, allowed: string[], where: string): void {
  const extra = Object.keys(o).filter((k) => !allowed.includes(k));
  if (extra.length) {
    throw new Error(
      `${file}: unknown field "${extra[0]}"${where} (the fields are ${allowed.join(", ")})`,
    );
  }
}

function nonEmpty(v: unknown): v is string {
  return typeof v === "string" && v.trim() !== "";
}

function text(file: string, field: string, v: unknown): string {
  const must = "a non-empty string or a non-empty list of them, without leading or trailing spaces";
  const items = Array.isArray(v) ? v : [v];
  if (items.length === 0) fail(file, field, must, v);
  items.forEach((s, i) => {
    if (!nonEmpty(s) || s.trim() !== s) {
      fail(file, Array.isArray(v) ? `${field}[${i}]` : field, must, s);
    }
  });
  return items.join(" ");
}

function strings(file: string, field: string, v: unknown, pattern?: RegExp): string[] {
  const must = pattern ? `a list of strings matching ${pattern}` : "a list of non-empty strings";
  if (!Array.isArray(v)) fail(file, field, must, v);
  v.forEach((s, i) => {
    if (!nonEmpty(s) || (pattern && !pattern.test(s))) fail(file, `${field}[${i}]`, must, s);
  });
  return v as string[];
}

function pointer(file: string, field: string, v: unknown): BookPointer {
  if (!isObject(v)) fail(file, field, "an object { notebook, figure?, note }", v);
  unknownFields(file, v, POINTER_FIELDS, ` in ${field}`);
  if (typeof v.notebook !== "string" || !NOTEBOOK_STEM.test(v.notebook)) {
    fail(file, `${field}.notebook`, `a notebook name matching ${NOTEBOOK_STEM}`, v.notebook);
  }
  if (v.figure !== undefined && (typeof v.figure !== "string" || !FIGURE_ID.test(v.figure))) {
    fail(file, `${field}.figure`, `a figure id matching ${FIGURE_ID}`, v.figure);
  }
  if (!nonEmpty(v.note)) fail(file, `${field}.note`, "a non-empty string", v.note);
  return v.figure === undefined
    ? { notebook: v.notebook, note: v.note }
    : { notebook: v.notebook, figure: v.figure, note: v.note };
}

/**
 * Checks one entry file's parsed JSON and returns the entry. Related ids are checked by
 * {@link glossaryFromFiles}, which sees every entry.
 *
 * @param value the parsed JSON of the file
 * @param file the file's path, named in errors; its name without `.json` must equal the id
 * @param referenceKeys the bibliography's keys
 * @returns the entry, with list-valued texts joined by single spaces
 * @throws {Error} naming the file and the field when a field is missing, of the wrong type,
 *   malformed or unknown, or when `cite` names a key with no bibliography entry
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseGlossaryEntry } from "./glossary_entries.ts";
 * const entry = {
 *   id: "grokking", term: "grokking", definition: ["Late.", "Abrupt."], use: "u", avoid: "a",
 *   related: [], pointers: [{ notebook: "17-gotchas", note: "n" }], cite: ["power2022grokking"],
 * };
 * const keys = new Set(["power2022grokking"]);
 * assert.equal(parseGlossaryEntry(entry, "g/grokking.json", keys).definition, "Late. Abrupt.");
 * assert.throws(() => parseGlossaryEntry({ ...entry, use: "" }, "g/grokking.json", keys),
 *   /g\/grokking\.json: field "use" must be a non-empty string/);
 * assert.throws(() => parseGlossaryEntry({ ...entry, cite: ["nope2020"] }, "g/grokking.json", keys),
 *   /g\/grokking\.json: field "cite" names "nope2020", which has no bibliography entry/);
 * ```
 */
export function parseGlossaryEntry(
  value: unknown,
  file: string,
  referenceKeys: ReadonlySet<string>,
): GlossaryTerm {
  if (!isObject(value)) throw new Error(`${file}: an entry must be a JSON object`);
  unknownFields(file, value, FIELDS, "");
  const { id } = value;
  if (typeof id !== "string" || !TERM_ID.test(id)) {
    fail(file, "id", `a term id matching ${TERM_ID}`, id);
  }
  const stem = file.slice(file.lastIndexOf("/") + 1).replace(/\.json$/, "");
  if (id !== stem) fail(file, "id", `the file name without .json, ${JSON.stringify(stem)}`, id);
  if (!nonEmpty(value.term)) fail(file, "term", "a non-empty string", value.term);
  const entry: GlossaryTerm = { id, term: value.term } as GlossaryTerm;
  if (value.aka !== undefined) entry.aka = strings(file, "aka", value.aka);
  entry.definition = text(file, "definition", value.definition);
  entry.use = text(file, "use", value.use);
  entry.avoid = text(file, "avoid", value.avoid);
  entry.related = strings(file, "related", value.related, TERM_ID);
  if (!Array.isArray(value.pointers)) fail(file, "pointers", "a list", value.pointers);
  entry.pointers = value.pointers.map((p, i) => pointer(file, `pointers[${i}]`, p));
  entry.cite = strings(file, "cite", value.cite);
  for (const key of entry.cite) {
    if (!referenceKeys.has(key)) {
      throw new Error(
        `${file}: field "cite" names ${JSON.stringify(key)}, which has no bibliography entry ` +
          `(book/references/${key}.json)`,
      );
    }
  }
  return entry;
}

/**
 * Builds the glossary from its parsed files: checks each entry, then that every related id
 * names another entry.
 *
 * @param files the parsed entry files (path and value)
 * @param referenceKeys the bibliography's keys
 * @returns the entries, sorted by id
 * @throws {Error} as {@link parseGlossaryEntry}; naming the file and `related` when a related id
 *   is unknown or the entry's own
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossaryFromFiles } from "./glossary_entries.ts";
 * const entry = (id: string, related: string[]) => ({
 *   path: `g/${id}.json`,
 *   value: { id, term: id, definition: "d", use: "u", avoid: "a", related, pointers: [], cite: [] },
 * });
 * const terms = glossaryFromFiles([entry("b", ["a"]), entry("a", [])], new Set());
 * assert.deepEqual(terms.map((t) => t.id), ["a", "b"]);
 * assert.throws(() => glossaryFromFiles([entry("b", ["c"])], new Set()),
 *   /g\/b\.json: field "related" names "c", which is not a glossary id/);
 * ```
 */
export function glossaryFromFiles(
  files: readonly Pick<JsonFile, "path" | "value">[],
  referenceKeys: ReadonlySet<string>,
): GlossaryTerm[] {
  const entries = files.map((f) => ({
    path: f.path,
    t: parseGlossaryEntry(f.value, f.path, referenceKeys),
  }));
  const ids = new Set(entries.map((e) => e.t.id));
  for (const { path, t } of entries) {
    for (const r of t.related) {
      if (r === t.id) throw new Error(`${path}: field "related" names the entry itself`);
      if (!ids.has(r)) {
        throw new Error(
          `${path}: field "related" names ${JSON.stringify(r)}, which is not a glossary id`,
        );
      }
    }
  }
  return entries.map((e) => e.t).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Loads the glossary: every `.json` file of a folder, checked against the bibliography's keys
 * (the names of the `.json` files in the references folder).
 *
 * @param glossaryDir the folder of entry files, e.g. `book/glossary/`
 * @param referencesDir the bibliography folder, e.g. `book/references/`
 * @returns the entries, sorted by id
 * @throws {Error} naming the folder or file that cannot be read or parsed, and as
 *   {@link glossaryFromFiles}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGlossary } from "./glossary_entries.ts";
 * const book = new URL("../../../book/", import.meta.url);
 * const terms = loadGlossary(new URL("glossary/", book), new URL("references/", book));
 * assert.equal(terms.find((t) => t.id === "exact-match")?.term, "exact match");
 * ```
 */
export function loadGlossary(
  glossaryDir: string | URL,
  referencesDir: string | URL,
): GlossaryTerm[] {
  const keys = new Set(fileNames(referencesDir, ".json").map((n) => n.replace(/\.json$/, "")));
  return glossaryFromFiles(readJsonFiles(glossaryDir), keys);
}
