/**
 * Folders of JSON files, one record per file (the glossary in `book/glossary/`, the
 * bibliography in `book/references/`): the file names in a folder, and every file parsed, each
 * failure naming the file.
 *
 * @module
 */
import { pathName, readDataFileSync } from "./read.ts";

/** One JSON file of a folder, parsed. */
export interface JsonFile {
  /** file name, e.g. `"grokking.json"` */
  name: string;
  /** the name the file is shown by in messages: its path */
  path: string;
  /** the parsed JSON, not yet checked */
  value: unknown;
}

/**
 * The names of the files in a folder that end in a suffix, sorted by code point.
 *
 * @param dir folder path or `file:` URL (with or without a trailing slash)
 * @param suffix the ending to keep, e.g. `".json"`
 * @returns the file names (not paths), sorted
 * @throws {Error} naming the folder if it cannot be read
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fileNames } from "./json_files.ts";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/b.json`, "{}");
 * await Deno.writeTextFile(`${dir}/a.json`, "{}");
 * await Deno.writeTextFile(`${dir}/notes.md`, "");
 * assert.deepEqual(fileNames(dir, ".json"), ["a.json", "b.json"]);
 * assert.throws(() => fileNames(`${dir}/none`, ".json"), /none: cannot read folder/);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export function fileNames(dir: string | URL, suffix: string): string[] {
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(dir)];
  } catch (e) {
    throw new Error(`${pathName(dir)}: cannot read folder (${(e as Error).message})`);
  }
  return entries.filter((e) => e.isFile && e.name.endsWith(suffix)).map((e) => e.name)
    .sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Reads and parses every `.json` file of a folder, in file-name order. The values are returned
 * unchecked: the caller validates them against its own schema and names `path` in its errors.
 *
 * @param dir folder path or `file:` URL (with or without a trailing slash)
 * @returns one entry per file, sorted by name
 * @throws {Error} naming the folder if it cannot be read, or the file if it cannot be read or
 *   is not valid JSON
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readJsonFiles } from "./json_files.ts";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/a.json`, '{"id": "a"}');
 * assert.deepEqual(readJsonFiles(dir).map((f) => [f.name, f.value]), [["a.json", { id: "a" }]]);
 * await Deno.writeTextFile(`${dir}/b.json`, '{"id": ');
 * assert.throws(() => readJsonFiles(dir), /b\.json: not valid JSON/);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export function readJsonFiles(dir: string | URL): JsonFile[] {
  const base = pathName(dir).replace(/\/$/, "");
  return fileNames(dir, ".json").map((name) => {
    const path = `${base}/${name}`;
    const text = readDataFileSync(path);
    try {
      return { name, path, value: JSON.parse(text) as unknown };
    } catch (e) {
      throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
    }
  });
}
