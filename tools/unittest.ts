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
  const walk = (dir: string) => {
    if (NOT_UNIT.includes(dir)) return;
    const entries = [...Deno.readDirSync(`${root}${dir}`)].sort((a, b) => a.name < b.name ? -1 : 1);
    for (const e of entries) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory) walk(path);
      else if (e.name.endsWith("_test.ts") && !NOT_UNIT.includes(path)) {
        groups.set(dir, [...(groups.get(dir) ?? []), path]);
      }
    }
  };
  walk("tests");
  return groups;
}

if (import.meta.main) {
  const root = fileURLToPath(new URL("../", import.meta.url));
  const out = `${root}.unit`;
  await Deno.remove(out, { recursive: true }).catch(() => {});
  await Deno.mkdir(out, { recursive: true });
  let files = 0;
  for (const [dir, tests] of unitGroups(root)) {
    const text = tests.map((t) => `import "../${t}";\n`).join("");
    Deno.writeTextFileSync(`${out}/${dir.replaceAll("/", "__")}_test.ts`, text);
    files += tests.length;
  }
  console.error(`unittest: ${files} test files in ${unitGroups(root).size} folders`);
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["test", "-A", "--no-check", "--parallel", ...Deno.args, out],
    cwd: root,
    stdout: "inherit",
    stderr: "inherit",
    env: { NO_COLOR: "1" },
  }).output();
  Deno.exit(r.code);
}
