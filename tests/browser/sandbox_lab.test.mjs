// The emergence sandbox in JupyterLab for real: start Lab with the project's Deno kernel. First
// open the executed copy from the book build untrusted (as a reader who downloads it would): its
// scripts do not run, so the sandbox's one output must show the static chart and one line on how
// to make the controls work, with the controls hidden. Then open a copy of chapter 14, Run All,
// check the cell has one output showing one chart (the live one), and drive the sandbox inside
// it: the slider moves, the chart and the elbow change, the metric toggle works.
//
//   node --test tests/browser/sandbox_lab.test.mjs
//
// Needs the project venv (bash tools/setup.sh) and the book built for chapter 14
// (bash tools/run.sh notebook notebooks/14-sandbox.ipynb, or tools/run.sh book).
// Screenshots go to test-artifacts/sandbox-lab/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT, runAllCells, startLabOnCopy } from "./support.mjs";

const ARTIFACTS = join(ROOT, "test-artifacts/sandbox-lab");
const WORK = join(ROOT, "_build/sandbox-lab-test");
const NB = "14-sandbox.ipynb";
const COPY = `_lab-test-sandbox-${NB}`;

test("JupyterLab: the sandbox is one output; untrusted it says how to run it; run, it works", {
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

  // 1. The executed copy, untrusted: no script runs. The sandbox cell has one output, showing
  // the static chart (the PNG) and the note; the controls stay hidden. (Lab's sanitizer turns
  // id="x" into data-jupyter-id="x", keeps hidden="hidden" and drops other data-* attributes,
  // empty attributes, <style> and <script>.)
  const copy = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  await copy.goto(
    `${base}/lab/tree/_build/sandbox-lab-test/executed-${NB}?token=${token}`,
  );
  await copy.waitForSelector(".jp-Notebook", { timeout: 60000 });
  const FALLBACK = '[data-jupyter-id="emergence-sandbox-fallback"]';
  const ROOT_EL = '[data-jupyter-id="emergence-sandbox"]';
  const ucell = copy.locator(".jp-CodeCell", { has: copy.locator(FALLBACK) });
  // Lab renders only the cells near the viewport: scroll down until the sandbox cell exists.
  await copy.mouse.move(640, 800);
  for (let i = 0; i < 60 && (await ucell.count()) === 0; i++) {
    await copy.mouse.wheel(0, 500);
    await copy.waitForTimeout(250);
  }
  await ucell.waitFor({ state: "attached", timeout: 30000 }).catch(async (e) => {
    await copy.screenshot({ path: join(ARTIFACTS, "untrusted-failed.png") });
    throw e;
  });
  assert.equal(await ucell.count(), 1, "one cell holds the sandbox");
  assert.equal(await ucell.locator(".jp-OutputArea-output").count(), 1, "one output (untrusted)");
  const img = ucell.locator(`${FALLBACK} img`);
  await img.scrollIntoViewIfNeeded();
  assert.ok(await img.isVisible(), "the static chart shows");
  const size = await img.evaluate((el) => el.naturalWidth);
  assert.ok(size >= 640, `the static chart's PNG has loaded (naturalWidth ${size})`);
  const note = ucell.locator(`${FALLBACK} p`);
  assert.ok(await note.isVisible(), "the note shows");
  assert.equal(
    (await note.textContent()).trim(),
    "Run the cell (or trust the notebook) to make the controls work.",
  );
  assert.equal(
    (await ucell.locator(".jp-OutputArea-output").innerText()).trim(),
    "Run the cell (or trust the notebook) to make the controls work.",
    "the note is the output's only text",
  );
  assert.equal(await ucell.locator(ROOT_EL).count(), 1, "the sandbox markup is there");
  assert.ok(await ucell.locator(ROOT_EL).isHidden(), "its controls stay hidden");
  assert.equal(await ucell.locator("input:visible, dl:visible").count(), 0, "no dead controls");
  assert.equal(await ucell.locator("img:visible, svg:visible").count(), 1, "one chart");
  await ucell.screenshot({ path: join(ARTIFACTS, "01-lab-untrusted-copy.png") });
  await copy.close();

  // 2. Run All in a fresh copy: the sandbox's script runs (output made in this session).
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // ?reset: a fresh workspace, without the executed copy's tab
  await page.goto(`${base}/lab/tree/notebooks/${COPY}?token=${token}&reset`);
  await page.waitForSelector(".jp-Notebook", { timeout: 60000 });
  await runAllCells(page, join(ARTIFACTS, "kernel-not-idle.png"));
  const root = page.locator(".jp-OutputArea-output [data-emergence-sandbox]").first();
  await root.waitFor({ state: "visible", timeout: 120000 }).catch(async (e) => {
    await page.screenshot({ path: join(ARTIFACTS, "run-all-failed.png") });
    throw e;
  });
  assert.equal(await root.getAttribute("data-mounted"), "true");
  const cell = page.locator(".jp-CodeCell", { has: page.locator("#emergence-sandbox") });
  assert.equal(await cell.locator(".jp-OutputArea-output").count(), 1, "one output (trusted)");
  assert.ok(await cell.locator("#emergence-sandbox-fallback").isHidden(), "fallback hidden");
  assert.equal(await cell.locator("img:visible").count(), 0, "no static chart beside the live one");
  assert.equal(await cell.locator("[data-role=chart] svg:visible").count(), 1, "one live chart");
  await root.scrollIntoViewIfNeeded();
  await cell.screenshot({ path: join(ARTIFACTS, "02-lab-default.png") });

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
  await root.screenshot({ path: join(ARTIFACTS, "03-lab-k20.png") });
  const before = await d();
  await root.getByLabel("Mean token log-likelihood, ln p (nats)").check();
  assert.notEqual(await d(), before, "the metric toggle changes the solid curve");
  await root.screenshot({ path: join(ARTIFACTS, "04-lab-loglik.png") });
  assert.deepEqual(errors, []);
});
