// How long a reader waits in JupyterLab: for every chapter, a fresh Deno kernel's start until
// it is idle, then Run All (every code cell in order, until the kernel is idle again). The
// kernel is driven the way Lab drives it (jupyter_client, kernel started in notebooks/), by
// bench/lab_runall.py; outputs are received but not rendered.
//
//   node bench/lab_runall.mjs                 every chapter
//   node bench/lab_runall.mjs 02 14           some chapters
//   node bench/lab_runall.mjs --json out.json also write the rows as JSON
//
// Prints a Markdown table with the machine's load average before and after (other processes
// slow both numbers down; compare runs made under similar load).
import { spawn } from "node:child_process";
import { cpus } from "node:os";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../tests/browser/support.mjs";

const args = process.argv.slice(2);
const jsonAt = args.indexOf("--json");
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const wanted = args;
const notebooks = readdirSync(join(ROOT, "notebooks"))
  .filter((n) => /^\d\d[a-z]?-.*\.ipynb$/.test(n))
  .filter((n) => wanted.length === 0 || wanted.includes(n.slice(0, 2)))
  .sort();
if (notebooks.length === 0) throw new Error(`no notebook matches ${wanted.join(" ")}`);

const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const loadBefore = load();
const rows = [];
await new Promise((resolve, reject) => {
  const py = spawn(
    join(ROOT, ".venv/bin/python"),
    [join(ROOT, "bench/lab_runall.py"), ...notebooks.map((n) => join(ROOT, "notebooks", n))],
    {
      cwd: ROOT,
      env: { ...process.env, JUPYTER_PATH: join(ROOT, ".venv/share/jupyter"), NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let buf = "";
  py.stdout.on("data", (d) => {
    buf += d;
    let nl;
    while ((nl = buf.indexOf("\n")) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (!line.trim()) continue;
      const row = JSON.parse(line);
      row.load = load();
      rows.push(row);
      process.stderr.write(
        `${row.notebook}: start ${row.start_s.toFixed(2)} s, Run All ${
          row.run_all_s.toFixed(2)
        } s\n`,
      );
    }
  });
  py.on("error", reject);
  py.on(
    "exit",
    (code) => (code === 0 ? resolve() : reject(new Error(`lab_runall.py exited ${code}`))),
  );
});
const loadAfter = load();

const f = (x) => x.toFixed(2);
/** The largest value of one field over the rows (no spread: safe for any number of rows). */
const largest = (rows, key) => rows.reduce((m, r) => Math.max(m, r[key]), -Infinity);

const lines = [
  `Kernel start to idle and Run All per chapter (${cpus().length} CPUs; load average ${loadBefore} before, ${loadAfter} after)`,
  "",
  "| chapter | kernel start (s) | Run All (s) | kernel CPU: start / Run All (s) | code cells | slowest cell (s) | load (1/5/15 min) | errors |",
  "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
  ...rows.map((r) =>
    `| ${r.notebook.replace(/\.ipynb$/, "")} | ${f(r.start_s)} | ${f(r.run_all_s)} | ${
      f(r.start_cpu_s)
    } / ${f(r.run_all_cpu_s)} | ${r.cells} | ${
      f(r.slowest_s)
    } (cell ${r.slowest_cell}) | ${r.load} | ${r.errors.length ? r.errors.join("; ") : "none"} |`
  ),
  "",
  `max kernel start ${f(largest(rows, "start_s"))} s, max Run All ${
    f(largest(rows, "run_all_s"))
  } s; max kernel CPU for Run All ${f(largest(rows, "run_all_cpu_s"))} s`,
  "(kernel CPU: user + system time of the kernel process, which grows much less with the load than wall-clock time)",
];
console.log(lines.join("\n"));
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ loadBefore, loadAfter, rows }, null, 1) + "\n");
}
if (rows.some((r) => r.errors.length)) process.exitCode = 1;
