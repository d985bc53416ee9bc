/**
 * Reading a data file's text for the loaders (`lib/data/csv.ts`, `lib/data/lmeval_results.ts`):
 * the name a path is shown by in messages, a read whose failure names the file, and the URL of
 * a file in the book's `data/` folder.
 *
 * @module
 */

/**
 * The name a file is shown by in error messages: the path itself, or the decoded path of a
 * `file:` URL.
 *
 * @param path file path or URL
 * @returns the path as text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pathName } from "./read.ts";
 * assert.equal(pathName("data/x.csv"), "data/x.csv");
 * assert.equal(pathName(new URL("file:///tmp/a%20b.csv")), "/tmp/a b.csv");
 * ```
 */
export function pathName(path: string | URL): string {
  return path instanceof URL ? decodeURIComponent(path.pathname) : path;
}

/**
 * Reads a text file; a failure is an `Error` `"<path>: cannot read file (<reason>)"`.
 *
 * @param path file path or URL
 * @returns the file's text
 * @throws {Error} naming the path (as {@link pathName}) if the file cannot be read
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readDataFile } from "./read.ts";
 * const path = await Deno.makeTempFile({ suffix: ".csv" });
 * await Deno.writeTextFile(path, "n\n3\n");
 * assert.equal(await readDataFile(path), "n\n3\n");
 * await Deno.remove(path);
 * await assert.rejects(readDataFile("/nonexistent/x.csv"), /^Error: \/nonexistent\/x\.csv: cannot read file \(/);
 * ```
 */
export async function readDataFile(path: string | URL): Promise<string> {
  try {
    return await Deno.readTextFile(path);
  } catch (e) {
    throw new Error(`${pathName(path)}: cannot read file (${(e as Error).message})`);
  }
}

/**
 * Synchronous {@link readDataFile}, for loaders that must run without `await`.
 *
 * @param path file path or URL
 * @returns the file's text
 * @throws {Error} as {@link readDataFile}
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readDataFileSync } from "./read.ts";
 * assert.throws(() => readDataFileSync("/nonexistent/x.csv"), /^Error: \/nonexistent\/x\.csv: cannot read file \(/);
 * ```
 */
export function readDataFileSync(path: string | URL): string {
  try {
    return Deno.readTextFileSync(path);
  } catch (e) {
    throw new Error(`${pathName(path)}: cannot read file (${(e as Error).message})`);
  }
}

/**
 * Absolute URL of a file in the book's `data/` folder. It resolves from this module, so the
 * loaders work from the repository root, from `notebooks/` and from tests alike.
 *
 * @param file file name inside `data/`, e.g. `"gpt3-compute.csv"`
 * @returns the file's URL
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { dataUrl } from "./read.ts";
 * assert.ok(dataUrl("gpt3-compute.csv").pathname.endsWith("/data/gpt3-compute.csv"));
 * ```
 */
export function dataUrl(file: string): URL {
  return new URL(`../../data/${file}`, import.meta.url);
}
