/**
 * Builds the book: executes every notebook headless with the Deno kernel, verifies that every
 * cell produced what it should (retrying when the kernel dropped an output), exports figures
 * as SVG and PNG, and writes the static site.
 *
 *   deno run -A tools/book.ts [--only NN[,NN]] [--no-cache] [--jobs 2] [--retries 3]
 *                             [--timeout 60] [--no-wait] [--no-site]
 *
 * A cell that fails (an exception, a syntax error, longer than `--timeout` seconds, default 60
 * or `EMERGENCE_CELL_TIMEOUT`, or a kernel that exits) fails its notebook at once, with one line
 * naming the notebook and the cell as the progress lines number it; it is not retried.
 *
 * Cache: an unchanged notebook reuses its executed copy from `_build/executed/`. The key covers
 * the notebook with its outputs stripped (outputs saved by JupyterLab change nothing) and every
 * file a notebook can read: {@link INPUT_DIRS} and {@link INPUT_FILES}. A cached copy is served
 * only if its bytes still hash to what the build wrote and its outputs pass the output check.
 *
 * One build at a time: `_build/.lock` (a second build waits, naming the process that holds it).
 * The site is written to `_build/site.partial` and moved into place when complete, so an
 * interrupted build never leaves a half-written site and pages of removed notebooks go.
 * Executors and kernels end with the build, however it ends (see tools/execute_one.py).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import {
  cellText,
  CHAPTER_FILE,
  committedProblems,
  executedProblems,
  type Notebook,
  type NotebookCell,
} from "../lib/book/notebook.ts";
import { writeSite } from "./site.ts";
import { exportFigures } from "./figures.ts";
import { answersMarkdown, loadExercises } from "./answers.ts";
import { parseNotebook, readNotebook, strippedNotebook } from "./nbtext.ts";
import { whereTheBookIs } from "./site/where.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");
const REAL_ROOT = Deno.realPathSync(ROOT);
const BUILD = `${ROOT}/_build`;
const SITE = `${ROOT}/site`;
const PYTHON = `${ROOT}/.venv/bin/python`;

/**
 * Folders whose files a notebook may read (imports from lib/, data from data/, the glossary's
 * entries and the bibliography keys they cite from book/, example result files from
 * tests/fixtures/, the sandbox bundle from _build/assets/). Every file in them is in the cache
 * key; a notebook that reads a file elsewhere must add its folder here.
 */
export const INPUT_DIRS = [
  "lib",
  "data",
  "book/glossary",
  "book/references",
  "tests/fixtures",
  "_build/assets",
];
/** Single files in the cache key: import map, npm lock file, and the executor. */
export const INPUT_FILES = ["deno.json", "package-lock.json", "tools/execute_one.py"];

const { values: args } = parseArgs({
  args: Deno.args,
  options: {
    only: { type: "string" },
    "no-cache": { type: "boolean", default: false },
    jobs: { type: "string", default: "2" },
    retries: { type: "string", default: "3" },
    timeout: { type: "string" },
    "no-site": { type: "boolean", default: false },
    "no-wait": { type: "boolean", default: false },
  },
});

const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)}s`;
const log = (s: string) => console.log(`[book ${elapsed().padStart(6)}] ${s}`);

function positiveNumber(value: string, where: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    throw new Error(`${where} must be a positive number, got "${value}"`);
  }
  return n;
}

async function sha256(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest("SHA-256", bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Files under `dir`, sorted, following symbolic links. */
function* walk(dir: string): Generator<string> {
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(dir)];
  } catch {
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    const p = `${dir}/${e.name}`;
    const info = e.isSymlink ? Deno.statSync(p) : e;
    if (info.isDirectory) yield* walk(p);
    else if (info.isFile) yield p;
  }
}

/** Hash of everything a notebook's execution can depend on besides the notebook itself. */
async function sharedInputsHash(): Promise<string> {
  const parts: string[] = [];
  for (const dir of INPUT_DIRS) {
    for (const f of walk(`${ROOT}/${dir}`)) {
      parts.push(`${f.slice(ROOT.length)}:${await sha256(await Deno.readFile(f))}`);
    }
  }
  for (const f of INPUT_FILES) {
    parts.push(`${f}:${await sha256(await Deno.readFile(`${ROOT}/${f}`))}`);
  }
  return sha256(parts.join("\n"));
}

/**
 * Files inside the project that a kernel read (Deno's permission audit log, written because
 * the executor's environment sets `DENO_AUDIT_PERMISSIONS`) and that the cache key does not
 * cover. node_modules/ is covered by package-lock.json; the notebooks by their own hash.
 */
async function uncoveredReads(auditFile: string): Promise<string[]> {
  let text: string;
  try {
    text = await Deno.readTextFile(auditFile);
  } catch {
    return []; // a Deno without the audit log: nothing to check
  }
  const covered = [...INPUT_DIRS, "node_modules", "notebooks"].map((d) => `${d}/`);
  const found = new Set<string>();
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    let entry: { permission?: string; value?: string | null };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (entry.permission !== "read" || typeof entry.value !== "string") continue;
    const value = entry.value.startsWith("file:")
      ? fileURLToPath(entry.value)
      : resolve(`${ROOT}/notebooks`, entry.value); // the kernel runs in notebooks/
    const root = [ROOT, REAL_ROOT].find((r) => value.startsWith(`${r}/`));
    if (!root) continue;
    const rel = value.slice(root.length + 1);
    if (INPUT_FILES.includes(rel) || covered.some((d) => rel.startsWith(d))) continue;
    try {
      if (Deno.statSync(value).isDirectory) continue;
    } catch { /* gone: still a read outside the key */ }
    found.add(rel);
  }
  return [...found].sort();
}

/** Running child processes, ended when the build ends early. */
const children = new Set<Deno.ChildProcess>();

function stopChildren(): void {
  for (const c of children) {
    try {
      c.kill("SIGTERM");
    } catch { /* already gone */ }
  }
}

interface RunResult {
  code: number;
  stderr: string;
  /** the executor's "FAILED …" line, without the word */
  failed?: string;
}

async function run(
  cmd: string,
  cmdArgs: string[],
  prefix: string,
  env: Record<string, string> = {},
): Promise<RunResult> {
  const child = new Deno.Command(cmd, {
    args: cmdArgs,
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
    env: {
      JUPYTER_PATH: `${ROOT}/.venv/share/jupyter`,
      JUPYTER_RUNTIME_DIR: `${BUILD}/run`,
      EMERGENCE_BUILD_PID: String(Deno.pid),
      NO_COLOR: "1",
      PYTHONUNBUFFERED: "1",
      ...env,
    },
  }).spawn();
  children.add(child);
  const decoder = new TextDecoder();
  let stderr = "";
  let failed: string | undefined;
  const readOut = (async () => {
    let buf = "";
    for await (const chunk of child.stdout) {
      buf += decoder.decode(chunk, { stream: true });
      let i;
      while ((i = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (line.startsWith("FAILED ")) failed = line.slice("FAILED ".length);
        else log(`${prefix} ${line}`);
      }
    }
  })();
  const readErr = (async () => {
    for await (const chunk of child.stderr) stderr += decoder.decode(chunk, { stream: true });
  })();
  const status = await child.status;
  children.delete(child);
  await Promise.all([readOut, readErr]);
  return { code: status.code, stderr, failed };
}

async function runOrThrow(cmd: string, cmdArgs: string[], prefix: string): Promise<void> {
  const r = await run(cmd, cmdArgs, prefix);
  if (r.code !== 0) {
    throw new Error(`${prefix} ${cmd} failed (exit ${r.code}):\n${r.stderr.slice(-3000)}`);
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

/** What the build knows about one notebook before executing it. */
interface Source {
  path: string;
  stem: string;
  /** the notebook as committed (outputs stripped) */
  nb: Notebook;
  /** hash of the stripped notebook and every shared input */
  key: string;
}

/** The cache record of one executed notebook. */
interface CacheRecord {
  /** {@link Source.key} of the inputs it was built from */
  inputs: string;
  /** SHA-256 of the executed copy's bytes as the build wrote them */
  executed: string;
}

const cacheRecordPath = (stem: string) => `${BUILD}/cache/${stem}.json`;
const executedPath = (stem: string) => `${BUILD}/executed/${stem}.ipynb`;

/** Renumbers "NAME: cell 7 …" (all cells) as "NAME: cell 3/5 …" (code cells, as progress lines do). */
function codeCellLabels(problems: string[], cells: NotebookCell[]): string[] {
  const code = cells.flatMap((c, i) => c.cell_type === "code" ? [i + 1] : []);
  return problems.map((p) =>
    p.replace(/^(\S+\.ipynb: cell )(\d+)\b/, (m, pre: string, n: string) => {
      const k = code.indexOf(Number(n));
      return k < 0 ? m : `${pre}${k + 1}/${code.length}`;
    })
  );
}

/**
 * Why the cached executed copy of `src` cannot be served, or undefined when it can: the record
 * must match the inputs, the file its recorded hash, the cells the notebook's sources, and every
 * output must pass the output check.
 */
async function cacheMiss(src: Source): Promise<string | undefined> {
  let record: CacheRecord;
  try {
    record = JSON.parse(await Deno.readTextFile(cacheRecordPath(src.stem)));
  } catch {
    return "not built before";
  }
  if (record.inputs !== src.key) return "inputs changed";
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(executedPath(src.stem));
  } catch {
    return "executed copy missing";
  }
  if (await sha256(bytes) !== record.executed) return "executed copy changed since it was built";
  const name = `${src.stem}.ipynb`;
  let nb: Notebook;
  try {
    nb = parseNotebook(new TextDecoder().decode(bytes), name);
  } catch (e) {
    return (e as Error).message;
  }
  const sources = (n: Notebook) =>
    JSON.stringify(
      n.cells.map((c) => [c.cell_type, Array.isArray(c.source) ? c.source.join("") : c.source]),
    );
  if (sources(nb) !== sources(src.nb)) return "executed copy's cells differ from the notebook";
  const problems = executedProblems(nb, name);
  if (problems.length) return `executed copy fails the output check: ${problems[0]}`;
  return undefined;
}

/**
 * The Deno kernel answers a cell that does not parse with "Error: Execution failed" and no
 * error output; esbuild (already installed for the sandbox bundle) finds the syntax error.
 */
async function explainSilentError(failed: string, src: Source): Promise<string> {
  const m = /^cell (\d+)\/\d+: /.exec(failed);
  const cell = m && src.nb.cells.filter((c) => c.cell_type === "code")[Number(m[1]) - 1];
  if (!m || !cell) return failed;
  try {
    const child = new Deno.Command(`${ROOT}/node_modules/.bin/esbuild`, {
      args: ["--loader=ts", "--log-level=error", "--color=false"],
      stdin: "piped",
      stdout: "null",
      stderr: "piped",
    }).spawn();
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(cellText(cell)));
    await writer.close();
    const r = await child.output();
    const text = new TextDecoder().decode(r.stderr);
    const what = /\[ERROR\] (.+)/.exec(text)?.[1];
    const where = /<stdin>:(\d+):(\d+)/.exec(text);
    if (!what) return failed;
    return `${m[0]}SyntaxError: ${what}${where ? ` (line ${where[1]}, column ${where[2]})` : ""}`;
  } catch {
    return failed;
  }
}

async function executeNotebook(
  src: Source,
  label: string,
  maxRetries: number,
  noCache: boolean,
  timeout: number,
): Promise<Outcome> {
  const { stem, path } = src;
  const name = `${stem}.ipynb`;
  const start = performance.now();
  if (!noCache) {
    const miss = await cacheMiss(src);
    if (miss === undefined) {
      log(`${label} ${stem}: unchanged, cached`);
      return { stem, attempts: 0, cached: true, seconds: 0, problems: [] };
    }
    if (!/^(not built before|inputs changed)$/.test(miss)) {
      log(`${label} ${stem}: cached copy not used (${miss})`);
    }
  }
  // Whatever happens next, the old executed copy no longer matches: drop its record first.
  await Deno.remove(cacheRecordPath(stem)).catch(() => {});
  const tmp = `${BUILD}/tmp/${stem}.ipynb`;
  let problems: string[] = [];
  const retriedBecause: string[] = [];
  for (let attempt = 1; attempt <= 1 + maxRetries; attempt++) {
    log(`${label} ${stem}: executing${attempt > 1 ? ` (retry ${attempt - 1})` : ""}`);
    await Deno.remove(tmp).catch(() => {});
    const audit = `${BUILD}/tmp/${stem}.reads.jsonl`;
    await Deno.remove(audit).catch(() => {});
    const r = await run(
      PYTHON,
      ["tools/execute_one.py", path, tmp, "--timeout", String(timeout)],
      `${label} ${stem}`,
      { DENO_AUDIT_PERMISSIONS: audit },
    );
    if (r.failed?.endsWith("(no error output)")) r.failed = await explainSilentError(r.failed, src);
    if (r.code !== 0) {
      const last = r.stderr.trim().split("\n").filter((l) => !/^Warning "deno jupyter"/.test(l))
        .pop();
      problems = [
        `${name}: ${
          r.failed ?? `the executor failed (exit ${r.code})${last ? `: ${last.slice(0, 300)}` : ""}`
        }`,
      ];
      log(`${label} ${problems[0]}`);
      break; // a failed cell does not go away by retrying
    }
    const uncovered = await uncoveredReads(audit);
    await Deno.remove(audit).catch(() => {});
    if (uncovered.length) {
      problems = [
        `${name}: reads ${uncovered.slice(0, 3).join(", ")}${
          uncovered.length > 3 ? ` and ${uncovered.length - 3} more` : ""
        }, outside the cache key (add the folder to INPUT_DIRS in tools/book.ts)`,
      ];
      log(`${label} ${problems[0]}`);
      break;
    }
    const nb = await readNotebook(tmp, name);
    problems = codeCellLabels(executedProblems(nb, name), nb.cells);
    const errors = problems.filter((p) => / raised | wrote to stderr/.test(p));
    if (problems.length === 0) {
      const bytes = await Deno.readFile(tmp);
      await Deno.rename(tmp, executedPath(stem));
      const record: CacheRecord = { inputs: src.key, executed: await sha256(bytes) };
      await Deno.writeTextFile(`${cacheRecordPath(stem)}.tmp`, JSON.stringify(record) + "\n");
      await Deno.rename(`${cacheRecordPath(stem)}.tmp`, cacheRecordPath(stem));
      const seconds = (performance.now() - start) / 1000;
      log(`${label} ${stem}: ok in ${seconds.toFixed(1)}s (${attempt} attempt(s))`);
      return { stem, attempts: attempt, cached: false, seconds, problems, retriedBecause };
    }
    for (const p of problems) log(`${label} ${p}`);
    if (errors.length > 0) break; // a real error does not go away by retrying
    retriedBecause.push(...problems);
  }
  await Deno.remove(tmp).catch(() => {});
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
  await runOrThrow(
    `${ROOT}/node_modules/.bin/deno`,
    ["run", "-A", "tools/bundle_sandbox.ts"],
    "bundle",
  );
}

/**
 * Takes `_build/.lock` (an advisory lock the system releases when this process ends, however
 * it ends); waits while another build holds it, or fails naming that build's process.
 */
async function takeLock(noWait: boolean): Promise<Deno.FsFile> {
  await Deno.mkdir(BUILD, { recursive: true });
  const path = `${BUILD}/.lock`;
  const file = await Deno.open(path, { read: true, write: true, create: true });
  if (!(await file.tryLock(true))) {
    const holder = (await Deno.readTextFile(path).catch(() => "")).trim();
    const who = holder ? `the build in process ${holder}` : "another build";
    if (noWait) throw new Error(`${who} holds ${path}; wait for it or end it`);
    log(`waiting for ${who} to finish (it holds _build/.lock)`);
    await file.lock(true);
  }
  await file.truncate(0);
  await file.seek(0, Deno.SeekMode.Start);
  await file.write(new TextEncoder().encode(`${Deno.pid}\n`));
  return file;
}

/** Removes what an interrupted build left: temporary files, connection files, a staged site. */
async function cleanLeftovers(): Promise<void> {
  for (const d of ["tmp", "run", "site.partial"]) {
    await Deno.remove(`${BUILD}/${d}`, { recursive: true }).catch(() => {});
  }
  try {
    Deno.statSync(SITE);
  } catch {
    // interrupted between moving the old site away and the new one in: put the old one back
    await Deno.rename(`${BUILD}/site.old`, SITE).catch(() => {});
  }
  await Deno.remove(`${BUILD}/site.old`, { recursive: true }).catch(() => {});
}

/** Reads every notebook; one message per file that cannot be built. */
async function readSources(paths: string[], sharedHash: string): Promise<Source[]> {
  const problems: string[] = [];
  const sources: Source[] = [];
  for (const path of paths) {
    const file = path.split("/").pop()!;
    try {
      const read = await readNotebook(path, `notebooks/${file}`);
      const nb = strippedNotebook(read);
      if (JSON.stringify(nb) !== JSON.stringify(read)) {
        log(`notebooks/${file}: outputs in the working copy are ignored`);
      }
      problems.push(...committedProblems(nb, `notebooks/${file}`));
      const key = await sha256(`${sharedHash}\n${JSON.stringify(nb)}`);
      sources.push({ path, stem: file.replace(/\.ipynb$/, ""), nb, key });
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  if (problems.length) {
    throw new Error(`${problems.length} notebook problem(s):\n${problems.join("\n")}`);
  }
  return sources;
}

async function main(): Promise<void> {
  const timeout = positiveNumber(
    args.timeout ?? Deno.env.get("EMERGENCE_CELL_TIMEOUT") ?? "60",
    args.timeout ? "--timeout" : "EMERGENCE_CELL_TIMEOUT",
  );
  const jobs = Math.max(1, positiveNumber(args.jobs!, "--jobs"));
  const maxRetries = Number(args.retries);
  if (!Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new Error(`--retries must be a whole number of at least 0, got "${args.retries}"`);
  }
  await takeLock(args["no-wait"]!);
  await cleanLeftovers();
  for (const d of ["executed", "cache", "tmp", "run"]) {
    await Deno.mkdir(`${BUILD}/${d}`, { recursive: true });
  }
  let notebooks = [...Deno.readDirSync(`${ROOT}/notebooks`)]
    .filter((e) => e.isFile && CHAPTER_FILE.test(e.name))
    .map((e) => `${ROOT}/notebooks/${e.name}`)
    .sort();
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
  const sources = await readSources(notebooks, await sharedInputsHash());
  log(`${sources.length} notebook(s), ${jobs} at a time`);
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      outcomes[i] = await executeNotebook(
        sources[i],
        `${i + 1}/${sources.length}`,
        maxRetries,
        args["no-cache"]!,
        timeout,
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
      `${failed.length} of ${outcomes.length} notebook(s) failed:\n${
        failed.map((o) => o.problems.join("; ")).join("\n")
      }`,
    );
  }
  log(`verified every cell's output (${stats.retries} retr${stats.retries === 1 ? "y" : "ies"})`);
  if (!args["no-site"] && !args.only) {
    // Executed copies and cache records of notebooks that no longer exist.
    for (const e of Deno.readDirSync(`${BUILD}/executed`)) {
      if (!sources.some((s) => `${s.stem}.ipynb` === e.name)) {
        await Deno.remove(`${BUILD}/executed/${e.name}`).catch(() => {});
        await Deno.remove(cacheRecordPath(e.name.replace(/\.ipynb$/, ""))).catch(() => {});
      }
    }
    const executed = sources.map((s) => `${s.stem}.ipynb`);
    const staging = `${BUILD}/site.partial`;
    const figures = await exportFigures(`${BUILD}/executed`, executed, `${staging}/figures`);
    log(`exported ${figures} figure(s) as SVG and PNG to site/figures/`);
    await writeSite({
      root: ROOT,
      executedDir: `${BUILD}/executed`,
      notebooks: executed,
      out: staging,
      log,
    });
    // The teacher's answers stay out of the published site on purpose.
    const chapters = await loadExercises(new URL("../", import.meta.url));
    await Deno.writeTextFile(`${BUILD}/answers.md.tmp`, answersMarkdown(chapters));
    await Deno.rename(`${BUILD}/answers.md.tmp`, `${BUILD}/answers.md`);
    const count = chapters.reduce((n, c) => n + c.exercises.length, 0);
    log(`wrote the teacher's answers (${count} exercises) to _build/answers.md`);
    await Deno.rename(SITE, `${BUILD}/site.old`).catch((e) => {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    });
    await Deno.rename(staging, SITE);
    await Deno.remove(`${BUILD}/site.old`, { recursive: true }).catch(() => {});
    log("moved the new site into place (site/)");
  }
  log(`done in ${elapsed()}`);
  if (!args["no-site"] && !args.only) {
    for (const line of whereTheBookIs(SITE, `${BUILD}/executed`)) console.log(line);
  }
}

if (import.meta.main) {
  const stop = (signal: Deno.Signal, code: number) => () => {
    stopChildren();
    console.error(`[book] FAILED: stopped by ${signal}`);
    Deno.exit(code);
  };
  Deno.addSignalListener("SIGINT", stop("SIGINT", 130));
  Deno.addSignalListener("SIGTERM", stop("SIGTERM", 143));
  Deno.addSignalListener("SIGHUP", stop("SIGHUP", 129));
  let code = 0;
  try {
    await main();
  } catch (e) {
    stopChildren();
    console.error(`[book] FAILED: ${e instanceof Error ? e.message : e}`);
    code = 1;
  }
  Deno.exit(code);
}
