// The emergence sandbox in JupyterLab for real: start Lab with the project's Deno kernel, open
// a copy of chapter 13 in headless Chromium, Run All, then drive the sandbox inside the cell's
// output: the slider moves, the chart and the elbow change, the metric toggle works. Then open
// the executed copy from the book build untrusted (as a reader who downloads it would): its
// script does not run, so the static figure (PNG) must show and the sandbox stay hidden.
//
//   node --test tests/browser/sandbox_lab.test.mjs
//
// Needs the project venv (bash tools/setup.sh) and the book built for chapter 13
// (bash tools/run.sh notebook notebooks/13-sandbox.ipynb, or tools/run.sh book).
// Screenshots go to test-artifacts/sandbox-lab/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT, runAllCells, startLabOnCopy } from "./support.mjs";

const ARTIFACTS = join(ROOT, "test-artifacts/sandbox-lab");
const WORK = join(ROOT, "_build/sandbox-lab-test");
const NB = "13-sandbox.ipynb";
const COPY = `_lab-test-sandbox-${NB}`;

test("JupyterLab: the sandbox runs in an executed notebook; untrusted copies fall back", {
  timeout: 300_000,
}, async (t) => {
  for (const need of [".venv/bin/jupyter", `_build/executed/${NB}`, "_build/assets/sandbox.js"]) {
    assert.ok(
      existsSync(join(ROOT, need)),
      `${need} is missing: run bash tools/run.sh notebook notebooks/${NB} first`,
    );
  }
  const { base, token, browser } = await startLabOnCopy(t, {
    notebook: NB,
    copy: COPY,
    work: WORK,
    artifacts: ARTIFACTS,
    token: "emergence-sandbox-test-token",
  });

  // 1. Run All in a fresh copy: the sandbox's script runs (output made in this session).
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}/lab/tree/notebooks/${COPY}?token=${token}`);
  await page.waitForSelector(".jp-Notebook", { timeout: 60000 });
  await runAllCells(page, join(ARTIFACTS, "kernel-not-idle.png"));
  const root = page.locator(".jp-OutputArea-output [data-emergence-sandbox]").first();
  await root.waitFor({ state: "visible", timeout: 120000 }).catch(async (e) => {
    await page.screenshot({ path: join(ARTIFACTS, "run-all-failed.png") });
    throw e;
  });
  assert.equal(await root.getAttribute("data-mounted"), "true");
  await root.scrollIntoViewIfNeeded();
  await root.screenshot({ path: join(ARTIFACTS, "01-lab-default.png") });

  const d = () => root.locator("g.sandbox-metric path").first().getAttribute("d");
  const elbow = async () => Number(await root.getAttribute("data-elbow-log-compute"));
  const slider = root.getByLabel("Chain length k (answer tokens)", { exact: true });
  await slider.focus();
  await page.keyboard.press("Home");
  assert.equal(await root.getAttribute("data-k"), "1");
  const d1 = await d();
  const e1 = await elbow();
  assert.equal(
    d1,
    await root.locator("g.sandbox-per-token path").first().getAttribute("d"),
    "k = 1: the curves coincide in Lab too",
  );
  for (let i = 0; i < 19; i++) await page.keyboard.press("ArrowRight");
  const focused = await page.evaluate(() => document.activeElement?.id);
  assert.equal(focused, await slider.getAttribute("id"), "the notebook must not take the focus");
  assert.equal(await root.getAttribute("data-k"), "20", "the slider moves from the keyboard");
  assert.notEqual(await d(), d1, "the chart redraws");
  assert.ok((await elbow()) > e1 + 2, "the elbow moves right");
  assert.match(await root.locator('[data-key="elbow"]').textContent(), /1\.70 × 10²⁴ FLOPs/);
  await root.screenshot({ path: join(ARTIFACTS, "02-lab-k20.png") });
  const before = await d();
  await root.getByLabel("Mean token log-likelihood, ln p (nats)").check();
  assert.notEqual(await d(), before, "the metric toggle changes the solid curve");
  await root.screenshot({ path: join(ARTIFACTS, "03-lab-loglik.png") });
  assert.deepEqual(errors, []);

  // 2. The executed copy, untrusted: the script must not run, the PNG figure must show.
  const copy = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  await copy.goto(
    `${base}/lab/tree/_build/sandbox-lab-test/executed-${NB}?token=${token}`,
  );
  await copy.waitForSelector(".jp-RenderedImage img", { timeout: 60000 });
  const size = await copy.locator(".jp-RenderedImage img").first().evaluate((img) =>
    img.naturalWidth
  );
  assert.ok(size >= 640, `the static figure's PNG has loaded (naturalWidth ${size})`);
  const hidden = copy.locator("[data-emergence-sandbox]");
  if (await hidden.count()) {
    assert.ok(await hidden.first().isHidden(), "an untrusted sandbox stays hidden");
  }
  await copy.locator(".jp-RenderedImage img").first().scrollIntoViewIfNeeded();
  await copy.screenshot({ path: join(ARTIFACTS, "04-lab-untrusted-copy.png") });
});
