/**
 * The closing lines of the book command: where to open the book and the executed notebooks.
 *
 * @module
 */
import { pathToFileURL } from "node:url";

/**
 * Lines telling the reader where the built book and the executed notebooks are.
 *
 * @param site the site folder (absolute)
 * @param executed the executed-notebooks folder (absolute)
 * @returns printable lines
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { whereTheBookIs } from "./where.ts";
 * const lines = whereTheBookIs("/b/site", "/b/_build/executed");
 * assert.equal(lines[0], "open the book: file:///b/site/index.html");
 * ```
 */
export function whereTheBookIs(site: string, executed: string): string[] {
  return [
    `open the book: ${pathToFileURL(`${site}/index.html`).href}`,
    `executed notebooks: ${executed}/ (open them with npm run lab)`,
  ];
}
