// Redraw time of the emergence sandbox per slider move, in headless Chromium, side by side
// with the kernel-side alternative (bench/sandbox_redraw_kernel.ts).
//
//   node bench/sandbox_redraw.mjs [PAGE.html]     (default: site/14-sandbox.html)
//
// 200 moves of the k slider (1 → 50 → 1 …), each an `input` event like a drag or arrow key,
// for each metric. Per move it records (a) the sandbox's own redraw time (sampling the curves
// + Plot + swapping the SVG in) and (b) the time from dispatching the event until style and
// layout are done (a forced layout read). Paint is not included. Medians, plus the 90th
// percentile. A benchmark, not a test: nothing is asserted; the goal is ≤ 16 ms per move.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/browser/support.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const page = resolve(
  process.argv[2] ?? process.env.SANDBOX_PAGE ?? join(ROOT, "site/14-sandbox.html"),
);
if (!existsSync(page)) {
  console.error(`no page ${page}: build the book (bash tools/run.sh book) or pass a page`);
  process.exit(2);
}
const MOVES = 200;

const userDir = mkdtempSync(join(tmpdir(), "sandbox-bench-"));
const context = await chromium.launchPersistentContext(userDir, {
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: 1100, height: 1000 },
});
const results = {};
try {
  const tab = await context.newPage();
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForSelector("[data-emergence-sandbox][data-mounted=true]");
  for (const metric of ["exact-match", "mean-loglik"]) {
    results[metric] = await tab.evaluate(async ({ metric, moves }) => {
      const h = globalThis.emergenceSandboxes[0];
      h.set({ k: 1, metric });
      const range = h.root.querySelector('input[type="range"][data-control="k"]');
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      // warm-up: 20 moves
      for (let i = 0; i < 20; i++) {
        range.value = String(1 + (i % 10));
        range.dispatchEvent(new Event("input", { bubbles: true }));
      }
      await frame();
      const before = h.redrawMs.length;
      const toLayout = [];
      let k = 1, dir = 1;
      for (let i = 0; i < moves; i++) {
        if (k + dir > 50 || k + dir < 1) dir = -dir;
        k += dir;
        const t0 = performance.now();
        range.value = String(k);
        range.dispatchEvent(new Event("input", { bubbles: true }));
        h.root.getBoundingClientRect();
        void h.root.offsetHeight; // forces style and layout
        toLayout.push(performance.now() - t0);
        await frame(); // let the browser paint between moves, as in a real drag
      }
      const redraw = h.redrawMs.slice(before);
      const q = (v, p) => {
        const s = [...v].sort((a, b) => a - b);
        return s[Math.min(s.length - 1, Math.floor(p * s.length))];
      };
      const med = (v) => {
        const s = [...v].sort((a, b) => a - b);
        const m = s.length >> 1;
        return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
      };
      return {
        moves: redraw.length,
        redrawMedianMs: med(redraw),
        redrawP90Ms: q(redraw, 0.9),
        toLayoutMedianMs: med(toLayout),
        toLayoutP90Ms: q(toLayout, 0.9),
      };
    }, { metric, moves: MOVES });
  }
} finally {
  await context.close();
  rmSync(userDir, { recursive: true, force: true });
}

const kernel = JSON.parse(
  execFileSync(join(ROOT, "node_modules/.bin/deno"), [
    "run",
    "-A",
    "bench/sandbox_redraw_kernel.ts",
  ], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: "1" },
  }).toString().trim().split("\n").pop(),
).kernelSvgMedianMs;

const f = (x) => x.toFixed(2);
console.log(`sandbox redraw per slider move, ${MOVES} moves of k, median (p90), ms; page ${page}`);
console.log(
  "| metric | browser redraw | browser event → layout | kernel SVG render (alternative) | kernel / browser-to-layout |",
);
console.log("|---|---|---|---|---|");
for (const m of Object.keys(results)) {
  const r = results[m];
  console.log(
    `| ${m} | ${f(r.redrawMedianMs)} (${f(r.redrawP90Ms)}) | ${f(r.toLayoutMedianMs)} (${
      f(r.toLayoutP90Ms)
    }) | ${f(kernel[m])} | ${(kernel[m] / r.toLayoutMedianMs).toFixed(1)}× |`,
  );
}
mkdirSync(join(ROOT, "bench/out"), { recursive: true });
writeFileSync(
  join(ROOT, "bench/out/sandbox_redraw.json"),
  JSON.stringify({ page, moves: MOVES, browser: results, kernelSvgMedianMs: kernel }, null, 2),
);
