// JupyterLab for real: start Lab with the project's Deno kernel, open the starter chapter in
// headless Chromium, Run All, and check that the table, the chart and the self-check verdict
// render. Then open an executed copy from the book build (untrusted, as a reader who downloads
// it would) and check its chart still shows (the PNG fallback; untrusted SVG would not).
//
//   node --test tests/browser/lab.test.mjs
//
// Screenshots go to test-artifacts/lab/. Needs the book built (executed copies in _build/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ARTIFACTS = join(ROOT, "test-artifacts/lab");
const WORK = join(ROOT, "_build/lab-test");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const STARTER = "00-how-this-book-runs.ipynb";

function freePort() {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function startLab() {
  const port = await freePort();
  const token = "emergence-test-token";
  const lab = spawn(
    join(ROOT, ".venv/bin/jupyter"),
    [
      "lab",
      "--no-browser",
      `--port=${port}`,
      "--ip=127.0.0.1",
      "--allow-root",
      `--IdentityProvider.token=${token}`,
      `--ServerApp.root_dir=${ROOT}`,
      "--LabApp.news_url=",
      "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ],
    {
      cwd: ROOT,
      env: { ...process.env, JUPYTER_PATH: join(ROOT, ".venv/share/jupyter"), NO_COLOR: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
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
          `the deno kernelspec is registered: ${JSON.stringify(Object.keys(specs.kernelspecs))}`,
        );
        assert.match(
          specs.kernelspecs.deno.resources ? JSON.stringify(specs.kernelspecs.deno) : "",
          /deno/,
        );
        return { lab, base, token, log: () => log };
      }
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  lab.kill();
  throw new Error(`JupyterLab did not start:\n${log.slice(-2000)}`);
}

async function openNotebook(browser, base, token, path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
  await page.goto(`${base}/lab/tree/${path}?token=${token}`);
  await page.waitForSelector(".jp-Notebook", { timeout: 60000 });
  return page;
}

test("JupyterLab: Run All shows every output of the starter chapter; executed copies render", async (t) => {
  for (const need of [".venv/bin/jupyter", `_build/executed/${STARTER}`]) {
    assert.ok(existsSync(join(ROOT, need)), `${need} is missing: run bash tools/run.sh book first`);
  }
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  // Lab autosaves; work on copies so the committed notebooks never gain outputs. The copy sits
  // beside the originals' imports' depth (../lib) via a notebooks/-like folder.
  const fresh = join(ROOT, "notebooks", `_lab-test-${STARTER}`);
  copyFileSync(join(ROOT, "notebooks", STARTER), fresh);
  copyFileSync(join(ROOT, "_build/executed", STARTER), join(WORK, `executed-${STARTER}`));
  const { lab, base, token } = await startLab();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  t.after(async () => {
    await browser.close();
    lab.kill();
    rmSync(fresh, { force: true });
  });

  // 1. The committed notebook (no outputs): Run All from the Run menu.
  const page = await openNotebook(browser, base, token, `notebooks/_lab-test-${STARTER}`);
  await page.waitForSelector(
    ".jp-Notebook-ExecutionIndicator[data-status='idle'], .jp-Toolbar-kernelStatus",
    { timeout: 60000 },
  ).catch(() => {});
  // Focus the notebook, then Run → Run All Cells; if nothing starts (the click can land while
  // Lab is still wiring the session), ask again.
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.click(".jp-Notebook .jp-Cell >> nth=0");
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
    if (started) break;
    assert.ok(attempt < 3, "Run All did not start any cell");
  }
  await page.waitForSelector(".jp-OutputArea-output table.book-table", { timeout: 90000 }).catch(
    async (e) => {
      await page.screenshot({ path: join(ARTIFACTS, "run-all-failed.png") });
      throw e;
    },
  );
  await page.waitForSelector(".jp-RenderedSVG, .jp-RenderedImage", { timeout: 90000 });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll(".jp-RenderedMarkdown")].some((e) =>
        /put your answer/.test(e.textContent ?? "")
      ),
    undefined,
    { timeout: 90000 },
  );
  const svgCount = await page.locator(".jp-OutputArea-output.jp-RenderedSVG").count();
  assert.equal(svgCount, 1, "the chart renders as SVG in a notebook run in this session");
  const untrusted = await page.locator("text=Cannot display untrusted").count();
  assert.equal(untrusted, 0);
  const errors = await page.locator(
    ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']",
  ).count();
  assert.equal(errors, 0, "no cell errors");
  await page.screenshot({ path: join(ARTIFACTS, "run-all.png"), fullPage: false });

  // 2. An executed copy from the book build, opened untrusted: the PNG stands in for the SVG.
  const copy = await openNotebook(browser, base, token, `_build/lab-test/executed-${STARTER}`);
  await copy.waitForSelector(".jp-OutputArea-output table.book-table", { timeout: 60000 });
  await copy.waitForSelector(".jp-RenderedImage img", { timeout: 60000 });
  assert.equal(await copy.locator("text=Cannot display untrusted").count(), 0);
  const size = await copy.locator(".jp-RenderedImage img").first().evaluate((img) =>
    img.naturalWidth
  );
  assert.ok(size >= 640, `the chart image has loaded (naturalWidth ${size})`);
  await copy.screenshot({ path: join(ARTIFACTS, "executed-copy-untrusted.png"), fullPage: false });
});
