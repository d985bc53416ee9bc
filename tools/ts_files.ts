/**
 * Finding the TypeScript files of the project, and running test modules generated from them:
 * the one directory walk the build's checks share (doc lint, layout, grouped unit and doc tests).
 *
 * @module
 */

/**
 * The `.ts` files under the given folders (recursively) or named directly, sorted.
 *
 * @param roots folders or files
 * @returns paths of the `.ts` files (declaration files `.d.ts` excluded)
 * @throws {Deno.errors.NotFound} if a root does not exist
 */
export function tsFiles(roots: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    if (Deno.statSync(path).isDirectory) {
      for (const e of Deno.readDirSync(path)) walk(`${path}/${e.name}`);
    } else if (path.endsWith(".ts") && !path.endsWith(".d.ts")) out.push(path);
  };
  for (const root of roots) walk(root.replace(/\/+$/, ""));
  return out.sort();
}

/**
 * Writes generated test modules into a fresh folder and runs them with `deno test` (no type
 * check: types are checked once, before, by `deno check`), two at a time.
 *
 * @param root the project root (a path ending in `/`); the test runs there, with its deno.json
 * @param folder the folder to write, relative to the root; removed first
 * @param modules file name → module text
 * @param args more arguments for `deno test`
 * @returns the exit code of `deno test`
 */
export async function runTestModules(
  root: string,
  folder: string,
  modules: ReadonlyMap<string, string>,
  args: readonly string[] = [],
): Promise<number> {
  const out = `${root}${folder}`;
  await Deno.remove(out, { recursive: true }).catch(() => {});
  await Deno.mkdir(out, { recursive: true });
  for (const [name, text] of modules) await Deno.writeTextFile(`${out}/${name}`, text);
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["test", "-A", "--no-check", "--parallel", ...args, out],
    cwd: root,
    stdout: "inherit",
    stderr: "inherit",
    env: { NO_COLOR: "1" },
  }).output();
  return r.code;
}
