/**
 * Importer benchmark: an lm-evaluation-harness results file of about 200 MB with Python's
 * `NaN` tokens (a synthetic file: 200 tasks of results plus a bulky section of logged samples,
 * see `tests/lmeval/big_file.ts`), read three ways, each in a fresh process:
 *
 * 1. this project's `loadLmEval` (one pass over the text; NaN read in place; only the parts it
 *    reports are built),
 * 2. Python's `json.load`, which accepts NaN natively, followed by the same look-ups,
 * 3. the naive approach: rewrite NaN/Infinity to null character by character into a new
 *    string, then `JSON.parse` the whole document. It needs memory many times the file
 *    size, so by default it runs on a 20 MB file (and the importer is timed on that file too,
 *    for a like-for-like ratio); `--old-size=200e6` runs it at full size.
 *
 * Usage: `deno run -A bench/lmeval_import.ts [--size=200e6] [--old-size=20e6] [--repeats=3]`
 * (Python from `$BENCH_PYTHON`, default `.venv/bin/python`). Times are measured inside each
 * process around the parse (start-up excluded), median of the repeats; peak memory is the
 * process's peak resident set size (`VmHWM` from `/proc/self/status`, for Python too: its
 * `ru_maxrss` would carry over the parent's), which includes the text itself. Every run must report the same accuracy for one task, so a fast wrong answer
 * cannot win.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { bigResultsText } from "../tests/lmeval/big_file.ts";
import { maxOf } from "../lib/math/extent.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PY = Deno.env.get("BENCH_PYTHON") ?? join(ROOT, ".venv", "bin", "python");
const RESULTS_TS = join(ROOT, "lib", "data", "lmeval_results.ts");

function arg(name: string, fallback: number): number {
  const hit = Deno.args.find((a) => a.startsWith(`--${name}=`));
  const v = hit ? Number(hit.slice(name.length + 3)) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}

const SIZE = arg("size", 200e6);
const OLD_SIZE = arg("old-size", 20e6);
const REPEATS = Math.round(arg("repeats", 3));

/** One measured run: seconds, peak RSS in MB, and the checked value. */
interface Run {
  seconds: number;
  peakMb: number;
  acc: number;
}

const NEW_SCRIPT = (file: string) => `
  const { loadLmEval, getMetric } = await import(${JSON.stringify(RESULTS_TS)});
  const t = performance.now();
  const r = await loadLmEval(${JSON.stringify(file)});
  const acc = getMetric(r, "task_3", "acc").value;
  const seconds = (performance.now() - t) / 1000;
  const hwm = /VmHWM:\\s+(\\d+) kB/.exec(Deno.readTextFileSync("/proc/self/status"));
  console.log(JSON.stringify({ seconds, peakMb: Number(hwm[1]) / 1024, acc }));
`;

// The naive importer: a character-by-character rewrite, then JSON.parse of everything.
const OLD_SCRIPT = (file: string) => `
  function sanitizePythonJson(text) {
    let out = "";
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        out += c;
        if (c === "\\\\") out += text[++i] ?? "";
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') { inString = true; out += c; continue; }
      const rest = text.slice(i, i + 9);
      if (rest.startsWith("NaN")) { out += "null"; i += 2; }
      else if (rest.startsWith("-Infinity")) { out += "null"; i += 8; }
      else if (rest.startsWith("Infinity")) { out += "null"; i += 7; }
      else out += c;
    }
    return out;
  }
  const t = performance.now();
  const text = await Deno.readTextFile(${JSON.stringify(file)});
  let doc;
  try { doc = JSON.parse(text); } catch { doc = JSON.parse(sanitizePythonJson(text)); }
  const acc = doc.results.task_3["acc,none"];
  const seconds = (performance.now() - t) / 1000;
  const hwm = /VmHWM:\\s+(\\d+) kB/.exec(Deno.readTextFileSync("/proc/self/status"));
  console.log(JSON.stringify({ seconds, peakMb: Number(hwm[1]) / 1024, acc }));
`;

const PY_SCRIPT = `
import json, re, sys, time
t = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
acc = doc["results"]["task_3"]["acc,none"]
seconds = time.perf_counter() - t
hwm = int(re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read()).group(1))
print(json.dumps({"seconds": seconds, "peakMb": hwm / 1024, "acc": acc}))
`;

async function run(cmd: string, args: string[]): Promise<Run | string> {
  const out = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  if (!out.success) {
    const err = new TextDecoder().decode(out.stderr).trim().split("\n").slice(-1)[0];
    return `failed (${err.slice(0, 100)})`;
  }
  return JSON.parse(new TextDecoder().decode(out.stdout));
}

async function measure(
  name: string,
  cmd: string,
  args: (file: string) => string[],
  file: string,
  repeats: number,
): Promise<{ name: string; seconds: number; peakMb: number } | { name: string; error: string }> {
  const runs: Run[] = [];
  for (let i = 0; i < repeats; i++) {
    const r = await run(cmd, args(file));
    if (typeof r === "string") return { name, error: r };
    if (r.acc !== 0.111) return { name, error: `wrong answer ${r.acc}` };
    runs.push(r);
  }
  const secs = runs.map((r) => r.seconds).sort((a, b) => a - b);
  return {
    name,
    seconds: secs[secs.length >> 1],
    peakMb: maxOf(runs.map((r) => r.peakMb)),
  };
}

const deno = Deno.execPath();
const dir = await Deno.makeTempDir({ prefix: "lmeval-bench-" });
try {
  const big = join(dir, "results-big.json");
  const small = join(dir, "results-small.json");
  await Deno.writeTextFile(big, bigResultsText(SIZE));
  await Deno.writeTextFile(small, bigResultsText(OLD_SIZE));
  const mb = async (f: string) => ((await Deno.stat(f)).size / 1e6).toFixed(0);
  const rows: string[][] = [];
  const table = async (file: string, entries: [string, string, (f: string) => string[]][]) => {
    const results = [];
    for (const [name, cmd, args] of entries) {
      results.push(await measure(name, cmd, args, file, REPEATS));
    }
    const base = results[0];
    for (const r of results) {
      if ("error" in r) {
        rows.push([await mb(file), r.name, r.error, "", "", ""]);
        continue;
      }
      const ok = !("error" in base);
      rows.push([
        await mb(file),
        r.name,
        r.seconds.toFixed(2),
        r.peakMb.toFixed(0),
        ok ? (r.seconds / (base as { seconds: number }).seconds).toFixed(2) : "",
        ok ? (r.peakMb / (base as { peakMb: number }).peakMb).toFixed(2) : "",
      ]);
    }
  };
  const denoNew = (f: string) => ["eval", NEW_SCRIPT(f)];
  const denoOld = (f: string) => ["eval", OLD_SCRIPT(f)];
  const python = (f: string) => ["-c", PY_SCRIPT, f];
  await table(big, [["loadLmEval (this book)", deno, denoNew], ["Python json.load", PY, python]]);
  await table(small, [
    ["loadLmEval (this book)", deno, denoNew],
    ["Python json.load", PY, python],
    ["rewrite + JSON.parse (naive)", deno, denoOld],
  ]);
  console.log(
    `lm-eval results import, median of ${REPEATS} runs; ratios are relative to loadLmEval ` +
      `on the same file (${navigator.hardwareConcurrency} logical CPUs)\n`,
  );
  console.log("| file MB | importer | time s | peak RSS MB | time ratio | memory ratio |");
  console.log("|--------:|----------|-------:|------------:|-----------:|-------------:|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
} finally {
  await Deno.remove(dir, { recursive: true });
}
