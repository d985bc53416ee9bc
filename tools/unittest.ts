/**
 * Runs the unit and property tests folder by folder: one generated module per folder of
 * `tests/` imports that folder's test files, so a folder's tests share one isolate instead of
 * each file loading its import graph again. Types are checked once, before, by `deno check`.
 * The book's integration tests (`tests/book/`), the browser tests and the fault-injection suite
 * run in their own steps. One file still runs alone with `deno test -A tests/<path>_test.ts`.
 *
 *   deno run -A tools/unittest.ts
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { runTestModules, tsFiles } from "./ts_files.ts";

/** Folders and files of `tests/` that are not unit tests. */
export const NOT_UNIT: readonly string[] = [
  "tests/book",
  "tests/browser",
  "tests/snapshots",
  "tests/fixtures",
  "tests/tools/build_faults_test.ts",
];

/**
 * The unit test files of a project, grouped by folder.
 *
 * @param root the project root directory (a path ending in `/`)
 * @returns folder (relative to the root) → its test files (relative to the root), sorted
 * @throws {Error} if `tests/` cannot be read
 */
export function unitGroups(root: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of tsFiles([`${root}tests`])) {
    const file = path.slice(root.length);
    if (
      !file.endsWith("_test.ts") || NOT_UNIT.some((n) => file === n || file.startsWith(`${n}/`))
    ) {
      continue;
    }
    const dir = file.slice(0, file.lastIndexOf("/"));
    groups.set(dir, [...(groups.get(dir) ?? []), file]);
  }
  return groups;
}

if (import.meta.main) {
  const root = fileURLToPath(new URL("../", import.meta.url));
  const groups = unitGroups(root);
  const modules = new Map<string, string>();
  for (const [dir, tests] of groups) {
    modules.set(
      `${dir.replaceAll("/", "__")}_test.ts`,
      tests.map((t) => `import "../${t}";\n`).join(""),
    );
  }
  const files = [...groups.values()].reduce((n, t) => n + t.length, 0);
  console.error(`unittest: ${files} test files in ${groups.size} folders`);
  Deno.exit(await runTestModules(root, ".unit", modules, Deno.args));
}
