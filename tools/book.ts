/**
 * Builds the book: executes every notebook headless with the Deno kernel, verifies that every
 * cell produced what it should (retrying when the kernel dropped an output), exports figures
 * as SVG and PNG, and writes the static site.
 *
 *   deno run -A tools/book.ts [--only NN[,NN]] [--no-cache] [--jobs 2] [--retries 3]
 *
 * Inputs are hashed (notebook, lib/, data/, deno.json, package-lock.json, built assets); an
 * unchanged notebook reuses its executed copy from `_build/executed/`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import {
  CHAPTER_FILE,
  committedProblems,
  executedProblems,
  type Notebook,
} from "../lib/book/notebook.ts";
import { writeSite } from "./site.ts";
import { exportFigures } from "./figures.ts";
import { answersMarkdown, loadExercises } from "./answers.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const BUILD = `${ROOT}/_build`;
const SITE = `${ROOT}/site`;
const PYTHON = `${ROOT}/.venv/bin/python`;

const { values: args } = parseArgs({
  args: Deno.args,
  options: {
    only: { type: "string" },
    "no-cache": { type: "boolean", default: false },
    jobs: { type: "string", default: "2" },
    retries: { type: "string", default: "3" },
    "no-site": { type: "boolean", default: false },
  },
});

const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)}s`;
const log = (s: string) => console.log(`[book ${elapsed().padStart(6)}] ${s}`);

async function sha256(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest("SHA-256", bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function* walk(dir: string): AsyncGenerator<string> {
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(dir)];
  } catch {
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory) yield* walk(p);
    else if (e.isFile) yield p;
  }
}

/** Hash of everything a notebook's execution can depend on besides the notebook itself. */
async function sharedInputsHash(): Promise<string> {
  const parts: string[] = [];
  for (const dir of ["lib", "data", `_build/assets`]) {
    for await (const f of walk(`${ROOT}/${dir}`)) {
      parts.push(`${f.slice(ROOT.length)}:${await sha256(await Deno.readFile(f))}`);
    }
  }
  for (const f of ["deno.json", "package-lock.json", "tools/execute_one.py"]) {
    parts.push(`${f}:${await sha256(await Deno.readFile(`${ROOT}/${f}`))}`);
  }
  return sha256(parts.join("\n"));
}

async function run(cmd: string, cmdArgs: string[], prefix: string): Promise<void> {
  const child = new Deno.Command(cmd, {
    args: cmdArgs,
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
    env: { JUPYTER_PATH: `${ROOT}/.venv/share/jupyter`, NO_COLOR: "1", PYTHONUNBUFFERED: "1" },
  }).spawn();
  const decoder = new TextDecoder();
  let stderr = "";
  const readOut = (async () => {
    let buf = "";
    for await (const chunk of child.stdout) {
      buf += decoder.decode(chunk, { stream: true });
      let i;
      while ((i = buf.indexOf("\n")) >= 0) {
        log(`${prefix} ${buf.slice(0, i)}`);
        buf = buf.slice(i + 1);
      }
    }
  })();
  const readErr = (async () => {
    for await (const chunk of child.stderr) stderr += decoder.decode(chunk, { stream: true });
  })();
  const status = await child.status;
  await Promise.all([readOut, readErr]);
  if (!status.success) {
    throw new Error(`${prefix} ${cmd} failed (exit ${status.code}):\n${stderr.slice(-3000)}`);
  }
}

interface Outcome {
  stem: string;
  /** problems seen on attempts that were then retried */
  retriedBecause?: string[];
  attempts: number;
  cached: boolean;
  seconds: number;
  problems: string[];
}

async function executeNotebook(
  path: string,
  label: string,
  sharedHash: string,
  maxRetries: number,
  noCache: boolean,
): Promise<Outcome> {
  const stem = path.split("/").pop()!.replace(/\.ipynb$/, "");
  const source = await Deno.readFile(path);
  const hash = await sha256(`${sharedHash}\n${await sha256(source)}`);
  const out = `${BUILD}/executed/${stem}.ipynb`;
  const hashFile = `${BUILD}/cache/${stem}.sha256`;
  const start = performance.now();
  if (!noCache) {
    try {
      if ((await Deno.readTextFile(hashFile)).trim() === hash) {
        Deno.statSync(out);
        log(`${label} ${stem}: unchanged, cached`);
        return { stem, attempts: 0, cached: true, seconds: 0, problems: [] };
      }
    } catch { /* not cached */ }
  }
  const tmp = `${BUILD}/tmp/${stem}.ipynb`;
  let problems: string[] = [];
  const retriedBecause: string[] = [];
  for (let attempt = 1; attempt <= 1 + maxRetries; attempt++) {
    log(`${label} ${stem}: executing${attempt > 1 ? ` (retry ${attempt - 1})` : ""}`);
    await run(PYTHON, ["tools/execute_one.py", path, tmp], `${label} ${stem}`);
    const nb: Notebook = JSON.parse(await Deno.readTextFile(tmp));
    problems = executedProblems(nb, `${stem}.ipynb`);
    const errors = problems.filter((p) => / raised | wrote to stderr/.test(p));
    if (problems.length === 0) {
      await Deno.rename(tmp, out);
      await Deno.writeTextFile(hashFile, hash + "\n");
      const seconds = (performance.now() - start) / 1000;
      log(`${label} ${stem}: ok in ${seconds.toFixed(1)}s (${attempt} attempt(s))`);
      return { stem, attempts: attempt, cached: false, seconds, problems, retriedBecause };
    }
    for (const p of problems) log(`${label} ${p}`);
    if (errors.length > 0) break; // a real error does not go away by retrying
    retriedBecause.push(...problems);
  }
  return {
    stem,
    attempts: -1,
    cached: false,
    seconds: (performance.now() - start) / 1000,
    problems,
  };
}

async function bundleAssets(): Promise<void> {
  await Deno.mkdir(`${BUILD}/assets`, { recursive: true });
  try {
    Deno.statSync(`${ROOT}/tools/bundle_sandbox.ts`);
  } catch {
    return;
  }
  log("bundling the sandbox (tools/bundle_sandbox.ts)");
  await run(`${ROOT}/node_modules/.bin/deno`, ["run", "-A", "tools/bundle_sandbox.ts"], "bundle");
}

async function main(): Promise<void> {
  for (const d of ["executed", "cache", "tmp"]) {
    await Deno.mkdir(`${BUILD}/${d}`, { recursive: true });
  }
  let notebooks = [...Deno.readDirSync(`${ROOT}/notebooks`)]
    .filter((e) => e.isFile && CHAPTER_FILE.test(e.name))
    .map((e) => `${ROOT}/notebooks/${e.name}`)
    .sort();
  const committed: string[] = [];
  for (const nb of notebooks) {
    committed.push(
      ...committedProblems(JSON.parse(await Deno.readTextFile(nb)), nb.split("/").pop()!),
    );
  }
  if (committed.length) {
    throw new Error(`committed notebooks are not clean:\n${committed.join("\n")}`);
  }
  if (args.only) {
    const want = args.only.split(",").map((s) => s.trim());
    // "09" selects 09-… only, not 09b-…; a full stem selects that file
    notebooks = notebooks.filter((p) => {
      const name = p.split("/").pop()!.replace(/\.ipynb$/, "");
      return want.some((w) => name.split("-")[0] === w || name === w);
    });
    if (notebooks.length === 0) throw new Error(`--only ${args.only} matches no notebook`);
  }
  await bundleAssets();
  const sharedHash = await sharedInputsHash();
  const jobs = Math.max(1, Number(args.jobs));
  const maxRetries = Math.max(0, Number(args.retries));
  log(`${notebooks.length} notebook(s), ${jobs} at a time`);
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < notebooks.length) {
      const i = next++;
      outcomes[i] = await executeNotebook(
        notebooks[i],
        `${i + 1}/${notebooks.length}`,
        sharedHash,
        maxRetries,
        args["no-cache"]!,
      );
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));

  const stats = {
    notebooks: outcomes.map(({ stem, attempts, cached, seconds }) => ({
      stem,
      attempts,
      cached,
      seconds: Math.round(seconds * 10) / 10,
    })),
    retries: outcomes.reduce((n, o) => n + Math.max(0, o.attempts - 1), 0),
  };
  await Deno.writeTextFile(`${BUILD}/book-stats.json`, JSON.stringify(stats, null, 2) + "\n");
  await Deno.writeTextFile(
    `${BUILD}/retries.log`,
    `${
      JSON.stringify({
        executed: outcomes.filter((o) => !o.cached).length,
        retries: stats.retries,
        retriedBecause: outcomes.flatMap((o) => o.retriedBecause ?? []),
        failed: outcomes.filter((o) => o.attempts < 0).map((o) => o.stem),
      })
    }\n`,
    { append: true },
  );
  const failed = outcomes.filter((o) => o.attempts < 0);
  if (failed.length) {
    throw new Error(
      `notebooks failed verification after retries:\n${
        failed.flatMap((o) => o.problems).join("\n")
      }`,
    );
  }
  log(`verified every cell's output (${stats.retries} retr${stats.retries === 1 ? "y" : "ies"})`);
  if (!args["no-site"] && !args.only) {
    const executed = [...Deno.readDirSync(`${BUILD}/executed`)]
      .filter((e) => CHAPTER_FILE.test(e.name))
      .map((e) => e.name)
      .filter((n) => notebooks.some((p) => p.endsWith(`/${n}`)))
      .sort();
    const figures = await exportFigures(`${BUILD}/executed`, executed, `${SITE}/figures`);
    log(`exported ${figures} figure(s) as SVG and PNG to site/figures/`);
    await writeSite({
      root: ROOT,
      executedDir: `${BUILD}/executed`,
      notebooks: executed,
      out: SITE,
      log,
    });
    // The teacher's answers stay out of the published site on purpose.
    const chapters = await loadExercises(new URL("../lib/exercises/", import.meta.url));
    await Deno.writeTextFile(`${BUILD}/answers.md`, answersMarkdown(chapters));
    const count = chapters.reduce((n, c) => n + c.exercises.length, 0);
    log(`wrote the teacher's answers (${count} exercises) to _build/answers.md`);
  }
  log(`done in ${elapsed()}`);
}

if (import.meta.main) {
  try {
    await main();
  } catch (e) {
    console.error(`[book] FAILED: ${e instanceof Error ? e.message : e}`);
    Deno.exit(1);
  }
}
