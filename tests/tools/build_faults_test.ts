/**
 * Fault injection for the book build (tools/book.ts): one-cell notebooks that break in every
 * way a chapter can break, built in a throw-away copy of the project whose path contains a
 * space. Each failure must end the build with one line naming the notebook and the cell, leave
 * no process and no kernel connection file behind, and leave the cache and the site as they
 * were. The cache must notice changed inputs and tampered executed copies; two builds at once
 * must not corrupt each other; a build killed with SIGKILL must not leave its kernel running.
 *
 * The copy holds only the part of lib/ the notebooks import, so that writing its site is quick.
 * `FAULTS_TOOLS_DIR=<dir>` builds with another copy of tools/ (to show a check failing on an
 * older build script).
 */
import { assert } from "../assert.ts";
import { fileURLToPath } from "node:url";
import { notebookFromCells } from "../../lib/book/notebook.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TOOLS = Deno.env.get("FAULTS_TOOLS_DIR") ?? `${ROOT}tools`;
const DENO = Deno.realPathSync(`${ROOT}node_modules/.bin/deno`);
/** The part of lib/ that the notebooks here and the build script import, as deno info lists it. */
async function libFiles(): Promise<string[]> {
  const lib = `${ROOT}lib/`;
  const files = new Set<string>();
  const entries = ["lib/book/display.ts", "lib/book/exercises.ts", "tools/book.ts"];
  for (const entry of entries) {
    const r = await new Deno.Command(DENO, {
      args: ["info", "--json", entry],
      cwd: ROOT,
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (!r.success) throw new Error(`deno info ${entry}: ${decoder.decode(r.stderr)}`);
    const info = JSON.parse(decoder.decode(r.stdout)) as { modules: { specifier: string }[] };
    for (const { specifier } of info.modules) {
      if (!specifier.startsWith("file:")) continue;
      const f = fileURLToPath(specifier);
      if (f.startsWith(lib)) files.add(f.slice(lib.length));
    }
  }
  return [...files].sort();
}
const decoder = new TextDecoder();

async function sh(cmd: string, args: string[]): Promise<void> {
  const r = await new Deno.Command(cmd, { args, stderr: "piped" }).output();
  if (!r.success) throw new Error(`${cmd} ${args.join(" ")}: ${decoder.decode(r.stderr)}`);
}

/** A copy of the project under `<tmp>/with space/book`, with no notebooks yet. */
async function makeProject(): Promise<{ tmp: string; root: string }> {
  const tmp = await Deno.makeTempDir({ prefix: "emergence-faults-" });
  try {
    return await fillProject(tmp);
  } catch (e) {
    await Deno.remove(tmp, { recursive: true }).catch(() => {});
    throw e;
  }
}

async function fillProject(tmp: string): Promise<{ tmp: string; root: string }> {
  const root = `${tmp}/with space/book`;
  for (const d of ["lib/book", "lib/figures", "lib/chapters", "notebooks", "tests/fixtures"]) {
    await Deno.mkdir(`${root}/${d}`, { recursive: true });
  }
  for (const f of await libFiles()) {
    await Deno.mkdir(`${root}/lib/${f.slice(0, f.lastIndexOf("/"))}`, { recursive: true });
    await Deno.copyFile(`${ROOT}lib/${f}`, `${root}/lib/${f}`);
  }
  await sh("cp", ["-R", TOOLS, `${root}/tools`]);
  // no sandbox bundle here: its sources are not in this copy of lib/
  await Deno.remove(`${root}/tools/bundle_sandbox.ts`).catch(() => {});
  await sh("cp", ["-R", `${ROOT}book`, `${ROOT}data`, root]);
  for (const f of ["deno.json", "package.json", "package-lock.json"]) {
    await Deno.copyFile(`${ROOT}${f}`, `${root}/${f}`);
  }
  for (const l of ["node_modules", ".venv"]) {
    await Deno.symlink(Deno.realPathSync(`${ROOT}${l}`), `${root}/${l}`);
  }
  // the lesson plans name the book's chapters; these notebooks are others
  await Deno.writeTextFile(
    `${root}/book/teaching.md`,
    "# Teaching\n\nSee [the case](chapter:good).\n",
  );
  await Deno.writeTextFile(`${root}/tests/fixtures/note.txt`, "fixture says 41\n");
  await Deno.mkdir(`${root}/other`);
  await Deno.writeTextFile(`${root}/other/note.txt`, "a file outside the cache key\n");
  return { tmp, root };
}

const IMPORT = 'import { showText } from "../lib/book/display.ts";';

/** Writes notebooks/<stem>.ipynb: a title cell and the given code cells. */
function writeNotebook(root: string, stem: string, code: string[]): void {
  const n = Number(stem.slice(0, 2));
  const nb = notebookFromCells([
    { cell_type: "markdown", source: `# ${n}. Case ${stem}\n\nWhat you will learn:\n- nothing` },
    ...code.map((source) => ({ cell_type: "code" as const, source })),
  ]);
  Deno.writeTextFileSync(`${root}/notebooks/${stem}.ipynb`, JSON.stringify(nb, null, 1) + "\n");
}

interface Result {
  code: number;
  out: string;
  /** the lines after "FAILED" on stderr */
  failures: string[];
  seconds: number;
  pid: number;
}

function startBuild(
  root: string,
  args: string[] = [],
  env: Record<string, string> = {},
  killAfterMs = 240_000,
): { pid: number; done: Promise<Result> } {
  const t0 = performance.now();
  const child = new Deno.Command(DENO, {
    args: ["run", "-A", "tools/book.ts", ...args],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
    env: {
      NO_COLOR: "1",
      JUPYTER_PATH: `${root}/.venv/share/jupyter`,
      // where an older build script leaves connection files (a newer one uses _build/)
      JUPYTER_RUNTIME_DIR: `${root}/../runtime`,
      EMERGENCE_CELL_TIMEOUT: "60",
      ...env,
    },
  }).spawn();
  const timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
  const done = child.output().then((r) => {
    clearTimeout(timer);
    const out = decoder.decode(r.stdout) + decoder.decode(r.stderr);
    const err = decoder.decode(r.stderr).trim().split("\n");
    const at = err.findIndex((l) => l.includes("FAILED"));
    const failures = at < 0 ? [] : err.slice(at).map((l) => l.replace(/^\[book\] FAILED:\s*/, ""))
      .filter((l) => l.trim() !== "");
    return {
      code: r.code,
      out,
      failures,
      seconds: (performance.now() - t0) / 1000,
      pid: child.pid,
    };
  });
  return { pid: child.pid, done };
}

const build = (root: string, args: string[] = [], env: Record<string, string> = {}) =>
  startBuild(root, args, env).done;

/** Processes whose command line or working folder lies inside `dir`. */
function processesIn(dir: string): { pid: number; cmd: string }[] {
  const found: { pid: number; cmd: string }[] = [];
  for (const e of Deno.readDirSync("/proc")) {
    if (!/^\d+$/.test(e.name) || Number(e.name) === Deno.pid) continue;
    try {
      const cmd = Deno.readTextFileSync(`/proc/${e.name}/cmdline`).replaceAll("\0", " ");
      let cwd = "";
      try {
        cwd = Deno.readLinkSync(`/proc/${e.name}/cwd`);
      } catch { /* gone or not ours */ }
      if (cmd.includes(dir) || cwd.startsWith(dir)) found.push({ pid: Number(e.name), cmd });
    } catch { /* exited meanwhile */ }
  }
  return found;
}

/** Kernel connection files anywhere in the temporary folder. */
function connectionFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of Deno.readDirSync(d)) {
      if (e.isDirectory && e.name !== "node_modules" && e.name !== ".venv") walk(`${d}/${e.name}`);
      else if (/^kernel-.*\.json$/.test(e.name)) found.push(`${d}/${e.name}`);
    }
  };
  walk(dir);
  return found;
}

/** Waits up to `ms` for no process to remain in `dir`; returns what is left. */
async function leftovers(dir: string, ms = 5000): Promise<string[]> {
  const until = performance.now() + ms;
  let left = processesIn(dir);
  while (left.length && performance.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    left = processesIn(dir);
  }
  return left.map((p) => `${p.pid} ${p.cmd}`);
}

function killLeftovers(dir: string): void {
  for (const p of processesIn(dir)) {
    try {
      Deno.kill(p.pid, "SIGKILL");
    } catch { /* gone */ }
  }
}

/** A digest of every file under `dir` (path, size, bytes), to see that a folder did not change. */
async function treeDigest(dir: string): Promise<string> {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const e of [...Deno.readDirSync(d)].sort((a, b) => a.name < b.name ? -1 : 1)) {
      if (e.isDirectory) walk(`${d}/${e.name}`);
      else {parts.push(
          `${d.slice(dir.length)}/${e.name}\0${Deno.readTextFileSync(`${d}/${e.name}`)}`,
        );}
    }
  };
  walk(dir);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(parts.join("\0")));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const executedText = (root: string, stem: string) =>
  Deno.readTextFileSync(`${root}/_build/executed/${stem}.ipynb`);

Deno.test({
  name: "the book build under injected faults",
  sanitizeResources: false,
  sanitizeOps: false,
  fn: async (t) => {
    const { tmp, root } = await makeProject();
    const good = [IMPORT, 'await showText(Deno.readTextFileSync("../tests/fixtures/note.txt"));'];
    writeNotebook(root, "00-good", [good.join("\n")]);
    try {
      await t.step(
        "a checkout whose path contains a space builds, and nothing lands outside it",
        async () => {
          const r = await build(root);
          assert.equal(r.code, 0, r.out);
          assert.match(Deno.readTextFileSync(`${root}/site/00-good.html`), /fixture says 41/);
          assert.ok(Deno.statSync(`${root}/site/api/index.html`).isFile);
          const outside = [...Deno.readDirSync(`${tmp}/with space`)].map((e) => e.name).sort();
          assert.deepEqual(outside, ["book"], "nothing written beside the checkout");
          assert.deepEqual([...Deno.readDirSync(tmp)].map((e) => e.name).sort(), ["with space"]);
        },
      );

      await t.step("a changed fixture re-executes the notebook that reads it", async () => {
        Deno.writeTextFileSync(`${root}/tests/fixtures/note.txt`, "fixture says 42\n");
        const r = await build(root);
        assert.equal(r.code, 0, r.out);
        assert.doesNotMatch(r.out, /00-good: unchanged, cached/);
        assert.match(Deno.readTextFileSync(`${root}/site/00-good.html`), /fixture says 42/);
      });

      await t.step("an executed copy edited by hand is not served", async () => {
        const file = `${root}/_build/executed/00-good.ipynb`;
        const before = executedText(root, "00-good");
        Deno.writeTextFileSync(file, before.replaceAll("fixture says 42", "fixture says 99"));
        let r = await build(root);
        assert.equal(r.code, 0, r.out);
        assert.match(Deno.readTextFileSync(`${root}/site/00-good.html`), /fixture says 42/);
        assert.equal(executedText(root, "00-good"), before);
        // outputs cleared (as JupyterLab does), then the file re-saved with its hash matching
        const nb = JSON.parse(before);
        for (const c of nb.cells) if (c.cell_type === "code") c.outputs = [];
        Deno.writeTextFileSync(file, JSON.stringify(nb, null, 1) + "\n");
        r = await build(root);
        assert.equal(r.code, 0, r.out);
        assert.equal(executedText(root, "00-good"), before);
      });

      await t.step(
        "outputs left in a working copy neither fail the build nor defeat the cache",
        async () => {
          const path = `${root}/notebooks/00-good.ipynb`;
          const clean = Deno.readTextFileSync(path);
          const nb = JSON.parse(clean);
          nb.cells[1].outputs = [{ output_type: "stream", name: "stdout", text: "stale\n" }];
          nb.cells[1].execution_count = 7;
          Deno.writeTextFileSync(path, JSON.stringify(nb, null, 2));
          const r = await build(root);
          Deno.writeTextFileSync(path, clean);
          assert.equal(r.code, 0, r.out);
          assert.match(r.out, /00-good: unchanged, cached/);
        },
      );

      const site = await treeDigest(`${root}/site`);
      const cached = executedText(root, "00-good");

      await t.step(
        "each failing cell fails the build with one line naming notebook and cell",
        async () => {
          const cases: Record<string, { code: string[]; says: RegExp }> = {
            "01-syntax": {
              // displays something too: before, the build took this for a dropped output
              code: ['console.log("before");', 'console.log("shown"); const unused = ;'],
              says: /cell 2\/2: SyntaxError: Unexpected ";"/,
            },
            "02-pending": {
              code: ['console.log("before");', "await new Promise(() => {});"],
              says: /cell 2\/2: timed out after 3 s/,
            },
            "03-exit": {
              code: ["Deno.exit(3);"],
              says: /cell 1\/1: the kernel exited with exit code 3/,
            },
            "04-throw": {
              code: ['throw new RangeError("boom");'],
              says: /cell 1\/1: RangeError: boom/,
            },
            "11-outside": {
              code: [IMPORT + '\nawait showText(Deno.readTextFileSync("../other/note.txt"));'],
              says: /11-outside\.ipynb: reads other\/note\.txt, outside the cache key/,
            },
            "05-sleep": {
              code: ["await new Promise((r) => setTimeout(r, 600_000));"],
              says: /cell 1\/1: timed out after 3 s/,
            },
          };
          for (const [stem, c] of Object.entries(cases)) writeNotebook(root, stem, c.code);
          const r = await build(root, [], { EMERGENCE_CELL_TIMEOUT: "3" });
          for (const stem of Object.keys(cases)) Deno.removeSync(`${root}/notebooks/${stem}.ipynb`);
          assert.notEqual(r.code, 0, r.out);
          for (const [stem, c] of Object.entries(cases)) {
            const lines = r.failures.filter((l) => l.includes(stem));
            assert.equal(lines.length, 1, `${stem}: one line in\n${r.failures.join("\n")}`);
            assert.match(lines[0], c.says, stem);
            assert.doesNotMatch(lines[0], /__emergenceCell|Traceback/, stem);
          }
          assert.equal(r.failures.length, Object.keys(cases).length + 1, r.failures.join("\n"));
          assert.doesNotMatch(r.out, /retry|Traceback/i);
          assert.ok(r.seconds < 150, `took ${r.seconds.toFixed(1)} s`);
          assert.deepEqual(await leftovers(tmp), []);
          assert.deepEqual(connectionFiles(tmp), []);
          assert.equal(await treeDigest(`${root}/site`), site, "the site is untouched");
          assert.equal(executedText(root, "00-good"), cached);
          for (const stem of Object.keys(cases)) {
            assert.throws(() => Deno.statSync(`${root}/_build/executed/${stem}.ipynb`), stem);
          }
        },
      );

      await t.step("a notebook that is not valid JSON, is empty or is {} is named", async () => {
        const bad: Record<string, string> = {
          "06-truncated": '{"cells": [',
          "07-empty": "",
          "08-braces": "{}",
        };
        for (const [stem, text] of Object.entries(bad)) {
          Deno.writeTextFileSync(`${root}/notebooks/${stem}.ipynb`, text);
        }
        const r = await build(root);
        for (const stem of Object.keys(bad)) Deno.removeSync(`${root}/notebooks/${stem}.ipynb`);
        assert.notEqual(r.code, 0, r.out);
        for (const stem of Object.keys(bad)) {
          assert.equal(r.failures.filter((l) => l.includes(`${stem}.ipynb`)).length, 1, r.out);
        }
        assert.doesNotMatch(r.out, /Cannot read properties|reading 'forEach'/);
        assert.equal(await treeDigest(`${root}/site`), site, "the site is untouched");
      });

      await t.step("two builds at once: the second waits for the first", async () => {
        writeNotebook(root, "09-slow", [
          IMPORT,
          'await new Promise((r) => setTimeout(r, 2000)); await showText("slow");',
        ]);
        const a = startBuild(root);
        await new Promise((r) => setTimeout(r, 800));
        const b = startBuild(root);
        const c = await startBuild(root, ["--no-wait"]).done;
        assert.notEqual(c.code, 0, c.out);
        assert.match(c.failures.join("\n"), new RegExp(`process ${a.pid} holds .*\.lock`));
        const [ra, rb] = await Promise.all([a.done, b.done]);
        assert.equal(ra.code, 0, ra.out);
        assert.equal(rb.code, 0, rb.out);
        assert.match(rb.out, new RegExp(`waiting for .*\\b${a.pid}\\b`), rb.out);
        assert.match(rb.out, /09-slow: unchanged, cached/);
        assert.match(Deno.readTextFileSync(`${root}/site/09-slow.html`), /slow/);
        assert.ok(Deno.statSync(`${root}/site/api/index.html`).isFile);
        const stray = [...Deno.readDirSync(root)].map((e) => e.name).filter((n) =>
          /^site./.test(n)
        );
        assert.deepEqual(stray, []);
        Deno.removeSync(`${root}/notebooks/09-slow.ipynb`);
        const r = await build(root);
        assert.equal(r.code, 0, r.out);
        assert.throws(() => Deno.statSync(`${root}/site/09-slow.html`), "no stale page");
      });

      await t.step(
        "a build killed with SIGKILL leaves no executor, kernel or connection file",
        async () => {
          writeNotebook(root, "10-long", ["await new Promise((r) => setTimeout(r, 30_000));"]);
          const kernelUp = async () => {
            // the kernel itself (a deno process), not the wrapper that starts it
            const find = () =>
              processesIn(tmp).find((p) => /^\S*deno jupyter --kernel/.test(p.cmd));
            const until = performance.now() + 60_000;
            let kernel = find();
            while (performance.now() < until && !kernel) {
              await new Promise((r) => setTimeout(r, 100));
              kernel = find();
            }
            assert.ok(kernel, "the kernel started");
            assert.ok(kernel.cmd.includes(`--conn ${root}/`), `connection file: ${kernel.cmd}`);
            await new Promise((r) => setTimeout(r, 300));
          };
          // the build killed outright
          let b = startBuild(root, ["--only", "10"]);
          await kernelUp();
          Deno.kill(b.pid, "SIGKILL");
          await b.done;
          assert.deepEqual(await leftovers(tmp), []);
          assert.deepEqual(connectionFiles(tmp), []);
          // the build stopped with SIGTERM (as Ctrl-C or a CI runner's cancel does)
          b = startBuild(root, ["--only", "10"]);
          await kernelUp();
          Deno.kill(b.pid, "SIGTERM");
          const stopped = await b.done;
          assert.notEqual(stopped.code, 0);
          assert.match(stopped.failures.join("\n"), /stopped by SIGTERM/);
          assert.deepEqual(await leftovers(tmp), []);
          assert.deepEqual(connectionFiles(tmp), []);
          // the executor killed outright: its kernel ends too, the build fails naming the notebook
          b = startBuild(root, ["--only", "10"]);
          await kernelUp();
          const executor = processesIn(tmp).find((p) => /execute_one\.py .*10-long/.test(p.cmd));
          assert.ok(executor, "the executor runs");
          Deno.kill(executor.pid, "SIGKILL");
          const r = await b.done;
          Deno.removeSync(`${root}/notebooks/10-long.ipynb`);
          assert.notEqual(r.code, 0, r.out);
          assert.equal(r.failures.filter((l) => l.includes("10-long.ipynb")).length, 1, r.out);
          assert.deepEqual(await leftovers(tmp), []);
        },
      );
    } finally {
      killLeftovers(tmp);
      await Deno.remove(tmp, { recursive: true }).catch(() => {});
    }
  },
});
