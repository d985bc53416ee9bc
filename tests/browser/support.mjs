// Shared pieces of the browser tests and benchmarks: where Chromium is and how to start it on
// a machine with no network, a JupyterLab server with the project's Deno kernel, and a
// "Run All" that survives Lab still wiring up its kernel session.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Debian's Chromium unless CHROMIUM names another Chromium or Chrome. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/**
 * Headless flags for a closed network: without the background-networking flags Chromium keeps
 * trying (and failing) to reach Google's services.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/**
 * Starts JupyterLab from the project venv on a free loopback port, with the project-local
 * kernelspecs (JUPYTER_PATH) and no update or news checks.
 *
 * @param {{ token: string, workspacesDir?: string }} options
 * @returns {Promise<{ lab: import("node:child_process").ChildProcess, base: string, token: string }>}
 */
export async function startLab({ token, workspacesDir }) {
  const port = await freePort();
  const args = [
    "lab",
    "--no-browser",
    `--port=${port}`,
    "--ip=127.0.0.1",
    "--allow-root",
    `--IdentityProvider.token=${token}`,
    `--ServerApp.root_dir=${ROOT}`,
    "--LabApp.news_url=",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
  ];
  if (workspacesDir) args.push(`--LabApp.workspaces_dir=${workspacesDir}`);
  const lab = spawn(join(ROOT, ".venv/bin/jupyter"), args, {
    cwd: ROOT,
    env: { ...process.env, JUPYTER_PATH: join(ROOT, ".venv/share/jupyter"), NO_COLOR: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  lab.stderr.on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${base}/api/kernelspecs?token=${token}`);
      if (r.ok) {
        const specs = await r.json();
        assert.ok(
          specs.kernelspecs.deno,
          `the project's deno kernelspec is registered (found ${Object.keys(specs.kernelspecs)})`,
        );
        return { lab, base, token };
      }
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  lab.kill();
  throw new Error(`JupyterLab did not start:\n${log.slice(-2000)}`);
}

/**
 * Waits for the Deno kernel to be idle, then Run → Run All Cells, asking again (up to three
 * times) when no cell starts: the first click can land while Lab is still wiring the session.
 *
 * @param {import("playwright-core").Page} page a page showing a notebook
 * @param {string} screenshotOnFailure where to save a screenshot if the kernel never idles
 */
export async function runAllCells(page, screenshotOnFailure) {
  await page.waitForSelector(".jp-StatusBar-Widget:has-text('Deno | Idle')", { timeout: 90000 })
    .catch(async (e) => {
      await page.screenshot({ path: screenshotOnFailure });
      throw e;
    });
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.locator(".jp-Notebook .jp-Cell").first().click();
    await page.click(".lm-MenuBar-item:has-text('Run')");
    await page.click(".lm-Menu-item[data-command='runmenu:run-all']");
    const started = await page.waitForFunction(
      () =>
        [...document.querySelectorAll(".jp-InputPrompt")].some((e) =>
          /\[(\*|\d+)\]/.test(e.textContent ?? "")
        ),
      undefined,
      { timeout: 15000 },
    ).then(() => true, () => false);
    if (started) return;
  }
  await page.screenshot({ path: screenshotOnFailure });
  assert.fail("Run All did not start any cell after three attempts");
}

/**
 * JupyterLab on a throwaway copy of one notebook (Lab autosaves, so the committed notebook,
 * which must stay without outputs, is never opened). Empties `work` and `artifacts`; copies
 * `notebooks/<notebook>` to `notebooks/<copy>` (beside the originals, so `../lib` resolves)
 * and the book build's executed notebook to `<work>/executed-<notebook>`; starts Lab (its
 * workspaces in `<work>/workspaces`) and headless Chromium. After the test: closes the browser,
 * stops Lab and removes the copy and Lab's checkpoint of it (the checkpoint folder may hold
 * other tests' checkpoints: it is left).
 *
 * @param {import("node:test").TestContext} t the test, for the clean-up
 * @param {{ notebook: string, copy: string, work: string, artifacts: string, token: string }} options
 * @returns {Promise<{ lab: import("node:child_process").ChildProcess, base: string, token: string, browser: import("playwright-core").Browser }>}
 */
export async function startLabOnCopy(t, { notebook, copy, work, artifacts, token }) {
  rmSync(work, { recursive: true, force: true });
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  mkdirSync(artifacts, { recursive: true });
  const fresh = join(ROOT, "notebooks", copy);
  copyFileSync(join(ROOT, "notebooks", notebook), fresh);
  copyFileSync(join(ROOT, "_build/executed", notebook), join(work, `executed-${notebook}`));
  const session = await startLab({ token, workspacesDir: join(work, "workspaces") });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  t.after(async () => {
    await browser.close();
    session.lab.kill();
    rmSync(fresh, { force: true });
    rmSync(
      join(ROOT, "notebooks/.ipynb_checkpoints", copy.replace(/\.ipynb$/, "-checkpoint.ipynb")),
      { force: true },
    );
  });
  return { ...session, browser };
}
