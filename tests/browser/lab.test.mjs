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
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT, runAllCells, startLabOnCopy } from "./support.mjs";

const ARTIFACTS = join(ROOT, "test-artifacts/lab");
const WORK = join(ROOT, "_build/lab-test");
const STARTER = "00-how-this-book-runs.ipynb";
const COPY = `_lab-test-${STARTER}`;

async function openNotebook(browser, base, token, path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
  await page.goto(`${base}/lab/tree/${path}?token=${token}`);
  await page.waitForSelector(".jp-Notebook", { timeout: 60000 });
  return page;
}

test("JupyterLab: Run All shows every output of the starter chapter; executed copies render", {
  timeout: 300_000,
}, async (t) => {
  for (const need of [".venv/bin/jupyter", `_build/executed/${STARTER}`]) {
    assert.ok(existsSync(join(ROOT, need)), `${need} is missing: run bash tools/run.sh book first`);
  }
  const { base, token, browser } = await startLabOnCopy(t, {
    notebook: STARTER,
    copy: COPY,
    work: WORK,
    artifacts: ARTIFACTS,
    token: "emergence-test-token",
  });

  // 1. The committed notebook (no outputs): Run → Run All Cells.
  const page = await openNotebook(browser, base, token, `notebooks/${COPY}`);
  await runAllCells(page, join(ARTIFACTS, "kernel-not-idle.png"));
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
  assert.equal(await page.locator("text=Cannot display untrusted").count(), 0);
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
