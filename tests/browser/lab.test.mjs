// JupyterLab for real: start Lab with the project's Deno kernel, open the starter chapter in
// headless Chromium, Run All, and check that the table, the chart and the self-check verdict
// render. Then open an executed copy from the book build (untrusted, as a reader who downloads
// it would) and check its chart still shows (the PNG fallback; untrusted SVG would not).
// Then open the committed starter chapter itself, Run All, save it explicitly, and check that
// `git status` stays clean: the nbstripout filter keeps the saved outputs out of what git stores.
//
//   node --test tests/browser/lab.test.mjs
//
// Screenshots go to test-artifacts/lab/. Needs the book built (executed copies in _build/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  ROOT,
  runAllCells,
  startLab,
  startLabOnCopy,
} from "./support.mjs";

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

test("JupyterLab: Run All and save a committed chapter, git status stays clean", {
  timeout: 300_000,
}, async (t) => {
  const path = `notebooks/${STARTER}`;
  const git = (...args) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" });
  // What git sees before (a developer's staged or unstaged edits elsewhere are theirs); the
  // file is put back byte for byte afterwards.
  const before = git("status", "--porcelain", "--", "notebooks/");
  const original = readFileSync(join(ROOT, path));
  const session = await startLab({
    token: "emergence-git-test-token",
    workspacesDir: join(WORK, "ws-git"),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  t.after(async () => {
    await browser.close();
    session.lab.kill();
    writeFileSync(join(ROOT, path), original);
    rmSync(
      join(ROOT, "notebooks/.ipynb_checkpoints", STARTER.replace(/\.ipynb$/, "-checkpoint.ipynb")),
      {
        force: true,
      },
    );
  });
  const page = await openNotebook(browser, session.base, session.token, path);
  await runAllCells(page, join(ARTIFACTS, "git-kernel-not-idle.png"));
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll(".jp-RenderedMarkdown")].some((e) =>
        /put your answer/.test(e.textContent ?? "")
      ),
    undefined,
    { timeout: 90000 },
  );
  // Save now (Escape: command mode; Ctrl+S: save), not whenever autosave comes.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+s");
  const onDisk = () => readFileSync(join(ROOT, path), "utf8");
  for (let i = 0; i < 80 && !/"output_type"/.test(onDisk()); i++) await page.waitForTimeout(250);
  writeFileSync(join(ARTIFACTS, "saved-by-lab.ipynb"), onDisk());
  const saved = JSON.parse(onDisk());
  const outputs = saved.cells.reduce((n, c) => n + (c.outputs?.length ?? 0), 0);
  assert.ok(outputs >= 3, `the saved working copy holds the outputs (${outputs})`);
  assert.ok(saved.cells.some((c) => c.execution_count), "and execution counts");
  await page.screenshot({ path: join(ARTIFACTS, "saved-after-run-all.png") });
  // Through the filter the saved notebook is exactly what git stores: git diff is empty, and
  // `git add` (done on a copy of the index, so this repository's index is left alone) stages
  // nothing, so git status is as before. (Plain `git status` may still list the file until the
  // next `git add`: git takes a changed file size as a change without running the filter.)
  const diff = git("diff", "--no-textconv", "--", path);
  assert.equal(diff, "", "git diff (through the filter) shows nothing");
  const tmpIndex = join(WORK, "index-copy");
  copyFileSync(resolve(ROOT, git("rev-parse", "--git-path", "index").trim()), tmpIndex);
  const env = { ...process.env, GIT_INDEX_FILE: tmpIndex };
  execFileSync("git", ["add", "--", path], { cwd: ROOT, env });
  const after = execFileSync("git", ["status", "--porcelain", "--", "notebooks/"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  assert.equal(after, before, "after git add, git status is as before: nothing to commit");
});
